package dates

import "time"

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
	case (c.nd == 4 && (s1.norm == "/" || s1.norm == "." || s1.norm == "-") || c.nd == 2 && (s1.norm == "/" || s1.norm == ".")) && a.nd <= 2:
		y, d, m = c.val, a.val, b.val
		if c.nd == 2 {
			y = twoDigitYear(c.val)
		}
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

// twoDigitYear reads a year written with two digits as POSIX strptime does: 69–99
// are 1969–1999, 00–68 are 2000–2068.
func twoDigitYear(v int) int {
	if v >= 69 {
		return 1900 + v
	}
	return 2000 + v
}

// yearMonth reads "2015-3", "2015-03", "2015/03": a year and a month, not followed by a
// day.
func (p *parser) yearMonth(i int) (res, bool) {
	y, next, ok := p.yearAt(i)
	if !ok || !(p.isPunct(next, "-") || p.isPunct(next, "/")) || !p.glued(next) || !p.glued(next+1) {
		return res{}, false
	}
	t := p.tok(next + 1)
	if t == nil || t.kind != tokNum || t.nd > 2 || t.suf != "" || t.val < 1 || t.val > 12 || p.chained(next+2) {
		return res{}, false
	}
	if u := p.tok(next + 2); u != nil && !u.sp && u.kind == tokPunct && (u.norm == "/" || u.norm == ".") {
		return res{}, false
	}
	return absolute(next+2, period{prec: PrecisionMonth, y: y, n: t.val})
}

// weekdayNumeric reads a weekday before a numeric date: "this Friday 5/12", "vendredi
// 07/06/2024". A date without a year ("5/12", month first in English) is read only
// here, where the weekday makes it a date; a weekday that does not match is noted.
func (p *parser) weekdayNumeric(i int, mask langMask) (res, bool) {
	j := i
	if m, ok := p.lookup(j, catPre, mask); ok {
		j = m.next
	}
	j, wd, mask := p.weekdayPrefix(j, mask)
	if wd == 0 {
		return res{}, false
	}
	if r, ok := p.numeric(j); ok {
		if isoWeekday(day(r.pd.y, r.pd.n, r.pd.d)) != wd {
			r.notes |= NoteWeekdayMismatch
		}
		return r, true
	}
	a, b := p.tok(j), p.tok(j+2)
	if a == nil || b == nil || a.kind != tokNum || b.kind != tokNum || a.nd > 2 || b.nd > 2 || a.suf != "" || b.suf != "" ||
		!(p.isPunct(j+1, "/") || p.isPunct(j+1, ".")) || !p.glued(j+1) || !p.glued(j+2) {
		return res{}, false
	}
	d, m := a.val, b.val
	if (p.o.en && !(a.val > 12 && b.val <= 12)) || (!p.o.en && b.val > 12 && a.val <= 12) {
		d, m = m, d
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return res{}, false
	}
	return p.withYear(i, j+3, mask, m, d, wd)
}

// dayAlone reads a day of the month alone after an article: "le 23", "el día 23",
// "il 23", "am 23.": a day of the month of the last date of the text, else the last
// such day of the calendar (or the next one in a future sentence). Only
// the end of the text, punctuation or a word of the tables may follow: a month, a unit,
// another figure or any other word ("les 3 milliards") makes it something else.
func (p *parser) dayAlone(i int, mask langMask) (res, bool) {
	if m, ok := p.lookup(i, catUnit, mask); ok && unit(m.e.arg) == unitDay {
		i = m.next // "el día 23"
	}
	t := p.tok(i)
	if t == nil || t.kind != tokNum || t.amount || t.nd > 2 || t.val < 1 || t.val > 31 || (t.suf != "" && !daySuffixes[t.suf]) {
		return res{}, false
	}
	end := i + 1
	if p.isPunct(end, ".") && p.glued(end) && maskOf("de")&mask != 0 {
		end++ // German "am 23."
	}
	if n := p.tok(end); n != nil {
		if n.kind == tokNum || (n.kind == tokPunct && !n.sp && n.norm != "." && n.norm != ",") {
			return res{}, false
		}
		if _, ok := p.lookup(end, catUnit, allLangs); ok {
			return res{}, false
		}
		if _, ok := p.lookup(end, catMonth, allLangs); ok {
			return res{}, false
		}
		if n.kind == tokWord && !p.hasEntry(end, mask) && !p.startsSentence(end) {
			return res{}, false // "les 3 milliards", "le 23 Avenue": the number counts something
		}
	}
	d := t.val
	if p.hasAnc && validDay(p.anchor.Year(), int(p.anchor.Month()), d) {
		// "le 16 février au matin et le 17 au soir": the month of the last date
		return res{end: end, kind: KindDate, pd: period{prec: PrecisionDay, y: p.anchor.Year(), n: int(p.anchor.Month()), d: d}, rel: true, base: p.anchor}, true
	}
	fut := p.future(i)
	return p.relative(end, func(ref time.Time) (period, bool) {
		step := -1
		if fut {
			step = 1
		}
		first := day(ref.Year(), int(ref.Month()), 1)
		if fut && d < ref.Day() || !fut && d > ref.Day() {
			first = first.AddDate(0, step, 0)
		}
		for k := 0; k < 3; k++ {
			if validDay(first.Year(), int(first.Month()), d) {
				return period{prec: PrecisionDay, y: first.Year(), n: int(first.Month()), d: d}, true
			}
			first = first.AddDate(0, step, 0)
		}
		return period{}, false
	})
}

// startsSentence reports whether token k follows a sentence end.
func (p *parser) startsSentence(k int) bool {
	return k > 0 && (p.isPunct(k-1, ".") || p.isPunct(k-1, "!") || p.isPunct(k-1, "?"))
}

// daySuffixes are the ordinal endings a day of the month takes alone: French "1er",
// English "23rd"; "le 2e" is a rank, not a day.
var daySuffixes = map[string]bool{"er": true, "st": true, "nd": true, "rd": true, "th": true}

// hasEntry reports whether a phrase of the lexicon in the languages of mask starts
// at token k.
func (p *parser) hasEntry(k int, mask langMask) bool {
	for _, e := range p.ents[k] {
		if e.mask&mask != 0 {
			return true
		}
	}
	return false
}
