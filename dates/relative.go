package dates

import "time"

// relDay reads hier, demain, yesterday and, from the anchor, le lendemain, the next day.
func (p *parser) relDay(i int, mask langMask) (res, bool) {
	if m, ok := p.lookup(i, catDay, mask); ok {
		return p.relative(m.next, func(ref time.Time) (period, bool) {
			return periodOf(ref.AddDate(0, 0, m.e.arg), PrecisionDay), true
		})
	}
	if m, ok := p.lookup(i, catAnchor, mask); ok {
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

// weekday reads a weekday alone: the last one (or, in a future sentence, the next one).
func (p *parser) weekday(i int, mask langMask, ctx bool) (res, bool) {
	m, ok := p.lookup(i, catWeekday, mask)
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
	if m, ok := p.lookup(j, catPre, mask); ok {
		off, hasPre, j, mask = m.e.arg, true, m.next, mask&m.e.mask
	} else if j != i {
		return res{}, false
	}
	var (
		u               unit
		wd, seas, month int
	)
	if m, ok := p.lookup(j, catUnit, mask); ok {
		u, j, mask = unit(m.e.arg), m.next, mask&m.e.mask
	} else if m, ok := p.lookup(j, catWeekday, mask); ok {
		wd, j, mask = m.e.arg, m.next, mask&m.e.mask
	} else if m, ok := p.lookup(j, catSeason, mask); ok {
		seas, j, mask = m.e.arg, m.next, mask&m.e.mask
	} else if m, ok := p.lookup(j, catMonth, mask); ok && m.e.flags&flagAbbr == 0 {
		month, j, mask = m.e.arg, m.next, mask&m.e.mask
	} else {
		return res{}, false
	}
	if !hasPre {
		m, ok := p.lookup(j, catPost, mask)
		if !ok {
			return res{}, false
		}
		off, j = m.e.arg, m.next
	} else if m, ok := p.lookup(j, catCi, mask); ok && p.glued(j) {
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

// ago reads "il y a deux semaines", "two weeks ago", "dans trois mois", "in two weeks"
// (in a future sentence), and from the anchor "un jour après", "two days later".
func (p *parser) ago(i int, mask langMask) (res, bool) {
	sign, j, m2 := 0, i, mask
	mod := ModNone
	if m, ok := p.lookup(i, catAgo, mask); ok {
		sign, j, m2 = m.e.arg, m.next, mask&m.e.mask
		// "d'ici quatre ans" is a bound, as "d'ici 2030" is.
		if pm, ok := p.lookup(i, catPrep, m2); ok && pm.next == j {
			mod = Mod(pm.e.arg)
		}
	} else if m, ok := p.lookup(i, catTense, mask); ok {
		sign, j, m2 = m.e.arg, m.next, mask&m.e.mask
	}
	n, u, k, m3, ok := p.countUnit(j, m2, true)
	if !ok || u == unitHour {
		return res{}, false
	}
	// "in two weeks" speaks of the future in a future sentence, or where no verb
	// gives a tense and the count is of days or weeks; otherwise it is a duration.
	if j != i && sign != 0 && mod == ModNone && !p.future(i) && (u != unitDay && u != unitWeek || p.tensed(i)) {
		if _, isAgo := p.lookup(i, catAgo, mask); !isAgo {
			return res{}, false
		}
	}
	if sign == 0 {
		if m, ok := p.lookup(k, catAgoPost, m3); ok {
			sign, k = m.e.arg, m.next
		} else if m, ok := p.lookup(k, catShift, m3); ok {
			// "two days after tomorrow", "three weeks from Friday" count from a day;
			// "six mois après le T1 2025" from a longer period, which is read on its
			// own: the count is then a duration.
			if p.startsDate(m.next) {
				return p.fromDate(m.next, m3, u, m.e.arg*n)
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

// fromDate shifts the day-precise date read at token k by n units ("two days after
// tomorrow"). A date of another precision leaves the count a duration.
func (p *parser) fromDate(k int, mask langMask, u unit, n int) (res, bool) {
	r, ok := p.prefixedMemo(k)
	if !ok || r.kind != KindDate || r.mod == ModRange || (!r.unres && r.pd.prec != PrecisionDay) {
		return res{}, false
	}
	if r.unres {
		return r, true
	}
	// The day itself is shifted: "three weeks from Friday" is a Friday.
	if n < -100000 || n > 100000 {
		return res{}, false
	}
	t := addUnits(day(r.pd.y, r.pd.n, r.pd.d), u, n)
	if t.Year() < 1 || t.Year() > 9999 {
		return res{}, false
	}
	pd := periodOf(t, PrecisionDay)
	r.pd, r.mod = pd, ModNone
	if !r.rel {
		r.rel, r.base = true, day(r.pd.y, r.pd.n, r.pd.d)
	}
	return r, true
}

// duration reads "six mois", "four years", "les six derniers mois", "the past two years".
func (p *parser) duration(i int, mask langMask) (res, bool) {
	j, mask := p.skip(i, catLastN, mask)
	n, j, mask, ok := p.countAt(j, mask, false)
	if !ok {
		return res{}, false
	}
	j, mask = p.skip(j, catLastN, mask)
	m, ok := p.lookup(j, catUnit, mask)
	if !ok {
		return res{}, false
	}
	v, prec := durationValue(n, unit(m.e.arg))
	return res{end: m.next, kind: KindDuration, dur: v, durPrec: prec}, true
}
