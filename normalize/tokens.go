package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// token is a word of the normalized text. An elided article or
// preposition ("l'", "d'", "qu'") is a token of its own that ends with
// its apostrophe.
type token struct {
	start, end int
	fold       string // lower case, without diacritics
}

// maxElision is the longest word that may be elided before an
// apostrophe ("jusqu'", "lorsqu'", "puisqu'").
const maxElision = 7

// tokenize splits s into tokens, appending to toks. The folded forms
// that differ from the text share one allocation.
func tokenize(s string, toks []token) []token {
	first := len(toks)
	var arena []byte
	spans := make([][2]int, 0, cap(toks)-len(toks)) // arena span of each token, {-1, -1} when fold is the text
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTokenRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isTokenRune(r) {
				break
			}
			j += n
		}
		end := j
		if j+1 < len(s) && s[j] == '\'' && j-i <= maxElision && isElidable(s[i:j]) {
			if r, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(r) {
				end = j + 1 // "l'" before a word
			}
		}
		w := s[i:end]
		a := len(arena)
		var folded bool
		arena, folded = appendFold(arena, w)
		if folded {
			spans = append(spans, [2]int{a, len(arena)})
		} else {
			spans = append(spans, [2]int{-1, -1})
		}
		toks = append(toks, token{start: i, end: end, fold: w})
		i = end
	}
	if len(arena) > 0 {
		str := string(arena)
		for k, sp := range spans {
			if sp[0] >= 0 {
				toks[first+k].fold = str[sp[0]:sp[1]]
			}
		}
	}
	return toks
}

// isElidable reports whether w is a French or Italian word written with
// an apostrophe before a vowel (the article "l'", "d'", "qu'", "dell'"…).
func isElidable(w string) bool {
	switch strings.ToLower(w) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
		"dell", "all", "nell", "sull", "dall", "un", "quell":
		return true
	}
	return false
}

func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// appendFold appends to dst the folded form of a word, as the gazetteer
// folds names (lower case, no diacritics), and reports whether it did: a
// word that is lower-case ASCII already is its own fold and nothing is
// appended. Latin letters are folded through a table, without
// normalizing.
func appendFold(dst []byte, w string) ([]byte, bool) {
	i := 0
	for i < len(w) {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			break
		}
		i++
	}
	if i == len(w) {
		return dst, false
	}
	tab := latinFold()
	start := len(dst)
	dst = append(dst, w[:i]...)
	for _, r := range w[i:] {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		case r >= latinLo && r < latinLo+rune(len(tab)) && tab[r-latinLo] != 0:
			r = tab[r-latinLo]
		default:
			return append(dst[:start], gazetteer.Fold(w)...), true
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// latinLo is the first rune of the Latin letters latinFold covers
// (Latin-1 Supplement to Latin Extended-B).
const latinLo = 0xC0

// latinFold maps the Latin letters U+00C0–U+024F to their folded form:
// lower case, without diacritics (0 where folding needs the general path).
var latinFold = sync.OnceValue(func() []rune {
	tab := make([]rune, 0x250-latinLo)
	for r := rune(latinLo); r < 0x250; r++ {
		f := []rune(gazetteer.Fold(string(r)))
		if len(f) == 1 {
			tab[r-latinLo] = f[0]
		}
	}
	return tab
})

// foldTokens splits a phrase into folded tokens.
func foldTokens(phrase string) []string {
	toks := tokenize(String(phrase), nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.fold
	}
	return out
}

// surfaceTokens splits a phrase into its tokens as written.
func surfaceTokens(phrase string) []string {
	s := String(phrase)
	toks := tokenize(s, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = s[t.start:t.end]
	}
	return out
}

// gapOK reports whether the text between two tokens of one name is only
// a space (or nothing, after an elided article).
func gapOK(s string, a, b token) bool {
	g := s[a.end:b.start]
	if g == "" {
		return strings.HasSuffix(s[a.start:a.end], "'")
	}
	return strings.TrimLeft(g, " \t") == ""
}

// sentenceInitial reports whether token i starts a sentence.
func sentenceInitial(s string, toks []token, i int) bool {
	if i == 0 {
		return true
	}
	return strings.ContainsAny(s[toks[i-1].end:toks[i].start], ".!?:\n“«\"")
}

// isUpper0 reports whether the word at s[t.start:] starts with an upper
// case letter.
func isUpper0(s string, t token) bool {
	r, _ := utf8.DecodeRuneInString(s[t.start:t.end])
	return unicode.IsUpper(r)
}

// isAllUpper reports whether the word has at least two letters, all upper case.
func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
