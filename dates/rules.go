package dates

import (
	"time"
)

// ordinalSuffixes are the letters written after the digits of an ordinal.
var ordinalSuffixes = map[string]bool{
	"er": true, "re": true, "e": true, "eme": true, "ème": true, "st": true, "nd": true,
	"rd": true, "th": true, "o": true, "a": true, "º": true, "ª": true,
}

// yearAt reads a four-digit year at i (1000–2999; any for Parse) that is not a count
// ("2000 ans"). The caller decides whether the context makes it a year.
func (p *parser) yearAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tokNum || t.nd != 4 || t.suf != "" || t.amount {
		return 0, 0, false
	}
	lo, hi := 1000, 2999
	if p.lenient {
		lo, hi = 1, 9999
	}
	if t.val < lo || t.val > hi {
		return 0, 0, false
	}
	// "2025 ans", "2000 euros" are counts; a unit word after the number rules it out.
	if _, ok := p.lx.lookup(p.toks, i+1, catUnit, allLangs); ok {
		return 0, 0, false
	}
	return t.val, i + 1, true
}

// dayAt reads a day of month at i: "5", "1er", "5th", "premier".
func (p *parser) dayAt(i int, mask langMask) (int, int, langMask, bool) {
	t := p.tok(i)
	if t == nil {
		return 0, 0, 0, false
	}
	if t.kind == tokNum {
		if t.nd > 2 || t.amount || t.val < 1 || t.val > 31 || (t.suf != "" && !ordinalSuffixes[t.suf]) {
			return 0, 0, 0, false
		}
		return t.val, i + 1, mask, true
	}
	if m, ok := p.lx.lookup(p.toks, i, catOrd, mask); ok && m.e.arg == 1 {
		return 1, m.next, mask & m.e.mask, true
	}
	return 0, 0, 0, false
}

// lowerMonthLangs are the languages that write month names in lower case.
var lowerMonthLangs = maskOf("fr") | maskOf("es") | maskOf("it")

// capitalizedInside reports whether the word at i starts with a capital letter and does
// not start a sentence or follow a day number.
func (p *parser) capitalizedInside(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != tokWord || t.norm == p.text[t.start:t.end] || i == 0 || t.brk {
		return false
	}
	switch prev := p.toks[i-1]; {
	case prev.kind == tokNum:
		return false
	case prev.kind == tokPunct && (prev.norm == "." || prev.norm == "!" || prev.norm == "?" || prev.norm == "«" || prev.norm == "\"" || prev.norm == "“"):
		return false
	}
	return true
}

// monthAt reads a month name at i, with the period of an abbreviation.
func (p *parser) monthAt(i int, mask langMask) (int, int, langMask, uint8, bool) {
	m, ok := p.lx.lookup(p.toks, i, catMonth, mask)
	if !ok {
		return 0, 0, 0, 0, false
	}
	next := m.next
	if m.e.flags&flagAbbr != 0 && p.isPunct(next, ".") && p.glued(next) {
		next++
	}
	// French, Spanish and Italian write months in lower case: a capitalized ambiguous
	// word inside a sentence ("le rover Mars 2020") is a name.
	if m.e.flags&flagAmb != 0 && m.e.mask&^lowerMonthLangs == 0 && p.capitalizedInside(i) {
		return 0, 0, 0, 0, false
	}
	// "sept ans": a month word before a unit is a number.
	if _, ok := p.lx.lookup(p.toks, next, catUnit, allLangs); ok {
		return 0, 0, 0, 0, false
	}
	return m.e.arg, next, mask & m.e.mask, m.e.flags, true
}

// numeric reads 2025-09-05, 2025/09/05, 05/09/2025, 5.9.2025 and 09-05-2025.
func (p *parser) numeric(i int) (res, bool) {
	if i+4 >= len(p.toks) {
		return res{}, false
	}
	a, s1, b, s2, c := p.toks[i], p.toks[i+1], p.toks[i+2], p.toks[i+3], p.toks[i+4]
	if a.kind != tokNum || b.kind != tokNum || c.kind != tokNum || s1.kind != tokPunct ||
		s1.norm != s2.norm || a.suf != "" || b.suf != "" || c.suf != "" ||
		s1.sp || b.sp || s2.sp || c.sp || b.nd > 2 {
		return res{}, false
	}
	// Not part of a longer run such as 1.2.3.2025 or a version number.
	if t := p.tok(i + 5); t != nil && !t.sp && t.kind == tokPunct && t.norm == s1.norm {
		if u := p.tok(i + 6); u != nil && u.kind == tokNum && !u.sp {
			return res{}, false
		}
	}
	if t := p.tok(i - 1); t != nil && !a.sp && t.kind == tokPunct && (t.norm == s1.norm || t.norm == ",") {
		return res{}, false
	}
	var y, m, d int
	switch {
	case a.nd == 4 && c.nd <= 2 && (s1.norm == "-" || s1.norm == "/"):
		y, m, d = a.val, b.val, c.val
	case c.nd == 4 && a.nd <= 2 && (s1.norm == "/" || s1.norm == "." || s1.norm == "-"):
		y, d, m = c.val, a.val, b.val
		if (p.o.en && !(a.val > 12 && b.val <= 12)) || (!p.o.en && b.val > 12 && a.val <= 12) {
			d, m = m, d
		}
	default:
		return res{}, false
	}
	if !validDay(y, m, d) {
		p.noteRange(i)
		return res{}, false
	}
	return absolute(i+5, period{prec: PrecisionDay, y: y, n: m, d: d})
}

func (p *parser) noteRange(i int) {
	if p.rangeErr < 0 {
		p.rangeErr = p.toks[i].start
	}
}

// relDay reads hier, demain, yesterday and, from the anchor, le lendemain, the next day.
func (p *parser) relDay(i int, mask langMask) (res, bool) {
	if m, ok := p.lx.lookup(p.toks, i, catDay, mask); ok {
		return p.relative(m.next, func(ref time.Time) (period, bool) {
			return periodOf(ref.AddDate(0, 0, m.e.arg), PrecisionDay), true
		})
	}
	if m, ok := p.lx.lookup(p.toks, i, catAnchor, mask); ok {
		return p.fromAnchor(m.next, unitDay, m.e.arg)
	}
	return res{}, false
}

// fromAnchor shifts the anchor, the last day-precise date of the text, by
// n units. Without one the expression stays unresolved: in news, "le
// lendemain" or "un jour après" counts from an event the text does not
// date, not from the day of publication.
func (p *parser) fromAnchor(end int, u unit, n int) (res, bool) {
	if !p.hasAnc {
		return res{end: end, kind: KindDate, rel: true, unres: true}, true
	}
	pd, ok := shift(p.anchor, u, n)
	if !ok {
		return res{}, false
	}
	return res{end: end, kind: KindDate, pd: pd, rel: true, base: p.anchor}, true
}

// weekdayPrefix skips "lundi" or "Monday," before a date and returns its ISO number.
func (p *parser) weekdayPrefix(i int, mask langMask) (int, int, langMask) {
	if m, ok := p.lx.lookup(p.toks, i, catWeekday, mask); ok {
		next := m.next
		if p.isPunct(next, ",") {
			next++
		}
		return next, m.e.arg, mask & m.e.mask
	}
	return i, 0, mask
}

// dayMonth reads "5 septembre 2025", "1er juillet", "5. September", "5 de mayo de 2025",
// "lundi 5 septembre", "the 5th of September".
func (p *parser) dayMonth(i int, mask langMask) (res, bool) {
	j, wd, mask := p.weekdayPrefix(i, mask)
	d, j, mask, ok := p.dayAt(j, mask)
	if !ok {
		return res{}, false
	}
	if p.isPunct(j, ".") && p.glued(j) {
		j++
	}
	j, mask = p.skip(j, catConn, mask)
	m, j, mask, _, ok := p.monthAt(j, mask)
	if !ok {
		return res{}, false
	}
	return p.withYear(i, j, mask, m, d, wd)
}

// withYear completes a day and month with an optional year at j. Without a year, a
// weekday (wd ≠ 0) picks the nearest year where the date falls on it; otherwise the
// tense does.
func (p *parser) withYear(i, j int, mask langMask, m, d, wd int) (res, bool) {
	k := j
	if p.isPunct(k, ",") {
		k++
	}
	k, _ = p.skip(k, catConn, mask)
	if y, next, ok := p.yearAt(k); ok {
		if !validDay(y, m, d) {
			p.noteRange(i)
			return res{}, false
		}
		return absolute(next, period{prec: PrecisionDay, y: y, n: m, d: d})
	}
	if d > 29 && !validDay(2024, m, d) {
		p.noteRange(i)
		return res{}, false
	}
	fut := p.future(i)
	return p.relative(j, func(ref time.Time) (period, bool) {
		if wd != 0 {
			return onWeekday(ref, m, d, wd)
		}
		return nearest(ref, fut, func(y int) (period, bool) {
			return period{prec: PrecisionDay, y: y, n: m, d: d}, validDay(y, m, d)
		})
	})
}

// onWeekday returns the date m-d nearest ref (within a year) that falls on weekday wd.
func onWeekday(ref time.Time, m, d, wd int) (period, bool) {
	var best period
	bestDist := -1
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		t := day(y, m, d)
		if (int(t.Weekday())+6)%7+1 != wd {
			continue
		}
		dist := int(t.Sub(ref).Abs().Hours())
		if bestDist < 0 || dist < bestDist {
			best, bestDist = periodOf(t, PrecisionDay), dist
		}
	}
	return best, bestDist >= 0
}

// monthDay reads the English order: "September 5, 2025", "Sept. 5th".
func (p *parser) monthDay(i int, mask langMask) (res, bool) {
	j, wd, mask := p.weekdayPrefix(i, mask&maskOf("en"))
	m, j, mask, _, ok := p.monthAt(j, mask)
	if !ok {
		return res{}, false
	}
	t := p.tok(j)
	if t == nil || t.kind != tokNum {
		return res{}, false
	}
	d, j, mask, ok := p.dayAt(j, mask)
	if !ok {
		return res{}, false
	}
	return p.withYear(i, j, mask, m, d, wd)
}

// month reads "février 2025", "June of 2025", and a month alone, resolved by tense.
func (p *parser) month(i int, mask langMask, ctx, yearCtx bool) (res, bool) {
	m, j, mask, flags, ok := p.monthAt(i, mask)
	if !ok {
		return res{}, false
	}
	k := j
	if p.isPunct(k, ",") {
		k++
	}
	k, _ = p.skip(k, catConn, mask)
	if y, next, ok := p.yearAt(k); ok {
		return absolute(next, period{prec: PrecisionMonth, y: y, n: m})
	}
	// An abbreviation alone ("sept", "mar") is a month only for Parse; an ambiguous
	// word ("mars", "may") needs a preposition or an article before it.
	if (flags&flagAbbr != 0 && !p.lenient) || (flags&flagAmb != 0 && !ctx) {
		return res{}, false
	}
	fut := p.future(i)
	return p.relative(j, func(ref time.Time) (period, bool) {
		return nearest(ref, fut, func(y int) (period, bool) {
			return period{prec: PrecisionMonth, y: y, n: m}, true
		})
	})
}

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
	if m, ok := p.lx.lookup(p.toks, i, catYearWord, mask); ok {
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

// ordinalAt reads "premier", "first", "1er", "3rd", "2." at i.
func (p *parser) ordinalAt(i int, mask langMask) (int, int, langMask, bool) {
	if m, ok := p.lx.lookup(p.toks, i, catOrd, mask); ok {
		return m.e.arg, m.next, mask & m.e.mask, true
	}
	t := p.tok(i)
	if t == nil || t.kind != tokNum || t.nd != 1 || t.amount {
		return 0, 0, 0, false
	}
	if ordinalSuffixes[t.suf] {
		return t.val, i + 1, mask, true
	}
	if t.suf == "" && p.isPunct(i+1, ".") && p.glued(i+1) {
		return t.val, i + 2, mask, true
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
		um, uok := p.lx.lookup(p.toks, j, catUnit, mask)
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
	if um, ok := p.lx.lookup(p.toks, j, catUnit, m2); ok && unit(um.e.arg) == unitYear {
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
	m, ok := p.lx.lookup(p.toks, i, catSeason, mask)
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

// weekday reads a weekday alone: the last one (or, in a future sentence, the next one).
func (p *parser) weekday(i int, mask langMask, ctx bool) (res, bool) {
	m, ok := p.lx.lookup(p.toks, i, catWeekday, mask)
	if !ok || (m.e.flags&flagAmb != 0 && !ctx) {
		return res{}, false
	}
	off := -1
	if p.future(i) {
		off = 1
	}
	return p.relative(m.next, func(ref time.Time) (period, bool) {
		return periodOf(weekdayFrom(ref, m.e.arg, off, false), PrecisionDay), true
	})
}

// weekdayFrom returns the weekday wd (1 = Monday) nearest ref: off < 0 the last one,
// off > 0 the next one, off 0 the one of ref's ISO week. With strict, ref itself is not
// taken for off ≠ 0.
func weekdayFrom(ref time.Time, wd, off int, strict bool) time.Time {
	cur := (int(ref.Weekday())+6)%7 + 1
	switch {
	case off < 0:
		d := (cur - wd + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return ref.AddDate(0, 0, -d)
	case off > 0:
		d := (wd - cur + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return ref.AddDate(0, 0, d)
	}
	return ref.AddDate(0, 0, wd-cur)
}

// relUnit reads "cette semaine", "le mois dernier", "l'an prochain", "last Tuesday",
// "next year", "earlier this month", "ce mois-ci", "l'été dernier", "juin dernier",
// "next June".
func (p *parser) relUnit(i int, mask langMask) (res, bool) {
	j, mask := p.skip(i, catWithin, mask)
	off, hasPre := 0, false
	if m, ok := p.lx.lookup(p.toks, j, catPre, mask); ok {
		off, hasPre, j, mask = m.e.arg, true, m.next, mask&m.e.mask
	} else if j != i {
		return res{}, false
	}
	var (
		u               unit
		wd, seas, month int
	)
	if m, ok := p.lx.lookup(p.toks, j, catUnit, mask); ok {
		u, j, mask = unit(m.e.arg), m.next, mask&m.e.mask
	} else if m, ok := p.lx.lookup(p.toks, j, catWeekday, mask); ok {
		wd, j, mask = m.e.arg, m.next, mask&m.e.mask
	} else if m, ok := p.lx.lookup(p.toks, j, catSeason, mask); ok {
		seas, j, mask = m.e.arg, m.next, mask&m.e.mask
	} else if m, ok := p.lx.lookup(p.toks, j, catMonth, mask); ok && m.e.flags&flagAbbr == 0 {
		month, j, mask = m.e.arg, m.next, mask&m.e.mask
	} else {
		return res{}, false
	}
	if !hasPre {
		m, ok := p.lx.lookup(p.toks, j, catPost, mask)
		if !ok {
			return res{}, false
		}
		off, j = m.e.arg, m.next
	} else if m, ok := p.lx.lookup(p.toks, j, catCi, mask); ok && p.glued(j) {
		j = m.next
	}
	switch {
	case wd != 0:
		return p.relative(j, func(ref time.Time) (period, bool) {
			return periodOf(weekdayFrom(ref, wd, off, true), PrecisionDay), true
		})
	case seas != 0 || month != 0:
		pd := period{prec: PrecisionSeason, n: seas}
		if month != 0 {
			pd = period{prec: PrecisionMonth, n: month}
		}
		return p.relative(j, func(ref time.Time) (period, bool) {
			return relativeOccurrence(ref, off, func(y int) (period, bool) {
				pd.y = y
				return pd, true
			})
		})
	case u == unitHour || u == unitDecade:
		return res{}, false
	}
	return p.relative(j, func(ref time.Time) (period, bool) { return shift(ref, u, off) })
}

// countAt reads a count: digits or a number word; weak allows "a", "an".
func (p *parser) countAt(i int, mask langMask, weak bool) (int, int, langMask, bool) {
	t := p.tok(i)
	if t == nil {
		return 0, 0, 0, false
	}
	if t.kind == tokNum {
		if t.amount || t.suf != "" || t.val < 1 || t.nd > 4 {
			return 0, 0, 0, false
		}
		return t.val, i + 1, mask, true
	}
	if m, ok := p.lx.lookup(p.toks, i, catNum, mask); ok {
		return m.e.arg, m.next, mask & m.e.mask, true
	}
	if weak {
		if m, ok := p.lx.lookup(p.toks, i, catWeakNum, mask); ok {
			return m.e.arg, m.next, mask & m.e.mask, true
		}
	}
	return 0, 0, 0, false
}

// countUnit reads "deux semaines", "18 months".
func (p *parser) countUnit(i int, mask langMask, weak bool) (int, unit, int, langMask, bool) {
	n, j, mask, ok := p.countAt(i, mask, weak)
	if !ok {
		return 0, 0, 0, 0, false
	}
	m, ok := p.lx.lookup(p.toks, j, catUnit, mask)
	if !ok {
		return 0, 0, 0, 0, false
	}
	return n, unit(m.e.arg), m.next, mask & m.e.mask, true
}

// ago reads "il y a deux semaines", "two weeks ago", "dans trois mois", "in two weeks"
// (in a future sentence), and from the anchor "un jour après", "two days later".
func (p *parser) ago(i int, mask langMask) (res, bool) {
	sign, j, m2 := 0, i, mask
	mod := ModNone
	if m, ok := p.lx.lookup(p.toks, i, catAgo, mask); ok {
		sign, j, m2 = m.e.arg, m.next, mask&m.e.mask
		// "d'ici quatre ans" is a bound, as "d'ici 2030" is.
		if pm, ok := p.lx.lookup(p.toks, i, catPrep, m2); ok && pm.next == j {
			mod = Mod(pm.e.arg)
		}
	} else if m, ok := p.lx.lookup(p.toks, i, catTense, mask); ok && p.future(i) {
		sign, j, m2 = m.e.arg, m.next, mask&m.e.mask
	}
	n, u, k, m3, ok := p.countUnit(j, m2, true)
	if !ok || u == unitHour {
		return res{}, false
	}
	if sign == 0 {
		if m, ok := p.lx.lookup(p.toks, k, catAgoPost, m3); ok {
			sign, k = m.e.arg, m.next
		} else if m, ok := p.lx.lookup(p.toks, k, catShift, m3); ok {
			// "six mois après le T1 2025" counts from that date, which is read on its
			// own; the count is then a duration.
			if p.startsDate(m.next) {
				return res{}, false
			}
			return p.fromAnchor(m.next, u, m.e.arg*n)
		} else {
			return res{}, false
		}
	}
	r, ok := p.relative(k, func(ref time.Time) (period, bool) { return shift(ref, u, sign*n) })
	r.mod = mod
	return r, ok
}

// duration reads "six mois", "four years", "les six derniers mois", "the past two years".
func (p *parser) duration(i int, mask langMask) (res, bool) {
	j, mask := p.skip(i, catLastN, mask)
	n, j, mask, ok := p.countAt(j, mask, false)
	if !ok {
		return res{}, false
	}
	j, mask = p.skip(j, catLastN, mask)
	m, ok := p.lx.lookup(p.toks, j, catUnit, mask)
	if !ok {
		return res{}, false
	}
	v, prec := durationValue(n, unit(m.e.arg))
	return res{end: m.next, kind: KindDuration, dur: v, durPrec: prec}, true
}

// mod reads "début juin", "mi-juillet", "fin 2024", "late 2024", "the end of the year",
// "Anfang Juni", "a finales de 2024".
func (p *parser) mod(i int, mask langMask, depth int) (res, bool) {
	m, ok := p.lx.lookup(p.toks, i, catMod, mask)
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
		um, uok := p.lx.lookup(p.toks, k, catUnit, m2)
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

// weekNumber reads "semaine 36", "week 36 of 2025", "KW 36" is not read.
func (p *parser) weekNumber(i int, mask langMask) (res, bool) {
	m, ok := p.lx.lookup(p.toks, i, catUnit, mask)
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
	if m, ok := p.lx.lookup(p.toks, i, catDecade, mask); ok {
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
		if m, ok := p.lx.lookup(p.toks, j+1, catUnit, mask); ok && unit(m.e.arg) == unitYear {
			return absolute(m.next, period{prec: PrecisionDecade, y: t.val})
		}
		return res{}, false
	default:
		return res{}, false
	}
	return absolute(j+1, period{prec: PrecisionDecade, y: t.val})
}
