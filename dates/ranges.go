package dates

import "time"

// rangeAt reads a range with both ends at token i, with an opening word ("de 2014 à
// 2018", "between March and May", "du 25 au 27 janvier", "du 5 mars au 2 avril") or,
// with a dash, without one ("2014-2018", "2014-15", "Jan-Feb 2017", "25-27 janvier").
// The result has mod ModRange, its start in pd and its end in to, each with its own
// precision. An end that precedes the start is kept and flagged NoteReversed.
func (p *parser) rangeAt(i int) (res, bool) {
	mask, k, opened := p.o.mask, i, false
	if m, ok := p.lookup(i, catRange, mask); ok && m.e.arg == 1 {
		k, mask = p.skip(m.next, catArt, mask&m.e.mask)
		opened = true
	} else if m, ok := p.lookup(i, catPrep, mask); ok && Mod(m.e.arg) == ModNone {
		k, mask = m.next, mask&m.e.mask // "in 2014-2018"
	}
	if !p.canStart(k) {
		return res{}, false
	}
	if r1, r2, ok := p.yearRange(k, opened); ok {
		return p.joinRange(r1, r2), true
	}
	if r1, r2, ok := p.dayRange(k, mask, opened); ok {
		return p.joinRange(r1, r2), true
	}
	if r1, r2, ok := p.monthRange(k, mask, opened); ok {
		return p.joinRange(r1, r2), true
	}
	if !opened {
		return res{}, false
	}
	// Any two dates: "du 5 mars au 2 avril 2025", "from Monday to Friday".
	r1, ok := p.core(k, mask, true, true, 0)
	if !ok || r1.kind != KindDate || r1.mod == ModRange {
		return res{}, false
	}
	after, ok := p.rangeSep(r1.end, mask, true)
	if !ok {
		return res{}, false
	}
	after, _ = p.skip(after, catArt, mask)
	r2, ok := p.core(after, mask, true, true, 0)
	if !ok || r2.kind != KindDate || r2.mod == ModRange || (r1.pd.prec == PrecisionYear && r2.pd.prec == PrecisionYear) {
		return res{}, false // two years are yearRange's to read
	}
	if r1.rel && !r2.rel && !r1.unres && r1.pd.prec == r2.pd.prec && (r1.pd.prec == PrecisionDay || r1.pd.prec == PrecisionMonth) {
		// "du 5 mars au 2 avril 2025": the first end takes the year of the second.
		r1.pd.y, r1.rel = r2.pd.y, false
		if !validDay(r1.pd.y, r1.pd.n, max(r1.pd.d, 1)) {
			return res{}, false
		}
		if first(r1.pd).After(first(r2.pd)) {
			r1.pd.y--
		}
	}
	return p.joinRange(r1, r2), true
}

// rangeSep reads the word or dash that joins the two ends of a range at token at.
// Without an opening word only a dash joins them.
func (p *parser) rangeSep(at int, mask langMask, opened bool) (int, bool) {
	if p.isPunct(at, "-") || p.isPunct(at, "–") {
		return at + 1, true
	}
	if !opened {
		return 0, false
	}
	if s, ok := p.lookup(at, catRange, mask); ok && s.e.arg == 2 {
		return s.next, true
	}
	return 0, false
}

// chained reports whether token k is a dash glued between two numbers ("2014-2015-2016"):
// a run of dashed numbers is no range.
func (p *parser) chained(k int) bool {
	t, u := p.tok(k), p.tok(k+1)
	return p.isPunct(k, "-") && !t.sp && u != nil && u.kind == tokNum && !u.sp
}

// maxYearSpan is the longest range of years read: a span of news rarely covers more
// than a century, while ranges of round counts do ("from 1000 to 3000 units").
const maxYearSpan = 100

// yearRange reads "2014-2018", "2014-15", "de 2014 à 2018", "between 2020 and 2024".
func (p *parser) yearRange(k int, opened bool) (res, res, bool) {
	y1, next, ok := p.yearAt(k)
	if !ok || (!opened && k >= 2 && p.chained(k-1) && p.tok(k-2).kind == tokNum) {
		return res{}, res{}, false
	}
	after, ok := p.rangeSep(next, p.o.mask, opened)
	if !ok {
		return res{}, res{}, false
	}
	y2, end, ok := p.yearAt(after)
	if t := p.tok(after); !ok && t != nil && t.kind == tokNum && t.nd == 2 && t.suf == "" && !t.amount && p.glued(after) && p.isPunct(next, "-") {
		// "2014-15": the second year in the century of the first.
		y2, end, ok = y1/100*100+t.val, after+1, true
		if y2 < y1 {
			y2 += 100
		}
	}
	// Over a century apart, the two numbers are counts ("from 2000 to 1000 units").
	if !ok || y2 == y1 || y2 > 9999 || y2-y1 > maxYearSpan || y1-y2 > maxYearSpan || (!opened && p.chained(end)) {
		return res{}, res{}, false
	}
	r1, _ := absolute(next, period{prec: PrecisionYear, y: y1})
	r2, _ := absolute(end, period{prec: PrecisionYear, y: y2})
	return r1, r2, true
}

// dayRange reads "du 1er au 3 octobre", "entre le 3 et le 5 mars 2024", "25-27 janvier";
// the first day takes the month of the second, or the month before when it is later
// ("du 28 au 3 mars").
func (p *parser) dayRange(k int, mask langMask, opened bool) (res, res, bool) {
	t := p.tok(k)
	if t == nil || t.kind != tokNum {
		return res{}, res{}, false
	}
	d1, next, _, ok := p.dayAt(k, mask)
	if ok && p.isPunct(next, ".") && p.glued(next) {
		next++ // German "vom 3. bis 5. März"
	}
	if !ok || (!opened && !p.glued(next)) {
		return res{}, res{}, false
	}
	after, ok := p.rangeSep(next, mask, opened)
	if !ok {
		return res{}, res{}, false
	}
	after, _ = p.skip(after, catArt, mask)
	r2, ok := p.dayMonth(after, mask)
	if !ok || (!r2.unres && r2.pd.prec != PrecisionDay) {
		return res{}, res{}, false
	}
	r1 := r2
	r1.end, r1.notes = next, 0
	if !r2.unres {
		r1.pd.d = d1
		if d1 >= r2.pd.d {
			if !opened || d1 == r2.pd.d {
				return res{}, res{}, false
			}
			r1.pd = periodOf(day(r2.pd.y, r2.pd.n, 1).AddDate(0, -1, 0), PrecisionMonth)
			r1.pd.prec, r1.pd.d = PrecisionDay, d1
		}
		if !validDay(r1.pd.y, r1.pd.n, d1) {
			return res{}, res{}, false
		}
	}
	return r1, r2, true
}

// monthRange reads "Jan-Feb 2017", "de mars à mai", "between March and May": the first
// month takes the year of the second, or the year before when it is later ("December
// to February 2025").
func (p *parser) monthRange(k int, mask langMask, opened bool) (res, res, bool) {
	m1, next, mask, flags, ok := p.monthAt(k, mask)
	if !ok || (!opened && (flags&flagAmb != 0 && flags&flagAbbr == 0 || !p.glued(next))) {
		return res{}, res{}, false
	}
	after, ok := p.rangeSep(next, mask, opened)
	if !ok {
		return res{}, res{}, false
	}
	r2, ok := p.core(after, mask, true, true, 0)
	if !ok || r2.kind != KindDate || (!r2.unres && r2.pd.prec != PrecisionMonth) {
		// "Jan-Feb": an abbreviation alone is resolved as a month alone.
		m2, end, _, _, ok := p.monthAt(after, mask)
		if !ok {
			return res{}, res{}, false
		}
		fut := p.future(k)
		r2, ok = p.relative(end, func(ref time.Time) (period, bool) {
			return nearest(ref, fut, func(y int) (period, bool) { return period{prec: PrecisionMonth, y: y, n: m2}, true })
		})
		if !ok {
			return res{}, res{}, false
		}
	}
	r1 := r2
	r1.end, r1.mod = next, ModNone
	if !r2.unres {
		r1.pd = period{prec: PrecisionMonth, y: r2.pd.y, n: m1}
		if m1 > r2.pd.n {
			r1.pd.y--
		}
	}
	return r1, r2, true
}

// joinRange makes one expression of the two ends of a range.
func (p *parser) joinRange(r1, r2 res) res {
	r := r1
	r.end, r.mod, r.to = r2.end, ModRange, r2.pd
	r.rel = r1.rel || r2.rel
	r.unres = r1.unres || r2.unres
	r.notes = r1.notes | r2.notes
	if r.base.IsZero() {
		r.base = r2.base
	}
	if !r.unres && first(r2.pd).Before(first(r1.pd)) {
		r.notes |= NoteReversed
	}
	return r
}

// first returns the first day of p.
func first(p period) time.Time {
	f, _ := p.bounds()
	return f
}
