package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// holidayRule says which day of a year a holiday falls on: a fixed day (month, day),
// a day counted from Easter Sunday (easter), or the nth weekday of a month (nth ≠ 0,
// -1 for the last), each shifted by offset days.
type holidayRule struct {
	month, day int
	easter     bool
	nth, wd    int
	offset     int
}

var weekdayCodes = [...]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// parseHoliday reads a rule of data/holidays.tsv: "12-25", "easter", "easter-2",
// "11.4.thu", "11.4.thu+1", "5.-1.mon".
func parseHoliday(s string) (holidayRule, error) {
	var r holidayRule
	bad := fmt.Errorf("bad holiday rule %q", s)
	// offset reads an optional "+N" or "-N".
	offset := func(t string) (int, bool) {
		if t == "" {
			return 0, true
		}
		n, err := strconv.Atoi(t)
		return n, err == nil && (t[0] == '+' || t[0] == '-')
	}
	if rest, ok := strings.CutPrefix(s, "easter"); ok {
		n, ok := offset(rest)
		if !ok {
			return r, bad
		}
		r.easter, r.offset = true, n
		return r, nil
	}
	parts := strings.Split(s, ".")
	if len(parts) == 1 {
		m, d, ok := strings.Cut(s, "-")
		mm, err1 := strconv.Atoi(m)
		dd, err2 := strconv.Atoi(d)
		if !ok || err1 != nil || err2 != nil || !validDay(2024, mm, dd) {
			return r, bad
		}
		r.month, r.day = mm, dd
		return r, nil
	}
	if len(parts) != 3 || len(parts[2]) < 3 {
		return r, bad
	}
	m, err1 := strconv.Atoi(parts[0])
	n, err2 := strconv.Atoi(parts[1])
	off, ok := offset(parts[2][3:])
	if err1 != nil || err2 != nil || !ok || m < 1 || m > 12 || n < -1 || n > 5 || n == 0 {
		return r, bad
	}
	for i, c := range weekdayCodes {
		if c == parts[2][:3] {
			r.month, r.nth, r.wd, r.offset = m, n, i+1, off
			return r, nil
		}
	}
	return r, bad
}

// on returns the day of the holiday in year y.
func (r holidayRule) on(y int) (time.Time, bool) {
	if y < 1 || y > 9999 {
		return time.Time{}, false
	}
	var t time.Time
	switch {
	case r.easter:
		t = easter(y)
	case r.nth > 0:
		first := day(y, r.month, 1)
		t = first.AddDate(0, 0, (r.wd-isoWeekday(first)+7)%7+7*(r.nth-1))
	case r.nth < 0:
		last := day(y, r.month, 1).AddDate(0, 1, -1)
		t = last.AddDate(0, 0, -((isoWeekday(last) - r.wd + 7) % 7))
	default:
		if !validDay(y, r.month, r.day) {
			return time.Time{}, false
		}
		t = day(y, r.month, r.day)
	}
	return t.AddDate(0, 0, r.offset), true
}

func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// easter returns Easter Sunday of the Gregorian year y (the anonymous Gregorian
// algorithm, as published by Meeus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}

// holiday reads a holiday or named day: "Noël", "Christmas 2024", "Thanksgiving",
// "Pâques 2025", with an optional year after it; without one, the tense of the
// sentence decides which occurrence is meant, or, without a tense, the closest one.
func (p *parser) holiday(i int, mask langMask, ctx bool) (res, bool) {
	m, ok := p.lookup(i, catHoliday, mask)
	if !ok || m.e.arg >= len(p.lx.holidays) {
		return res{}, false
	}
	rule := p.lx.holidays[m.e.arg]
	k := m.next
	if p.isPunct(k, ",") {
		k++
	}
	k, _ = p.skip(k, catConn, mask&m.e.mask)
	if y, next, ok := p.yearAt(k); ok {
		t, ok := rule.on(y)
		if !ok {
			return res{}, false
		}
		return absolute(next, periodOf(t, PrecisionDay))
	}
	if m.e.flags&flagAmb != 0 && !ctx {
		return res{}, false
	}
	fut, tensed := p.future(i), p.tensed(i)
	return p.relative(m.next, func(ref time.Time) (period, bool) {
		if !tensed {
			return closest(ref, rule)
		}
		return nearest(ref, fut, func(y int) (period, bool) {
			t, ok := rule.on(y)
			return periodOf(t, PrecisionDay), ok
		})
	})
}

// closest returns the occurrence of a holiday nearest ref, before or after: without
// a verb to say which, news speaks of the coming or the last holiday, whichever is
// closer ("à Noël" in September is the coming Christmas).
func closest(ref time.Time, rule holidayRule) (period, bool) {
	var best time.Time
	found := false
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t, ok := rule.on(y)
		if ok && (!found || t.Sub(ref).Abs() < best.Sub(ref).Abs()) {
			best, found = t, true
		}
	}
	return periodOf(best, PrecisionDay), found
}
