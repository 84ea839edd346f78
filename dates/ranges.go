package dates

// rangeAt reads a range of years or days: "de 2014 à 2018", "between 2020 and 2024",
// "du 1er au 3 octobre", "from March 3 to 5" is not read. It returns the two ends, the
// second starting at token j with the separator; they bound the range (ModSince,
// ModUntil).
func (p *parser) rangeAt(i int) (res, int, res, bool) {
	m, ok := p.lx.lookup(p.toks, i, catRange, p.o.mask)
	if !ok || m.e.arg != 1 {
		return res{}, 0, res{}, false
	}
	k, mask := p.skip(m.next, catArt, p.o.mask&m.e.mask)
	sep := func(at int) (int, bool) {
		if p.isPunct(at, "-") || p.isPunct(at, "–") {
			return at + 1, true
		}
		if s, ok := p.lx.lookup(p.toks, at, catRange, mask); ok && s.e.arg == 2 {
			return s.next, true
		}
		return 0, false
	}
	if y1, next, ok := p.yearAt(k); ok {
		after, ok := sep(next)
		if !ok {
			return res{}, 0, res{}, false
		}
		y2, end, ok := p.yearAt(after)
		if !ok || y2 <= y1 {
			return res{}, 0, res{}, false
		}
		r1, _ := absolute(next, period{prec: PrecisionYear, y: y1})
		r2, _ := absolute(end, period{prec: PrecisionYear, y: y2})
		r1.mod, r2.mod = ModSince, ModUntil
		return r1, next, r2, true
	}
	t := p.tok(k)
	if t == nil || t.kind != tokNum {
		return res{}, 0, res{}, false
	}
	d1, next, _, ok := p.dayAt(k, mask)
	if !ok {
		return res{}, 0, res{}, false
	}
	after, ok := sep(next)
	if !ok {
		return res{}, 0, res{}, false
	}
	after, _ = p.skip(after, catArt, mask)
	r2, ok := p.dayMonth(after, mask)
	if !ok || (!r2.unres && (r2.pd.prec != PrecisionDay || r2.pd.d <= d1)) {
		return res{}, 0, res{}, false
	}
	r1 := r2
	r1.end = next
	if !r2.unres {
		r1.pd.d = d1
	}
	r1.mod, r2.mod = ModSince, ModUntil
	return r1, next, r2, true
}
