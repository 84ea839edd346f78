package money

import (
	"strings"

	"golang.org/x/text/currency"
)

// Find returns the amounts of money in text, in order, with byte offsets
// into text. A figure counts as money only with a currency sign, code or
// name; shares ("52,4 milliards d’actions"), percentages, bare figures and
// years are left out (see FindQuantities). Find never fails: text it cannot
// read is skipped. It runs in time linear in len(text).
func Find(text string, opts ...Option) []Match {
	var out []Match
	scan(text, opts, func(s *scanner, ex expr) {
		if a, ok := s.amount(ex); ok {
			st, en := s.toks[ex.start].start, s.toks[ex.end-1].end
			out = append(out, Match{Start: st, End: en, Text: text[st:en], Amount: a})
		}
	})
	return out
}

// FindQuantities returns the percentages and counts in text ("49%", "9 per
// cent", "200 employés", "10,000 job cuts", "drei Milliarden"), in order,
// with byte offsets into text. Amounts of money are left out (see Find).
func FindQuantities(text string, opts ...Option) []QuantityMatch {
	var out []QuantityMatch
	scan(text, opts, func(s *scanner, ex expr) {
		if q, ok := s.quantity(ex); ok {
			st, en := s.toks[ex.start].start, s.toks[ex.end-1].end
			out = append(out, QuantityMatch{Start: st, End: en, Text: text[st:en], Quantity: q})
		}
	})
	return out
}

func scan(text string, opts []Option, emit func(*scanner, expr)) int {
	lx, err := loadLexicon()
	if err != nil {
		return 0
	}
	o := buildOptions(lx, opts)
	s := &scanner{lx: lx, text: text, toks: tokenize(make([]token, 0, len(text)/5+1), text), langs: o.langs, opts: o,
		buf: make([]byte, 0, 64)}
	for i := 0; i < len(s.toks); {
		t := s.toks[i]
		if t.kind != tNum && !s.startsExpr(i) && !(t.upper && t.end-t.start == 3) && t.key != "-" {
			i++
			continue
		}
		ex, ok := s.parseExpr(i, false)
		if !ok || ex.end <= i {
			i++
			continue
		}
		emit(s, ex)
		i = ex.end
	}
	return s.steps
}

// startsExpr reports whether token i may start an expression.
func (s *scanner) startsExpr(i int) bool {
	if nd := s.firstNode(i); nd != nil {
		return nd.start
	}
	_, _, ok := s.compoundAt(i)
	return ok
}

// compoundAt reads token i as a number written as one word
// ("siebenhundert"), in the allowed languages.
func (s *scanner) compoundAt(i int) (Decimal, uint8, bool) {
	if i >= len(s.toks) || s.toks[i].kind != tWord || s.langs&s.lx.compoundLangs == 0 || s.firstNode(i) != nil {
		return Decimal{}, 0, false
	}
	s.buf = appendKey(s.buf[:0], s.toks[i])
	if !s.lx.mayCompound(s.buf) {
		return Decimal{}, 0, false
	}
	return s.lx.compound(string(s.buf), s.langs)
}

// isMoney reports whether the expression names a currency.
func (ex expr) isMoney() bool { return ex.lo.hasCur || ex.isRange && ex.hi.hasCur }

// currencyEntry returns the currency reading of the expression and the
// index of its first token.
func (ex expr) currencyEntry() (entry, int) {
	if ex.lo.hasCur {
		return ex.lo.cur, ex.lo.curTok
	}
	return ex.hi.cur, ex.hi.curTok
}

// values computes the figures of the expression: the value, or the bounds of
// a range.
func (s *scanner) values(ex expr) (lo, hi Decimal, err error) {
	if ex.vague {
		return Decimal{}, Decimal{}, nil
	}
	var cur currency.Unit
	signAfter := false
	if ex.isMoney() {
		e, tok := ex.currencyEntry()
		if c, ok := s.currencyOf(e, tok); ok {
			cur = c.unit
		}
		signAfter = tok >= 0 && s.toks[tok].kind == tSym && !(ex.lo.hasCur && ex.lo.curPrefix)
	}
	st := s.figureStyle(ex.mask, cur, signAfter)
	if !ex.isRange {
		lo, err = s.value(ex.lo, ex.lo, ex.mask, st)
		if err == nil && ex.minor.valid && ex.minor.coef != 0 {
			var ok bool
			if lo, ok = lo.add(ex.minor); !ok {
				err = ErrRange
			}
		}
		return lo, Decimal{}, err
	}
	if lo, err = s.value(ex.lo, ex.lo, ex.mask, st); err != nil {
		return
	}
	if ex.lo.nscales == 0 {
		// "entre 5 et 10 M€", "five to ten million dollars"
		var ok bool
		if lo, ok = lo.mulPow10(s.scaleOf(ex.hi, ex.mask)); !ok {
			return lo, hi, ErrRange
		}
	}
	hi, err = s.value(ex.hi, ex.hi, ex.mask, st)
	return
}

// amount builds the Amount of a money expression.
func (s *scanner) amount(ex expr) (Amount, bool) {
	if !ex.isMoney() {
		return Amount{}, false
	}
	a, _, err := s.toAmount(ex)
	return a, err == nil
}

// toAmount builds the Amount of an expression; ambiguous reports an
// ambiguous currency left unresolved.
func (s *scanner) toAmount(ex expr) (a Amount, ambiguous bool, err error) {
	lo, hi, err := s.values(ex)
	if err != nil {
		return Amount{}, false, err
	}
	if ex.isMoney() {
		e, tok := ex.currencyEntry()
		cur, ok := s.currencyOf(e, tok)
		a.Currency, ambiguous = cur, !ok
		if e.exp != 0 {
			lo, _ = lo.mulPow10(int(e.exp))
			hi, _ = hi.mulPow10(int(e.exp))
		}
		if e.minor {
			if lo.valid {
				lo, _ = lo.mulPow10(-2)
			}
			if hi.valid {
				hi, _ = hi.mulPow10(-2)
			}
		}
	} else if s.opts.hint.known {
		a.Currency = s.opts.hint
	}
	switch {
	case ex.vague:
		a.Qualifier, a.Vague = Vague, true
	case ex.isRange:
		a.Qualifier, a.Min, a.Max = Range, lo, hi
	default:
		a.Qualifier, a.Value = ex.qual, lo
		a.Min, a.Max = bounds(a.Qualifier, lo)
	}
	return a, ambiguous, nil
}

// quantity builds the Quantity of a percentage or count expression.
func (s *scanner) quantity(ex expr) (Quantity, bool) {
	if ex.isMoney() {
		return Quantity{}, false
	}
	lo, hi, err := s.values(ex)
	if err != nil {
		return Quantity{}, false
	}
	var q Quantity
	u := ex.lo.unit
	if ex.isRange && u == UnitUnknown {
		u = ex.hi.unit
	}
	if ex.lo.percent || ex.isRange && ex.hi.percent {
		u = UnitPercent
	}
	q.Unit = u
	switch {
	case ex.vague:
		q.Qualifier, q.Vague = Vague, true
	case ex.isRange:
		q.Qualifier, q.Min, q.Max = Range, lo, hi
	default:
		q.Qualifier, q.Value = ex.qual, lo
		q.Min, q.Max = bounds(q.Qualifier, lo)
	}
	return q, true
}

// Parse reads one amount expression: a figure with its currency, scale words
// and qualifier, in any supported language ("14,3 milliards de dollars",
// "US$5m", "jusqu’à 200 millions d’euros", "entre 5 et 10 M€", "several
// million USD"). A figure without a currency gives an Amount whose Currency
// is the WithCurrency hint, or unknown.
//
// Errors are *ParseError wrapping ErrSyntax (not an amount, or text left
// over), ErrUnknownCurrency (an unknown three-letter code), ErrRange (a figure
// too large for a Decimal) or ErrAmbiguousCurrency; with
// ErrAmbiguousCurrency the Amount is returned too, with an unknown currency.
// Otherwise the Amount is zero on error.
func Parse(s string, opts ...Option) (Amount, error) {
	lx, err := loadLexicon()
	if err != nil {
		return Amount{}, &ParseError{Input: s, Err: err}
	}
	o := buildOptions(lx, opts)
	sc := &scanner{lx: lx, text: s, toks: tokenize(nil, s), langs: o.langs, opts: o}
	fail := func(tok int, e error) (Amount, error) {
		off := len(s)
		if tok < len(sc.toks) {
			off = sc.toks[tok].start
		}
		if tok < len(sc.toks) && e == ErrSyntax && sc.unknownCode(tok) {
			e = ErrUnknownCurrency
		}
		return Amount{}, &ParseError{Input: s, Offset: off, Err: e}
	}
	if len(sc.toks) == 0 {
		return fail(0, ErrSyntax)
	}
	ex, ok := sc.parseExpr(0, true)
	if !ok && len(sc.toks) > 1 && (sc.keyAt(0) == "a" || sc.keyAt(0) == "an") {
		ex, ok = sc.parseExpr(1, true) // "a US$4.7 billion"
		ok = ok && ex.start == 1
		ex.start = 0
	}
	if !ok || ex.start != 0 {
		return fail(0, ErrSyntax)
	}
	if ex.end < len(sc.toks) {
		return fail(ex.end, ErrSyntax)
	}
	if ex.lo.percent || ex.lo.unit != UnitUnknown || ex.isRange && (ex.hi.percent || ex.hi.unit != UnitUnknown) {
		return fail(max(ex.lo.unitTok, ex.hi.unitTok, 0), ErrSyntax)
	}
	a, ambiguous, err := sc.toAmount(ex)
	if err != nil {
		return fail(ex.lo.numTok, err)
	}
	if ambiguous {
		tok := ex.lo.curTok
		if tok < 0 {
			tok = ex.hi.curTok
		}
		return a, &ParseError{Input: s, Offset: sc.toks[max(tok, 0)].start, Err: ErrAmbiguousCurrency}
	}
	return a, nil
}

// MustParse is like Parse but panics on error. It is meant for tests and
// package-level variables only.
func MustParse(s string, opts ...Option) Amount {
	a, err := Parse(s, opts...)
	if err != nil {
		panic(err)
	}
	return a
}

// unknownCode reports an upper-case three-letter word that looks like a
// currency code but is not one.
func (s *scanner) unknownCode(k int) bool {
	t := s.toks[k]
	if k == 0 && len(s.toks) == 1 || t.kind != tWord || !t.upper || t.end-t.start != 3 {
		return false
	}
	return strings.ToUpper(t.key) == t.key
}
