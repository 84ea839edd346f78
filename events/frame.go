package events

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	spec := d.x.tb.types[tr.typ]
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
