package dates

import "time"

// fiscalYear reads "FY2025", "FY25" at i.
func (p *parser) fiscalYear(i int) (res, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tokWord || len(t.norm) < 4 || t.norm[:2] != "fy" || !digits(t.norm[2:]) {
		return res{}, false
	}
	y := 0
	switch d := t.norm[2:]; len(d) {
	case 2:
		y = 2000 + int(d[0]-'0')*10 + int(d[1]-'0')
	case 4:
		y = int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	default:
		return res{}, false
	}
	if y < 1000 {
		return res{}, false
	}
	return absolute(i+1, period{prec: PrecisionYear, y: y})
}

// year reads a year after a preposition or a year word: "en 2025", "l'année 2024",
// "fiscal 2025", "FY2025".
func (p *parser) year(i int, mask langMask, yearCtx bool) (res, bool) {
	if r, ok := p.fiscalYear(i); ok {
		return r, true
	}
	j := i
	if m, ok := p.lookup(i, catYearWord, mask); ok {
		j, yearCtx = m.next, true
	}
	if !yearCtx {
		return res{}, false
	}
	y, next, ok := p.yearAt(j)
	if !ok {
		return res{}, false
	}
	return absolute(next, period{prec: PrecisionYear, y: y})
}

// quarterToken reads "T1", "Q3", "S2", "H1" at i.
func (p *parser) quarterToken(i int, mask langMask) (unit, int, langMask, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tokWord || len(t.norm) != 2 || t.norm[1] < '1' || t.norm[1] > '4' {
		return 0, 0, 0, false
	}
	for _, e := range p.lx.byFirst[t.norm[:1]] {
		if e.cat == catQLetter && e.mask&mask != 0 && len(e.words) == 1 {
			n := int(t.norm[1] - '0')
			if unit(e.arg) == unitHalf && n > 2 {
				return 0, 0, 0, false
			}
			return unit(e.arg), n, mask & e.mask, true
		}
	}
	return 0, 0, 0, false
}

// quarter reads "T1 2025", "Q1", "2025-Q1", "premier trimestre 2025", "the second half of
// the year", "third-quarter".
func (p *parser) quarter(i int, mask langMask, ctx bool) (res, bool) {
	var (
		u    unit
		n, j int
		ok   bool
	)
	if y, next, yok := p.yearAt(i); yok && p.isPunct(next, "-") && p.glued(next) && p.glued(next+1) {
		if u, n, _, ok = p.quarterToken(next+1, mask); ok {
			return absolute(next+2, quarterPeriod(u, y, n))
		}
	}
	selfCtx := false
	if qu, qn, qm, qok := p.quarterToken(i, mask); qok {
		u, n, mask, j = qu, qn, qm, i+1
		selfCtx = u == unitQuarter && p.tok(i).norm[0] == 'q'
	} else {
		var o int
		if o, j, mask, ok = p.ordinalAt(i, mask); !ok {
			return res{}, false
		}
		if p.isPunct(j, "-") {
			j++
		}
		um, uok := p.lookup(j, catUnit, mask)
		if !uok || (unit(um.e.arg) != unitQuarter && unit(um.e.arg) != unitHalf) {
			return res{}, false
		}
		// "the fourth quarter" is a date on its own; "the first half" may be a game's.
		u, n, j, mask = unit(um.e.arg), o, um.next, mask&um.e.mask
		selfCtx = u == unitQuarter
		if n < 1 || (u == unitQuarter && n > 4) || (u == unitHalf && n > 2) {
			return res{}, false
		}
	}
	// The year: "2025", "de 2025", "of the year", "de l'année dernière".
	k := j
	if p.isPunct(k, "-") && p.glued(k) {
		k++
	}
	k0 := k
	k, km := p.skip(k, catConn, mask)
	if y, next, ok := p.yearAt(k); ok {
		return absolute(next, quarterPeriod(u, y, n))
	}
	if r, ok := p.yearOf(k, km, k > k0); ok {
		if r.unres {
			return r, true
		}
		r.pd = quarterPeriod(u, r.pd.y, n)
		return r, true
	}
	if !ctx && !selfCtx {
		return res{}, false
	}
	fut := p.future(i)
	return p.relative(j, func(ref time.Time) (period, bool) {
		return nearest(ref, fut, func(y int) (period, bool) { return quarterPeriod(u, y, n), true })
	})
}

func quarterPeriod(u unit, y, n int) period {
	if u == unitHalf {
		return period{prec: PrecisionHalf, y: y, n: n}
	}
	return period{prec: PrecisionQuarter, y: y, n: n}
}

// yearOf reads a relative year after a part of it: "l'année", "the year", "cette année",
// "last year", "l'an dernier".
func (p *parser) yearOf(i int, mask langMask, attached bool) (res, bool) {
	j, m2 := p.skip(i, catArt, mask)
	if um, ok := p.lookup(j, catUnit, m2); ok && unit(um.e.arg) == unitYear {
		if r, ok := p.relUnit(j, m2); ok && (r.unres || r.pd.prec == PrecisionYear) {
			return r, true
		}
		if j > i || attached { // "de l'année", "of the year": the current one
			return p.relative(um.next, func(ref time.Time) (period, bool) { return periodOf(ref, PrecisionYear), true })
		}
	}
	if r, ok := p.relUnit(i, mask); ok && (r.unres || r.pd.prec == PrecisionYear) {
		return r, true
	}
	return res{}, false
}

// season reads "été 2018", "summer of 2018" and a season alone, resolved by tense.
func (p *parser) season(i int, mask langMask, ctx bool) (res, bool) {
	m, ok := p.lookup(i, catSeason, mask)
	if !ok {
		return res{}, false
	}
	mask &= m.e.mask
	k, _ := p.skip(m.next, catConn, mask)
	if y, next, ok := p.yearAt(k); ok {
		return absolute(next, period{prec: PrecisionSeason, y: y, n: m.e.arg})
	}
	if !ctx {
		return res{}, false
	}
	fut := p.future(i)
	return p.relative(m.next, func(ref time.Time) (period, bool) {
		return nearest(ref, fut, func(y int) (period, bool) {
			return period{prec: PrecisionSeason, y: y, n: m.e.arg}, true
		})
	})
}

// mod reads "début juin", "mi-juillet", "fin 2024", "late 2024", "the end of the year",
// "Anfang Juni", "a finales de 2024".
func (p *parser) mod(i int, mask langMask, depth int) (res, bool) {
	m, ok := p.lookup(i, catMod, mask)
	if !ok {
		return res{}, false
	}
	j, mask := m.next, mask&m.e.mask
	if p.isPunct(j, "-") {
		j++
	}
	j, mask = p.skip(j, catConn, mask)
	r, ok := p.core(j, mask, true, true, depth+1)
	if !ok || r.kind != KindDate {
		// "la fin de l'année", "the end of the month": the current period.
		k, m2 := p.skip(j, catArt, mask)
		um, uok := p.lookup(k, catUnit, m2)
		if !uok {
			return res{}, false
		}
		u := unit(um.e.arg)
		if u == unitHour || u == unitDecade {
			return res{}, false
		}
		if r, ok = p.relative(um.next, func(ref time.Time) (period, bool) { return shift(ref, u, 0) }); !ok {
			return res{}, false
		}
	}
	if r.mod == ModNone {
		r.mod = Mod(m.e.arg)
	}
	return r, true
}

// weekNumber reads "semaine 36", "week 36 of 2025", "KW 36" is not read.
func (p *parser) weekNumber(i int, mask langMask) (res, bool) {
	m, ok := p.lookup(i, catUnit, mask)
	if !ok || unit(m.e.arg) != unitWeek {
		return res{}, false
	}
	t := p.tok(m.next)
	if t == nil || t.kind != tokNum || t.amount || t.suf != "" || t.nd > 2 || t.val < 1 || t.val > 53 {
		return res{}, false
	}
	w := t.val
	k, _ := p.skip(m.next+1, catConn, mask&m.e.mask)
	if y, next, ok := p.yearAt(k); ok {
		if w > isoWeeks(y) {
			p.noteRange(i)
			return res{}, false
		}
		return absolute(next, period{prec: PrecisionWeek, y: y, n: w})
	}
	fut := p.future(i)
	return p.relative(m.next+1, func(ref time.Time) (period, bool) {
		return nearest(ref, fut, func(y int) (period, bool) {
			return period{prec: PrecisionWeek, y: y, n: w}, w <= isoWeeks(y)
		})
	})
}

// isoWeeks returns the number of ISO weeks of year y (52 or 53).
func isoWeeks(y int) int {
	_, w := day(y, 12, 28).ISOWeek()
	return w
}

// decade reads "the 1990s", "les années 1990", "die 1990er Jahre", "los años 90" is not
// read (two digits).
func (p *parser) decade(i int, mask langMask) (res, bool) {
	j := i
	if m, ok := p.lookup(i, catDecade, mask); ok {
		j = m.next
	}
	t := p.tok(j)
	if t == nil || t.kind != tokNum || t.nd != 4 || t.amount || t.val%10 != 0 || t.val < 1000 {
		return res{}, false
	}
	switch {
	case j > i && t.suf == "":
	case j == i && t.suf == "s":
	case j == i && t.suf == "er":
		if m, ok := p.lookup(j+1, catUnit, mask); ok && unit(m.e.arg) == unitYear {
			return absolute(m.next, period{prec: PrecisionDecade, y: t.val})
		}
		return res{}, false
	default:
		return res{}, false
	}
	return absolute(j+1, period{prec: PrecisionDecade, y: t.val})
}
