package dates

import (
	"fmt"
	"strconv"
	"time"
)

// period is a calendar period at some precision. n is the half (1–2), quarter (1–4),
// season code (21–24), month (1–12) or ISO week (1–53); d is the day of month.
type period struct {
	prec Precision
	y, n int
	d    int
}

// String formats p as ISO 8601 cut to its precision.
func (p period) String() string {
	y := fmt.Sprintf("%04d", p.y)
	switch p.prec {
	case PrecisionDecade:
		return y[:3]
	case PrecisionYear:
		return y
	case PrecisionHalf:
		return y + "-H" + strconv.Itoa(p.n)
	case PrecisionQuarter:
		return y + "-Q" + strconv.Itoa(p.n)
	case PrecisionSeason:
		return y + "-" + strconv.Itoa(p.n)
	case PrecisionMonth:
		return fmt.Sprintf("%s-%02d", y, p.n)
	case PrecisionWeek:
		return fmt.Sprintf("%s-W%02d", y, p.n)
	case PrecisionDay:
		return fmt.Sprintf("%s-%02d-%02d", y, p.n, p.d)
	}
	return ""
}

// inCalendar reports whether p's year is one of the years 1–9999 that
// ISO 8601 writes in four digits.
func (p period) inCalendar() bool { return p.y >= 1 && p.y <= 9999 }

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := day(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// periodOf returns the period of precision prec that contains t.
func periodOf(t time.Time, prec Precision) period {
	y, m := t.Year(), int(t.Month())
	switch prec {
	case PrecisionYear:
		return period{prec: PrecisionYear, y: y}
	case PrecisionHalf:
		return period{prec: prec, y: y, n: (m-1)/6 + 1}
	case PrecisionQuarter:
		return period{prec: prec, y: y, n: (m-1)/3 + 1}
	case PrecisionSeason:
		switch {
		case m <= 2:
			return period{prec: prec, y: y - 1, n: 24}
		case m == 12:
			return period{prec: prec, y: y, n: 24}
		}
		return period{prec: prec, y: y, n: 21 + (m-3)/3}
	case PrecisionMonth:
		return period{prec: prec, y: y, n: m}
	case PrecisionWeek:
		wy, w := t.ISOWeek()
		return period{prec: prec, y: wy, n: w}
	}
	return period{prec: PrecisionDay, y: y, n: m, d: t.Day()}
}

// bounds returns the first and last day of p.
func (p period) bounds() (first, last time.Time) {
	switch p.prec {
	case PrecisionDecade:
		return day(p.y, 1, 1), day(p.y+9, 12, 31)
	case PrecisionYear:
		return day(p.y, 1, 1), day(p.y, 12, 31)
	case PrecisionHalf:
		first = day(p.y, 6*(p.n-1)+1, 1)
		return first, first.AddDate(0, 6, -1)
	case PrecisionQuarter:
		first = day(p.y, 3*(p.n-1)+1, 1)
		return first, first.AddDate(0, 3, -1)
	case PrecisionSeason:
		first = day(p.y, 3*(p.n-21)+3, 1)
		return first, first.AddDate(0, 3, -1)
	case PrecisionMonth:
		first = day(p.y, p.n, 1)
		return first, first.AddDate(0, 1, -1)
	case PrecisionWeek:
		// ISO week 1 holds January 4.
		jan4 := day(p.y, 1, 4)
		first = jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(p.n-1))
		return first, first.AddDate(0, 0, 6)
	}
	t := day(p.y, p.n, p.d)
	return t, t
}

// unitPrecision is the precision of a period one unit long.
func unitPrecision(u unit) Precision {
	switch u {
	case unitDecade, unitYear:
		return PrecisionYear
	case unitHalf:
		return PrecisionHalf
	case unitQuarter:
		return PrecisionQuarter
	case unitMonth:
		return PrecisionMonth
	case unitWeek:
		return PrecisionWeek
	case unitDay:
		return PrecisionDay
	case unitHour:
		return PrecisionHour
	}
	return PrecisionUnknown
}

// shift moves the period of unit u containing ref by n units and returns the period there.
func shift(ref time.Time, u unit, n int) (period, bool) {
	prec := unitPrecision(u)
	if prec == PrecisionUnknown || prec == PrecisionHour || n < -100000 || n > 100000 {
		return period{}, false
	}
	first, _ := periodOf(ref, prec).bounds()
	first = addUnits(first, u, n)
	if first.Year() < 1 || first.Year() > 9999 {
		return period{}, false
	}
	return periodOf(first, prec), true
}

// nearest picks the occurrence of a yearly period (mk gives it for a year) that a text of
// date ref means: with future, the first one not yet over; otherwise the last one begun.
func nearest(ref time.Time, future bool, mk func(y int) (period, bool)) (period, bool) {
	var best period
	found := false
	for y := ref.Year() - 2; y <= ref.Year()+1; y++ {
		p, ok := mk(y)
		if !ok {
			continue
		}
		first, last := p.bounds()
		if future {
			if !last.Before(ref) {
				return p, true
			}
		} else if !first.After(ref) {
			best, found = p, true
		}
	}
	return best, found
}

// relative picks the occurrence relative to the one containing ref: off 0 is the one in
// ref's year, -1 the last one over, +1 the next one not begun.
func relativeOccurrence(ref time.Time, off int, mk func(y int) (period, bool)) (period, bool) {
	if off == 0 {
		return mk(ref.Year())
	}
	var best period
	found := false
	for y := ref.Year() - 2; y <= ref.Year()+2; y++ {
		p, ok := mk(y)
		if !ok {
			continue
		}
		first, last := p.bounds()
		if off < 0 && last.Before(ref) {
			best, found = p, true
		}
		if off > 0 && first.After(ref) {
			return p, true
		}
	}
	return best, found
}

// durationValue formats n units as an ISO 8601 duration, and gives the precision of its
// designator: decades are written in years, quarters and halves in months.
func durationValue(n int, u unit) (string, Precision) {
	switch u {
	case unitDecade:
		return durationString(n, u), PrecisionYear
	case unitHalf, unitQuarter:
		return durationString(n, u), PrecisionMonth
	}
	return durationString(n, u), unitPrecision(u)
}

func durationString(n int, u unit) string {
	switch u {
	case unitDecade:
		return "P" + strconv.Itoa(10*n) + "Y"
	case unitYear:
		return "P" + strconv.Itoa(n) + "Y"
	case unitHalf:
		return "P" + strconv.Itoa(6*n) + "M"
	case unitQuarter:
		return "P" + strconv.Itoa(3*n) + "M"
	case unitMonth:
		return "P" + strconv.Itoa(n) + "M"
	case unitWeek:
		return "P" + strconv.Itoa(n) + "W"
	case unitDay:
		return "P" + strconv.Itoa(n) + "D"
	case unitHour:
		return "PT" + strconv.Itoa(n) + "H"
	}
	return ""
}

// addUnits returns t moved by n units.
func addUnits(t time.Time, u unit, n int) time.Time {
	switch u {
	case unitDecade:
		return t.AddDate(10*n, 0, 0)
	case unitYear:
		return t.AddDate(n, 0, 0)
	case unitHalf:
		return t.AddDate(0, 6*n, 0)
	case unitQuarter:
		return t.AddDate(0, 3*n, 0)
	case unitMonth:
		return t.AddDate(0, n, 0)
	case unitWeek:
		return t.AddDate(0, 0, 7*n)
	}
	return t.AddDate(0, 0, n)
}
