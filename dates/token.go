package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord tokKind = iota + 1
	tokNum
	tokPunct
)

// token is a word, a run of digits or one punctuation mark, with its byte span.
type token struct {
	start, end int
	kind       tokKind
	norm       string // lower-cased word; "'" for any apostrophe, "-" for hyphens
	suf        string // letters glued after digits ("1er", "5th"), lower-cased
	val        int    // value of a digit run, capped
	nd         int    // number of digits
	sp         bool   // whitespace before the token
	brk        bool   // a line break before the token
	amount     bool   // part of a grouped or decimal number ("2 000", "14,3")
}

// tokenize cuts s into tokens. It never fails: bytes that are not valid UTF-8 are
// punctuation.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	sp, brk := false, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			sp = true
			if r == '\n' || r == '\u2029' {
				brk = true
			}
			i += size
			continue
		case isLetter(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n
			}
			toks = append(toks, token{start: i, end: j, kind: tokWord, norm: lower(s[i:j])})
			i = j
		case r >= '0' && r <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v < 1e6 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			t := token{start: i, end: j, kind: tokNum, val: v, nd: j - i}
			k := j
			for k < len(s) {
				r2, n := utf8.DecodeRuneInString(s[k:])
				if !isLetter(r2) {
					break
				}
				k += n
			}
			if k > j {
				t.suf, t.end = lower(s[j:k]), k
			}
			toks = append(toks, t)
			i = t.end
		default:
			norm := s[i : i+size]
			switch r {
			case '\'', '’', 'ʼ', '‘', '´':
				norm = "'"
			case '-', '‐', '‑':
				norm = "-"
			}
			toks = append(toks, token{start: i, end: i + size, kind: tokPunct, norm: norm})
			i += size
		}
		toks[len(toks)-1].sp, toks[len(toks)-1].brk = sp, brk
		sp, brk = false, false
	}
	markAmounts(s, toks)
	return toks
}

func isLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// lower lower-cases w, without allocating when it is lower-case ASCII already.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// markAmounts flags digit runs that belong to a larger number: "14,3", "1.5", "2 000",
// "49 %" and numbers glued to a currency sign. Such numbers are never days or years.
func markAmounts(s string, toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.kind != tokNum {
			continue
		}
		// Decimal or thousands separator glued on both sides: 14,3 or 1.234.
		if i+2 < len(toks) && (toks[i+1].norm == "," || toks[i+1].norm == ".") && !toks[i+1].sp &&
			toks[i+2].kind == tokNum && !toks[i+2].sp && t.suf == "" {
			t.amount, toks[i+2].amount = true, true
		}
		// Digit groups: 2 000, 1 234 567.
		if i+1 < len(toks) && toks[i+1].kind == tokNum && toks[i+1].nd == 3 && toks[i+1].sp &&
			t.nd <= 3 && t.suf == "" && onlySpaceBetween(s, t.end, toks[i+1].start) {
			t.amount, toks[i+1].amount = true, true
		}
		// Percentages and currency signs.
		if i+1 < len(toks) && t.suf == "" && isQuantitySign(toks[i+1].norm) {
			t.amount = true
		}
		if i > 0 && !t.sp && isQuantitySign(toks[i-1].norm) {
			t.amount = true
		}
	}
}

func onlySpaceBetween(s string, a, b int) bool {
	return b-a <= 3 && strings.TrimSpace(s[a:b]) == ""
}

func isQuantitySign(p string) bool {
	switch p {
	case "%", "‰", "$", "€", "£", "¥", "₹", "₽", "₩", "₺", "¢":
		return true
	}
	return false
}
