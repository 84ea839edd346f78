package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is a word, a number or a punctuation mark of a sentence.
type token struct {
	start, end int    // byte offsets into Input.Text
	norm       string // lower-cased, accent-folded, elisions expanded
	word       bool   // letters or digits (false: punctuation)
}

// elisions maps French and Italian elided forms to their full form, so that
// "l’" and "le" match the same table entries.
var elisions = map[string]string{
	"l": "le", "d": "de", "qu": "que", "n": "ne", "s": "se", "j": "je", "c": "ce",
	"m": "me", "t": "te", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
	"dell": "della", "all": "alla", "nell": "nella", "sull": "sulla", "un": "un",
}

func isApos(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[start:end] into tokens.
func tokenize(text string, start, end int, dst []token) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 && !utf8.FullRuneInString(text[i:end]):
			i += n
		case isWordRune(r):
			j := i + n
			digits := unicode.IsDigit(r)
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				r3, n3 := utf8.DecodeRuneInString(text[j+n2 : end])
				if j+n2 >= end {
					break
				}
				if r2 == '-' && isWordRune(r3) && !digits {
					j += n2 + n3
					continue
				}
				if (r2 == ',' || r2 == '.') && digits && unicode.IsDigit(r3) {
					j += n2 + n3
					continue
				}
				if isApos(r2) && unicode.IsLetter(r3) {
					w := fold(text[i:j])
					if _, ok := elisions[w]; ok || strings.HasSuffix(w, "qu") {
						break // "l’échelle": the elided article ends here
					}
					if (r3 == 's' || r3 == 'S') && (j+n2+n3 >= end || !isWordRune(firstRune(text[j+n2+n3:end]))) {
						break // "Mercor’s": possessive, a token of its own
					}
					j += n2 + n3
					continue
				}
				break
			}
			w := fold(text[i:j])
			if full, ok := elisions[w]; ok && j < end && isApos(firstRune(text[j:end])) {
				w = full
			}
			dst = append(dst, token{start: i, end: j, norm: w, word: true})
			if j < end && isApos(firstRune(text[j:end])) {
				_, an := utf8.DecodeRuneInString(text[j:end])
				k := j + an
				if k < end && (text[k] == 's' || text[k] == 'S') && (k+1 >= end || !isWordRune(firstRune(text[k+1:end]))) {
					dst = append(dst, token{start: j, end: k + 1, norm: "'s", word: true})
					k++
				}
				j = k
			}
			i = j
		default:
			if n == 0 {
				n = 1
			}
			dst = append(dst, token{start: i, end: i + n, norm: string(foldPunct(r))})
			i += n
		}
	}
	return dst
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func foldPunct(r rune) rune {
	switch r {
	case '’', '‘', '`':
		return '\''
	}
	return r
}

// fold lower-cases s and removes accents: "Échelle" → "echelle". It keeps
// "à", the French preposition, apart from "a", the verb ("a déclaré").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	switch s {
	case "à", "À", "a\u0300", "A\u0300":
		return "à"
	}
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'œ':
			b.WriteString("oe")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		case isApos(r):
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
