package money

import (
	"slices"

	"golang.org/x/text/currency"
)

// maxScales bounds the scale words after one figure ("1 million de
// milliards"); maxWordToks bounds a number written in words. Both keep each
// parse constant-time, so scans are linear in the text.
const (
	maxScales   = 3
	maxWordToks = 24
)

// side is one end of an expression: figure, scale words and unit.
type side struct {
	start, end int // token range
	numTok     int // token of the figure (or first number word)
	neg        bool
	raw        string  // a figure in digits, or "" when written in words
	words      Decimal // the value of a number in words
	frac       Decimal // "2 millions et demi": a fraction of the last scale
	wordsScale int     // a number in words that ends with a scale word: its token, else -1
	scales     [maxScales]int
	nscales    int
	cur        entry
	hasCur     bool
	curTok     int
	curPrefix  bool
	percent    bool
	unit       Unit
	unitTok    int // token of the percent sign or noun, -1 if none
	article    bool
	wordScale  bool // a scale written as a word ("Milliarden"), not an abbreviation ("m")
}

// expr is a parsed expression.
type expr struct {
	start, end int // token range
	qual       Qualifier
	vague      bool
	isRange    bool
	lo, hi     side
	minor      Decimal // cents added after the main unit ("15 dollars 50")
	mask       uint8
}

// note narrows the language mask of the expression being parsed.
func (s *scanner) note(mask *uint8, h hit) {
	if m := *mask & h.union; m != 0 {
		*mask = m
	}
}

// parseExpr parses the longest expression starting at token i.
func (s *scanner) parseExpr(i int, parseMode bool) (expr, bool) {
	ex := expr{start: i, mask: s.langs}
	j := i
	if h, ok := s.lookup(j, eQual); ok {
		ex.qual = h.e.qual
		s.note(&ex.mask, h)
		j = h.next
	}
	opened := false
	if h, ok := s.lookup(j, eOpen); ok {
		probe := ex.mask
		if _, ok := s.parseSide(h.next, &probe); ok {
			if j == i {
				ex.start = h.next // an unused opener stays out of the span
			}
			opened = true
			j = h.next
		}
	}
	if h, ok := s.lookup(j, eVague); ok {
		if v, ok := s.parseVague(h, parseMode, &ex); ok {
			return v, true
		}
	}
	lo, ok := s.parseSide(j, &ex.mask)
	if !ok {
		return ex, false
	}
	ex.lo, ex.end = lo, lo.end
	if h, ok := s.lookup(lo.end, eSep); ok && (opened || s.bareSep(lo.end)) {
		if hi, ok := s.parseSide(h.next, &ex.mask); ok && compatible(lo, hi, parseMode) {
			rg := ex
			rg.hi, rg.isRange, rg.end, rg.start = hi, true, hi.end, i
			if l, h, err := s.values(rg); err == nil && l.Cmp(h) < 0 {
				ex = rg
			}
		}
	}
	if !ex.isRange && lo.hasCur && lo.nscales == 0 && lo.cur.exp == 0 && !lo.cur.minor && allDigits(lo.raw) {
		s.parseCents(&ex)
	}
	if !ex.isRange && !lo.hasCur && !lo.percent && lo.unit == UnitUnknown && !lo.wordScale && !parseMode {
		return ex, false // a bare figure ("2024", "5 m") is not a quantity
	}
	return ex, true
}

// bareSep reports whether the range separator at token k may join two
// figures without an opening word ("5-10", "5 to 10", "5 à 10").
func (s *scanner) bareSep(k int) bool {
	h, ok := s.lookup(k, eSep)
	return ok && !h.e.needOpen
}

func compatible(lo, hi side, parseMode bool) bool {
	if lo.hasCur && !lo.curPrefix && !hi.hasCur {
		return false // "1,34 $ c à une part"
	}
	if lo.hasCur && hi.hasCur && (lo.cur.cur != hi.cur.cur || lo.cur.curKnown != hi.cur.curKnown) {
		return false
	}
	if lo.percent && !hi.percent || lo.unit != UnitUnknown && hi.unit != UnitUnknown && lo.unit != hi.unit {
		return false
	}
	if (lo.hasCur || hi.hasCur) && (lo.percent || hi.percent || lo.unit != UnitUnknown || hi.unit != UnitUnknown) {
		return false
	}
	return parseMode || lo.hasCur || hi.hasCur || lo.percent || hi.percent || lo.unit != UnitUnknown || hi.unit != UnitUnknown || hi.nscales > 0
}

// parseVague reads "plusieurs millions de dollars", "several million euros".
func (s *scanner) parseVague(h hit, parseMode bool, ex *expr) (expr, bool) {
	v := *ex
	mask := v.mask
	s.note(&mask, h)
	k := h.next
	scales := 0
	for scales < maxScales {
		sh, ok := s.lookup(k, eScale)
		if !ok || sh.e.abbr {
			break
		}
		k = sh.next
		scales++
	}
	if scales == 0 && !parseMode {
		return v, false
	}
	k2 := k
	if ch, ok := s.lookup(k, eConn); ok {
		k2 = ch.next
	}
	sd := side{start: h.next, end: k, unitTok: -1, curTok: -1}
	if ch, ok := s.lookup(k2, eCurrency); ok {
		sd.cur, sd.hasCur, sd.curTok, sd.end = ch.e, true, k2, ch.next
		s.note(&mask, ch)
	} else if nh, ok := s.lookup(k2, eNoun); ok {
		sd.unit, sd.unitTok, sd.end = nh.e.unit, k2, nh.next
	} else if !parseMode || k != h.next || k < len(s.toks) {
		return v, false
	}
	v.vague, v.lo, v.end, v.mask, v.qual = true, sd, sd.end, mask, Vague
	return v, true
}

// parseSide reads [currency] [sign] figure [scales] [de] [currency|%|noun].
func (s *scanner) parseSide(k int, mask *uint8) (side, bool) {
	sd := side{start: k, unitTok: -1, curTok: -1, wordsScale: -1}
	if h, ok := s.lookup(k, eCurrency); ok && !h.e.minor && !h.e.ordinary {
		sd.cur, sd.hasCur, sd.curTok, sd.curPrefix = h.e, true, k, true
		s.note(mask, h)
		k = h.next
	}
	if k+1 < len(s.toks) && s.toks[k].kind == tPunct && s.toks[k+1].kind == tNum && s.toks[k].end == s.toks[k+1].start {
		switch s.toks[k].key {
		case "-", "−":
			sd.neg = true
			k++
		case "+":
			k++
		}
	}
	if k >= len(s.toks) {
		return sd, false
	}
	sd.numTok = k
	if s.toks[k].kind == tNum {
		sd.raw = s.toks[k].key
		k++
		for sd.nscales < maxScales {
			h, ok := s.lookup(k, eScale)
			if !ok {
				break
			}
			s.note(mask, h)
			sd.scales[sd.nscales] = k
			sd.nscales++
			sd.wordScale = sd.wordScale || !h.e.abbr
			k = h.next
		}
		if sd.nscales > 0 {
			k = s.scaleFraction(&sd, k, mask)
		}
	} else {
		v, next, scaled, article, ok := s.parseWords(k, mask)
		if !ok {
			return sd, false
		}
		sd.words, sd.article = v, article
		if scaled {
			sd.nscales, sd.wordScale = -1, true // scales are inside the words
			if h, ok := s.lookup(next-1, eScale); ok && !h.e.abbr {
				sd.wordsScale = next - 1
			}
		}
		k = next
	}
	sd.end = k
	if !sd.curPrefix {
		if k+1 < len(s.toks) && s.toks[k].key == "-" && s.toks[k].start == s.toks[k-1].end && s.toks[k+1].start == s.toks[k].end && s.toks[k+1].kind == tWord {
			if _, ok := s.lookup(k+1, eCurrency); ok {
				k++ // "12-cent", "one-yen"
			}
		}
		k2 := k
		var conn hit
		hasConn := false
		if h, ok := s.lookup(k, eConn); ok {
			conn, hasConn, k2 = h, true, h.next
		}
		country, afterCountry, hasCountry := s.countryBefore(k2)
		if hasCountry {
			k2 = afterCountry
		}
		if h, ok := s.lookup(k2, eCurrency); ok && !(sd.raw == "" && s.toks[k2].kind == tSym && s.beforeFigure(h.next)) && !(h.e.ordinary && s.articleOne(&sd, k)) && (!hasCountry || s.fits(h.e, k2, country)) {
			sd.cur, sd.hasCur, sd.curTok, sd.end = h.e, true, k2, h.next
			s.note(mask, h)
			s.countryCurrency(&sd, country, hasCountry)
			if hasConn {
				s.note(mask, conn)
			}
			if sd.nscales == 0 && sd.raw != "" {
				for sd.nscales < maxScales {
					sh, ok := s.lookup(sd.end, eScale)
					if !ok || sh.e.abbr {
						break
					}
					sd.scales[sd.nscales] = sd.end
					sd.nscales++
					sd.end = sh.next
				}
			}
		} else if h, ok := s.lookup(k, ePercent); ok && !sd.article {
			sd.percent, sd.unitTok, sd.end = true, k, h.next
			s.note(mask, h)
		} else if h, ok := s.lookup(k2, eNoun); ok && !sd.article {
			sd.unit, sd.unitTok, sd.end = h.e.unit, k2, h.next
			s.note(mask, h)
			if hasConn {
				s.note(mask, conn)
			}
		}
	} else if h, ok := s.lookup(k, eCurrency); ok && !h.e.minor && s.toks[k].kind == tWord && (h.e.cur == sd.cur.cur || sd.cur.weak && h.e.curKnown) {
		sd.end = h.next // "$ 10 dollars", "$1,190.00 AUD"
		if h.e.cur != sd.cur.cur {
			sd.cur = h.e
		}
	}
	if sd.article && (!sd.hasCur || s.toks[sd.curTok].kind != tWord || sd.end < len(s.toks) && s.toks[sd.end].kind == tNum) {
		return sd, false // "a $ 300 million": the article is not a figure
	}
	return sd, true
}

// countryBefore reads a country's name at token k that a currency word
// follows ("5 Canada dollars", "Singapur-Dollar"). It returns the country's
// currency and the token after the name (and its hyphen).
func (s *scanner) countryBefore(k int) (currency.Unit, int, bool) {
	h, ok := s.lookup(k, eCountry)
	if !ok {
		return currency.Unit{}, 0, false
	}
	next := h.next
	if next < len(s.toks) && s.toks[next].key == "-" {
		next++
	}
	return h.e.cur, next, true
}

// countryCurrency gives a bare "dollar", "$" or "pesos" of sd the currency
// of the country named right before it (country, when hasCountry) or right
// after it with "de"/"of" ("dólares de Hong Kong"), when that currency is
// written with the same word in the tables. Otherwise a country before the
// word is no part of the amount, and the side is left as it is.
func (s *scanner) countryCurrency(sd *side, country currency.Unit, hasCountry bool) {
	if !s.fits(sd.cur, sd.curTok, currency.Unit{}) {
		return
	}
	if hasCountry {
		sd.cur = entry{kind: eCurrency, langs: sd.cur.langs, cur: country, curKnown: true}
		return
	}
	k := sd.end
	if h, ok := s.lookup(k, eConn); ok {
		k = h.next
	}
	if h, ok := s.lookup(k, eCountry); ok && k > sd.end && s.fits(sd.cur, sd.curTok, h.e.cur) {
		sd.cur = entry{kind: eCurrency, langs: sd.cur.langs, cur: h.e.cur, curKnown: true}
		sd.end = h.next
	}
}

// fits reports whether the currency reading e at token tok is a default or
// ambiguous one ("dollars", "$", "pesos") that the tables also write for
// currency c; with the zero c, whether it is a default or ambiguous one.
func (s *scanner) fits(e entry, tok int, c currency.Unit) bool {
	if e.curKnown && !e.weak {
		return false
	}
	return c == (currency.Unit{}) || slices.Contains(s.lx.families[s.keyAt(tok)], c)
}

// articleOne reports whether the figure of sd, ending at token k, is a
// single number word meaning one, an article as much as a number ("a",
// "un", "una"): before a currency that is also an ordinary word it is no
// figure ("won a", "a real gain").
func (s *scanner) articleOne(sd *side, k int) bool {
	if sd.raw != "" || k != sd.numTok+1 {
		return false
	}
	h, ok := s.lookup(sd.numTok, eNumber)
	return sd.article || ok && h.e.article
}

// beforeFigure reports whether token k is a figure, so that a sign after a
// number in words is the prefix of that figure ("one of $5 billion").
func (s *scanner) beforeFigure(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == tNum
}

// scaleFraction reads "et demi", "and a half" after a figure's scale word
// ("2 millions et demi") and returns the token after it.
func (s *scanner) scaleFraction(sd *side, k int, mask *uint8) int {
	and, ok := s.lookup(k, eNumber)
	if !ok || and.e.numKind != nAnd {
		return k
	}
	j := and.next
	if h, ok := s.lookup(j, eNumber); ok && h.e.numKind == nOne {
		j = h.next
	}
	h, ok := s.lookup(j, eNumber)
	if !ok || h.e.numKind != nFrac || s.keyAt(j) == "quarters" {
		return k
	}
	s.note(mask, h)
	sd.frac = h.e.num
	return h.next
}

// parseCents reads the hundredths after a whole amount: "15 dollars et 15
// cents", "$20 43", "3 GBP 1 pence".
func (s *scanner) parseCents(ex *expr) {
	k := ex.end
	and := false
	if h, ok := s.lookup(k, eNumber); ok && h.e.numKind == nAnd {
		and, k = true, h.next
	}
	if k >= len(s.toks) {
		return
	}
	var v Decimal
	next := k + 1
	if t := s.toks[k]; t.kind == tNum && len(t.key) <= 2 {
		d, err := parseFigure(t.key, styleAuto)
		if err != nil {
			return
		}
		v = d
	} else {
		mask := ex.mask
		w, n, scaled, article, ok := s.parseWords(k, &mask)
		if h, isMinor := s.lookup(n-1, eCurrency); ok && n-1 > k && isMinor && h.e.minor {
			// "quarante-cinq cents": "cents" is the unit, not "hundred"
			if w2, n2, sc2, ar2, ok2 := s.parseWordsUntil(k, n-1, &mask); ok2 {
				w, n, scaled, article = w2, n2, sc2, ar2
			}
		}
		if !ok || scaled || article {
			return
		}
		if ex.lo.raw != "" && !and {
			return // "1015 francs une part": words after digits need "et"
		}
		v, next = w, n
	}
	if v.Cmp(Decimal{valid: true, coef: 100}) >= 0 || v.exp < 0 {
		return
	}
	end := next
	if h, ok := s.lookup(next, eCurrency); ok && h.e.minor {
		end = h.next
	} else if h, ok := s.lookup(next, eCurrency); ok && !h.e.minor {
		return // "10 dollars 2 euros"
	} else if !and && (s.startsUnit(next) || next < len(s.toks) && s.toks[next].start == s.toks[next-1].end && s.toks[next].kind == tWord) {
		return // "$20 43 people", "10 lira 11a"
	}
	if c, ok := v.mulPow10(-2); ok {
		ex.minor, ex.end = c, end
	}
}

// allDigits reports a figure without separators ("" for words counts).
func allDigits(raw string) bool {
	for k := 0; k < len(raw); k++ {
		if !isDigit(raw[k]) {
			return false
		}
	}
	return true
}

// startsUnit reports whether token k begins a figure or a unit, so that a
// number before it belongs to that unit.
func (s *scanner) startsUnit(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if s.toks[k].kind == tNum {
		return true
	}
	for _, kind := range []entryKind{eNoun, ePercent, eScale, eCurrency, eConn} {
		if _, ok := s.lookup(k, kind); ok {
			return true
		}
	}
	return false
}

// value computes the figure of one side, in the language of the mask.
func (s *scanner) value(sd side, scales side, mask uint8, st numStyle) (Decimal, error) {
	var v Decimal
	if sd.raw == "" {
		v = sd.words
	} else {
		d, err := parseFigure(sd.raw, st)
		if err != nil {
			return Decimal{}, err
		}
		v = d
		last := 0
		for n := 0; n < scales.nscales; n++ {
			last = s.scaleExp(scales.scales[n], mask)
			var ok bool
			if v, ok = v.mulPow10(last); !ok {
				return Decimal{}, ErrRange
			}
		}
		if sd.frac.valid && scales.nscales > 0 {
			f, ok := sd.frac.mulPow10(last)
			if ok {
				v, ok = v.add(f)
			}
			if !ok {
				return Decimal{}, ErrRange
			}
		}
	}
	if sd.neg {
		v.coef = -v.coef
	}
	return v, nil
}

// scaleExp resolves a scale word in the languages of the mask ("billion" is
// 10^9 in English, 10^12 in French).
func (s *scanner) scaleExp(k int, mask uint8) int {
	saved := s.langs
	defer func() { s.langs = saved }()
	s.langs = mask & saved
	if h, ok := s.lookup(k, eScale); ok {
		return int(h.e.exp)
	}
	s.langs = saved
	h, _ := s.lookup(k, eScale)
	return int(h.e.exp)
}

// scaleOf returns the power of ten the scale words of a side give ("10
// millions" 6, "dix milliards" 9), for a range whose lower bound has none.
func (s *scanner) scaleOf(sd side, mask uint8) int {
	if sd.nscales < 0 {
		if sd.wordsScale < 0 {
			return 0
		}
		return s.scaleExp(sd.wordsScale, mask)
	}
	exp := 0
	for n := 0; n < sd.nscales; n++ {
		exp += s.scaleExp(sd.scales[n], mask)
	}
	return exp
}

// figureStyle is style, refined by the currency when the words do not
// decide: figures of a currency without decimals are grouped ("12.500 ₫",
// "¥12,500"), and a sign written after the figure follows the continental
// convention ("1.234 €", "12,50 $").
func (s *scanner) figureStyle(mask uint8, cur currency.Unit, signAfter bool) numStyle {
	st := s.style(mask)
	if st != styleAuto {
		return st
	}
	if cur != (currency.Unit{}) {
		if scale, _ := currency.Standard.Rounding(cur); scale == 0 {
			return styleGroup
		}
	}
	if signAfter {
		return styleContinentalGuess
	}
	return st
}

// style returns how to read "." and "," in the languages of the mask.
func (s *scanner) style(mask uint8) numStyle {
	if s.opts.lang != 0 {
		if s.opts.lang&s.lx.dotLangs != 0 {
			return styleEnglish
		}
		return styleContinental
	}
	if mask&s.lx.dotLangs == 0 && mask != 0 {
		return styleContinentalGuess
	}
	return styleAuto
}

// currencyOf resolves the currency reading e, whose phrase starts at token
// tok, with the hint: an ambiguous reading takes any hint; a default ("$",
// "dollars", "¥") takes a hint that the tables also write with that sign or
// word ("C$" and "dollars canadiens" make CAD a "$" and "dollars" currency).
func (s *scanner) currencyOf(e entry, tok int) (Currency, bool) {
	if e.curKnown && !e.weak {
		return Currency{unit: e.cur, known: true}, true
	}
	if h := s.opts.hint; h.known && (!e.curKnown || tok >= 0 && tok < len(s.toks) && slices.Contains(s.lx.families[s.keyAt(tok)], h.unit)) {
		return h, true
	}
	if e.curKnown {
		return Currency{unit: e.cur, known: true}, true
	}
	return Currency{}, false
}
