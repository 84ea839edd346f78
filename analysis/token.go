package analysis

// Str is a string interned in a Doc: read it with Doc.Str. The zero Str is "".
type Str uint32

// Token is one syntactic word. Tokens are small and hold no pointers, so a document's tokens
// are one flat array the garbage collector never walks.
//
// Start and End are byte offsets into Doc.Text: Text[Start:End] is the token as written. The
// words of a multiword token ("du" = "de" + "le") share the span of the written token; Part
// numbers them from 1 (it is 0 for an ordinary token) and Form gives each word.
type Token struct {
	Start, End int
	Form       Str
	Lemma      Str
	// Head is the index in Doc.Tokens of the token's head, or -1 for the root of its
	// sentence (and when the language has no parser).
	Head  int
	Feats Feats
	UPOS  UPOS
	Rel   Rel
	Part  uint8
}

// Sentence is one sentence: its byte range [Start, End) in the text and its tokens,
// Doc.Tokens[First:Last].
type Sentence struct {
	Start, End  int
	First, Last int
}

// Doc is an analysed text: its tokens and sentences. The zero Doc is empty.
type Doc struct {
	Text      string
	Lang      string
	Tokens    []Token
	Sentences []Sentence
	strs      []string
	index     map[string]Str
}

// Str returns the interned string s.
func (d *Doc) Str(s Str) string {
	if int(s) < len(d.strs) {
		return d.strs[s]
	}
	return ""
}

// Form returns the word of token i: the text of its span, or for a word of a multiword
// token the word it stands for.
func (d *Doc) Form(i int) string { return d.Str(d.Tokens[i].Form) }

// Lemma returns the lemma of token i.
func (d *Doc) Lemma(i int) string { return d.Str(d.Tokens[i].Lemma) }

// intern returns the Str of s, adding it when new.
func (d *Doc) intern(s string) Str {
	if d.index == nil {
		d.index = map[string]Str{"": 0}
		d.strs = append(d.strs[:0], "")
	}
	if id, ok := d.index[s]; ok {
		return id
	}
	id := Str(len(d.strs))
	d.strs = append(d.strs, s)
	d.index[s] = id
	return id
}
