package normalize

import (
	"html"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A step is one text repair: scan appends to reps the replacements it
// makes on s, sorted and non-overlapping, and appends nothing when s needs
// no change (so that the no-change path does not allocate).
type step struct {
	name string
	scan func(s string, reps []rep) []rep
}

// steps is the repair order; see the package documentation for why.
var steps = [...]step{
	{"utf8", scanUTF8},
	{"entities", scanEntities},
	{"mojibake", scanMojibake},
	{"invisible", scanInvisible},
	{"nfc", scanNFC},
	{"typography", scanTypography},
	{"spacing", scanSpacing},
}

// maxPasses bounds how often a step, and the whole sequence of steps, is
// repeated to reach a fixed point: a double-escaped entity or double
// mojibake needs two passes, and a later step may complete a pattern an
// earlier one repairs (a quote made typographic can end a mojibake
// sequence). The bound is a safety net.
const maxPasses = 4

// run applies sc to s until it makes no change, and returns s itself when
// there was nothing to do.
func run(s string, sc func(string, []rep) []rep) string {
	s, _ = runStep(s, sc)
	return s
}

// runStep is run, also reporting whether s changed.
func runStep(s string, sc func(string, []rep) []rep) (string, bool) {
	changed := false
	for range maxPasses {
		reps := sc(s, nil)
		if len(reps) == 0 {
			break
		}
		s, changed = apply(s, reps), true
	}
	return s, changed
}

// String applies the text repair steps to s, in order, and returns the
// repaired text. It does not repair names (see [Normalizer.Normalize]).
// It returns s itself, without allocating, when s needs no repair.
// String is idempotent: String(String(s)) == String(s).
func String(s string) string {
	for range maxPasses {
		changed := false
		for _, st := range steps {
			var c bool
			s, c = runStep(s, st.scan)
			changed = changed || c
		}
		if !changed {
			break
		}
	}
	return s
}

// FixUTF8 replaces each run of invalid UTF-8 bytes by U+FFFD.
func FixUTF8(s string) string { return run(s, scanUTF8) }

// UnescapeEntities decodes HTML character references such as "&amp;",
// "&eacute;" or "&#x2019;" (only the forms ending with ';'). A
// double-escaped "&amp;eacute;" is decoded to the end.
func UnescapeEntities(s string) string { return run(s, scanEntities) }

// FixMojibake restores text that was encoded in UTF-8 and decoded as
// Windows-1252 or Latin-1: "Ã©" becomes "é", "â€™" becomes "’".
func FixMojibake(s string) string { return run(s, scanMojibake) }

// RemoveInvisible deletes soft hyphens (U+00AD), zero-width spaces
// (U+200B), word joiners (U+2060), byte order marks (U+FEFF) and the
// Mongolian vowel separator (U+180E). Zero-width joiners and non-joiners
// stay: they change how some scripts and emoji are written.
func RemoveInvisible(s string) string { return run(s, scanInvisible) }

// NFC returns s in Unicode Normalization Form C.
func NFC(s string) string { return run(s, scanNFC) }

// Typography gives quotes, apostrophes and dashes their canonical form
// for matching: apostrophes (’ ‘ ‛ ʼ) become ASCII "'"; double quotes (" “
// ” „ ‟) become “ when they open a quotation and ” when they close it;
// « and » stay; the hyphens U+2010, U+2011 and the minus sign U+2212
// become "-", the figure dash U+2012 becomes "–", the horizontal bar
// U+2015 becomes "—".
func Typography(s string) string { return run(s, scanTypography) }

// Spacing turns no-break, narrow, thin and other Unicode spaces into an
// ASCII space and inserts the space missing after ':' or ';' before a
// letter, before an opening quote glued to the previous word and after a
// closing quote glued to the next one.
func Spacing(s string) string { return run(s, scanSpacing) }

const replacementChar = "\uFFFD"

func scanUTF8(s string, reps []rep) []rep {
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		j := i + 1
		for j < len(s) {
			if r, n := utf8.DecodeRuneInString(s[j:]); r != utf8.RuneError || n != 1 {
				break
			}
			j++
		}
		reps = append(reps, rep{start: i, end: j, text: replacementChar, kind: KindEncoding, conf: 1})
		i = j
	}
	return reps
}

// maxEntity bounds the length of an HTML character reference.
const maxEntity = 40

func scanEntities(s string, reps []rep) []rep {
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		j := i + 1
		for j < len(s) && j-i < maxEntity && isEntityByte(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != ';' || j == i+1 {
			continue
		}
		ref := s[i : j+1]
		dec := html.UnescapeString(ref)
		if dec == ref {
			continue
		}
		reps = append(reps, rep{start: i, end: j + 1, text: dec, kind: KindUnicode, conf: 1})
		i = j
	}
	return reps
}

func isEntityByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#'
}

// contByte returns the byte 0x80–0xBF that r stands for in mojibake:
// Latin-1 maps U+0080–U+00BF to themselves, Windows-1252 puts
// typographic signs in 0x80–0x9F.
func contByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true
	}
	switch r {
	case '€':
		return 0x80, true
	case '‚':
		return 0x82, true
	case 'ƒ':
		return 0x83, true
	case '„':
		return 0x84, true
	case '…':
		return 0x85, true
	case '†':
		return 0x86, true
	case '‡':
		return 0x87, true
	case 'ˆ':
		return 0x88, true
	case '‰':
		return 0x89, true
	case 'Š':
		return 0x8A, true
	case '‹':
		return 0x8B, true
	case 'Œ':
		return 0x8C, true
	case 'Ž':
		return 0x8E, true
	case '‘':
		return 0x91, true
	case '’':
		return 0x92, true
	case '“':
		return 0x93, true
	case '”':
		return 0x94, true
	case '•':
		return 0x95, true
	case '–':
		return 0x96, true
	case '—':
		return 0x97, true
	case '˜':
		return 0x98, true
	case '™':
		return 0x99, true
	case 'š':
		return 0x9A, true
	case '›':
		return 0x9B, true
	case 'œ':
		return 0x9C, true
	case 'ž':
		return 0x9E, true
	case 'Ÿ':
		return 0x9F, true
	}
	return 0, false
}

func scanMojibake(s string, reps []rep) []rep {
	for i := 0; i+1 < len(s); i++ {
		// a lead byte 0xC2–0xF4 read as Latin-1 is U+00C2–U+00F4,
		// encoded C3 82 – C3 B4
		if s[i] != 0xC3 || s[i+1] < 0x82 || s[i+1] > 0xB4 {
			continue
		}
		lead := 0xC0 | (s[i+1] & 0x3F)
		need := 1
		switch {
		case lead >= 0xF0:
			need = 3
		case lead >= 0xE0:
			need = 2
		}
		var buf [4]byte
		buf[0] = lead
		j := i + 2
		ok := true
		special := false
		for k := 1; k <= need; k++ {
			r, n := utf8.DecodeRuneInString(s[j:])
			b, isCont := contByte(r)
			if !isCont {
				ok = false
				break
			}
			special = special || r > 0xFF
			buf[k] = b
			j += n
		}
		if !ok {
			continue
		}
		r, n := utf8.DecodeRune(buf[:need+1])
		if r == utf8.RuneError || n != need+1 {
			continue
		}
		// a two-byte sequence must give a Latin letter or sign, or be
		// built from Latin-1 characters only: "É…" is not mojibake
		if need == 1 && special && (r < 0xA0 || r > 0x17F) {
			continue
		}
		reps = append(reps, rep{start: i, end: j, text: string(r), kind: KindEncoding, conf: 1})
		i = j - 1
	}
	return reps
}

// isInvisible reports whether r is removed by RemoveInvisible.
func isInvisible(r rune) bool {
	return r == 0xAD || r == 0x200B || r == 0x2060 || r == 0xFEFF || r == 0x180E
}

func scanInvisible(s string, reps []rep) []rep {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != 0xC2 && c != 0xE2 && c != 0xEF && c != 0xE1 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isInvisible(r) {
			if k := len(reps) - 1; k >= 0 && reps[k].end == i {
				reps[k].end = i + n // one edit for a run
			} else {
				reps = append(reps, rep{start: i, end: i + n, kind: KindUnicode, conf: 1})
			}
		}
		i += n - 1
	}
	return reps
}

func scanNFC(s string, reps []rep) []rep {
	q := norm.NFC.QuickSpanString(s)
	if q == len(s) {
		return reps
	}
	// walk normalization segments from the boundary before q; the text
	// before it is normal already
	i := q
	for i > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if norm.NFC.PropertiesString(s[i:]).BoundaryBefore() {
			break
		}
	}
	for i < len(s) {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		if !norm.NFC.IsNormalString(seg) {
			reps = append(reps, rep{start: i, end: i + n, text: norm.NFC.String(seg), kind: KindUnicode, conf: 1})
		}
		i += n
	}
	return reps
}

// quotes tells opening from closing double quotes. It looks at the
// neighbours first (a quote after a space and before a word opens, one
// after a word and before a space or punctuation closes) and otherwise
// alternates, starting anew with each paragraph.
type quotes struct{ open bool }

// isDoubleQuote reports whether r is a double quote whose role
// (opening or closing) is decided from context.
func isDoubleQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '‟'
}

// role returns whether the quote at s[i:i+n] opens a quotation.
func (q *quotes) role(s string, i, n int) bool {
	var left, right rune = ' ', ' '
	if i > 0 {
		left, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+n < len(s) {
		right, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	ls := unicode.IsSpace(left) || left == '(' || left == '['
	rs := unicode.IsSpace(right) || right == ')' || right == ']' || unicode.IsPunct(right) && right != '«' && !isDoubleQuote(right) && right != '\''
	var opening bool
	switch {
	case ls && !rs:
		opening = true
	case !ls && rs:
		opening = false
	default:
		opening = !q.open
	}
	q.open = opening
	return opening
}

// see updates the quote state for a character that is not a double quote.
func (q *quotes) see(r rune) {
	switch r {
	case '\n':
		q.open = false
	case '«':
		q.open = true
	case '»':
		q.open = false
	}
}

func scanTypography(s string, reps []rep) []rep {
	var q quotes
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && c != '"' && c != '\n' {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var to string
		switch {
		case isDoubleQuote(r):
			to = "”"
			if q.role(s, i, n) {
				to = "“"
			}
		case r == '’' || r == '‘' || r == '‛' || r == 'ʼ':
			to = "'"
		case r == '‐' || r == '‑' || r == '−':
			to = "-"
		case r == '‒':
			to = "–"
		case r == '―':
			to = "—"
		default:
			q.see(r)
		}
		if to != "" && to != s[i:i+n] {
			reps = append(reps, rep{start: i, end: i + n, text: to, kind: KindTypography, conf: 1})
		}
		i += n - 1
	}
	return reps
}

// isSpaceVariant reports whether r is a Unicode space that Spacing turns
// into an ASCII space.
func isSpaceVariant(r rune) bool {
	return r == 0xA0 || r == 0x202F || r >= 0x2000 && r <= 0x200A || r == 0x205F || r == 0x3000
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func scanSpacing(s string, reps []rep) []rep {
	var q quotes
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ':', ';':
			if i > 0 && i+1 < len(s) {
				l, _ := utf8.DecodeLastRuneInString(s[:i])
				r, _ := utf8.DecodeRuneInString(s[i+1:])
				if unicode.IsLetter(l) && unicode.IsLetter(r) {
					reps = append(reps, rep{start: i + 1, end: i + 1, text: " ", kind: KindSpacing, conf: 1})
				}
			}
			continue
		case '"', '\n':
		default:
			if c < utf8.RuneSelf {
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceVariant(r):
			reps = append(reps, rep{start: i, end: i + n, text: " ", kind: KindSpacing, conf: 1})
		case isDoubleQuote(r) || r == '«' || r == '»':
			opening := r == '«'
			if isDoubleQuote(r) {
				opening = q.role(s, i, n)
			} else {
				q.see(r)
			}
			if opening && i > 0 {
				l, _ := utf8.DecodeLastRuneInString(s[:i])
				if isWordRune(l) || l == ':' || l == ';' || l == ',' {
					reps = append(reps, rep{start: i, end: i, text: " ", kind: KindSpacing, conf: 1})
				}
			}
			if !opening && i+n < len(s) {
				if r, _ := utf8.DecodeRuneInString(s[i+n:]); isWordRune(r) {
					reps = append(reps, rep{start: i + n, end: i + n, text: " ", kind: KindSpacing, conf: 1})
				}
			}
		default:
			q.see(r)
		}
		i += n - 1
	}
	return reps
}
