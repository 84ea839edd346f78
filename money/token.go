package money

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, possibly ending in an elision apostrophe ("d'")
	tNum                      // digits with grouping and decimal separators
	tSym                      // a currency sign (Unicode category Sc)
	tPunct                    // any other single character
)

// token is a piece of text: [start, end) byte offsets and its lookup key
// (lower-cased, apostrophes folded to '). When fold is set, key is the raw
// word and the folded key is built on demand (appendKey), so that scanning
// capitalised words allocates nothing.
type token struct {
	start, end int
	key        string
	kind       tokKind
	upper      bool // a word whose letters are all upper case
	fold       bool // key still needs folding
}

// appendKey appends the lookup key of t to buf.
func appendKey(buf []byte, t token) []byte {
	if !t.fold {
		return append(buf, t.key...)
	}
	for _, r := range t.key {
		if r == '’' || r == 'ʼ' {
			r = '\''
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// foldedKey returns the lookup key of t as a string.
func foldedKey(t token) string {
	if !t.fold {
		return t.key
	}
	return string(appendKey(nil, t))
}

// isSpaceRune reports the spaces that separate tokens and may group digits.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize appends the tokens of text to dst. It runs in time linear in
// len(text).
func tokenize(dst []token, text string) []token {
	i := 0
	for i < len(text) {
		c := text[i]
		if isDigit(c) || (c == '.' || c == ',') && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isWordByte(text[i-1])) {
			end := scanNumber(text, i)
			dst = append(dst, token{start: i, end: end, key: text[i:end], kind: tNum})
			i = end
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isSpaceRune(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) {
					if isApostrophe(r2) {
						if j+s2 == len(text) {
							j += s2 // an elided word at the very end ("d'" in a table)
						} else if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(r3) {
							j += s2
						}
					}
					break
				}
				j += s2
			}
			dst = append(dst, wordToken(text, i, j))
			i = j
		case unicode.Is(unicode.Sc, r):
			dst = append(dst, token{start: i, end: i + size, key: text[i : i+size], kind: tSym})
			i += size
		default:
			key := text[i : i+size]
			if r == '’' || r == 'ʼ' {
				key = "'"
			}
			dst = append(dst, token{start: i, end: i + size, key: key, kind: tPunct})
			i += size
		}
	}
	return dst
}

// wordToken builds the token for the word text[i:j], marking it for folding
// when it is not already lower case with plain apostrophes.
func wordToken(text string, i, j int) token {
	w := text[i:j]
	plain, upper, letters := true, true, false
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters = true
			if !unicode.IsUpper(r) {
				upper = false
			}
			if unicode.ToLower(r) != r {
				plain = false
			}
		} else if r == '’' || r == 'ʼ' {
			plain = false
		}
	}
	return token{start: i, end: j, key: w, kind: tWord, upper: upper && letters, fold: !plain}
}

// scanNumber returns the end of the figure starting at text[i], a digit.
// Digits may be grouped by ".", ",", "'" or "’" followed by digits, or by a
// space (including U+00A0, U+202F, U+2009) followed by exactly three digits
// when the first group has at most three digits.
func scanNumber(text string, i int) int {
	j := i
	if !isDigit(text[i]) {
		j++ // a leading decimal point: ".75"
	}
	j = digitsEnd(text, j)
	first := j - i
	spaceOK := first <= 3
	for j < len(text) {
		c := text[j]
		switch {
		case (c == '.' || c == ',') && j+1 < len(text) && isDigit(text[j+1]):
			j = digitsEnd(text, j+1)
			spaceOK = false
		case c == '\'' && j+1 < len(text) && threeDigits(text, j+1):
			j = digitsEnd(text, j+1)
		case c >= utf8.RuneSelf || c == ' ':
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '’' && threeDigits(text, j+size) {
				j = digitsEnd(text, j+size)
				continue
			}
			if spaceOK && (r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009') && threeDigits(text, j+size) {
				j = digitsEnd(text, j+size)
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// isWordByte reports an ASCII letter or digit, or a byte of a multi-byte rune.
func isWordByte(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.' || b == ','
}

func digitsEnd(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}

// threeDigits reports whether text[i:] starts with exactly three digits.
func threeDigits(text string, i int) bool {
	return i+3 <= len(text) && isDigit(text[i]) && isDigit(text[i+1]) && isDigit(text[i+2]) &&
		(i+3 == len(text) || !isDigit(text[i+3]))
}

// numStyle says how "." and "," read in a figure.
type numStyle uint8

const (
	styleAuto             numStyle = iota // "1,234" groups, "1.234" is a decimal (English reading)
	styleEnglish                          // "," groups, "." is the decimal point
	styleContinental                      // "." groups, "," is the decimal point (fr, de, es, it)
	styleGroup                            // "." and "," before three digits group (currencies without decimals)
	styleContinentalGuess                 // styleContinental guessed from the text, not set: "73,460 €" groups
)

// parseFigure reads a figure as scanned by scanNumber.
func parseFigure(raw string, style numStyle) (Decimal, error) {
	// Find the separators.
	var lastSep byte
	lastPos, nDot, nComma := -1, 0, 0
	for k := 0; k < len(raw); k++ {
		switch raw[k] {
		case '.':
			nDot++
			lastSep, lastPos = '.', k
		case ',':
			nComma++
			lastSep, lastPos = ',', k
		}
	}
	decimalAt := -1
	if lastPos >= 0 {
		fracLen := len(raw) - lastPos - 1
		switch {
		case nDot > 0 && nComma > 0:
			if (lastSep == '.' && nDot == 1) || (lastSep == ',' && nComma == 1) {
				decimalAt = lastPos
			}
		case (lastSep == '.' && nDot > 1) || (lastSep == ',' && nComma > 1):
			// several of one kind: grouping
		case fracLen != 3 || strings.HasPrefix(raw, "0") && lastPos == 1:
			decimalAt = lastPos
		case style == styleGroup:
			// "12.500 ₫", "12,500 ¥": a currency without decimals
		case style == styleContinental:
			if lastSep == ',' {
				decimalAt = lastPos
			}
		case lastSep == '.' && style == styleAuto && raw[len(raw)-1] == '0',
			lastSep == ',' && style == styleContinentalGuess && raw[len(raw)-1] == '0':
			// "320.000", "73,460 €": a guessed decimal is not written with
			// a trailing zero, so this is grouping
		case style == styleContinentalGuess:
			if lastSep == ',' {
				decimalAt = lastPos
			}
		default:
			if lastSep == '.' {
				decimalAt = lastPos
			}
		}
	}
	// Check the grouping: groups after the first have three digits, or two
	// (Indian grouping with ",") before a last group of three.
	acc := newDigitAcc()
	group, ngroups, firstGroup := 0, 0, -1
	groupSep := byte(0)
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(raw[k:])
			k += size - 1
			c = ' '
		}
		if isDigit(c) {
			acc.add(c, decimalAt >= 0 && k > decimalAt)
			group++
			continue
		}
		if k == decimalAt {
			if ngroups > 0 && group != 3 {
				return Decimal{}, ErrSyntax
			}
			group = -1000 // no grouping after the decimal point
			continue
		}
		if groupSep == 0 && (c == '.' || c == ',') {
			groupSep = c
		} else if (c == '.' || c == ',') && c != groupSep {
			return Decimal{}, ErrSyntax
		}
		if ngroups == 0 {
			firstGroup = group
		} else if group != 3 && !(group == 2 && c == ',') {
			return Decimal{}, ErrSyntax
		}
		ngroups++
		group = 0
	}
	if decimalAt < 0 && ngroups > 0 && group != 3 {
		return Decimal{}, ErrSyntax
	}
	if firstGroup > 3 {
		return Decimal{}, ErrSyntax
	}
	d, ok := acc.decimal(false)
	if !ok {
		return Decimal{}, ErrRange
	}
	return d, nil
}
