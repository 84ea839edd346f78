package dates

import (
	"strings"
	"time"
)

// parser holds the state of one call of Find or Parse. It is never shared.
type parser struct {
	text    string
	toks    []token
	ents    [][]*entry // the lexicon entries that start with each token's word
	lx      *lexicon
	o       options
	lenient bool // Parse: ambiguous words and bare years need no context
	hasRef  bool
	ref     time.Time // the reference day, at midnight UTC
	anchor  time.Time // the last day-precise date of the text
	hasAnc  bool
	// tense bits, tense markers and clause numbers per token, computed on first use
	tense  []uint8
	marks  []cat
	clause []int32
	work   int // calls of core, to check that the work stays linear
	// starts memoizes startsDate: 0 not known, 1 yes, 2 no; startRes holds what
	// prefixed read there.
	starts   []int8
	startRes map[int]res
	// rangeErr is the byte offset of the first well-formed but impossible date, or -1.
	rangeErr int
}

func newParser(text string, lx *lexicon, o options, lenient bool) *parser {
	p := &parser{text: text, toks: tokenize(text), lx: lx, o: o, lenient: lenient, rangeErr: -1}
	p.ents = make([][]*entry, len(p.toks))
	for i := range p.toks {
		p.ents[i] = lx.byFirst[p.toks[i].norm]
	}
	if !o.ref.IsZero() {
		y, m, d := o.ref.Date()
		if y >= 1 && y <= 9999 {
			p.hasRef, p.ref = true, day(y, int(m), d)
		}
	}
	return p
}

// res is a parsed expression before it becomes an Expr.
type res struct {
	end     int // token index after the expression
	kind    Kind
	pd      period // resolved date
	dur     string // duration value
	durPrec Precision
	rel     bool // needed the reference (or the anchor)
	unres   bool // relative, and there was nothing to resolve it against
	base    time.Time
	mod     Mod
	to      period // the end of a range (mod ModRange)
	notes   Note
}

func (p *parser) findAll() []Expr {
	var out []Expr
	for i := 0; i < len(p.toks); {
		if m, ok := p.lookup(i, catBlock, p.o.mask); ok {
			i = m.next
			continue
		}
		r, ok := p.rangeAt(i)
		if !ok {
			r, ok = p.prefixed(i)
		}
		if !ok {
			i++
			continue
		}
		out = append(out, p.expr(i, r))
		last := r.pd
		if r.mod == ModRange {
			last = r.to
		}
		if r.kind == KindDate && !r.unres && last.prec == PrecisionDay {
			p.anchor, p.hasAnc = day(last.y, last.n, last.d), true
		}
		i = r.end
	}
	return out
}

// at reads the longest expression starting at token i.
func (p *parser) at(i int) (Expr, int, bool) {
	best, ok := p.prefixed(i)
	if r, rok := p.rangeAt(i); rok && (!ok || r.end >= best.end) {
		best, ok = r, true
	}
	if !ok {
		return Expr{}, 0, false
	}
	return p.expr(i, best), best.end, true
}

// prefixed tries an expression with an optional preposition and article before it.
func (p *parser) prefixed(i int) (res, bool) {
	if !p.canStart(i) {
		return res{}, false
	}
	mask := p.o.mask
	best, found := p.core(i, mask, false, false, 0)
	try := func(r res, ok bool) {
		if ok && (!found || r.end > best.end) {
			best, found = r, true
		}
	}
	if pm, ok := p.lookup(i, catPrep, mask); ok {
		yearCtx := pm.e.flags&flagYear != 0
		r, ok := p.core(pm.next, mask&pm.e.mask, true, yearCtx, 0)
		if ok && r.kind == KindDate {
			if Mod(pm.e.arg) != ModNone {
				r.mod = Mod(pm.e.arg)
			}
			try(r, true)
		}
		if am, ok := p.lookup(pm.next, catArt, mask&pm.e.mask); ok {
			r, ok := p.core(am.next, mask&pm.e.mask&am.e.mask, true, false, 0)
			if ok && r.kind == KindDate {
				if Mod(pm.e.arg) != ModNone {
					r.mod = Mod(pm.e.arg)
				}
				try(r, true)
			}
		}
	}
	if am, ok := p.lookup(i, catArt, mask); ok {
		r, ok := p.core(am.next, mask&am.e.mask, am.e.flags&flagWeak == 0, false, 0)
		try(r, ok && r.kind == KindDate)
		if !found && am.e.flags&flagDay != 0 {
			try(p.dayAlone(am.next, mask&am.e.mask))
		}
	}
	if pm, ok := p.lookup(i, catPrep, mask); ok && !found && Mod(pm.e.arg) == ModNone && pm.e.mask&maskOf("de") != 0 {
		try(p.dayAlone(pm.next, mask&pm.e.mask)) // "am 23."
	}
	return best, found
}

// startsDate reports whether an expression starts at token i. It is memoized, since
// rules that look ahead ("six mois après le T1") would otherwise re-read chains of
// expressions exponentially often.
func (p *parser) startsDate(i int) bool {
	_, ok := p.prefixedMemo(i)
	return ok
}

// prefixedMemo is prefixed, computed once per token: rules that read a date after
// their own words ("a day before a day before …") would otherwise read chains of
// dates again and again.
func (p *parser) prefixedMemo(i int) (res, bool) {
	if i >= len(p.toks) {
		return res{}, false
	}
	if p.starts == nil {
		p.starts = make([]int8, len(p.toks))
		p.startRes = make(map[int]res)
	}
	if p.starts[i] == 0 {
		p.starts[i] = 2
		if r, ok := p.prefixed(i); ok {
			p.starts[i], p.startRes[i] = 1, r
		}
	}
	return p.startRes[i], p.starts[i] == 1
}

// canStart reports whether any rule may start at token i: a number, a word of the
// lexicon or a quarter token such as "T1". Most words of a text fail here at the cost of
// one map look-up.
func (p *parser) canStart(i int) bool {
	t := p.tok(i)
	switch {
	case t == nil || t.kind == tokPunct:
		return false
	case t.kind == tokNum:
		return !t.amount || p.isPunct(i+1, "/") || p.isPunct(i+1, ".") || p.isPunct(i+1, "-")
	case len(t.norm) == 2 && t.norm[1] >= '1' && t.norm[1] <= '4',
		len(t.norm) >= 4 && t.norm[:2] == "fy":
		return true
	}
	return len(p.ents[i]) > 0
}

// expr turns r, which starts at token i, into an Expr.
func (p *parser) expr(i int, r res) Expr {
	start, end := p.toks[i].start, p.toks[r.end-1].end
	e := Expr{Start: start, End: end, Text: p.text[start:end], Kind: r.kind, Mod: r.mod, Relative: r.rel, Notes: r.notes}
	if !r.unres && r.kind != KindDuration && (!r.pd.inCalendar() || r.mod == ModRange && !r.to.inCalendar()) {
		// "demain" on 9999-12-31: past the years ISO 8601 writes in four digits
		r.unres = true
		if p.rangeErr < 0 {
			p.rangeErr = start
		}
	}
	if r.mod == ModRange && !r.unres {
		e.From = Bound{Value: r.pd.String(), Precision: r.pd.prec}
		e.To = Bound{Value: r.to.String(), Precision: r.to.prec}
	}
	switch {
	case r.kind == KindDuration:
		e.Value, e.Precision = r.dur, r.durPrec
	case r.unres:
	default:
		e.Value, e.Precision = r.pd.String(), r.pd.prec
		if r.rel {
			e.Base = periodOf(r.base, PrecisionDay).String()
		}
	}
	return e
}

// core reads an expression without prefix at token i. ctx says that a preposition or an
// article before it makes ambiguous words dates; yearCtx that a bare year is a year.
func (p *parser) core(i int, mask langMask, ctx, yearCtx bool, depth int) (res, bool) {
	p.work++
	if i >= len(p.toks) || mask == 0 || depth > 3 {
		return res{}, false
	}
	ctx = ctx || p.lenient
	yearCtx = yearCtx || p.lenient
	var best res
	found := false
	keep := func(r res, ok bool) {
		if ok && (!found || r.end > best.end) {
			best, found = r, true
		}
	}
	keep(p.numeric(i))
	keep(p.yearMonth(i))
	keep(p.weekdayNumeric(i, mask))
	keep(p.relDay(i, mask))
	keep(p.dayMonth(i, mask))
	keep(p.monthDay(i, mask))
	keep(p.month(i, mask, ctx, yearCtx))
	keep(p.year(i, mask, yearCtx))
	keep(p.quarter(i, mask, ctx))
	keep(p.season(i, mask, ctx))
	keep(p.weekday(i, mask, ctx))
	keep(p.relUnit(i, mask))
	keep(p.weekNumber(i, mask))
	keep(p.decade(i, mask))
	keep(p.holiday(i, mask, ctx))
	keep(p.weekOf(i, mask, depth))
	keep(p.weekdayOfWeek(i, mask))
	keep(p.ago(i, mask))
	keep(p.mod(i, mask, depth))
	if !found || best.kind == KindDuration {
		keep(p.duration(i, mask))
	}
	return best, found
}

// future reports whether the expression at token i speaks of the future. The verb
// that governs it decides: the nearest tense marker in its clause (between commas,
// semicolons, colons or parentheses), within a few words, the one before it on a tie
// ("said on Wednesday it will cut" is past); a past participle right before it
// ("un courriel envoyé mardi", "signé fin août") is such a marker. Further away, any
// marker of the clause decides, the future first; otherwise the whole sentence does,
// since fronted phrases ("En octobre, la société lancera …") carry no verb of their own.
func (p *parser) future(i int) bool {
	if p.tense == nil {
		p.markTenses()
	}
	if i >= len(p.tense) {
		return false
	}
	if c, ok := p.governing(i); ok {
		return c == catFuture
	}
	t := p.tense[i]
	switch {
	case t&clauseFuture != 0:
		return true
	case t&clausePast != 0:
		return false
	}
	return t&sentenceFuture != 0
}

// tensed reports whether the sentence of token i has any tense marker.
func (p *parser) tensed(i int) bool {
	if p.tense == nil {
		p.markTenses()
	}
	return i < len(p.tense) && p.tense[i]&sentenceTensed != 0
}

// governWindow is how many tokens on each side of an expression are searched for the
// verb that governs it.
const governWindow = 8

// participleWindow is how close before an expression a past participle must be.
const participleWindow = 2

// governing returns the tense of the nearest marker in the clause of token i.
func (p *parser) governing(i int) (cat, bool) {
	for d := 1; d <= governWindow; d++ {
		if k := i - d; k >= 0 && p.sameClause(k, i) {
			if c := p.marks[k]; c != catNone && !p.preposition(k, i) {
				return c, true
			}
			if d <= participleWindow && p.participle(k) {
				// "sera lancé le 25": an auxiliary gives its own tense
				if a, ok := p.auxiliary(k); ok {
					return a, true
				}
				return catPast, true
			}
		}
		if k := i + d; k < len(p.toks) && p.sameClause(i, k) {
			if c := p.marks[k]; c != catNone {
				return c, true
			}
		}
	}
	return catNone, false
}

// preposition reports whether token k, right before the expression at i, is also a
// preposition that introduces it (Italian "a ottobre", not French "a" = has).
func (p *parser) preposition(k, i int) bool {
	if k != i-1 {
		return false
	}
	_, ok := p.lookup(k, catPrep, p.o.mask)
	return ok
}

// auxiliary returns the tense of an auxiliary within two tokens before the participle
// at k ("sera lancé", "devrait être signé").
func (p *parser) auxiliary(k int) (cat, bool) {
	for a := k - 1; a >= 0 && a >= k-2 && p.sameClause(a, k); a-- {
		if c := p.marks[a]; c != catNone {
			return c, true
		}
	}
	return catNone, false
}

// sameClause reports whether no clause boundary lies in tokens [a, b).
func (p *parser) sameClause(a, b int) bool {
	return p.clause[a] == p.clause[b]
}

// participle reports whether token k is a past participle: a word with a participle
// ending (data/words.tsv, partsuf) that is not a noun after an article or a
// determiner ("la société", "l'année", "un salarié").
func (p *parser) participle(k int) bool {
	t := p.toks[k]
	if t.kind != tokWord {
		return false
	}
	_, ok := p.lookup(k, catPart, p.o.mask)
	for _, e := range p.lx.suffixes {
		if !ok && e.cat == catPartSuffix && e.mask&p.o.mask != 0 && len(t.norm) >= e.arg && strings.HasSuffix(t.norm, e.words[0]) {
			ok = true
			break
		}
	}
	if !ok || k == 0 {
		return ok
	}
	if p.toks[k-1].norm == "'" {
		return false
	}
	_, art := p.lookup(k-1, catArt, p.o.mask)
	_, det := p.lookup(k-1, catDet, p.o.mask)
	return !art && !det
}

// Tense bits of a token.
const (
	clauseFuture uint8 = 1 << iota
	clausePast
	sentenceFuture
	sentenceTensed // any tense marker in the sentence
)

// markTenses sets the tense marker and the tense bits of every token, clause by clause
// and sentence by sentence, and numbers the clauses.
func (p *parser) markTenses() {
	p.tense = make([]uint8, len(p.toks))
	p.marks = make([]cat, len(p.toks))
	p.clause = make([]int32, len(p.toks))
	var clauseNo int32
	sentStart, clauseStart := 0, 0
	var sent, clause uint8
	flush := func(end int, sentence bool) {
		for k := clauseStart; k < end; k++ {
			p.tense[k] |= clause
			p.clause[k] = clauseNo
		}
		clauseNo++
		clauseStart, clause = end, 0
		if sentence {
			for k := sentStart; k < end; k++ {
				p.tense[k] |= sent
			}
			sentStart, sent = end, 0
		}
	}
	for k := range p.toks {
		if p.toks[k].brk {
			flush(k, true)
		}
		p.marks[k] = p.marker(k)
		switch p.marks[k] {
		case catFuture:
			clause |= clauseFuture
			sent |= sentenceFuture | sentenceTensed
		case catPast:
			clause |= clausePast
			sent |= sentenceTensed
		}
		switch p.toks[k].norm {
		case ".", "!", "?":
			flush(k+1, true)
		case ",", ";", ":", "(", ")", "—", "–":
			flush(k+1, false)
		}
	}
	flush(len(p.toks), true)
}

// marker returns catFuture or catPast when token k is a tense marker, else catNone.
func (p *parser) marker(k int) cat {
	for _, c := range [...]cat{catFuture, catPast} {
		if _, ok := p.lookup(k, c, p.o.mask); ok {
			return c
		}
	}
	t := p.toks[k]
	if t.kind != tokWord {
		return catNone
	}
	for _, e := range p.lx.suffixes {
		if e.cat != catPartSuffix && e.mask&p.o.mask != 0 && len(t.norm) >= e.arg && strings.HasSuffix(t.norm, e.words[0]) {
			if e.cat == catPastSuffix {
				return catPast
			}
			return catFuture
		}
	}
	return catNone
}

// relative resolves a relative expression ending before token end with mk, or marks it
// unresolved when there is no reference date.
func (p *parser) relative(end int, mk func(ref time.Time) (period, bool)) (res, bool) {
	if !p.hasRef {
		return res{end: end, kind: KindDate, rel: true, unres: true}, true
	}
	pd, ok := mk(p.ref)
	if !ok {
		return res{}, false
	}
	return res{end: end, kind: KindDate, pd: pd, rel: true, base: p.ref}, true
}

func absolute(end int, pd period) (res, bool) {
	return res{end: end, kind: KindDate, pd: pd}, true
}

// lookup returns the longest entry of category c (within mask) that starts at token i.
func (p *parser) lookup(i int, c cat, mask langMask) (match, bool) {
	if i < 0 || i >= len(p.toks) {
		return match{}, false
	}
	return matchEntries(p.ents[i], p.toks, i, c, mask)
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// glued reports whether token i exists and follows token i-1 without space.
func (p *parser) glued(i int) bool {
	t := p.tok(i)
	return t != nil && !t.sp
}

func (p *parser) isPunct(i int, s string) bool {
	t := p.tok(i)
	return t != nil && t.kind == tokPunct && t.norm == s
}

// skip returns the index after an optional entry of category c at i, and the mask left.
func (p *parser) skip(i int, c cat, mask langMask) (int, langMask) {
	if m, ok := p.lookup(i, c, mask); ok {
		return m.next, mask & m.e.mask
	}
	return i, mask
}
