package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// Confidence of a name inferred from its position alone, in hundredths.
const inferredScore = 55

// back is the English word a French word renders.
type back struct {
	english   string
	adjective bool
	acronym   bool
}

// inference holds the tables that read a garbled name in no list back
// into English: the French words of the word table, the descriptors of
// an apposition and the given names, which are never company names.
type inference struct {
	words       map[string]back // folded French word → English
	descriptors map[string]bool
	maxDesc     int
	firstNames  map[string]bool
}

// buildInference indexes the French translations of words, the first
// translation of a French word in table order winning.
func buildInference(t *tables, words []Word) *inference {
	in := &inference{words: make(map[string]back), descriptors: make(map[string]bool), firstNames: foldSet(t.firstNames)}
	for _, w := range words {
		if w.Function || strings.Contains(w.English, " ") {
			continue
		}
		acronym := isAllUpper(firstTranslation(w)) && len(w.English) <= 3
		for _, fr := range w.French {
			ft := foldTokens(fr)
			if len(ft) != 1 {
				continue
			}
			b := back{english: w.English, adjective: w.Adjective, acronym: acronym}
			if _, ok := in.words[ft[0]]; !ok {
				in.words[ft[0]] = b
			}
			if !w.Adjective && !acronym && !strings.HasSuffix(ft[0], "s") && !strings.HasSuffix(ft[0], "x") {
				pl := b
				pl.english = englishPlural(w.English)
				if _, ok := in.words[ft[0]+"s"]; !ok {
					in.words[ft[0]+"s"] = pl
				}
			}
		}
	}
	for _, d := range t.descriptors {
		ft := foldTokens(d)
		in.descriptors[strings.Join(ft, " ")] = true
		in.maxDesc = max(in.maxDesc, len(ft))
	}
	return in
}

func firstTranslation(w Word) string {
	if len(w.Translations) == 0 {
		return ""
	}
	return w.Translations[0]
}

// englishPlural forms the regular English plural.
func englishPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// infer proposes names for capitalized French words that stand where a
// company stands and that no list knows: the English back-translation of
// "Discorde" in "Discorde a levé" is "Discord". taken marks the tokens
// already repaired; quoted, the tokens inside a quotation.
func (x *nameIndex) infer(s string, toks []token, taken, quoted []bool) []rep {
	in := x.inf
	var reps []rep
	for i := 0; i < len(toks); i++ {
		b, ok := in.words[toks[i].fold]
		if !ok || b.adjective || b.acronym || x.determiners[toks[i].fold] || x.articles[toks[i].fold] || taken[i] || quoted[i] || !isUpper0(s, toks[i]) || isAllUpper(s[toks[i].start:toks[i].end]) && !b.acronym {
			continue
		}
		// the phrase: a noun, then a noun, an adjective or an acronym
		j := i + 1
		parts := []back{b}
		if j < len(toks) && gapOK(s, toks[j-1], toks[j]) && !taken[j] {
			if b2, ok := in.words[toks[j].fold]; ok && (isUpper0(s, toks[j]) || b2.adjective) {
				parts = append(parts, b2)
				j++
			}
		}
		if !x.inferable(s, toks, i, j, taken) {
			i = j - 1
			continue
		}
		name := englishName(parts, s, toks[i:j])
		if name == "" || gazetteer.Fold(name) == gazetteer.Fold(s[toks[i].start:toks[j-1].end]) {
			continue
		}
		conf, inferred := float64(inferredScore)/100, true
		if ps := x.forms[strings.Join(foldTokens(name), " ")]; len(ps) > 0 {
			// the back-translation is a known name: "IA ouverte" → "Open AI" → OpenAI
			e := x.entries[ps[0].entity]
			if e.Kind != gazetteer.KindOrg {
				continue
			}
			conf, inferred = float64(strong)/100, false
			if squeeze(name) == squeeze(e.Name) {
				name = e.Name // a spelling of the name: "Open AI" → "OpenAI"
			} // else another name of the entity, as the text has it: "Cursor" (Anysphere)
		}
		start := toks[i].start
		if i > 0 && isArticle(toks[i-1].fold) && gapOK(s, toks[i-1], toks[i]) && !taken[i-1] {
			start = toks[i-1].start
			taken[i-1] = true
		}
		if start == toks[i].start && i > 0 && x.glued(s, toks, i, name) {
			continue
		}
		for k := i; k < j; k++ {
			taken[k] = true
		}
		reps = append(reps, rep{start: start, end: toks[j-1].end, text: name, kind: KindName, conf: conf, inferred: inferred})
		i = j - 1
	}
	return reps
}

// inferable reports whether tokens [i, j) stand where a company stands
// and nothing says they are something else: a business verb after them,
// a cue before them or a company descriptor in apposition, and no
// neighbouring capitalized word, given name, place or known entity.
func (x *nameIndex) inferable(s string, toks []token, i, j int, taken []bool) bool {
	a := i
	if i > 0 && isArticle(toks[i-1].fold) && gapOK(s, toks[i-1], toks[i]) {
		a = i - 1
	}
	// part of a longer name: a capitalized word glued to the phrase
	if j < len(toks) && gapOK(s, toks[j-1], toks[j]) && isUpper0(s, toks[j]) || a > 0 && gapOK(s, toks[a-1], toks[a]) && isUpper0(s, toks[a-1]) && !sentenceInitial(s, toks, a) {
		return false
	}
	if a > 0 && (x.determiners[toks[a-1].fold] || taken[a-1]) {
		return false
	}
	// the complement of a capitalized word: "Laboratoire de Fusées"
	if a > 1 && x.genitive(toks[a-1].fold) && isUpper0(s, toks[a-2]) {
		return false
	}
	for k := i; k < j; k++ {
		if x.inf.firstNames[toks[k].fold] {
			return false
		}
	}
	// a known entity as written, with or without its article ("La Poste")
	if x.known(toks, i, j) || a < i && x.known(toks, a, j) {
		return false
	}
	if x.precededBy(s, toks, a, x.place) {
		return false
	}
	// a business verb right after the words (after a comma, its subject
	// may be anything before), a cue before them, or an apposition
	return j < len(toks) && strings.TrimSpace(s[toks[j-1].end:toks[j].start]) == "" && x.match(s, toks, j, x.after) ||
		x.precededBy(s, toks, a, x.before) || x.apposition(s, toks, j)
}

// known reports whether tokens [i, j) spell the name of a known entity.
func (x *nameIndex) known(toks []token, i, j int) bool {
	var key []byte
	for k := i; k < j; k++ {
		if k > i {
			key = append(key, ' ')
		}
		key = append(key, toks[k].fold...)
	}
	for _, p := range x.forms[string(key)] {
		if p.kind == patVariant {
			return true
		}
	}
	return false
}

// apposition reports whether a comma and a company descriptor follow
// token j-1: "Bloc, la société de paiement".
func (x *nameIndex) apposition(s string, toks []token, j int) bool {
	if j >= len(toks) || strings.TrimSpace(s[toks[j-1].end:toks[j].start]) != "," {
		return false
	}
	var key []byte
	for k := j; k < len(toks) && k-j < x.inf.maxDesc; k++ {
		if k > j {
			if !gapOK(s, toks[k-1], toks[k]) {
				return false
			}
			key = append(key, ' ')
		}
		key = append(key, toks[k].fold...)
		if x.inf.descriptors[string(key)] {
			return true
		}
	}
	return false
}

// englishName writes the back-translation of a phrase in English order:
// a French noun and its modifier become modifier and noun ("Entrepôt
// Domestique" → "Home Depot"), an acronym stays last ("Figure IA" →
// "Figure AI").
func englishName(parts []back, s string, toks []token) string {
	words := make([]string, len(parts))
	for k, p := range parts {
		words[k] = titleWord(p, s[toks[k].start:toks[k].end])
	}
	if len(parts) == 2 && !parts[1].acronym {
		words[0], words[1] = words[1], words[0]
	}
	return strings.Join(words, " ")
}

// titleWord writes an English word as in a name: an acronym in capitals,
// any other word with a capital.
func titleWord(b back, surface string) string {
	if b.acronym {
		return strings.ToUpper(b.english)
	}
	if isAllUpper(surface) && !isAllUpper(b.english) && b.english == strings.ToLower(surface) {
		return surface
	}
	r, n := utf8.DecodeRuneInString(b.english)
	return string(unicode.ToUpper(r)) + b.english[n:]
}

// quotedTokens marks the tokens inside a quotation: between « and », or
// between an opening and a closing double quote.
func quotedTokens(s string, toks []token) []bool {
	q := make([]bool, len(toks))
	depth, prev := 0, 0
	for k, t := range toks {
		for _, r := range s[prev:t.start] {
			switch r {
			case '«', '“':
				depth++
			case '»', '”':
				depth = max(depth-1, 0)
			case '"':
				depth = 1 - min(depth, 1)
			}
		}
		q[k] = depth > 0
		prev = t.end
	}
	return q
}

// squeeze folds a name and drops its spaces and hyphens.
func squeeze(name string) string {
	return strings.NewReplacer(" ", "", "-", "").Replace(gazetteer.Fold(name))
}
