package dates

import "time"

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
	if (p.isPunct(j, "-") || p.isPunct(j, "/")) && p.glued(j) && p.glued(j+1) {
		j++ // "23-Sep-2020"
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
	if p.isPunct(k, ",") || (p.isPunct(k, "-") || p.isPunct(k, "/")) && p.glued(k) && p.glued(k+1) {
		k++
	}
	k, _ = p.skip(k, catConn, mask)
	if y, next, ok := p.yearAt(k); ok {
		if !validDay(y, m, d) {
			p.noteRange(i)
			return res{}, false
		}
		r, _ := absolute(next, period{prec: PrecisionDay, y: y, n: m, d: d})
		if wd != 0 && isoWeekday(day(y, m, d)) != wd {
			r.notes |= NoteWeekdayMismatch
		}
		return r, true
	}
	if d > 29 && !validDay(2024, m, d) {
		p.noteRange(i)
		return res{}, false
	}
	fut := p.future(i)
	mismatch := false
	r, ok := p.relative(j, func(ref time.Time) (period, bool) {
		if wd != 0 {
			if pd, ok := onWeekday(ref, m, d, wd); ok {
				return pd, true
			}
			mismatch = true // no year near makes the date that weekday: the date wins
		}
		return nearest(ref, fut, func(y int) (period, bool) {
			return period{prec: PrecisionDay, y: y, n: m, d: d}, validDay(y, m, d)
		})
	})
	if mismatch {
		r.notes |= NoteWeekdayMismatch
	}
	return r, ok
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
	if (p.isPunct(j, "-") || p.isPunct(j, "/")) && p.glued(j) && p.glued(j+1) {
		j++ // "Sep-23-2020", "Oct/2"
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
