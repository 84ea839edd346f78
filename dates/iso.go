package dates

import (
	"strconv"
)

// parseISOValue reads the values Find produces: "199", "2025", "2025-06", "2025-06-12",
// "2025-Q1", "2025-H1", "2025-W36", "2025-22", "P6M", "PT24H". ok is false when s[lead:lead+n]
// has none of these shapes; err is set when it has one but a field is out of range.
func parseISOValue(s string, lead, n int) (Expr, bool, error) {
	v := s[lead : lead+n]
	e := Expr{Start: lead, End: lead + n, Text: v, Kind: KindDate, Value: v}
	bad := func(off int) (Expr, bool, error) {
		return Expr{}, false, &ParseError{Input: s, Offset: lead + off, Err: ErrRange}
	}
	if d, prec, ok := isoDuration(v); ok {
		e.Kind, e.Value, e.Precision = KindDuration, d, prec
		return e, true, nil
	}
	if len(v) == 3 && digits(v) {
		e.Precision = PrecisionDecade
		return e, true, nil
	}
	if len(v) < 4 || !digits(v[:4]) {
		return Expr{}, false, nil
	}
	y, _ := strconv.Atoi(v[:4])
	if y < 1 {
		return bad(0)
	}
	rest := v[4:]
	switch {
	case rest == "":
		e.Precision = PrecisionYear
	case len(rest) == 3 && rest[0] == '-' && digits(rest[1:]):
		n, _ := strconv.Atoi(rest[1:])
		switch {
		case n >= 1 && n <= 12:
			e.Precision = PrecisionMonth
		case n >= 21 && n <= 24:
			e.Precision = PrecisionSeason
		default:
			return bad(5)
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && digits(rest[1:3]) && digits(rest[4:]):
		m, _ := strconv.Atoi(rest[1:3])
		d, _ := strconv.Atoi(rest[4:])
		if !validDay(y, m, d) {
			return bad(5)
		}
		e.Precision = PrecisionDay
	case len(rest) == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'H') && digits(rest[2:]):
		n := int(rest[2] - '0')
		if rest[1] == 'Q' && (n < 1 || n > 4) || rest[1] == 'H' && (n < 1 || n > 2) {
			return bad(6)
		}
		e.Precision = PrecisionQuarter
		if rest[1] == 'H' {
			e.Precision = PrecisionHalf
		}
	case len(rest) == 4 && rest[:2] == "-W" && digits(rest[2:]):
		w, _ := strconv.Atoi(rest[2:])
		if w < 1 || w > isoWeeks(y) {
			return bad(6)
		}
		e.Precision = PrecisionWeek
	default:
		return Expr{}, false, nil
	}
	return e, true, nil
}

// isoDuration reads "P6M", "P10Y", "P2W", "P3D", "PT24H" (one designator, as Find writes them).
func isoDuration(v string) (string, Precision, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return "", 0, false
	}
	body, timePart := v[1:], false
	if body[0] == 'T' {
		body, timePart = body[1:], true
	}
	if len(body) < 2 || !digits(body[:len(body)-1]) || len(body) > 8 {
		return "", 0, false
	}
	var prec Precision
	switch d := body[len(body)-1]; {
	case timePart && d == 'H':
		prec = PrecisionHour
	case timePart:
		return "", 0, false
	case d == 'Y':
		prec = PrecisionYear
	case d == 'M':
		prec = PrecisionMonth
	case d == 'W':
		prec = PrecisionWeek
	case d == 'D':
		prec = PrecisionDay
	default:
		return "", 0, false
	}
	return v, prec, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
