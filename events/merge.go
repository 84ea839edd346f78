package events

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// argKey identifies an argument's value for comparison across mentions and documents.
func argKey(a Argument) string {
	switch {
	case a.Entity != "" || a.Name != "":
		return "e:" + fold(a.Name)
	case a.Currency != "":
		if a.Value == "" {
			return "m:" + a.Currency + ":" + a.Min + "-" + a.Max
		}
		return "m:" + a.Currency + ":" + a.Value
	case a.Unit != "":
		return "q:" + a.Unit + ":" + a.Value
	}
	return "w:" + strings.Join(strings.Fields(fold(a.Value)), " ")
}

// datesAgree reports whether two dates can name the same time: their
// periods (year, half, quarter, month, ISO week, day) overlap.
func datesAgree(a, b *Date) bool {
	if a == nil || b == nil {
		return true
	}
	a0, a1, okA := period(a.Value)
	b0, b1, okB := period(b.Value)
	if !okA || !okB {
		return strings.HasPrefix(a.Value, b.Value) || strings.HasPrefix(b.Value, a.Value)
	}
	return !a1.Before(b0) && !b1.Before(a0)
}

// period returns the first and last day of an ISO 8601 value cut to its
// precision: "2025", "2025-H1", "2025-Q3", "2025-06", "2025-W36", "2025-06-12".
func period(v string) (first, last time.Time, ok bool) {
	if len(v) < 4 {
		return first, last, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return first, last, false
	}
	day := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	rest := v[4:]
	n := 0
	if len(rest) > 2 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'Q' || rest[1] == 'W') {
		if n, err = strconv.Atoi(rest[2:]); err != nil {
			return first, last, false
		}
	}
	switch {
	case rest == "":
		return day(1, 1), day(12, 31), true
	case strings.HasPrefix(rest, "-H") && (n == 1 || n == 2):
		first = day(time.Month(6*n-5), 1)
		return first, first.AddDate(0, 6, -1), true
	case strings.HasPrefix(rest, "-Q") && n >= 1 && n <= 4:
		first = day(time.Month(3*n-2), 1)
		return first, first.AddDate(0, 3, -1), true
	case strings.HasPrefix(rest, "-W") && n >= 1 && n <= 53:
		// ISO week 1 holds January 4th; weeks start on Monday
		jan4 := day(1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
		return monday, monday.AddDate(0, 0, 6), true
	}
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t, t, true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t, t.AddDate(0, 1, -1), true
	}
	return first, last, false
}

// compatible reports whether a and b may be the same event: same type, no
// single-valued role with two values, no entity in two different roles, dates
// that agree. shared reports whether they have an entity in the same role.
func compatible(spec *typeSpec, a, b *Event) (ok, shared bool) {
	if a.Type != b.Type || !datesAgree(a.Date, b.Date) {
		return false, false
	}
	for _, x := range a.Arguments {
		kx := argKey(x)
		for _, y := range b.Arguments {
			ky := argKey(y)
			if x.Role == y.Role {
				rs := spec.role(x.Role)
				if kx == ky {
					shared = shared || strings.HasPrefix(kx, "e:")
				} else if rs != nil && rs.single {
					return false, false
				}
			} else if kx == ky && strings.HasPrefix(kx, "e:") && isCore(spec, x.Role) && isCore(spec, y.Role) {
				return false, false // an entity in two core roles: plaintiff here, defendant there
			}
		}
	}
	return true, shared
}

func isCore(spec *typeSpec, role string) bool {
	rs := spec.role(role)
	return rs != nil && rs.core
}

// hasCore reports whether e names an entity in a core role.
func hasCore(spec *typeSpec, e *Event) bool {
	for _, a := range e.Arguments {
		if a.Name != "" && isCore(spec, a.Role) {
			return true
		}
	}
	return false
}

// absorb adds b's evidence and missing arguments to a.
func absorb(spec *typeSpec, a, b *cand) {
	if a.contextArg != "" {
		if bx := argOf(&b.ev, a.contextArg); bx != nil && b.contextArg != a.contextArg {
			*argOf(&a.ev, a.contextArg) = *bx
			a.contextArg = ""
		}
	}
	for _, y := range b.ev.Arguments {
		rs := spec.role(y.Role)
		if rs != nil && rs.single && argOf(&a.ev, y.Role) != nil {
			continue
		}
		dup := false
		for _, x := range a.ev.Arguments {
			dup = dup || x.Role == y.Role && argKey(x) == argKey(y)
		}
		if !dup {
			a.ev.Arguments = append(a.ev.Arguments, y)
		}
	}
	for _, s := range b.ev.Evidence {
		if !slices.Contains(a.ev.Evidence, s) {
			a.ev.Evidence = append(a.ev.Evidence, s)
		}
	}
	if a.ev.Date == nil {
		a.ev.Date = b.ev.Date
	}
	a.weight = max(a.weight, b.weight)
	a.sents = append(a.sents, b.sents...)
}

// maxRoundRef is how many sentences after a funding round a valuation of
// "the round" ("l'opération valorise …") may refer to it.
const maxRoundRef = 5

// maxFollow is how many sentences after an event a continuation cue ("the
// complaint", "le montant") may add to it.
const maxFollow = 3

// maxMergeLookback bounds how many earlier events of the same type a
// candidate is compared with, so that merging stays linear on huge inputs.
const maxMergeLookback = 64

// merge joins the candidates that tell the same event (same sentence, a
// shared entity in the same role, or a definite reference such as "la
// plainte"), drops those that do not fill a required role set, and finishes
// the events.
func (d *doc) merge(cands []*cand) []Event {
	var merged []*cand
	byType := map[Type][]*cand{}
	for _, c := range cands {
		if c.ofRound && d.valueRound(byType[FundingRound], c) {
			continue
		}
		spec := d.x.tb.types[c.ev.Type]
		done := false
		same := slices.Clone(byType[c.ev.Type][max(0, len(byType[c.ev.Type])-maxMergeLookback):])
		if c.follow {
			slices.Reverse(same) // the event just told first
		}
		for _, m := range same {
			ok, shared := compatible(spec, &m.ev, &c.ev)
			// told in the same sentence, or sharing an entity, or a definite
			// reference ("la plainte"), or a mention naming no core entity
			// soon after ("Nvidia a participé au tour de table")
			near := slices.Contains(m.sents, c.sent) || !hasCore(spec, &c.ev) && c.sent-slices.Max(m.sents) <= 3
			if c.follow && c.sent-slices.Max(m.sents) > maxFollow {
				continue
			}
			// a denial is its own event ("X denies any plan to invest in Y"
			// after "Z is in talks to invest in Y")
			ok = ok && (c.follow || (m.ev.Modality == Denied) == (c.ev.Modality == Denied) || slices.Contains(m.sents, c.sent))
			if ok && (shared || c.anaphoric && !c.follow || near) {
				if m.ev.Modality == Asserted && d.headline(m) {
					m.ev.Modality = c.ev.Modality // a headline's present tense says nothing of modality
				}
				absorb(spec, m, c)
				done = true
				break
			}
		}
		if !done && !c.follow {
			merged = append(merged, c)
			byType[c.ev.Type] = append(byType[c.ev.Type], c)
		}
	}
	var out []Event
	for _, c := range merged {
		spec := d.x.tb.types[c.ev.Type]
		if !fills(spec, &c.ev) {
			continue
		}
		e := c.ev
		slices.SortFunc(e.Evidence, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
		e.Span = e.Evidence[0]
		sortArgs(spec, e.Arguments)
		e.Confidence = confidence(spec, &e, c.weight, c.contextArg != "")
		out = append(out, e)
	}
	return out
}

// headline reports whether c was told only in the article's title: a first
// sentence without final punctuation.
func (d *doc) headline(c *cand) bool {
	if len(c.sents) != 1 || c.sent != 0 || len(d.sents) < 2 {
		return false
	}
	sp := d.sents[0].span
	return sp.End > sp.Start && !strings.ContainsRune(".!?", rune(d.in.Text[sp.End-1]))
}

// valueRound gives the valuation c ("L'opération valorise la société à …")
// to the last funding round told in the five sentences before, if it has none.
func (d *doc) valueRound(rounds []*cand, c *cand) bool {
	v := argOf(&c.ev, "valuation")
	if v == nil || len(rounds) == 0 {
		return false
	}
	r := rounds[len(rounds)-1]
	if c.sent-slices.Max(r.sents) > maxRoundRef || argOf(&r.ev, "valuation") != nil {
		return false
	}
	r.ev.Arguments = append(r.ev.Arguments, *v)
	r.ev.Evidence = append(r.ev.Evidence, c.ev.Evidence...)
	if r.ev.Date == nil {
		r.ev.Date = c.ev.Date
	}
	r.sents = append(r.sents, c.sent)
	return true
}

// fills reports whether e fills one of its type's required role sets.
func fills(spec *typeSpec, e *Event) bool {
	for _, set := range spec.require {
		ok := true
		for _, r := range set {
			ok = ok && argOf(e, r) != nil
		}
		if ok {
			return true
		}
	}
	return len(spec.require) == 0
}

func sortArgs(spec *typeSpec, args []Argument) {
	order := func(r string) int {
		if rs := spec.role(r); rs != nil {
			return rs.order
		}
		return len(spec.roles)
	}
	slices.SortStableFunc(args, func(a, b Argument) int {
		return cmp.Or(cmp.Compare(order(a.Role), order(b.Role)), cmp.Compare(a.Start, b.Start))
	})
}

func sameQuote(a, b *Event) bool {
	qa, qb := argOf(a, "quote"), argOf(b, "quote")
	return qa != nil && qb != nil && argKey(*qa) == argKey(*qb)
}
