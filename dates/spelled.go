package dates

// A spelled number is read from the number and ordinal words of data/words.tsv:
// tens, then a join word or a dash, then a unit ("vingt-neuf", "vingt et un",
// "twenty-first"), or a single word ("veintinueve", "fourth").

// spelledSmall reads a number from 1 to 99 written in words at i; ordinal says whether
// it ended with an ordinal ("twenty-first").
func (p *parser) spelledSmall(i int, mask langMask) (n, next int, m langMask, ordinal, ok bool) {
	if om, ok := p.lookup(i, catOrd, mask); ok && om.e.arg > 0 {
		return om.e.arg, om.next, mask & om.e.mask, true, true
	}
	nm, ok := p.lookup(i, catNum, mask)
	if !ok || nm.e.arg < 1 || nm.e.arg > 99 {
		return 0, 0, 0, false, false
	}
	n, next, m = nm.e.arg, nm.next, mask&nm.e.mask
	if n < 20 || n%10 != 0 {
		return n, next, m, false, true
	}
	// tens: "vingt-neuf", "vingt et un", "twenty-first"
	k := next
	if p.isPunct(k, "-") && p.glued(k) {
		k++
	} else if jm, ok := p.lookup(k, catJoin, m); ok {
		k = jm.next
	} else {
		return n, next, m, false, true
	}
	if om, ok := p.lookup(k, catOrd, m); ok && om.e.arg > 0 && om.e.arg < 10 {
		return n + om.e.arg, om.next, m & om.e.mask, true, true
	}
	if um, ok := p.lookup(k, catNum, m); ok && um.e.arg > 0 && um.e.arg < 10 {
		return n + um.e.arg, um.next, m & um.e.mask, false, true
	}
	return n, next, m, false, true
}

// spelledDay reads a day of the month in words: "vingt-neuf", "the fourth",
// "twenty-first", "veintinueve", "dritten".
func (p *parser) spelledDay(i int, mask langMask) (int, int, langMask, bool) {
	n, next, m, _, ok := p.spelledSmall(i, mask)
	if !ok || n > 31 {
		return 0, 0, 0, false
	}
	return n, next, m, true
}

// spelledYear reads a year in words: "nineteen ninety-nine" (two numbers of two
// digits), "two thousand and five", "deux mille vingt-quatre", "dos mil veinticuatro".
func (p *parser) spelledYear(i int) (int, int, bool) {
	mask := p.o.mask
	t := p.tok(i)
	if t == nil || t.kind != tokWord {
		return 0, 0, false
	}
	thousand := func(k int, m langMask) (int, langMask, bool) {
		tm, ok := p.lookup(k, catNum, m)
		if !ok || tm.e.arg != 1000 {
			return 0, 0, false
		}
		return tm.next, m & tm.e.mask, true
	}
	rest := func(y, k int, m langMask) (int, int, bool) {
		if jm, ok := p.lookup(k, catJoin, m); ok {
			if n, next, _, ord, ok := p.spelledSmall(jm.next, m); ok && !ord {
				return y + n, next, true
			}
		}
		if n, next, _, ord, ok := p.spelledSmall(k, m); ok && !ord {
			return y + n, next, true
		}
		return y, k, true
	}
	if k, m, ok := thousand(i, mask); ok { // "mil novecientos" is not read: "mil" alone is 1000
		return rest(1000, k, m)
	}
	n1, next, m, ord, ok := p.spelledSmall(i, mask)
	if !ok || ord {
		return 0, 0, false
	}
	if k, m2, ok := thousand(next, m); ok && n1 < 10 {
		return rest(n1*1000, k, m2)
	}
	if n1 < 10 || n1 > 20 {
		return 0, 0, false
	}
	n2, end, _, ord, ok := p.spelledSmall(next, m)
	if !ok || ord || n2 < 10 {
		return 0, 0, false
	}
	return n1*100 + n2, end, true
}
