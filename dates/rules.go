package dates

// ordinalSuffixes are the letters written after the digits of an ordinal.
var ordinalSuffixes = map[string]bool{
	"er": true, "re": true, "e": true, "eme": true, "ème": true, "st": true, "nd": true,
	"rd": true, "th": true, "o": true, "a": true, "º": true, "ª": true,
}

// yearAt reads a four-digit year at i (1000–2999; any for Parse) that is not a count
// ("2000 ans"). The caller decides whether the context makes it a year.
func (p *parser) yearAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t != nil && t.kind == tokWord {
		if len(p.ents[i]) == 0 {
			return 0, 0, false
		}
		return p.spelledYear(i)
	}
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
	if _, ok := p.lookup(i+1, catUnit, allLangs); ok {
		return 0, 0, false
	}
	return t.val, i + 1, true
}

// dayAt reads a day of month at i: "5", "1er", "5th", "premier", "vingt-neuf",
// "twenty-first".
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
	return p.spelledDay(i, mask)
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
	m, ok := p.lookup(i, catMonth, mask)
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
	if _, ok := p.lookup(next, catUnit, allLangs); ok {
		return 0, 0, 0, 0, false
	}
	return m.e.arg, next, mask & m.e.mask, m.e.flags, true
}

func (p *parser) noteRange(i int) {
	if p.rangeErr < 0 {
		p.rangeErr = p.toks[i].start
	}
}

// weekdayPrefix skips "lundi" or "Monday," before a date and returns its ISO number.
func (p *parser) weekdayPrefix(i int, mask langMask) (int, int, langMask) {
	if m, ok := p.lookup(i, catWeekday, mask); ok {
		next := m.next
		if p.isPunct(next, ",") {
			next++
		}
		return next, m.e.arg, mask & m.e.mask
	}
	return i, 0, mask
}

// ordinalAt reads "premier", "first", "1er", "3rd", "2." at i.
func (p *parser) ordinalAt(i int, mask langMask) (int, int, langMask, bool) {
	if m, ok := p.lookup(i, catOrd, mask); ok {
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
	if m, ok := p.lookup(i, catNum, mask); ok {
		return m.e.arg, m.next, mask & m.e.mask, true
	}
	if weak {
		if m, ok := p.lookup(i, catWeakNum, mask); ok {
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
	m, ok := p.lookup(j, catUnit, mask)
	if !ok {
		return 0, 0, 0, 0, false
	}
	return n, unit(m.e.arg), m.next, mask & m.e.mask, true
}
