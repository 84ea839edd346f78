package events

import (
	"cmp"
	"slices"
)

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
				spec := d.x.tb.types[m.tp.t.typ]
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
		spec := d.x.tb.types[c.ev.Type]
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
	spec := d.x.tb.types[c.ev.Type]
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
