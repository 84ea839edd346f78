package dates

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
