package events

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Option configures an Extractor.
type Option func(*options) error

type options struct {
	minConfidence float64
}

// WithMinConfidence drops events whose confidence is below c (default 0: keep
// all). c must be in [0, 1]; otherwise New returns an error wrapping ErrOption.
func WithMinConfidence(c float64) Option {
	return func(o *options) error {
		if !(c >= 0 && c <= 1) {
			return fmt.Errorf("events: min confidence %v: %w", c, ErrOption)
		}
		o.minConfidence = c
		return nil
	}
}

// Extractor finds business events in prepared documents. Its tables are
// parsed once, in New, and never change: an Extractor is safe for concurrent
// use by multiple goroutines. Create one and share it.
type Extractor struct {
	tb  *tables
	opt options
}

// New returns an Extractor. It parses the embedded tables (once per process)
// and returns an error wrapping ErrTable if they are malformed, or ErrOption
// for an invalid option.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&x.opt); err != nil {
			return nil, err
		}
	}
	tb, err := loadTables()
	if err != nil {
		return nil, err
	}
	x.tb = tb
	return x, nil
}

// mention is one entity mention inside a sentence.
type mention struct {
	span             Span
	ent              int // index into Input.Entities
	t0, t1           int // token range in the sentence
	marker, compound string
	markerAt         int // token index of the marker, or -1
	subjOK           bool
	afterTrigger     bool // right after a trigger: that trigger's object
	coord            int  // index of the mention it is coordinated with, or -1
	quoted           bool
	rank             int // salience: how many times the entity was named so far
}

// match is one trigger found in a sentence.
type match struct {
	tp     trigPat
	t0, t1 int
}

// sentData is the per-sentence analysis kept for quotes and context.
type sentData struct {
	span  Span
	lt    *langTables
	lang  string
	toks  []token
	ments []mention
	// mentAt[j] is 1 + the index of the mention covering token j, or 0.
	mentAt []int
	marked bool // markers computed
}

// cand is an event candidate before merging.
type cand struct {
	ev         Event
	sent       int
	sents      []int // sentences of the candidates merged into this one
	trigStart  int
	weight     float64
	anaphoric  bool
	contextArg string // role filled from a previous sentence
	ofRound    bool   // a valuation whose subject is a funding round ("L'opération valorise …")
	ofDeal     bool   // a valuation of a deal, not of a company ("un accord évalué à …")
	follow     bool   // a continuation cue: merged into an event of the sentences before, or dropped
}

// Extract returns the events of in, sorted by Start, then type, then rule.
// It returns an error wrapping ErrSpan (a *SpanError) if an input span does
// not fit in.Text, and ctx.Err() if ctx is done.
func (x *Extractor) Extract(ctx context.Context, in Input) ([]Event, error) {
	if err := validate(in); err != nil {
		return nil, err
	}
	d := newDoc(x, &in)
	sents := slices.Clone(in.Sentences)
	if len(sents) == 0 && in.Text != "" {
		sents = []Sentence{{Span: Span{0, len(in.Text)}}}
	}
	slices.SortStableFunc(sents, func(a, b Sentence) int { return cmp.Compare(a.Start, b.Start) })
	var cands []*cand
	for i, s := range sents {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		sd := d.analyse(s)
		d.sents = append(d.sents, sd)
		cands = append(cands, d.sentenceEvents(i)...)
	}
	evs := d.merge(cands)
	evs = append(evs, d.quoteEvents()...)
	out := evs[:0]
	for _, e := range evs {
		if e.Confidence >= x.opt.minConfidence {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Type, b.Type), cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.End, b.End))
	})
	return out, nil
}

func validate(in Input) error {
	n := len(in.Text)
	check := func(field string, i int, s Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return &SpanError{Field: field, Index: i, Span: s, Len: n}
		}
		return nil
	}
	for i, s := range in.Sentences {
		if err := check("Sentences", i, s.Span); err != nil {
			return err
		}
	}
	for i, e := range in.Entities {
		for _, m := range e.Mentions {
			if err := check("Entities", i, m); err != nil {
				return err
			}
		}
	}
	for i, a := range in.Amounts {
		if err := check("Amounts", i, a.Span); err != nil {
			return err
		}
	}
	for i, q := range in.Quantities {
		if err := check("Quantities", i, q.Span); err != nil {
			return err
		}
	}
	for i, dt := range in.Dates {
		if err := check("Dates", i, dt.Span); err != nil {
			return err
		}
	}
	return nil
}

// docMention is an entity mention of the document.
type docMention struct {
	span Span
	ent  int
	rank int // how many times the entity was named so far, this mention included
}

func collectMentions(in Input) []docMention {
	var ms []docMention
	for i, e := range in.Entities {
		for _, m := range e.Mentions {
			if m.End > m.Start {
				ms = append(ms, docMention{span: m, ent: i})
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b docMention) int {
		return cmp.Or(cmp.Compare(a.span.Start, b.span.Start), cmp.Compare(b.span.End, a.span.End))
	})
	// drop mentions nested in or overlapping an earlier one
	out := ms[:0]
	end := -1
	seen := make([]int, len(in.Entities))
	for _, m := range ms {
		if m.span.Start >= end {
			seen[m.ent]++
			m.rank = seen[m.ent]
			out = append(out, m)
			end = m.span.End
		}
	}
	return out
}

// doc is the state of one Extract call.
type doc struct {
	x          *Extractor
	in         *Input
	quotes     []quoteSpan
	longQuotes []Span // contents of the quotations that are speech, in order
	mentions   []docMention
	sents      []sentData
	amounts    []Amount   // sorted by Start
	quantities []Quantity // sorted by Start
	dates      []Date     // sorted by Start
}

func (d *doc) langOf(s Sentence) (string, *langTables) {
	for _, l := range []string{s.Lang, d.in.Lang} {
		if lt := d.x.tb.langs[strings.ToLower(l)]; lt != nil {
			return strings.ToLower(l), lt
		}
	}
	return "", nil
}

func newDoc(x *Extractor, in *Input) *doc {
	d := &doc{x: x, in: in, quotes: findQuotes(in.Text), mentions: collectMentions(*in)}
	for _, q := range d.quotes {
		if q.long {
			d.longQuotes = append(d.longQuotes, q.content)
		}
	}
	d.amounts = sortedBy(in.Amounts, func(a Amount) int { return a.Start })
	d.quantities = sortedBy(in.Quantities, func(q Quantity) int { return q.Start })
	d.dates = sortedBy(in.Dates, func(dt Date) int { return dt.Start })
	return d
}

func sortedBy[T any](xs []T, start func(T) int) []T {
	xs = slices.Clone(xs)
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(start(a), start(b)) })
	return xs
}

// within returns the items of xs (sorted by start) that start in [lo, hi).
func within[T any](xs []T, start func(T) int, lo, hi int) []T {
	i, _ := slices.BinarySearchFunc(xs, lo, func(x T, p int) int { return cmp.Compare(start(x), p) })
	j := i
	for j < len(xs) && start(xs[j]) < hi {
		j++
	}
	return xs[i:j]
}

// inLongQuote reports whether byte offset p is inside a quotation.
func (d *doc) inLongQuote(p int) bool {
	i, _ := slices.BinarySearchFunc(d.longQuotes, p, func(q Span, p int) int { return cmp.Compare(q.Start, p+1) })
	return i > 0 && p < d.longQuotes[i-1].End
}

// tokenAt returns the index of the first token ending after byte offset p.
func tokenAt(toks []token, p int) int {
	i, _ := slices.BinarySearchFunc(toks, p, func(t token, p int) int {
		if t.end <= p {
			return -1
		}
		return 1
	})
	return i
}

// tokenRange returns the token range covering byte span s.
func tokenRange(toks []token, s Span) (int, int) {
	t0 := tokenAt(toks, s.Start)
	t1 := t0
	for t1 < len(toks) && toks[t1].start < s.End {
		t1++
	}
	return t0, t1
}

func (d *doc) analyse(s Sentence) sentData {
	lang, lt := d.langOf(s)
	sd := sentData{span: trimSpan(d.in.Text, s.Span), lt: lt, lang: lang}
	if lt == nil {
		return sd
	}
	sd.toks = tokenize(d.in.Text, s.Start, s.End, nil)
	i, _ := slices.BinarySearchFunc(d.mentions, s.Start, func(m docMention, p int) int { return cmp.Compare(m.span.Start, p) })
	for ; i < len(d.mentions) && d.mentions[i].span.Start < s.End; i++ {
		m := d.mentions[i]
		if m.span.End > s.End {
			continue
		}
		t0, t1 := tokenRange(sd.toks, m.span)
		if t0 >= t1 {
			continue
		}
		sd.ments = append(sd.ments, mention{span: m.span, ent: m.ent, t0: t0, t1: t1, coord: -1, quoted: d.inLongQuote(m.span.Start), rank: m.rank})
	}
	sd.mentAt = make([]int, len(sd.toks))
	for k, m := range sd.ments {
		for j := m.t0; j < m.t1; j++ {
			sd.mentAt[j] = k + 1
		}
	}
	return sd
}

// markers computes each mention's marker: the preposition that governs it.
// stops[j] is true for tokens that belong to a trigger.
func (d *doc) markers(sd *sentData, stops []bool) {
	lt, toks := sd.lt, sd.toks
	sd.marked = true
	endsAt := func(j int) int { // mention whose last token is j, or -1
		if j < 0 || sd.mentAt[j] == 0 || sd.ments[sd.mentAt[j]-1].t1 != j+1 {
			return -1
		}
		return sd.mentAt[j] - 1
	}
	for k := range sd.ments {
		m := &sd.ments[k]
		m.marker, m.compound, m.coord, m.markerAt, m.afterTrigger = "", "", -1, -1, false
		for j, steps := m.t0-1, 0; j >= 0 && steps < 6; j, steps = j-1, steps+1 {
			t := toks[j]
			if stops[j] {
				m.afterTrigger = true
				break
			}
			if k2 := endsAt(j); k2 >= 0 {
				break // right after another mention
			}
			if !t.word {
				// "contre A, B et C": a list of the same type shares its marker;
				// "de Scale AI, Alexandr Wang," is an apposition and does not.
				listed := m.t1 < len(toks) && (toks[m.t1].norm == "," || lt.is("coord", toks[m.t1].norm))
				// "Selon Les Echos, Nvidia et Microsoft": a fronted phrase ends at its comma
				if t.norm == "," && listed {
					if k2 := endsAt(j - 1); k2 >= 0 && d.in.Entities[sd.ments[k2].ent].Type == d.in.Entities[m.ent].Type && sd.ments[k2].markerAt != 0 {
						m.marker, m.compound, m.coord, m.markerAt = sd.ments[k2].marker, sd.ments[k2].compound, k2, sd.ments[k2].markerAt
					}
				}
				if t.norm == "," && j == m.t0-1 {
					d.appositionMarker(sd, m, j, stops)
				}
				break
			}
			if lt.is("coord", t.norm) {
				if k2 := endsAt(j - 1); k2 >= 0 {
					m.marker, m.compound, m.coord, m.markerAt = sd.ments[k2].marker, sd.ments[k2].compound, k2, sd.ments[k2].markerAt
					break
				}
			}
			if canon, ok := lt.classes["marker"][t.norm]; ok {
				// "l’éditeur de logiciels Dassault Systèmes": a bare "de" before a
				// noun governs that noun; the name is in apposition to it
				if t.norm == canon && (canon == "de" || canon == "di") && j+1 < m.t0 && toks[j+1].word &&
					!lt.is("determiner", toks[j+1].norm) && !isNumber(toks[j+1].norm) {
					break
				}
				m.marker, m.markerAt = canon, j
				if j > 0 && toks[j-1].word {
					m.compound = toks[j-1].norm + "_" + canon
				}
				if j == 0 && lt.is("topic", canon) && m.t1 < len(toks) && toks[m.t1].norm == "," {
					m.marker, m.compound = "", ""
				}
				break
			}
		}
		m.subjOK = m.marker == "" || lt.is("subject", m.marker)
	}
}

// appositionMarker gives mention m, in apposition after the comma at token
// j, the marker of the noun phrase it names ("auprès de son actionnaire
// historique, Accel": Accel is governed by "auprès de") when that phrase is
// a marker, a determiner and words, with no name or trigger in between and
// not a fronted phrase opening the sentence ("Selon la plainte, Uber …").
func (d *doc) appositionMarker(sd *sentData, m *mention, j int, stops []bool) {
	lt, toks := sd.lt, sd.toks
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		t := toks[k]
		if !t.word || sd.mentAt[k] != 0 || stops[k] {
			return
		}
		canon, ok := lt.classes["marker"][toks[k-1].norm]
		if ok && k-1 == 0 {
			return
		}
		if !ok || !lt.is("determiner", t.norm) {
			continue
		}
		m.marker, m.markerAt = canon, k-1
		if k > 1 && toks[k-2].word {
			m.compound = toks[k-2].norm + "_" + canon
		}
		return
	}
}

// subordinateBetween reports whether a subordinating conjunction ("as",
// "while", "tandis") opens a new clause between tokens from and to: a name
// before it is not the subject after it ("X to cut jobs as shareholders sue").
func subordinateBetween(sd *sentData, from, to int) bool {
	for j := from; j < to && j < len(sd.toks); j++ {
		if sd.lt.is("subordinator", sd.toks[j].norm) {
			return true
		}
	}
	return false
}

// relativeAntecedent reports whether a relative pronoun follows mention mt
// ("ASML, qui devient actionnaire"): mt is the subject of that clause.
func relativeAntecedent(sd *sentData, mt mention) bool {
	j := mt.t1
	if j < len(sd.toks) && sd.toks[j].norm == "," {
		j++
	}
	return j < len(sd.toks) && sd.lt.is("relative", sd.toks[j].norm)
}

// adjacent reports whether mention b follows mention a within three words,
// with no punctuation between ("former Quantis executive Rahul Mehta").
func adjacent(sd *sentData, a, b int) bool {
	end, start := sd.ments[a].t1, sd.ments[b].t0
	if start < end || start-end > 3 {
		return false
	}
	for j := end; j < start; j++ {
		if !sd.toks[j].word {
			return false
		}
	}
	return true
}

// linked reports whether mentions a and b are joined by coordination.
func linked(ms []mention, a, b int) bool {
	for _, p := range [][2]int{{a, b}, {b, a}} {
		for k, n := p[0], 0; k >= 0 && n < len(ms); k, n = ms[k].coord, n+1 {
			if k == p[1] {
				return true
			}
		}
	}
	return false
}

func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isSpaceByte(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(text[s.End-1]) {
		s.End--
	}
	return s
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// findTriggers returns the trigger matches of a sentence, left to right,
// longest first, never overlapping, outside quotations and entity names.
func (d *doc) findTriggers(sd *sentData) []match {
	var out []match
	for i := 0; i < len(sd.toks); i++ {
		t := sd.toks[i]
		if !t.word || sd.mentAt[i] != 0 || d.inLongQuote(t.start) {
			continue
		}
		best := match{t0: -1}
		try := func(tps []trigPat) {
			for _, tp := range tps {
				end := tp.p.match(sd.toks, i)
				if end < 0 {
					continue
				}
				if best.t0 < 0 || end > best.t1 || end == best.t1 && tp.t.order < best.tp.t.order {
					best = match{tp: tp, t0: i, t1: end}
				}
			}
		}
		try(sd.lt.index[indexKey(t.norm)])
		try(sd.lt.unindexed)
		if best.t0 >= 0 {
			out = append(out, best)
			i = best.t1 - 1
		}
	}
	return out
}

// sentenceEvents builds the candidates of sentence si.
func (d *doc) sentenceEvents(si int) []*cand {
	sd := &d.sents[si]
	if sd.lt == nil {
		return nil
	}
	trigs := d.findTriggers(sd)
	if len(trigs) == 0 {
		return nil
	}
	stops := make([]bool, len(sd.toks))
	for _, m := range trigs {
		for j := m.t0; j < m.t1; j++ {
			stops[j] = true
		}
		// words a gap skips are not the trigger's: "remporté auprès de la
		// SNCF un contrat" keeps the marker of "la SNCF"
		for _, g := range m.tp.p.gaps(sd.toks, m.t0) {
			for j := g[0]; j < g[1]; j++ {
				stops[j] = false
			}
		}
	}
	d.markers(sd, stops)
	cues := d.cues(sd)
	cands := make([]*cand, len(trigs))
	for i, m := range trigs {
		next, prev := len(sd.toks), 0
		for j := i + 1; j < len(trigs); j++ {
			if trigs[j].tp.t.typ != TypeUnknown { // stop phrases do not end a window
				next = trigs[j].t0
				break
			}
		}
		for j := i - 1; j >= 0; j-- {
			if trigs[j].tp.t.typ == m.tp.t.typ {
				prev = trigs[j].t1 // "un investissement … pour une participation": one event told twice
				break
			}
		}
		cands[i] = d.frameEvent(si, m, prev, next, cues)
	}
	d.attachNumbers(sd, trigs, cands)
	d.pricedValuation(sd, trigs, cands)
	d.attachValues(sd, trigs, cands)
	for i, c := range cands {
		if c.ev.Type == Hire {
			d.previousRole(sd, c)
		}
		if trigs[i].tp.t.mutual {
			d.mutualRoles(sd, trigs[i], c)
		}
		d.orgsOverPersons(c)
	}
	out := cands[:0]
	for i, c := range cands {
		if c.ev.Type == TypeUnknown || d.background(sd, trigs[i], c) {
			continue // a stop phrase, or a past event recalled without figures
		}
		if !c.follow { // a continuation's dates tell of something else ("misled investors in 2024")
			d.attachDate(sd, trigs[i], c)
			d.fillContext(si, c)
		}
		out = append(out, c)
	}
	return d.absorbValuations(bidValuations(out))
}

// pricedValuation turns a valuation told as the price of a sum ("seeking
// about $1.5 billion at a valuation near $39.5 billion") into a funding round
// of the company valued, when the sentence tells no other deal and the sum
// went to no event.
func (d *doc) pricedValuation(sd *sentData, trigs []match, cands []*cand) {
	for i, c := range cands {
		m := trigs[i]
		if c.ev.Type != Valuation || m.t0 < 2 || !sd.lt.is("determiner", sd.toks[m.t0-1].norm) || !sd.lt.is("atprice", sd.toks[m.t0-2].norm) {
			continue
		}
		company := argOf(&c.ev, "company")
		if company == nil || slices.ContainsFunc(cands, func(o *cand) bool {
			return o.ev.Type == FundingRound || o.ev.Type == Investment || o.ev.Type == Acquisition
		}) {
			continue
		}
		used := func(a Amount) bool {
			return slices.ContainsFunc(cands, func(o *cand) bool {
				return slices.ContainsFunc(o.ev.Arguments, func(x Argument) bool { return x.Span == a.Span })
			})
		}
		for _, a := range within(d.amounts, func(a Amount) int { return a.Start }, sd.span.Start, sd.toks[m.t0].start) {
			if a.End > sd.span.End || used(a) {
				continue
			}
			args := []Argument{*company, {Role: "amount", Span: a.Span, Value: a.Value, Currency: a.Currency, Min: a.Min, Max: a.Max, Qualifier: a.Qualifier}}
			args[0].Role = "investee"
			if v := argOf(&c.ev, "valuation"); v != nil {
				args = append(args, *v)
			}
			c.ev.Type, c.ev.Arguments = FundingRound, args
			c.ev.Rule = strings.Replace(c.ev.Rule, ".valuation.", ".funding_round.", 1)
			break
		}
	}
}

// background reports whether c is an earlier event only recalled in a
// temporal clause, about a pronoun and without an amount ("the valuation it
// fetched when it raised its Series A in 2023"); "when Oracle bought
// Cerner" is kept.
func (d *doc) background(sd *sentData, m match, c *cand) bool {
	if argOf(&c.ev, "amount") != nil {
		return false
	}
	for j := m.t0 - 1; j >= 0 && j >= m.t0-4; j-- {
		if clauseBreak(sd.toks[j]) || sd.mentAt[j] != 0 {
			return false
		}
		if sd.lt.is("recall", sd.toks[j].norm) {
			return true
		}
	}
	return false
}

// stakeRound turns a round raised from one investor "in exchange for a 9.9%
// stake" (a stake told in the round's sentence) into an investment by that
// investor in the investee.
// It returns the candidate whose stake it took, or nil.
func (d *doc) stakeRound(cands []*cand, round *cand) *cand {
	var stake *Argument
	var from *cand
	for _, c := range cands {
		if c.ev.Type == Investment && argOf(&c.ev, "investor") == nil && argOf(&c.ev, "stake") != nil {
			stake, from = argOf(&c.ev, "stake"), c
		}
	}
	var investors []Argument
	for _, a := range round.ev.Arguments {
		if a.Role == "investors" || a.Role == "lead_investors" {
			investors = append(investors, a)
		}
	}
	investee := argOf(&round.ev, "investee")
	if stake == nil || len(investors) != 1 || investee == nil {
		return nil
	}
	args := []Argument{investors[0], *investee, *stake}
	args[0].Role, args[1].Role = "investor", "target"
	if a := argOf(&round.ev, "amount"); a != nil {
		args = append(args, *a)
	}
	round.ev.Type, round.ev.Arguments = Investment, args
	round.ev.Rule = strings.Replace(round.ev.Rule, ".funding_round.", ".investment.", 1)
	return from
}

// absorbValuations folds a valuation or an investment told inside a funding
// round's sentence into the round ("valuing it at", "drew investments from").
// bidValuations gives a valuation told after an acquisition in the same
// sentence ("made an offer for X, valuing it at $N") to the acquisition as
// its amount, when it has none: the deal's price, not a valuation event.
func bidValuations(cands []*cand) []*cand {
	return slices.DeleteFunc(cands, func(c *cand) bool {
		v := argOf(&c.ev, "valuation")
		if c.ev.Type != Valuation || v == nil || c.ofRound {
			return false
		}
		for _, a := range cands {
			if a.ev.Type == Acquisition && a.trigStart < c.trigStart && argOf(&a.ev, "target") != nil && argOf(&a.ev, "amount") == nil {
				amt := *v
				amt.Role = "amount"
				a.ev.Arguments = append(a.ev.Arguments, amt)
				return true
			}
		}
		return false
	})
}

func (d *doc) absorbValuations(cands []*cand) []*cand {
	var round *cand
	for _, c := range cands {
		if c.ev.Type == FundingRound {
			round = c
			break
		}
	}
	if round == nil {
		return cands
	}
	if stake := d.stakeRound(cands, round); stake != nil {
		return slices.DeleteFunc(cands, func(c *cand) bool { return c == stake })
	}
	out := cands[:0]
	for _, c := range cands {
		if c.ofRound {
			out = append(out, c) // "the round values …" refers to a round told before
			continue
		}
		switch c.ev.Type {
		case Valuation:
			if v := argOf(&c.ev, "valuation"); v != nil && argOf(&round.ev, "valuation") == nil {
				round.ev.Arguments = append(round.ev.Arguments, *v)
				continue
			}
		case Investment:
			for _, a := range c.ev.Arguments {
				switch a.Role {
				case "investor":
					a.Role = "investors"
				case "target":
					a.Role = "investee"
				}
				rs := d.x.tb.types[FundingRound].role(a.Role)
				if rs == nil || rs.single && argOf(&round.ev, a.Role) != nil || slices.ContainsFunc(round.ev.Arguments, func(x Argument) bool {
					return a.Entity != "" && x.Entity == a.Entity
				}) {
					continue
				}
				round.ev.Arguments = append(round.ev.Arguments, a)
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

func argOf(e *Event, role string) *Argument {
	for i := range e.Arguments {
		if e.Arguments[i].Role == role {
			return &e.Arguments[i]
		}
	}
	return nil
}

// isPassive reports whether trigger m is in the passive voice: after an
// auxiliary ("a été racheté", "was acquired"), followed by the agent
// preposition ("acquired by"), or a noun governed by it ("soutenue par un
// investissement").
func isPassive(sd *sentData, m match) bool {
	lt, toks := sd.lt, sd.toks
	if strings.HasSuffix(toks[m.t0].norm, "ing") {
		return false // "is suing": a progressive, not a passive
	}
	for j := m.t0 - 1; j >= 0 && j >= m.t0-2; j-- {
		if lt.is("aux", toks[j].norm) {
			return true
		}
	}
	if m.t1 < len(toks) && lt.is("agent", toks[m.t1].norm) {
		return true
	}
	for j := m.t0 - 1; j >= 0 && j >= m.t0-4; j-- {
		t := toks[j]
		if lt.is("agent", t.norm) {
			return true
		}
		if clauseBreak(t) || t.word && !lt.is("determiner", t.norm) && !isNumber(t.norm) {
			return false
		}
	}
	return false
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// frameEvent fills the entity roles of trigger m from its frame, looking at
// the mentions between token prev and token next.
func (d *doc) frameEvent(si int, m match, prev, next int, cues *cueIndex) *cand {
	sd := &d.sents[si]
	tr := m.tp.t
	c := &cand{sent: si, sents: []int{si}, trigStart: sd.toks[m.t0].start, weight: tr.weight}
	c.ev = Event{Type: tr.typ, Rule: tr.rule, Span: sd.span, Evidence: []Span{sd.span}}
	c.ev.Modality = cues.at(m)
	if m.t0 > 0 && sd.lt.is("definite", sd.toks[m.t0-1].norm) {
		c.anaphoric = true
	}
	c.follow = tr.follow
	passive := isPassive(sd, m)
	spec := &d.x.tb.types[tr.typ]
	if tr.typ == Valuation && m.t0 > 0 && sd.lt.is("dealref", sd.toks[m.t0-1].norm) {
		c.ofDeal = true
	}
	if tr.typ == Valuation {
		for j := m.t0 - 1; j >= 0 && j >= m.t0-8; j-- {
			if t := sd.toks[j]; !t.word && t.norm != "," {
				break
			}
			c.ofRound = c.ofRound || sd.lt.is("roundref", sd.toks[j].norm)
		}
	}
	frame := func(key string) []string { return tr.frame[key] }
	// before the trigger, nearest first
	subj := -1
	first, _ := slices.BinarySearchFunc(sd.ments, m.t0, func(mt mention, t int) int { return cmp.Compare(mt.t0, t) })
	for k := first - 1; k >= 0; k-- {
		mt := sd.ments[k]
		if mt.t1 > m.t0 || mt.quoted {
			continue
		}
		if mt.t0 < m.t0-maxBefore || mt.t0 < prev && !relativeAntecedent(sd, mt) {
			break // ("X, qui a été évalué lors d'un financement, a levé …": X is still the subject)
		}
		roles := frame("<" + mt.compound)
		if roles == nil {
			roles = frame("<" + mt.marker)
		}
		if roles == nil && !c.ofDeal && (mt.subjOK && !mt.afterTrigger && !subordinateBetween(sd, mt.t1, m.t0) || relativeAntecedent(sd, mt)) && (subj < 0 || linked(sd.ments, k, subj)) {
			slot := subjectSlot(sd, m, mt.t1, passive, tr)
			if d.assign(c, spec, frame(slot), mt) {
				subj = k
			}
			continue
		}
		d.assign(c, spec, roles, mt)
	}
	if subj < 0 {
		d.anaphoricSubject(si, m, c, spec, frame(subjectSlot(sd, m, 0, passive, tr)))
	}
	obj := -1
	objSlot := "obj"
	if passive && sd.lt.is("agent", sd.toks[m.t1-1].norm) {
		objSlot = "subj" // a trigger ending in its agent ("poursuivie par Y"): Y is the doer
	}
	descr := descriptorObject(sd, m)
	for k := first; k < len(sd.ments); k++ {
		mt := sd.ments[k] // mentions inside a trigger's gap ("awarded Palantir a contract") count as after it
		if mt.t0 >= next || mt.t0-m.t1 > maxAfter {
			break
		}
		if mt.quoted {
			continue
		}
		if obj < 0 && mt.t0 < descr && d.assign(c, spec, frame(objSlot), mt) {
			obj = k // "acheter la start-up … alimentée par l'IA Perplexity": the name the descriptor leads to
			continue
		}
		roles := frame(mt.compound)
		if roles == nil {
			roles = frame(mt.marker)
		}
		if roles == nil && passive && sd.lt.is("agent", mt.marker) {
			roles = frame("subj")
		}
		if roles == nil && mt.marker == "" && (obj < 0 || linked(sd.ments, k, obj) || adjacent(sd, obj, k)) {
			if d.assign(c, spec, frame(objSlot), mt) {
				obj = k
			}
			continue
		}
		d.assign(c, spec, roles, mt)
	}
	d.markedAnaphors(si, m, next, c, spec)
	d.dative(sd, m, c, spec)
	return c
}

// dative fills the frame's "dative" slot when a dative pronoun stands right
// before trigger m ("négocie avec CVC pour lui racheter X": CVC is the
// seller): with the nearest organization named before it that the event does
// not name yet.
func (d *doc) dative(sd *sentData, m match, c *cand, spec *typeSpec) {
	roles := m.tp.t.frame["dative"]
	if roles == nil || m.t0 == 0 || !sd.lt.is("dative", sd.toks[m.t0-1].norm) {
		return
	}
	for k := len(sd.ments) - 1; k >= 0; k-- {
		mt := sd.ments[k]
		if mt.t1 > m.t0 || d.in.Entities[mt.ent].Type != "ORG" {
			continue
		}
		e := d.in.Entities[mt.ent]
		if slices.ContainsFunc(c.ev.Arguments, func(a Argument) bool { return a.Entity == e.ID && a.Name == e.Name }) {
			continue
		}
		d.assign(c, spec, roles, mt)
		return
	}
}

// maxAnaphorAfter is how far (in tokens) after a trigger a marked generic
// noun may stand to fill one of its roles.
const maxAnaphorAfter = 6

// descriptorObject returns the token before which the first name is trigger
// m's object, when a determiner and a generic noun right after m open a
// descriptor ("acheter la start-up de moteur de recherche alimentée par l'IA
// Perplexity"): the prepositions inside it do not govern that name. It
// returns -1 otherwise.
func descriptorObject(sd *sentData, m match) int {
	toks := sd.toks
	if m.t1+1 >= len(toks) || !sd.lt.is("determiner", toks[m.t1].norm) || !hasPart(sd.lt, "anaphor", toks[m.t1+1].norm) {
		return -1
	}
	j := m.t1 + 2
	for ; j < len(toks) && j < m.t1+14 && !clauseBreak(toks[j]); j++ {
		if sd.mentAt[j] != 0 {
			return j + 1
		}
	}
	return -1
}

// markedAnaphors fills a role from a generic noun governed by a marker after
// trigger m ("rilevare una quota della società", "job cuts at the company"):
// the most salient organization of the six sentences before that the event
// does not name yet. The noun must follow a determiner or a contracted marker
// ("della", "du"), so a bare pronoun is never read as one.
func (d *doc) markedAnaphors(si int, m match, next int, c *cand, spec *typeSpec) {
	sd := &d.sents[si]
	toks := sd.toks
	for j := m.t1; j+1 < len(toks) && j < next && j-m.t1 <= maxAnaphorAfter; j++ {
		canon, ok := sd.lt.classes["marker"][toks[j].norm]
		if !ok || sd.mentAt[j] != 0 {
			continue
		}
		n := j + 1
		if sd.lt.is("determiner", toks[n].norm) || sd.lt.is("definite", toks[n].norm) {
			n++
		} else if canon == toks[j].norm {
			continue
		}
		if n >= len(toks) || sd.mentAt[n] != 0 || !hasPart(sd.lt, "anaphor", toks[n].norm) {
			continue
		}
		roles := m.tp.t.frame[canon]
		if j > 0 && toks[j-1].word && m.tp.t.frame[toks[j-1].norm+"_"+canon] != nil {
			roles = m.tp.t.frame[toks[j-1].norm+"_"+canon]
		}
		if roles == nil {
			continue
		}
		named := func(mt mention) bool {
			e := d.in.Entities[mt.ent]
			return slices.ContainsFunc(c.ev.Arguments, func(a Argument) bool { return a.Entity == e.ID && a.Name == e.Name })
		}
		// the marked noun says which company more precisely than a subject
		// ("Oracle said it did not plan any job cuts at the company")
		var taken *Argument
		if rs := spec.role(roles[0]); rs != nil && rs.single {
			if a := argOf(&c.ev, roles[0]); a != nil {
				taken = a
			}
		}
		saved := c.ev.Arguments
		if taken != nil {
			prev := *taken
			named = func(mt mention) bool {
				e := d.in.Entities[mt.ent]
				return e.ID == prev.Entity && e.Name == prev.Name || slices.ContainsFunc(saved, func(a Argument) bool { return a.Entity == e.ID && a.Name == e.Name })
			}
			c.ev.Arguments = slices.DeleteFunc(slices.Clone(c.ev.Arguments), func(a Argument) bool { return a.Role == taken.Role })
		}
		filled := false
		for _, mt := range d.salientIn(si, 6, func(mt mention) bool { return d.in.Entities[mt.ent].Type == "ORG" && mt.subjOK && !named(mt) }) {
			if d.assign(c, spec, roles, mt) {
				filled = true
				c.contextArg = c.ev.Arguments[len(c.ev.Arguments)-1].Role
				break
			}
		}
		if !filled {
			c.ev.Arguments = saved
		}
	}
}

// subjectSlot returns the frame slot of trigger m's subject, which ends at
// token from: "obj" in the passive voice, "undergo" when a verb of
// undergoing stands between them in the clause ("X fait face à une nouvelle
// poursuite de Y": X is the defendant) and the frame has that slot, else
// "subj".
func subjectSlot(sd *sentData, m match, from int, passive bool, tr *trigger) string {
	if passive {
		return "obj"
	}
	if tr.frame["undergo"] != nil {
		for j := m.t0 - 1; j >= from && j >= m.t0-10; j-- {
			if clauseBreak(sd.toks[j]) {
				break
			}
			if sd.lt.is("undergo", sd.toks[j].norm) {
				return "undergo"
			}
		}
	}
	return "subj"
}

// anaphoricSubject fills the subject of trigger m when it is a pronoun or a
// generic noun ("il a racheté", "le groupe prévoit de céder", "it bought"):
// the last subject named in the three sentences before that fits a role.
func (d *doc) anaphoricSubject(si int, m match, c *cand, spec *typeSpec, roles []string) {
	sd := &d.sents[si]
	org, person := false, false
	for j := m.t0 - 1; j >= 0 && j >= m.t0-8 && !org && !person; j-- {
		t := sd.toks[j]
		if clauseBreak(t) || sd.mentAt[j] != 0 {
			break
		}
		org, person = hasPart(sd.lt, "anaphor", t.norm), hasPart(sd.lt, "pronoun", t.norm)
		if org && j > 0 && sd.lt.is("determiner", sd.toks[j-1].norm) && !sd.lt.is("definite", sd.toks[j-1].norm) {
			org = false // "a group of former employees sued": an indefinite noun names someone new
		}
	}
	if !org && !person {
		return
	}
	fits := func(mt mention) bool {
		typ := d.in.Entities[mt.ent].Type
		return typ == "ORG" && org || typ == "PERSON" && person
	}
	// "Shares of Peloton jumped after the fitness company named …": a name
	// earlier in the sentence comes first
	first, _ := slices.BinarySearchFunc(sd.ments, m.t0, func(mt mention, t int) int { return cmp.Compare(mt.t0, t) })
	for k := first - 1; k >= 0; k-- {
		if mt := sd.ments[k]; fits(mt) && !mt.quoted && d.assign(c, spec, roles, mt) {
			return
		}
	}
	for _, mt := range d.salient(si, func(mt mention) bool { return fits(mt) && mt.subjOK }) {
		if d.assign(c, spec, roles, mt) {
			c.contextArg = c.ev.Arguments[len(c.ev.Arguments)-1].Role
			return
		}
	}
}

// salient returns the mentions of the three sentences before si that ok
// accepts, the most often named entity first, then the most recent.
func (d *doc) salient(si int, ok func(mention) bool) []mention {
	return d.salientIn(si, 3, ok)
}

// salientIn is salient over the n sentences before si.
func (d *doc) salientIn(si, n int, ok func(mention) bool) []mention {
	var out []mention
	for j := si - 1; j >= 0 && j >= si-n; j-- {
		prev := &d.sents[j]
		if prev.lt != nil && !prev.marked {
			d.markers(prev, make([]bool, len(prev.toks)))
		}
		for k := len(prev.ments) - 1; k >= 0; k-- {
			if mt := prev.ments[k]; !mt.quoted && ok(mt) {
				out = append(out, mt)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b mention) int { return cmp.Compare(b.rank, a.rank) })
	return out
}

// How far (in tokens) a trigger looks for its arguments before and after it.
const (
	maxBefore = 60
	maxAfter  = 20
)

// assign gives mention mt the first of roles that fits its entity type. In
// a hire, an organization after "ex", "former", "ancien" is the previous one.
func (d *doc) assign(c *cand, spec *typeSpec, roles []string, mt mention) bool {
	e := d.in.Entities[mt.ent]
	if d.commonNoun(c.sent, mt) {
		return false
	}
	if c.ev.Type == Hire && e.Type == "ORG" && d.formerBefore(c.sent, mt) {
		roles = []string{"previous_organization"}
	}
	for _, a := range c.ev.Arguments {
		if a.Entity == e.ID && a.Name == e.Name {
			return false
		}
	}
	for _, r := range roles {
		rs := spec.role(r)
		if rs == nil || !rs.kinds[e.Type] || rs.single && argOf(&c.ev, r) != nil {
			continue
		}
		c.ev.Arguments = append(c.ev.Arguments, Argument{Role: r, Entity: e.ID, Name: e.Name, Span: mt.span})
		return true
	}
	return false
}

// moneyRoles are the roles of whoever puts money in: a person fills them
// only when no organization does ("John Paulson and Apex bought Zeta": Apex).
var moneyRoles = []string{"acquirer", "investor"}

// orgsOverPersons drops the persons of a money role that an organization fills.
func (d *doc) orgsOverPersons(c *cand) {
	kind := func(a Argument) string {
		for _, e := range d.in.Entities {
			if e.ID == a.Entity {
				return e.Type
			}
		}
		return ""
	}
	for _, r := range moneyRoles {
		if !slices.ContainsFunc(c.ev.Arguments, func(a Argument) bool { return a.Role == r && kind(a) == "ORG" }) {
			continue
		}
		c.ev.Arguments = slices.DeleteFunc(c.ev.Arguments, func(a Argument) bool { return a.Role == r && kind(a) == "PERSON" })
	}
}

// nearestTrigger returns the index of the trigger nearest to tokens [t0, t1)
// among those ok accepts (looking at most 32 triggers either way), and its
// distance, or -1.
func nearestTrigger(trigs []match, t0, t1 int, ok func(match) bool) (best, bestDist int) {
	best, bestDist = -1, 1<<30
	i, _ := slices.BinarySearchFunc(trigs, t0, func(m match, t int) int { return cmp.Compare(m.t0, t) })
	for j := max(0, i-32); j < min(len(trigs), i+32); j++ {
		if !ok(trigs[j]) {
			continue
		}
		if dist := tokDist(t0, t1, trigs[j].t0, trigs[j].t1); dist < bestDist {
			best, bestDist = j, dist
		}
	}
	return best, bestDist
}

// commonNoun reports whether mention mt of sentence si is an acronym or a
// lower-case word used as a common noun inside a noun phrase ("developing RNA
// drugs", "fabriquant des puces IA"): after a participle or gerund and before
// a lower-case word that is not a function word. It names no party.
func (d *doc) commonNoun(si int, mt mention) bool {
	sd := &d.sents[si]
	if sd.lt == nil || mt.span.Start < sd.span.Start || mt.span.End > sd.span.End || mt.t1 >= len(sd.toks) || mt.t0 == 0 {
		return false
	}
	name := d.in.Text[mt.span.Start:mt.span.End]
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLower(r) && (strings.ToUpper(name) != name || strings.ContainsAny(name, " -")) {
		return false
	}
	prev, next := sd.toks[mt.t0-1], sd.toks[mt.t1]
	lowerWord := func(t token) bool {
		r, _ := utf8.DecodeRuneInString(d.in.Text[t.start:])
		return t.word && unicode.IsLower(r)
	}
	participle := strings.HasSuffix(prev.norm, "ing") || strings.HasSuffix(prev.norm, "ant")
	if !lowerWord(prev) || !participle || !lowerWord(next) {
		return false
	}
	for _, class := range []string{"marker", "coord", "aux", "speech", "relative", "subordinator"} {
		if sd.lt.is(class, next.norm) {
			return false
		}
	}
	return true
}

// formerBefore reports whether "ex", "former" or "ancien" stands within the
// six words before mention mt of sentence si ("previously the finance chief of X").
func (d *doc) formerBefore(si int, mt mention) bool {
	sd := &d.sents[si]
	if sd.lt == nil || mt.span.Start < sd.span.Start || mt.span.End > sd.span.End || mt.t1 > len(sd.toks) {
		return false // a mention of another sentence (an anaphor's referent)
	}
	for j := mt.t0 - 1; j >= 0 && j >= mt.t0-6; j-- {
		t := sd.toks[j]
		if clauseBreak(t) {
			return false
		}
		if hasPart(sd.lt, "former", t.norm) {
			return true
		}
	}
	return false
}

// tokDist is the number of tokens between two token ranges (0 if they overlap).
func tokDist(a0, a1, b0, b1 int) int {
	switch {
	case a1 <= b0:
		return b0 - a1
	case b1 <= a0:
		return a0 - b1
	}
	return 0
}

// numArg is a number waiting for its trigger.
type numArg struct {
	arg    Argument
	kind   string
	t0, t1 int
}

// attachNumbers gives each amount and quantity of the sentence to the nearest
// trigger whose type has a role of its kind.
func (d *doc) attachNumbers(sd *sentData, trigs []match, cands []*cand) {
	var nums []numArg
	for _, a := range within(d.amounts, func(a Amount) int { return a.Start }, sd.span.Start, sd.span.End) {
		if a.End > sd.span.End || a.End <= a.Start || d.inLongQuote(a.Start) {
			continue
		}
		t0, t1 := tokenRange(sd.toks, a.Span)
		kind := "money"
		for j := max(0, t0-4); j < t0; j++ {
			if sd.lt.is("valuation", sd.toks[j].norm) {
				kind = "valuation"
			}
		}
		nums = append(nums, numArg{Argument{Span: a.Span, Value: a.Value, Currency: a.Currency, Min: a.Min, Max: a.Max, Qualifier: a.Qualifier}, kind, t0, t1})
	}
	for _, q := range within(d.quantities, func(q Quantity) int { return q.Start }, sd.span.Start, sd.span.End) {
		if q.End > sd.span.End || q.End <= q.Start || d.inLongQuote(q.Start) {
			continue
		}
		kind := ""
		switch {
		case q.Unit == "percent":
			kind = "percent"
		case d.x.tb.headcount[q.Unit]:
			kind = "count"
		default:
			continue
		}
		t0, t1 := tokenRange(sd.toks, q.Span)
		nums = append(nums, numArg{Argument{Span: q.Span, Value: q.Value, Unit: q.Unit}, kind, t0, t1})
	}
	type pair struct{ n, t, dist int }
	var pairs []pair
	for ni, n := range nums {
		// a continuation cue ("le montant") takes a figure only when no event
		// of the sentence can
		var ti, dist int
		for _, follow := range []bool{false, true} {
			ti, dist = nearestTrigger(trigs, n.t0, n.t1, func(m match) bool {
				spec := &d.x.tb.types[m.tp.t.typ]
				return m.tp.t.follow == follow && (spec.roleFor(n.kind) != nil || n.kind == "valuation" && spec.roleFor("money") != nil)
			})
			if ti >= 0 {
				break
			}
		}
		if ti >= 0 {
			pairs = append(pairs, pair{ni, ti, dist})
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(a.dist, b.dist) })
	for _, p := range pairs {
		n, c := nums[p.n], cands[p.t]
		spec := &d.x.tb.types[c.ev.Type]
		rs := spec.roleFor(n.kind)
		if rs == nil {
			rs = spec.roleFor("money")
		}
		if rs.single && argOf(&c.ev, rs.name) != nil {
			continue
		}
		a := n.arg
		a.Role = rs.name
		c.ev.Arguments = append(c.ev.Arguments, a)
	}
}

// attachValues adds word-valued arguments (round, claim, role) from values.tsv.
func (d *doc) attachValues(sd *sentData, trigs []match, cands []*cand) {
	type found struct{ row, start, end int }
	var hits []found
	for i := 0; i < len(sd.toks); i++ {
		if !sd.toks[i].word {
			continue
		}
		sd.lt.valueIx.each(sd.toks[i].norm, func(r patRef) {
			if end := sd.lt.values[r.row].pats[r.pat].match(sd.toks, i); end >= 0 {
				hits = append(hits, found{r.row, i, end})
			}
		})
	}
	// the longest match of a row at a position, rows in table order
	slices.SortStableFunc(hits, func(a, b found) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.row, b.row), cmp.Compare(b.end, a.end))
	})
	introduced := map[*cand]bool{} // the event's role follows "as", "au poste de"
	for k, h := range hits {
		if k > 0 && hits[k-1].start == h.start && hits[k-1].row == h.row {
			continue
		}
		v := &sd.lt.values[h.row]
		best, bestDist := nearestTrigger(trigs, h.start, h.end, func(m match) bool {
			rs := d.x.tb.types[m.tp.t.typ].role(v.role)
			return rs != nil && rs.kinds["word"]
		})
		if best < 0 || bestDist > 25 {
			continue
		}
		c := cands[best]
		rs := d.x.tb.types[c.ev.Type].role(v.role)
		end := h.end
		for v.role == "role" && end-1 > h.start && (sd.lt.is("marker", sd.toks[end-1].norm) || sd.lt.is("determiner", sd.toks[end-1].norm)) {
			end-- // "directeur de la stratégie chez": the title ends before "chez"
		}
		sp := Span{sd.toks[h.start].start, sd.toks[end-1].end}
		if old := argOf(&c.ev, v.role); rs.single && old != nil {
			if v.role == "role" && !introduced[c] && d.roleIntro(sd, h.start) {
				d.formerTitle(sd, c, *old)
				*old = Argument{Role: v.role, Value: d.in.Text[sp.Start:sp.End], Span: sp}
				introduced[c] = true
			}
			continue
		}
		dup := false
		for _, a := range c.ev.Arguments {
			dup = dup || a.Role == v.role && a.Value == v.value
		}
		if !dup {
			val := v.value
			if v.role == "role" {
				val = d.in.Text[sp.Start:sp.End] // a job title is reported as written
				introduced[c] = d.roleIntro(sd, h.start)
			}
			c.ev.Arguments = append(c.ev.Arguments, Argument{Role: v.role, Value: val, Span: sp})
		}
	}
}

// roleIntro reports whether a word that introduces a new role ("as", "au
// poste de", "nuovo") stands within the three tokens before token t.
func (d *doc) roleIntro(sd *sentData, t int) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if sd.lt.is("roleintro", sd.toks[j].norm) {
			return true
		}
		if clauseBreak(sd.toks[j]) {
			return false
		}
	}
	return false
}

// formerTitle handles a title that a new one ("as executive vice president")
// replaces in hire c: an organization named right before it ("Kestrel
// co-founder") is the person's previous employer.
func (d *doc) formerTitle(sd *sentData, c *cand, title Argument) {
	j := tokenAt(sd.toks, title.Start) - 1
	if j < 0 || j >= len(sd.mentAt) || sd.mentAt[j] == 0 || argOf(&c.ev, "previous_organization") != nil {
		return
	}
	mt := sd.ments[sd.mentAt[j]-1]
	e := d.in.Entities[mt.ent]
	if org := argOf(&c.ev, "organization"); e.Type != "ORG" || org != nil && org.Entity == e.ID && org.Name == e.Name {
		return
	}
	c.ev.Arguments = append(c.ev.Arguments, Argument{Role: "previous_organization", Entity: e.ID, Name: e.Name, Span: mt.span})
}

// previousRole handles a job title followed by another organization than the
// hire's ("Fidji Simo, the chief executive of Instacart, …"): the title is
// the person's previous role, and that organization the previous one.
func (d *doc) previousRole(sd *sentData, c *cand) {
	role, org := argOf(&c.ev, "role"), argOf(&c.ev, "organization")
	if role == nil {
		return
	}
	j := tokenAt(sd.toks, role.End)
	if j+1 >= len(sd.toks) || !sd.lt.is("marker", sd.toks[j].norm) || sd.mentAt[j+1] == 0 {
		return
	}
	mt := sd.ments[sd.mentAt[j+1]-1]
	e := d.in.Entities[mt.ent]
	if e.Type != "ORG" || org != nil && org.Entity == e.ID {
		return
	}
	args := c.ev.Arguments[:0]
	for _, a := range c.ev.Arguments {
		if a.Role != "role" {
			args = append(args, a)
		}
	}
	c.ev.Arguments = args
	if argOf(&c.ev, "previous_organization") == nil {
		c.ev.Arguments = append(c.ev.Arguments, Argument{Role: "previous_organization", Entity: e.ID, Name: e.Name, Span: mt.span})
	}
}

// mutualRoles decides who supplies in a contract told with a symmetric verb
// ("X a signé un contrat avec Y", "X signed a partnership with Y"), whose
// frame made the subject the supplier:
//   - a name right after the verb of a purpose clause is the product's maker,
//     the supplier, and the subject its customer ("Walmart signed a contract
//     to deploy Nimbus arms");
//   - a purpose verb of making ("pour construire", "to build") or a relative
//     clause after the partner ("avec Y, qui traitera …") makes the partner
//     the supplier and the subject the customer, unless the clause tells
//     what the contract holds ("…, qui prévoit …").
func (d *doc) mutualRoles(sd *sentData, m match, c *cand) {
	toks := sd.toks
	partner := argOf(&c.ev, "customer")
	swap := false
	if partner != nil {
		// "avec Y, qui traitera …" (not "…, qui prévoit l'installation de …",
		// which tells what the contract holds)
		if j := tokenAt(toks, partner.End); j+2 < len(toks) && toks[j].norm == "," && sd.lt.is("relative", toks[j+1].norm) {
			swap = !sd.lt.is("content", toks[j+2].norm)
		}
	}
	for j := m.t1; j < len(toks) && !swap; j++ {
		if clauseBreak(toks[j]) && toks[j].norm != "," {
			break
		}
		if !sd.lt.is("purpose", toks[j].norm) {
			continue
		}
		v := j + 1
		for v < len(toks) && sd.lt.is("marker", toks[v].norm) && v < j+3 {
			v++ // "afin de construire"
		}
		if v >= len(toks) {
			return
		}
		for k := v + 1; k < len(toks) && k <= v+2; k++ {
			if mi := sd.mentAt[k]; mi != 0 && d.in.Entities[sd.ments[mi-1].ent].Type == "ORG" {
				d.makeSupplier(c, sd.ments[mi-1])
				return
			}
		}
		swap = partner != nil && sd.lt.is("make", toks[v].norm)
		break
	}
	if swap {
		for i := range c.ev.Arguments {
			switch a := &c.ev.Arguments[i]; a.Role {
			case "supplier":
				a.Role = "customer"
			case "customer":
				a.Role = "supplier"
			}
		}
	}
}

// makeSupplier makes mention mt the supplier of contract c and the
// suppliers its frame found the customers.
func (d *doc) makeSupplier(c *cand, mt mention) {
	e := d.in.Entities[mt.ent]
	args := c.ev.Arguments[:0]
	for _, a := range c.ev.Arguments {
		if a.Entity == e.ID && a.Name == e.Name {
			continue
		}
		if a.Role == "supplier" {
			a.Role = "customer"
		}
		args = append(args, a)
	}
	c.ev.Arguments = append(args, Argument{Role: "supplier", Entity: e.ID, Name: e.Name, Span: mt.span})
}

// founded reports whether a word of founding ("fondée", "founded") stands
// within the two tokens before token t.
func founded(sd *sentData, t int) bool {
	for j := t - 1; j >= 0 && j >= t-2; j-- {
		if sd.lt.is("founded", sd.toks[j].norm) {
			return true
		}
	}
	return false
}

// attachDate gives the event the nearest date of its sentence that is not a
// duration nor a founding date.
func (d *doc) attachDate(sd *sentData, m match, c *cand) {
	bestDist := 1 << 30
	dates := within(d.dates, func(dt Date) int { return dt.Start }, sd.span.Start, sd.span.End)
	at, _ := slices.BinarySearchFunc(dates, sd.toks[m.t0].start, func(dt Date, p int) int { return cmp.Compare(dt.Start, p) })
	for i := max(0, at-8); i < min(len(dates), at+8); i++ {
		dt := &dates[i]
		if dt.Duration || dt.Value == "" || dt.End > sd.span.End || dt.End <= dt.Start {
			continue
		}
		t0, t1 := tokenRange(sd.toks, dt.Span)
		if founded(sd, t0) {
			continue // "Tracely, fondée en 2020, avait levé …": the company's birth, not the event's date
		}
		if dist := tokDist(t0, t1, m.t0, m.t1); dist < bestDist {
			bestDist = dist
			dd := *dt
			c.ev.Date = &dd
		}
	}
}

// fillContext takes a missing "context" role (the company an event is about)
// from the last organization named in the preceding sentences, when the
// sentence gives the event a figure but no name ("sa valorisation de 2
// milliards").
func (d *doc) fillContext(si int, c *cand) {
	spec := &d.x.tb.types[c.ev.Type]
	if c.ofDeal {
		return
	}
	hasFigure := false
	for _, a := range c.ev.Arguments {
		hasFigure = hasFigure || a.Entity == ""
	}
	if !hasFigure {
		return
	}
	for _, rs := range spec.roles {
		if !rs.context || argOf(&c.ev, rs.name) != nil {
			continue
		}
		// the last subject named in the three sentences before, else the last name
		for _, subjectOnly := range []bool{true, false} {
			if d.fillFrom(si, c, rs, subjectOnly) {
				break
			}
		}
	}
}

// fillFrom fills role rs of c with the last fitting mention of the three
// sentences before si (only mentions in subject position if subjectOnly).
func (d *doc) fillFrom(si int, c *cand, rs roleSpec, subjectOnly bool) bool {
	ms := d.salient(si, func(mt mention) bool {
		return rs.kinds[d.in.Entities[mt.ent].Type] && (mt.subjOK || !subjectOnly)
	})
	if len(ms) == 0 {
		return false
	}
	e := d.in.Entities[ms[0].ent]
	c.ev.Arguments = append(c.ev.Arguments, Argument{Role: rs.name, Entity: e.ID, Name: e.Name, Span: ms[0].span})
	c.contextArg = rs.name
	return true
}

// cueMatch is a modality cue found in a sentence.
type cueMatch struct {
	rank   int // cueRank of its modality
	scope  int
	t0, t1 int
}

// cueIndex answers, for a trigger, the strongest modality cue that applies.
type cueIndex struct {
	all       []cueMatch // sorted by t0
	any       int        // rank of the strongest cue of scope any
	beforeMax []int      // beforeMax[i]: rank of the strongest "before" cue among byEnd[:i+1]
	byEnd     []cueMatch // "before" cues sorted by t1
}

// Cue ranks: when several cues apply the highest wins. Hearsay (a cited
// source, "selon", "according to", "aurait", "serait") outranks a plan: "Selon
// le FT, X est en pourparlers" is reported.
var cueRanks = [...]int{Asserted: 1, Reported: 2, Planned: 3, Alleged: 5, Denied: 6}

const hearsayRank = 4

func cueRank(m Modality, hearsay bool) int {
	if hearsay {
		return hearsayRank
	}
	return cueRanks[m]
}

func rankModality(r int) Modality {
	if r == hearsayRank {
		return Reported
	}
	for m, x := range cueRanks {
		if x == r {
			return Modality(m)
		}
	}
	return Asserted
}

func newCueIndex(cues []cueMatch) *cueIndex {
	ix := &cueIndex{all: cues, any: cueRanks[Asserted]}
	for _, c := range cues {
		switch c.scope {
		case scopeAny:
			ix.any = max(ix.any, c.rank)
		case scopeBefore:
			ix.byEnd = append(ix.byEnd, c)
		}
	}
	slices.SortStableFunc(ix.byEnd, func(a, b cueMatch) int { return cmp.Compare(a.t1, b.t1) })
	best := cueRanks[Asserted]
	for _, c := range ix.byEnd {
		best = max(best, c.rank)
		ix.beforeMax = append(ix.beforeMax, best)
	}
	return ix
}

// at returns the modality of trigger m.
func (ix *cueIndex) at(m match) Modality {
	best := ix.any
	if i, _ := slices.BinarySearchFunc(ix.byEnd, m.t0+1, func(c cueMatch, t int) int { return cmp.Compare(c.t1, t) }); i > 0 {
		best = max(best, ix.beforeMax[i-1])
	}
	lo, _ := slices.BinarySearchFunc(ix.all, m.t0-4, func(c cueMatch, t int) int { return cmp.Compare(c.t0, t) })
	for k := lo; k < len(ix.all) && ix.all[k].t0 < m.t1+4; k++ {
		if ix.all[k].scope == scopeNear {
			best = max(best, ix.all[k].rank)
		}
	}
	return rankModality(best)
}

func (d *doc) cues(sd *sentData) *cueIndex {
	var out []cueMatch
	for i := range sd.toks {
		if !sd.toks[i].word || d.inLongQuote(sd.toks[i].start) {
			continue
		}
		sd.lt.cueIx.each(sd.toks[i].norm, func(r patRef) {
			c := &sd.lt.cues[r.row]
			if end := c.pats[r.pat].match(sd.toks, i); end >= 0 {
				out = append(out, cueMatch{cueRank(c.mod, c.hearsay), c.scope, i, end})
			}
		})
	}
	return newCueIndex(out)
}

// confidence calibrates an event's confidence from its trigger weight, the
// share of core roles filled, the modality, a role taken from context and the
// number of sentences that tell it.
func confidence(spec *typeSpec, e *Event, weight float64, fromContext bool) float64 {
	core, filled := 0, 0
	for _, rs := range spec.roles {
		if rs.core {
			core++
			if argOf(e, rs.name) != nil {
				filled++
			}
		}
	}
	f := 1.0
	if core > 0 {
		f = float64(filled) / float64(core)
	}
	c := weight * (0.55 + 0.45*f)
	switch e.Modality {
	case Reported, Planned:
		c *= 0.85
	case Alleged:
		c *= 0.9
	case Denied:
		c *= 0.8
	}
	if fromContext {
		c *= 0.85
	}
	c += 0.03 * float64(min(len(e.Evidence)-1, 3))
	return math.Round(min(max(c, 0), 0.99)*100) / 100
}
