package extract

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/depeche-nlp/depeche/dates"
	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/events"
	"github.com/depeche-nlp/depeche/lang"
	"github.com/depeche-nlp/depeche/money"
	"github.com/depeche-nlp/depeche/normalize"
	"github.com/depeche-nlp/depeche/segment"
	"golang.org/x/text/language"
)

// state is what the stages found in one article. Spans are in the
// normalized text (norm.Text) until fill maps them to the original.
type state struct {
	norm       normalize.Result
	sentences  []lang.Span
	langs      []lang.Result
	docLang    lang.Result
	amounts    []money.Match
	quantities []money.QuantityMatch
	dates      []dates.Expr
	entities   []entities.Entity
	events     []events.Event
}

// analyse runs every stage on text. code, when set, is the language of
// the whole text and skips detection.
func (p *Pipeline) analyse(ctx context.Context, text, code string, published time.Time) (*state, error) {
	st := &state{}
	var err error
	if st.norm, err = p.norm.Normalize(ctx, text); err != nil {
		return nil, fmt.Errorf("extract: normalize: %w", err)
	}
	nt := st.norm.Text
	for _, s := range segment.Split(nt) {
		st.sentences = append(st.sentences, lang.Span{Start: s.Start, End: s.End})
	}
	if code != "" {
		st.langs = make([]lang.Result, len(st.sentences))
		for i := range st.langs {
			st.langs[i] = lang.Result{Code: code, Confidence: 1}
		}
	} else if st.langs, err = p.langs.Sentences(ctx, nt, st.sentences); err != nil {
		return nil, fmt.Errorf("extract: language: %w", err)
	}
	st.docLang = lang.Document(nt, st.sentences, st.langs)
	if code != "" {
		st.docLang = lang.Result{Code: code, Confidence: 1}
	}

	st.amounts = money.Find(nt)
	st.quantities = money.FindQuantities(nt)
	st.dates = st.findDates(published)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	sents := make([]entities.Sentence, len(st.sentences))
	for i, s := range st.sentences {
		sents[i] = entities.Sentence{Start: s.Start, End: s.End, Lang: st.langs[i].Code}
	}
	// the words of an amount or a count ("900 Millionen Euro") are never names
	var figures []entities.Span
	for _, m := range st.amounts {
		figures = append(figures, entities.Span{Start: m.Start, End: m.End})
	}
	for _, q := range st.quantities {
		figures = append(figures, entities.Span{Start: q.Start, End: q.End})
	}
	if st.entities, err = p.ents.RecognizeExcept(ctx, nt, sents, figures); err != nil {
		return nil, fmt.Errorf("extract: entities: %w", err)
	}
	if st.events, err = p.events.Extract(ctx, st.eventInput()); err != nil {
		return nil, fmt.Errorf("extract: events: %w", err)
	}
	return st, nil
}

// findDates finds the dates of each run of one language with that
// language's words only (German "hier" is not French "hier"), resolved
// against the publication date.
func (st *state) findDates(published time.Time) []dates.Expr {
	var out []dates.Expr
	nt := st.norm.Text
	for _, r := range segments(len(nt), st.sentences, st.langs, st.docLang.Code) {
		opts := []dates.Option{dates.WithLanguage(language.Make(r.Language))}
		if !published.IsZero() {
			opts = append(opts, dates.WithReference(published))
		}
		for _, d := range dates.Find(nt[r.Start:r.End], opts...) {
			d.Start += r.Start
			d.End += r.Start
			out = append(out, d)
		}
	}
	return out
}

// eventInput converts what the other stages found into the events
// stage's input.
func (st *state) eventInput() events.Input {
	in := events.Input{Text: st.norm.Text, Lang: st.docLang.Code}
	in.Sentences = make([]events.Sentence, 0, len(st.sentences))
	in.Amounts = make([]events.Amount, 0, len(st.amounts))
	in.Dates = make([]events.Date, 0, len(st.dates))
	for i, s := range st.sentences {
		in.Sentences = append(in.Sentences, events.Sentence{Span: events.Span{Start: s.Start, End: s.End}, Lang: st.langs[i].Code})
	}
	for _, e := range st.entities {
		ev := events.Entity{ID: e.ID, Type: e.Kind.String(), Name: e.Name, Role: e.Role, Org: e.Org}
		for _, m := range e.Mentions {
			ev.Mentions = append(ev.Mentions, events.Span{Start: m.Start, End: m.End})
		}
		in.Entities = append(in.Entities, ev)
	}
	for _, m := range st.amounts {
		a := amountOf(m.Amount)
		in.Amounts = append(in.Amounts, events.Amount{
			Span: events.Span{Start: m.Start, End: m.End}, Value: a.Value, Currency: a.Currency,
			Qualifier: string(a.Qualifier), Min: a.Min, Max: a.Max, Vague: a.Vague,
		})
	}
	for _, q := range st.quantities {
		if q.Quantity.Value.IsValid() {
			in.Quantities = append(in.Quantities, events.Quantity{Span: events.Span{Start: q.Start, End: q.End}, Value: q.Quantity.Value.String(), Unit: q.Quantity.Unit.String()})
		}
	}
	for _, d := range st.dates {
		in.Dates = append(in.Dates, events.Date{
			Span: events.Span{Start: d.Start, End: d.End}, Value: d.Value, Precision: d.Precision.String(),
			Relative: d.Relative, Duration: d.Kind == dates.KindDuration,
		})
	}
	return in
}

// AmountFrom gives the JSON form of an amount found by money.Find in a
// text, with the match's span in that text.
func AmountFrom(m money.Match) Amount {
	a := amountOf(m.Amount)
	a.Start, a.End, a.Text = m.Start, m.End, m.Text
	return a
}

// EditFrom gives the JSON form of one of normalize's edits.
func EditFrom(e normalize.Edit) Edit {
	return Edit{Start: e.Start, End: e.End, Original: e.Original, Replacement: e.Replacement, Kind: EditKind(e.Kind.String()), Confidence: e.Confidence, Inferred: e.Inferred}
}

// evidence is the span of an event's evidence: its first sentence, and
// the other sentences that tell it wherever they give one of its
// arguments (a stake told in the next sentence).
func evidence(ev events.Event) (int, int) {
	start, end := ev.Start, ev.End
	for _, e := range ev.Evidence {
		for _, a := range ev.Arguments {
			if a.Start >= e.Start && a.End <= e.End {
				start, end = min(start, e.Start), max(end, e.End)
				break
			}
		}
	}
	return start, end
}

// amountOf gives the JSON fields of an amount, without its span.
func amountOf(a money.Amount) Amount {
	out := Amount{Qualifier: Qualifier(a.Qualifier.String()), Vague: a.Vague}
	if !a.Currency.IsZero() {
		out.Currency = a.Currency.String()
	}
	if a.Value.IsValid() {
		out.Value = a.Value.String()
	}
	if a.Min.IsValid() {
		out.Min = a.Min.String()
	}
	if a.Max.IsValid() {
		out.Max = a.Max.String()
	}
	return out
}

// span maps a span of the normalized text to the original and returns it
// with its surface text.
func (st *state) span(start, end int) (int, int, string) {
	s, e := st.norm.Span(start, end)
	return s, e, st.norm.Original[s:e]
}

// fill writes what the stages found into doc, in original coordinates.
func (st *state) fill(doc *Document) {
	doc.Language = Language{Code: st.docLang.Code, Confidence: st.docLang.Confidence}
	orig := make([]lang.Span, len(st.sentences))
	for i, s := range st.sentences {
		orig[i].Start, orig[i].End, _ = st.span(s.Start, s.End)
	}
	doc.Segments = segments(len(st.norm.Original), orig, st.langs, st.docLang.Code)
	doc.Edits = slices.Grow(doc.Edits, len(st.norm.Edits))
	doc.Amounts = slices.Grow(doc.Amounts, len(st.amounts))
	doc.Quantities = slices.Grow(doc.Quantities, len(st.quantities))
	doc.Dates = slices.Grow(doc.Dates, len(st.dates))
	doc.Entities = slices.Grow(doc.Entities, len(st.entities))
	doc.Events = slices.Grow(doc.Events, len(st.events))
	for _, e := range st.norm.Edits {
		doc.Edits = append(doc.Edits, EditFrom(e))
	}
	for _, m := range st.amounts {
		a := amountOf(m.Amount)
		a.Start, a.End, a.Text = st.span(m.Start, m.End)
		doc.Amounts = append(doc.Amounts, a)
	}
	for _, m := range st.quantities {
		q := Quantity{Unit: Unit(m.Quantity.Unit.String()), Qualifier: Qualifier(m.Quantity.Qualifier.String())}
		if m.Quantity.Value.IsValid() {
			q.Value = m.Quantity.Value.String()
		}
		q.Start, q.End, q.Text = st.span(m.Start, m.End)
		doc.Quantities = append(doc.Quantities, q)
	}
	for _, d := range st.dates {
		if d.Kind != dates.KindDate {
			continue
		}
		x := Date{Value: d.Value, Precision: Precision(d.Precision.String()), Relative: d.Relative, Notes: d.Notes.Strings()}
		if d.Mod == dates.ModRange && d.To.Value != "" {
			x.Range = &DateRange{
				From: DateBound{Value: d.From.Value, Precision: Precision(d.From.Precision.String())},
				To:   DateBound{Value: d.To.Value, Precision: Precision(d.To.Precision.String())},
			}
		}
		x.Start, x.End, x.Text = st.span(d.Start, d.End)
		doc.Dates = append(doc.Dates, x)
	}
	for _, e := range st.entities {
		x := Entity{ID: e.ID, Type: EntityType(e.Kind.String()), Name: e.Name, Confidence: e.Confidence, Role: e.Role, Organization: e.Org, Mentions: []Mention{}}
		for _, m := range e.Mentions {
			var mm Mention
			mm.Start, mm.End, mm.Text = st.span(m.Start, m.End)
			x.Mentions = append(x.Mentions, mm)
		}
		doc.Entities = append(doc.Entities, x)
	}
	for i, ev := range st.events {
		x := Event{ID: fmt.Sprintf("V%d", i+1), Type: EventType(ev.Type.String()), Modality: Modality(ev.Modality.String()), Confidence: ev.Confidence, Rule: ev.Rule, Arguments: []Argument{}}
		x.Start, x.End, _ = st.span(evidence(ev))
		for _, e := range ev.Evidence {
			if len(ev.Evidence) < 2 {
				break
			}
			var sp Span
			sp.Start, sp.End, _ = st.span(e.Start, e.End)
			x.Evidence = append(x.Evidence, sp)
		}
		if ev.Date != nil {
			x.Date = &EventDate{Value: ev.Date.Value}
			x.Date.Start, x.Date.End, x.Date.Text = st.span(ev.Date.Start, ev.Date.End)
		}
		for _, a := range ev.Arguments {
			y := Argument{Role: Role(a.Role), Entity: a.Entity, Name: a.Name, Value: a.Value, Currency: a.Currency, Min: a.Min, Max: a.Max, Qualifier: Qualifier(a.Qualifier), Unit: Unit(a.Unit)}
			y.Start, y.End, y.Text = st.span(a.Start, a.End)
			x.Arguments = append(x.Arguments, y)
		}
		doc.Events = append(doc.Events, x)
	}
}
