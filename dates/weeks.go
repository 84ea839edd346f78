package dates

// weekOf reads a week counted in a longer period: "la dernière semaine de juillet",
// "the first week of 2015", "die letzte Woche im Juli". The first week is the one that
// holds the period's first day, the last the one that holds its last day.
func (p *parser) weekOf(i int, mask langMask, depth int) (res, bool) {
	n, j, mask, ok := p.ordinalAt(i, mask)
	if !ok || n == 0 || n > 5 {
		return res{}, false
	}
	um, ok := p.lookup(j, catUnit, mask)
	if !ok || unit(um.e.arg) != unitWeek {
		return res{}, false
	}
	mask &= um.e.mask
	k := um.next
	if cm, ok := p.lookup(k, catConn, mask); ok {
		k = cm.next
	} else if pm, ok := p.lookup(k, catPrep, mask); ok && Mod(pm.e.arg) == ModNone {
		k = pm.next // "im Juli"
	} else {
		return res{}, false
	}
	r, ok := p.core(k, mask, true, true, depth+1)
	if !ok || r.kind != KindDate || r.mod != ModNone {
		return res{}, false
	}
	if r.unres {
		return r, true
	}
	switch r.pd.prec {
	case PrecisionYear, PrecisionHalf, PrecisionQuarter, PrecisionSeason, PrecisionMonth:
	default:
		return res{}, false
	}
	first, last := r.pd.bounds()
	t := last
	if n > 0 {
		if t = first.AddDate(0, 0, 7*(n-1)); t.After(last) {
			return res{}, false
		}
	}
	r.pd = periodOf(t, PrecisionWeek)
	return r, true
}

// weekdayOfWeek reads a weekday of a week named relatively: "next week's Monday",
// "lundi de la semaine prochaine", "Montag nächster Woche".
func (p *parser) weekdayOfWeek(i int, mask langMask) (res, bool) {
	var (
		wk  res
		wd  int
		end int
	)
	if m, ok := p.lookup(i, catWeekday, mask); ok {
		k, m2 := p.skip(m.next, catConn, mask&m.e.mask)
		k, m2 = p.skip(k, catArt, m2)
		r, ok := p.relUnit(k, m2)
		if !ok {
			return res{}, false
		}
		wk, wd, end = r, m.e.arg, r.end
	} else {
		r, ok := p.relUnit(i, mask)
		if !ok || !p.isPunct(r.end, "'") || !p.glued(r.end) {
			return res{}, false
		}
		if s := p.tok(r.end + 1); s == nil || s.norm != "s" || !p.glued(r.end+1) {
			return res{}, false
		}
		m, ok := p.lookup(r.end+2, catWeekday, mask)
		if !ok {
			return res{}, false
		}
		wk, wd, end = r, m.e.arg, m.next
	}
	if !wk.unres && wk.pd.prec != PrecisionWeek {
		return res{}, false
	}
	wk.end = end
	if wk.unres {
		return wk, true
	}
	first, _ := wk.pd.bounds()
	wk.pd = periodOf(first.AddDate(0, 0, wd-1), PrecisionDay)
	return wk, true
}
