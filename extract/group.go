package extract

import "github.com/depeche-nlp/depeche/events"

// Group is one real-world event told by several documents: events of the
// same type that share a core participant in the same role and whose
// amounts and dates agree.
type Group struct {
	Type    EventType     `json:"type"`
	Members []GroupMember `json:"members"`
}

// GroupMember names one event of a group: the document's position in the
// input, its ID and the event's ID.
type GroupMember struct {
	Document int    `json:"document"`
	ID       string `json:"id,omitempty"`
	Event    string `json:"event"`
}

// GroupEvents finds the events that several documents, in one language or
// several, tell of the same real-world event. It returns groups of two
// documents or more, sorted by their first member. Documents are only
// read; a nil document has no events.
//
// GroupEvents is the grouping of depeche's API: it applies the rules of
// events.Group, which works on the events stage's own values for programs
// that run that stage alone, to Documents.
func GroupEvents(docs []*Document) []Group {
	in := make([][]events.Event, len(docs))
	for i, d := range docs {
		if d == nil {
			continue
		}
		for _, ev := range d.Events {
			in[i] = append(in[i], toEvent(ev))
		}
	}
	clusters := events.Group(in)
	out := make([]Group, 0, len(clusters))
	for _, c := range clusters {
		g := Group{Type: EventType(c.Type.String())}
		for _, m := range c.Members {
			g.Members = append(g.Members, GroupMember{Document: m.Doc, ID: docs[m.Doc].ID, Event: docs[m.Doc].Events[m.Event].ID})
		}
		out = append(out, g)
	}
	return out
}

// toEvent turns a Document's event back into the events package's form,
// with spans in the document's text.
func toEvent(ev Event) events.Event {
	t, _ := events.ParseType(string(ev.Type))
	m, _ := events.ParseModality(string(ev.Modality))
	out := events.Event{Type: t, Modality: m, Confidence: ev.Confidence, Rule: ev.Rule, Span: events.Span{Start: ev.Start, End: ev.End}}
	if ev.Date != nil {
		out.Date = &events.Date{Span: events.Span{Start: ev.Date.Start, End: ev.Date.End}, Value: ev.Date.Value}
	}
	for _, a := range ev.Arguments {
		out.Arguments = append(out.Arguments, events.Argument{
			Role: string(a.Role), Entity: a.Entity, Name: a.Name, Span: events.Span{Start: a.Start, End: a.End},
			Value: a.Value, Currency: a.Currency, Min: a.Min, Max: a.Max, Qualifier: string(a.Qualifier), Unit: string(a.Unit),
		})
	}
	return out
}

// GroupKeys gives the keys under which GroupEvents compares ev with the
// events of other documents (events.GroupKeys). A program that groups
// documents it cannot hold at once, on several machines, can shuffle the
// events on these keys, compare those that share one with SameEvent, and
// join the links with events.Join: it finds the groups GroupEvents finds.
func GroupKeys(ev Event) []string {
	e := toEvent(ev)
	return events.GroupKeys(&e)
}

// SameEvent reports whether a and b, events of two different documents,
// tell the same real-world event by GroupEvents' rules (events.SameEvent).
func SameEvent(a, b Event) bool {
	ea, eb := toEvent(a), toEvent(b)
	return events.SameEvent(&ea, &eb)
}
