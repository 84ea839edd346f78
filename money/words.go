package money

// parseWords reads a number in words ("quatre-vingt-dix-neuf", "one and a
// half billion", "un milliard et demi"). It returns the value, the token
// after it, whether it holds a scale word, and whether it is only an article.
func (s *scanner) parseWords(k int, mask *uint8) (Decimal, int, bool, bool, bool) {
	return s.parseWordsUntil(k, len(s.toks), mask)
}

// parseWordsUntil is parseWords on the tokens before limit.
func (s *scanner) parseWordsUntil(k, limit int, mask *uint8) (Decimal, int, bool, bool, bool) {
	zero := Decimal{valid: true}
	total, cur := zero, zero
	end, t := k, k
	var last uint8 // number kind of the last word, 0 for a scale
	consumed, scaled, article, fracOnly := false, false, false, false
	lastExp := -1
	for steps := 0; t < limit && steps < maxWordToks; steps++ {
		if s.toks[t].key == "-" && consumed {
			t++
			continue
		}
		if h, ok := s.lookup(t, eNumber); ok {
			e := h.e
			var ok2 bool
			switch e.numKind {
			case nUnit:
				if consumed && last == nUnit && !tensThenUnit(cur, e.num) {
					return finishWords(total, cur, end, consumed, scaled, article)
				}
				if last == nOne {
					return finishWords(total, cur, end, consumed, scaled, article)
				}
				cur, ok2 = cur.add(e.num)
				article = false
			case nHundred:
				if cur.coef == 0 {
					cur = Decimal{valid: true, coef: 1}
				}
				cur, ok2 = cur.mul(e.num)
				article = false
			case nOne:
				if last == nAnd {
					t = h.next // "and a half"
					continue
				}
				if consumed {
					return finishWords(total, cur, end, consumed, scaled, article)
				}
				cur, ok2 = Decimal{valid: true, coef: 1}, true
				article = !consumed
			case nFrac:
				switch {
				case last == nAnd && lastExp >= 0 && cur.coef == 0:
					var f Decimal
					f, ok2 = e.num.mulPow10(lastExp)
					if ok2 {
						total, ok2 = total.add(f)
					}
				case last == nAnd:
					cur, ok2 = cur.add(e.num)
				case last == nOne && article, cur.coef == 0:
					cur, ok2, fracOnly = e.num, true, true
				case s.keyAt(t) == "quarters" || s.keyAt(t) == "thirds":
					cur, ok2 = cur.mul(e.num)
				default:
					return finishWords(total, cur, end, consumed, scaled, article)
				}
				article = false
			case nAnd:
				nk := h.next
				if nk < len(s.toks) && s.toks[nk].key == "-" {
					nk++
				}
				nx, _ := s.lookup(nk, eNumber)
				joins := last == nHundred || last == 0 || nx.e.numKind == nOne || nx.e.numKind == nFrac || tensThenUnit(cur, nx.e.num)
				if !consumed || !s.nextIsNumberWord(h.next) || !joins {
					return finishWords(total, cur, end, consumed, scaled, article)
				}
				last, t = nAnd, h.next
				continue
			}
			if !ok2 {
				return zero, 0, false, false, false
			}
			s.note(mask, h)
			last, consumed, end, t = e.numKind, true, h.next, h.next
			continue
		}
		if v, m, ok := s.compoundAt(t); ok {
			if consumed && (last == nUnit || last == nOne) {
				return finishWords(total, cur, end, consumed, scaled, article)
			}
			var ok2 bool
			if cur, ok2 = cur.add(v); !ok2 {
				return zero, 0, false, false, false
			}
			if *mask&m != 0 {
				*mask &= m
			}
			last, consumed, article, end, t = nUnit, true, false, t+1, t+1
			continue
		}
		if h, ok := s.lookup(t, eScale); ok && !h.e.abbr && (consumed || h.e.exp == 3) {
			var ok2 bool
			if consumed && last == 0 && cur.coef == 0 && int(h.e.exp) > lastExp {
				total, ok2 = total.mulPow10(int(h.e.exp)) // "three thousand millions"
			} else {
				if cur.coef == 0 {
					cur = Decimal{valid: true, coef: 1}
				}
				var f Decimal
				f, ok2 = cur.mulPow10(int(h.e.exp))
				if ok2 {
					total, ok2 = total.add(f)
				}
			}
			if !ok2 {
				return zero, 0, false, false, false
			}
			s.note(mask, h)
			cur, lastExp, last, scaled, article, fracOnly = zero, int(h.e.exp), 0, true, false, false
			consumed, end, t = true, h.next, h.next
			continue
		}
		break
	}
	if fracOnly {
		return Decimal{}, 0, false, false, false // "the quarter", "half"
	}
	return finishWords(total, cur, end, consumed, scaled, article)
}

func finishWords(total, cur Decimal, end int, consumed, scaled, article bool) (Decimal, int, bool, bool, bool) {
	if !consumed {
		return Decimal{}, 0, false, false, false
	}
	v, ok := total.add(cur)
	return v, end, scaled, article, ok
}

// tensThenUnit reports whether unit v may follow cur: "twenty one",
// "soixante-dix", "quatre-vingt-dix-neuf", "doscientos cincuenta".
func tensThenUnit(cur, v Decimal) bool {
	if cur.exp < 0 || v.exp < 0 {
		return false
	}
	c, _ := cur.mulPow10(0)
	n := c.coef
	for e := c.exp; e > 0 && n < 1e6; e-- {
		n *= 10
	}
	w := v.coef
	for e := v.exp; e > 0 && w < 1e6; e-- {
		w *= 10
	}
	return (n%100 >= 20 && n%10 == 0 && w < 20 || n%100 == 10 && w < 10 || n >= 100 && n%100 == 0 && w < 100) && w > 0
}

func (s *scanner) nextIsNumberWord(k int) bool {
	if k < len(s.toks) && s.toks[k].key == "-" {
		k++ // "vingt-et-un"
	}
	if k < len(s.toks) && s.toks[k].kind == tNum {
		return false
	}
	h, ok := s.lookup(k, eNumber)
	return ok && h.e.numKind != nAnd
}
