package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLookRunes and maxWordBytes bound how many runes of punctuation, and how many bytes of
// the next word, are examined after a sentence terminator, so that each decision costs
// constant time.
const (
	maxLookRunes = 8
	maxWordBytes = 40
)

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// isTerminator reports whether r may end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？':
		return true
	}
	return false
}

// isCloser reports whether r, written right after a terminator, still belongs to the sentence
// it ends: closing quotes and brackets. “ is the closing quote of German „…“.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '“', '»', '›', '«', ')', ']', '}':
		return true
	}
	return false
}

// isSpacedCloser reports whether r closes a quotation even after a space, as the French
// guillemet does ("« Non. »").
func isSpacedCloser(r rune) bool { return r == '»' || r == '›' }

// isOpener reports whether r may precede the first word of a sentence: opening quotes and
// brackets, inverted marks, dashes and bullets.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '«', '‹', '»', '(', '[', '{', '¿', '¡',
		'-', '–', '—', '•', '*', '·':
		return true
	}
	return false
}

// isHSpace reports whether r is white space that does not end a line.
func isHSpace(r rune) bool { return unicode.IsSpace(r) && !isLineBreak(r) }

// scanner holds the state of one call to split.
type scanner struct {
	text  string
	t     *tables
	out   []Sentence
	steps int // runes examined, counted to test that the work stays linear
}

// split cuts text into sentences. Every step moves forward, and each look-ahead or look-back
// is bounded or skips only white space that the main loop then jumps over, so the run time is
// linear in len(text).
func split(text string, t *tables) []Sentence {
	out, _ := splitCount(text, t)
	return out
}

// splitCount is split that also returns how many runes it examined.
func splitCount(text string, t *tables) ([]Sentence, int) {
	s := scanner{text: text, t: t, out: make([]Sentence, 0, len(text)/120+1)}
	start := -1   // first byte of the current sentence, -1 between sentences
	last := 0     // end of the last non-space rune of the current sentence
	tokStart := 0 // first byte of the current white-space-delimited token
	for i := 0; i < len(text); {
		s.steps++
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if !isLineBreak(r) || start < 0 {
				i += size
				tokStart = i
				continue
			}
			j, breaks := s.skipSpace(i)
			if breaks >= 2 || j == len(text) || !startsLower(text[j:]) {
				s.emit(start, last)
				start = -1
			}
			i, tokStart = j, j
			continue
		}
		if start < 0 {
			start = i
		}
		if !isTerminator(r) {
			i += size
			last = i
			continue
		}
		end, decided := s.cluster(i)
		last = end
		if decided && s.boundary(start, tokStart, i, end) {
			s.emit(start, end)
			start = -1
		}
		i = end
	}
	if start >= 0 {
		s.emit(start, last)
	}
	return s.out, s.steps
}

func (s *scanner) emit(start, end int) {
	if start < end {
		s.out = append(s.out, Sentence{Start: start, End: end})
	}
}

// skipSpace returns the first non-space byte at or after i and how many line breaks it
// passed (CR LF counts once).
func (s *scanner) skipSpace(i int) (int, int) {
	text := s.text
	breaks := 0
	for i < len(text) {
		s.steps++
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		if isLineBreak(r) && !(r == '\n' && i > 0 && text[i-1] == '\r') {
			breaks++
		}
		i += size
	}
	return i, breaks
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// cluster consumes the terminators and closing quotes that start at i: "?!", "...", ".»",
// ".”)", and a guillemet after a space ("Non. »"). It returns the end of the cluster and
// whether a sentence may end there: only before white space or the end of the text.
func (s *scanner) cluster(i int) (end int, decided bool) {
	text := s.text
	j := i
	for j < len(text) {
		s.steps++
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isTerminator(r) && !(j > i && isCloser(r)) {
			break
		}
		j += size
	}
	// A closing quote after horizontal space: always for guillemets, and for other quotes
	// when they end the line.
	k := j
	for k < len(text) {
		s.steps++
		r, size := utf8.DecodeRuneInString(text[k:])
		if !isHSpace(r) {
			break
		}
		k += size
	}
	if k > j && k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if isSpacedCloser(r) || (isCloser(r) && r != '«' && atLineEnd(text, k+size)) {
			j = k + size
			for j < len(text) {
				s.steps++
				r, size := utf8.DecodeRuneInString(text[j:])
				if !isCloser(r) && !isTerminator(r) {
					break
				}
				j += size
			}
		}
	}
	if j == len(text) {
		return j, true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	// Scripts written without spaces end a sentence at a full-width terminator.
	return j, unicode.IsSpace(r) || strings.ContainsAny(text[i:j], "。！？")
}

// atLineEnd reports whether only horizontal space stands between i and the end of its line.
func atLineEnd(text string, i int) bool {
	for n := 0; i < len(text) && n < maxLookRunes; n++ {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isLineBreak(r) {
			return true
		}
		if !isHSpace(r) {
			return false
		}
		i += size
	}
	return i == len(text)
}

// next describes what follows a terminator cluster.
type next struct {
	kind    nextKind
	opener  bool   // an opening quote, bracket or dash stood before the word
	word    string // the next word's letters, plus an elision apostrophe if any
	initial bool   // the next word is a single letter followed by a period
	abbrev  bool   // the next word is a known abbreviation followed by a period
}

type nextKind uint8

const (
	nextEnd   nextKind = iota // end of text or a blank line
	nextUpper                 // a letter that is not lower case (upper, title or uncased)
	nextLower                 // a lower-case letter
	nextDigit                 // a digit
	nextOther                 // other punctuation or symbol
)

// lookNext classifies what follows position i.
func (s *scanner) lookNext(i int) next {
	text := s.text
	i, breaks := s.skipSpace(i)
	if i == len(text) || breaks >= 2 {
		return next{kind: nextEnd}
	}
	var n next
	for k := 0; k < maxLookRunes && i < len(text); k++ {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isOpener(r) && !isHSpace(r) {
			break
		}
		n.opener = n.opener || isOpener(r)
		i += size
	}
	if i == len(text) {
		n.kind = nextOther
		return n
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch {
	case unicode.IsLower(r):
		n.kind = nextLower
	case unicode.IsLetter(r):
		n.kind = nextUpper
	case unicode.IsDigit(r), unicode.Is(unicode.Sc, r):
		n.kind = nextDigit
		return n
	default:
		n.kind = nextOther
		return n
	}
	w := i
	letters := 0
	for w < len(text) && w-i < maxWordBytes {
		r, size := utf8.DecodeRuneInString(text[w:])
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		w += size
	}
	if w < len(text) {
		r, size := utf8.DecodeRuneInString(text[w:])
		switch r {
		case '\'', '’':
			n.word = text[i : w+size]
		case '.':
			n.initial = letters == 1
			_, n.abbrev = s.t.abbrevs[text[i:w]]
		}
	}
	if n.word == "" {
		n.word = text[i:w]
	}
	return n
}

// boundary decides whether the terminator cluster text[at:end], which follows the token
// starting at tokStart in the sentence starting at start, ends a sentence.
func (s *scanner) boundary(start, tokStart, at, end int) bool {
	text := s.text
	n := s.lookNext(end)
	switch n.kind {
	case nextEnd:
		return true
	case nextLower, nextOther:
		return false
	}
	cl := text[at:end]
	if strings.ContainsAny(cl, "!?…‼⁇⁈⁉。！？") || strings.Count(cl, ".") > 1 {
		// Exclamation, question, ellipsis. A bracketed ellipsis "(…)" marks a cut inside a
		// quotation, not an end.
		before := text[tokStart:at]
		return !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "[")
	}
	if tokStart == start && isListNumber(text[tokStart:at]) {
		return false // "1. Introduction": a numbered list item
	}
	switch s.wordKind(text[tokStart:at]) {
	case Title:
		return false
	case Inner:
		if n.kind == nextDigit || n.initial {
			return false
		}
		if n.opener {
			return true
		}
		_, ok := s.t.starters[n.word]
		return ok && !n.abbrev
	case Ordinary:
		return n.kind != nextDigit
	}
	return true
}

// wordKind classifies the token before a period: a listed abbreviation, a dotted acronym or
// an initial (Inner), or a plain word (KindUnknown).
func (s *scanner) wordKind(tok string) Kind {
	if len(tok) > 2*maxAbbrevLen {
		return KindUnknown
	}
	// Strip opening punctuation; a closing quote before the period means a plain word.
	for tok != "" {
		r, size := utf8.DecodeRuneInString(tok)
		if !isOpener(r) {
			break
		}
		tok = tok[size:]
	}
	if tok == "" || len(tok) > maxAbbrevLen {
		return KindUnknown
	}
	if k, ok := s.t.abbrevs[tok]; ok {
		return k
	}
	r, size := utf8.DecodeRuneInString(tok)
	if size == len(tok) && unicode.IsLetter(r) {
		return Inner // an initial: "J. K. Rowling", "p. ex."
	}
	if isDotted(tok) {
		return Inner
	}
	return KindUnknown
}

// isDotted reports whether tok (without its final period) is an acronym or abbreviation with
// inner periods, such as "U.S", "D.A", "e.g", "Ph.D" or "J.-C": letters in parts of at most
// four letters, separated by periods (a hyphen may open a part).
func isDotted(tok string) bool {
	if !strings.Contains(tok, ".") {
		return false
	}
	for part := range strings.SplitSeq(tok, ".") {
		part = strings.TrimPrefix(part, "-")
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// isListNumber reports whether tok is one to three ASCII digits, as in a list marker "12.".
func isListNumber(tok string) bool {
	if tok == "" || len(tok) > 3 {
		return false
	}
	for i := range len(tok) {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}
