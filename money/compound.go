package money

import (
	"slices"
	"strings"
)

// A number written as one word ("siebenhundert", "tweeduizend",
// "duecentomila", "einundzwanzig") is read by cutting it into the number and
// scale words of the tables, in a language that data/languages.tsv marks
// "compound". The cut is found by a search with memoised dead ends, so a
// word of n bytes costs O(n × morphemes); words longer than maxCompound are
// not tried.
const (
	maxCompound      = 64
	maxCompoundParts = 12
)

// morpheme is one number or scale word a compound may hold.
type morpheme struct {
	word  string
	langs uint8
	kind  uint8 // number kind (nUnit, nHundred, nAnd, nFrac), 0 for a scale
	num   Decimal
	exp   int8
}

// buildMorphemes collects the one-word numbers and scale words of the
// compounding languages, longest first, then in byte order.
func (lx *lexicon) buildMorphemes() {
	if lx.compoundLangs == 0 {
		return
	}
	for key, n := range lx.phrases {
		if strings.Contains(key, " ") {
			continue
		}
		for _, e := range n.entries {
			langs := e.langs & lx.compoundLangs
			switch {
			case langs == 0 || e.ntok != 1:
			case e.kind == eNumber && e.numKind != nOne:
				lx.morphemes = append(lx.morphemes, morpheme{word: key, langs: langs, kind: e.numKind, num: e.num})
			case e.kind == eScale && !e.abbr:
				lx.morphemes = append(lx.morphemes, morpheme{word: key, langs: langs, exp: e.exp})
			}
		}
	}
	slices.SortFunc(lx.morphemes, func(a, b morpheme) int {
		if len(a.word) != len(b.word) {
			return len(b.word) - len(a.word)
		}
		return strings.Compare(a.word, b.word)
	})
	for k, mo := range lx.morphemes {
		lx.byFirstByte[mo.word[0]] = append(lx.byFirstByte[mo.word[0]], int32(k))
	}
}

// compound reads w, a folded word, as a number written as one word in one
// of the languages of mask. It needs at least two parts: a single number
// word is in the tables already.
func (lx *lexicon) compound(w string, mask uint8) (Decimal, uint8, bool) {
	mask &= lx.compoundLangs
	if mask == 0 || len(w) < 4 || len(w) > maxCompound {
		return Decimal{}, 0, false
	}
	var (
		parts [maxCompoundParts]int
		dead  [maxCompound + 1]bool
	)
	var cut func(pos, n int, m uint8) (int, uint8, bool)
	cut = func(pos, n int, m uint8) (int, uint8, bool) {
		if pos == len(w) {
			return n, m, n >= 2
		}
		if n == maxCompoundParts || dead[pos] {
			return 0, 0, false
		}
		for _, k := range lx.byFirstByte[w[pos]] {
			mo := lx.morphemes[k]
			if mo.langs&m == 0 || !strings.HasPrefix(w[pos:], mo.word) {
				continue
			}
			parts[n] = int(k)
			if total, m2, ok := cut(pos+len(mo.word), n+1, m&mo.langs); ok {
				return total, m2, true
			}
		}
		dead[pos] = true
		return 0, 0, false
	}
	n, m, ok := cut(0, 0, mask)
	if !ok {
		return Decimal{}, 0, false
	}
	v, ok := lx.compoundValue(parts[:n])
	return v, m, ok
}

// compoundValue adds up the parts of a compound: units add ("zwei und
// zwanzig"), a hundred multiplies what is before it, a scale word closes a
// group ("drei tausend fünf hundert").
func (lx *lexicon) compoundValue(parts []int) (Decimal, bool) {
	zero := Decimal{valid: true}
	total, cur := zero, zero
	var last uint8
	ok := true
	for i, k := range parts {
		mo := lx.morphemes[k]
		switch {
		case mo.kind == nAnd:
			if last != nUnit || i == len(parts)-1 {
				return Decimal{}, false
			}
		case mo.kind == nUnit:
			if last == nUnit && !tensThenUnit(cur, mo.num) {
				return Decimal{}, false // "zweidrei"; "ventuno" is read
			}
			cur, ok = cur.add(mo.num)
		case mo.kind == nFrac:
			if i != len(parts)-1 {
				return Decimal{}, false
			}
			cur, ok = cur.add(mo.num) // "dreieinhalb"
		case mo.kind == nHundred:
			if cur.coef == 0 {
				cur = Decimal{valid: true, coef: 1}
			}
			cur, ok = cur.mul(mo.num)
		default: // a scale word
			if cur.coef == 0 {
				cur = Decimal{valid: true, coef: 1}
			}
			var f Decimal
			if f, ok = cur.mulPow10(int(mo.exp)); ok {
				total, ok = total.add(f)
			}
			cur = zero
		}
		if !ok {
			return Decimal{}, false
		}
		last = mo.kind
		if mo.kind == nAnd {
			last = nAnd
		} else if mo.kind != nUnit && mo.kind != nFrac {
			last = nHundred
		}
	}
	return total.add(cur)
}

// mayCompound reports whether the folded word w starts with a morpheme and
// is long enough to hold two: most words fail here without allocating.
func (lx *lexicon) mayCompound(w []byte) bool {
	if len(w) < 4 || len(w) > maxCompound {
		return false
	}
	for _, k := range lx.byFirstByte[w[0]] {
		if mo := lx.morphemes[k]; len(w) >= len(mo.word) && string(w[:len(mo.word)]) == mo.word {
			return true
		}
	}
	return false
}
