package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// token is a word or a punctuation mark of the text, with its byte span.
type token struct {
	start, end int
	fold       string // gazetteer.Fold of the surface
	word       bool   // letters or digits
	hasUpper   bool   // some letter is upper case ("Scale", "xAI", "SCALE")
	initCap    bool   // the first letter is upper case
	allUpper   bool   // two or more letters, all upper case
	elision    bool   // French elided article or pronoun: "l’", "d’", "qu’"
	poss       bool   // English possessive "’s"
	nl         bool   // a line break precedes the token
}

// tokenize splits text[start:end] into tokens, appending to buf. It never
// fails: bytes that are not letters or digits become one-rune punctuation
// tokens.
func tokenize(text string, start, end int, buf []token) []token {
	nl := false
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			nl = true
			i += n
			continue
		case unicode.IsSpace(r):
			i += n
			continue
		case isApos(r) && i+n < end && (text[i+n] == 's' || text[i+n] == 'S') && !isWordAt(text, i+n+1, end) && len(buf) > 0 && buf[len(buf)-1].word && buf[len(buf)-1].end == i:
			buf = append(buf, token{start: i, end: i + n + 1, fold: "'s", poss: true, nl: nl})
			i += n + 1
		case isWordRune(r):
			j := scanWord(text, i, end)
			buf = append(buf, newToken(text, i, j, nl))
			i = j
		default:
			buf = append(buf, token{start: i, end: i + n, fold: string(r), nl: nl})
			i += n
		}
		nl = false
	}
	return buf
}

func newToken(text string, s, e int, nl bool) token {
	t := token{start: s, end: e, word: true, nl: nl}
	surface := text[s:e]
	letters, uppers := 0, 0
	first := true
	for _, r := range surface {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				t.hasUpper = true
				if first {
					t.initCap = true
				}
			}
			first = false
		}
	}
	t.allUpper = letters >= 2 && uppers == letters
	if last, _ := utf8.DecodeLastRuneInString(surface); isApos(last) {
		t.elision = true
		t.word = false
	}
	t.fold = foldToken(surface)
	return t
}

// foldToken is gazetteer.Fold with a fast path for plain ASCII.
func foldToken(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '`' {
			return gazetteer.Fold(s)
		}
	}
	return strings.ToLower(s)
}

// scanWord returns the end of the word starting at i: letters, digits and
// marks, joined by inner hyphens, apostrophes, ampersands ("AT&T") and
// dots of abbreviations ("D.A.", "Inc.", "Amazon.com"). A French elision
// ("l’", "d’") ends the word after its apostrophe.
func scanWord(text string, i, end int) int {
	start := i
	// Initials: "D.A.", "S.p.A.", "U.S."
	if j := scanInitials(text, i, end); j > i {
		return j
	}
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isWordRune(r):
			i += n
		case (r == '-' || r == '\u2010' || r == '\u2011') && isWordAt(text, i+n, end):
			if isUpperAt(text, start, end) && isLowerAt(text, i+n, end) && !capitalAfterLower(text, i+n, end) {
				return i // "Berlin-based", "Google-backed": the name ends at the hyphen
			}
			i += n
		case isApos(r) && isLetterAt(text, i+n, end):
			if isElision(text[start:i]) {
				return i + n
			}
			if c := text[i+n]; (c == 's' || c == 'S') && !isWordAt(text, i+n+1, end) {
				return i // possessive: split off
			}
			i += n
		case r == '&' && i > start && isUpperAt(text, i+n, end) && isUpperAt(text, i-1, end):
			i += n
		case r == '.' && i > start && isLowerAt(text, i+n, end):
			i += n // "Amazon.com"
		case r == '.' && isAbbrev(text[start:i]):
			return i + n
		default:
			return i
		}
	}
	return i
}

// scanInitials matches two or more "letter." groups starting with an upper
// case letter; it returns i when there is none.
func scanInitials(text string, i, end int) int {
	j, groups := i, 0
	for j+1 < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) || (groups == 0 && !unicode.IsUpper(r)) || j+n >= end || text[j+n] != '.' {
			break
		}
		j += n + 1
		groups++
		if isWordRune2(text, j, end) && !isLetterDotAt(text, j, end) {
			return i // "A.Word": not initials
		}
	}
	if groups < 2 {
		return i
	}
	return j
}

func isLetterDotAt(text string, i, end int) bool {
	r, n := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) && i+n < end && text[i+n] == '.'
}

func isWordRune2(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordAt(text string, i, end int) bool { return isWordRune2(text, i, end) }

func isLetterAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

func isUpperAt(text string, i, end int) bool {
	if i < 0 || i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsUpper(r)
}

func isLowerAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLower(r)
}

// isElision reports whether w is a French word that elides before a vowel.
// This closed class belongs to the grammar, not to a data table.
func isElision(w string) bool {
	switch strings.ToLower(w) {
	case "l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "presqu", "quoiqu":
		return true
	}
	return false
}

// isAbbrev reports whether w followed by a dot is an abbreviation whose dot
// belongs to the word (titles and company forms), or a single capital
// initial ("J. Smith").
func isAbbrev(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	switch strings.ToLower(w) {
	case "inc", "corp", "ltd", "co", "jr", "sr", "st", "mr", "mrs", "ms", "dr", "mme", "mlle", "pr", "bros", "prof", "cie", "plc", "dept":
		return true
	}
	return false
}

// capitalAfterLower reports whether the lowercase word at i is followed by
// a hyphen and a capital, as in "Île-de-France" or "Saint-Martin-d’Hères".
func capitalAfterLower(text string, i, end int) bool {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) {
			return (r == '-' || isApos(r)) && isUpperAt(text, i+n, end)
		}
		i += n
	}
	return false
}
