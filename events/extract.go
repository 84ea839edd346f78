package events

import (
	"cmp"
	"slices"
	"strings"
)

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
