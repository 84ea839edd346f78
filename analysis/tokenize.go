package analysis

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is one word found by the tokenizer: its span, and its form when it is a word of a
// multiword token (part > 0).
type piece struct {
	start, end int
	form       string
	part       uint8
}

// multiwordFunc gives the words of a multiword token, if surface is one.
type multiwordFunc func(surface string) ([]string, bool)

// tokenizer cuts sentences into words the way UD treebanks do.
type tokenizer struct {
	t       *langTables
	groups  bool // digits grouped with spaces ("1 000 000") make one number
	mwt     multiwordFunc
	pending []piece
}

func isOpener(r rune) bool { return strings.ContainsRune("([{«\"'‘“¿¡‹„", r) }

func isCloser(r rune) bool { return strings.ContainsRune(")]}»\"'’”,;:!?.…›", r) }

func isGroupSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// sentence appends the words of text[start:end] to dst.
func (tk *tokenizer) sentence(text string, start, end int, dst []piece) []piece {
	first := len(dst)
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		dst = tk.chunk(text, i, j, dst)
		i = j
	}
	if tk.groups {
		dst = append(dst[:first], groupNumbers(text, dst[first:])...)
	}
	return dst
}

// chunk cuts one run of non-space characters.
func (tk *tokenizer) chunk(text string, a, b int, dst []piece) []piece {
	// Opening punctuation.
	for a < b {
		if strings.HasPrefix(text[a:b], "``") {
			dst = append(dst, piece{start: a, end: a + 2})
			a += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !isOpener(r) || a+size == b && !isCloser(r) {
			break
		}
		dst = append(dst, piece{start: a, end: a + size})
		a += size
	}
	// Closing punctuation, collected from the end.
	tail := tk.pending[:0]
	for a < b {
		core := text[a:b]
		if tk.isElision(core) || tk.isAbbrev(core) {
			break
		}
		n := 0
		switch {
		case strings.HasSuffix(core, "''"):
			n = 2
		case strings.HasSuffix(core, "..."):
			n = 3
		default:
			r, size := utf8.DecodeLastRuneInString(core)
			if !isCloser(r) {
				break
			}
			if (r == '\'' || r == '’') && tk.hasSuffix(core) {
				break
			}
			n = size
		}
		if n == 0 {
			break
		}
		tail = append(tail, piece{start: b - n, end: b})
		b -= n
	}
	if a < b {
		dst = tk.word(text, a, b, dst)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		dst = append(dst, tail[k])
	}
	tk.pending = tail[:0]
	return dst
}

// word cuts elisions, clitics and endings off a word without outer punctuation, then expands
// multiword tokens.
func (tk *tokenizer) word(text string, a, b int, dst []piece) []piece {
	if dst, ok := tk.expand(text, a, b, dst); ok {
		return dst
	}
	low := strings.ToLower(strings.ReplaceAll(text[a:b], "’", "'"))
	for _, e := range tk.t.elision {
		if len(low) > len(e) && strings.HasPrefix(low, e) {
			cut := a + apostropheEnd(text[a:b], len(e))
			dst = tk.word(text, a, cut, dst)
			return tk.word(text, cut, b, dst)
		}
	}
	for _, c := range tk.t.clitics {
		if len(low) > len(c) && strings.HasSuffix(low, c) {
			cut := b - len(c)
			dst = tk.word(text, a, cut, dst)
			return append(dst, piece{start: cut, end: b})
		}
	}
	for _, s := range tk.t.suffixes {
		if len(low) > len(s) && strings.HasSuffix(low, s) {
			cut := b - apostropheTail(text[a:b], len(s))
			dst = tk.word(text, a, cut, dst)
			return append(dst, piece{start: cut, end: b})
		}
	}
	return append(dst, piece{start: a, end: b})
}

// apostropheEnd maps n bytes of a lower-cased form with ' back to the original, where the
// apostrophe may be ’ (three bytes).
func apostropheEnd(orig string, n int) int {
	if strings.HasPrefix(orig[n-1:], "’") {
		return n + 2
	}
	return n
}

// apostropheTail is apostropheEnd for an ending of n bytes.
func apostropheTail(orig string, n int) int {
	if strings.Count(orig[max(len(orig)-n-2, 0):], "’") > 0 {
		return n + 2
	}
	return n
}

// expand splits a multiword token into its words, all with the token's span.
func (tk *tokenizer) expand(text string, a, b int, dst []piece) ([]piece, bool) {
	if tk.mwt == nil {
		return dst, false
	}
	surface := strings.ReplaceAll(text[a:b], "’", "'")
	words, ok := tk.mwt(surface)
	if !ok || len(words) < 2 || len(words) > 255 {
		return dst, false
	}
	r, _ := utf8.DecodeRuneInString(surface)
	for k, w := range words {
		if k == 0 && unicode.IsUpper(r) {
			first, size := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(first)) + w[size:]
		}
		dst = append(dst, piece{start: a, end: b, form: w, part: uint8(k + 1)})
	}
	return dst, true
}

func (tk *tokenizer) isElision(s string) bool {
	low := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return slices.Contains(tk.t.elision, low)
}

func (tk *tokenizer) hasSuffix(s string) bool {
	low := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	for _, suf := range tk.t.suffixes {
		if len(low) > len(suf) && strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// isAbbrev reports whether s keeps its final period: a listed abbreviation, a single letter
// ("J.") or a dotted acronym ("U.S.").
func (tk *tokenizer) isAbbrev(s string) bool {
	core, ok := strings.CutSuffix(s, ".")
	if !ok || core == "" {
		return false
	}
	if _, found := slices.BinarySearch(tk.t.abbrevs, s); found {
		return true
	}
	if utf8.RuneCountInString(core) == 1 {
		return unicode.IsLetter([]rune(core)[0])
	}
	return strings.Contains(core, ".") && !strings.Contains(core, "..")
}

// groupNumbers joins numbers written in groups of three digits with spaces ("1 000 000",
// "12 500,50") into one word.
func groupNumbers(text string, ps []piece) []piece {
	out := ps[:0]
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if p.part == 0 && isDigits(text[p.start:p.end], 1, 3) {
			for i+1 < len(ps) && ps[i+1].part == 0 && isGroup(text[ps[i+1].start:ps[i+1].end]) {
				gap := text[p.end:ps[i+1].start]
				r, size := utf8.DecodeRuneInString(gap)
				if size != len(gap) || !isGroupSpace(r) {
					break
				}
				p.end = ps[i+1].end
				i++
			}
		}
		out = append(out, p)
	}
	return out
}

func isDigits(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isGroup reports whether s is three digits, maybe with decimals ("500,50").
func isGroup(s string) bool {
	if len(s) < 3 || !isDigits(s[:3], 3, 3) {
		return false
	}
	rest := s[3:]
	if rest == "" {
		return true
	}
	return (rest[0] == ',' || rest[0] == '.') && isDigits(rest[1:], 1, 20)
}
