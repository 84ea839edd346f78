package events

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// spec describes a test document in readable form.
//
//	ents:  "ORG:Scale AI|Scale" — type, canonical name, then the surface forms
//	       (the canonical name is the first surface form when none is given);
//	       every occurrence of a surface form is a mention.
//	money: "14,3 milliards de dollars=14300000000 USD" or "jusqu’à 200 millions de dollars=200000000 USD up_to"
//	qty:   "49 %=49 percent", "200 employés=200 people"
//	dates: "en juin=2025-06", "six mois=6M duration"
type spec struct {
	lang                    string
	text                    string
	ents, money, qty, dates []string
}

var sentenceEnd = regexp.MustCompile(`[.!?…](?:["”»])?\s+|\n+`)

// build turns a spec into an Input, locating every surface form in the text.
func build(t testing.TB, s spec) Input {
	t.Helper()
	in := Input{Text: s.text, Lang: s.lang}
	start := 0
	for _, loc := range sentenceEnd.FindAllStringIndex(s.text, -1) {
		in.Sentences = append(in.Sentences, Sentence{Span: Span{start, loc[1]}})
		start = loc[1]
	}
	if start < len(s.text) {
		in.Sentences = append(in.Sentences, Sentence{Span: Span{start, len(s.text)}})
	}
	all := func(surface string) []Span {
		var out []Span
		for i := 0; ; {
			j := strings.Index(s.text[i:], surface)
			if j < 0 {
				break
			}
			out = append(out, Span{i + j, i + j + len(surface)})
			i += j + len(surface)
		}
		if len(out) == 0 {
			t.Fatalf("%q not found in %.60q…", surface, s.text)
		}
		return out
	}
	for i, e := range s.ents {
		typ, rest, _ := strings.Cut(e, ":")
		forms := strings.Split(rest, "|")
		ent := Entity{ID: fmt.Sprintf("E%d", i+1), Type: typ, Name: forms[0]}
		if len(forms) > 1 {
			forms = forms[1:]
		}
		for _, f := range forms {
			ent.Mentions = append(ent.Mentions, all(f)...)
		}
		in.Entities = append(in.Entities, ent)
	}
	for _, m := range s.money {
		surface, val, _ := strings.Cut(m, "=")
		f := strings.Fields(val)
		a := Amount{Value: f[0], Currency: f[1], Qualifier: "exact"}
		if len(f) > 2 {
			a.Qualifier = f[2]
		}
		if a.Qualifier == "up_to" {
			a.Max = a.Value
		}
		for _, sp := range all(surface) {
			a.Span = sp
			in.Amounts = append(in.Amounts, a)
		}
	}
	for _, q := range s.qty {
		surface, val, _ := strings.Cut(q, "=")
		f := strings.Fields(val)
		for _, sp := range all(surface) {
			in.Quantities = append(in.Quantities, Quantity{Span: sp, Value: f[0], Unit: f[1]})
		}
	}
	for _, dt := range s.dates {
		surface, val, _ := strings.Cut(dt, "=")
		f := strings.Fields(val)
		for _, sp := range all(surface) {
			in.Dates = append(in.Dates, Date{Span: sp, Value: f[0], Precision: "month", Duration: len(f) > 1 && f[1] == "duration"})
		}
	}
	return in
}

// summary prints an event as "type modality role=value … @date".
func summary(e Event) string {
	var b strings.Builder
	b.WriteString(e.Type.String() + " " + e.Modality.String())
	for _, a := range e.Arguments {
		v := a.Name
		switch {
		case a.Role == "quote":
			continue
		case v != "":
		case a.Value != "":
			v = a.Value
		default:
			v = a.Max
		}
		b.WriteString(" " + a.Role + "=" + v)
	}
	if e.Date != nil {
		b.WriteString(" @" + e.Date.Value)
	}
	return b.String()
}

// extractChecked runs Extract and checks the invariants every result must hold.
func extractChecked(t testing.TB, x *Extractor, in Input) []Event {
	t.Helper()
	evs, err := x.Extract(context.Background(), in)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	checkSpans(t, in, evs)
	return evs
}

func checkSpans(t testing.TB, in Input, evs []Event) {
	t.Helper()
	ok := func(s Span) bool {
		valid := utf8.ValidString(in.Text)
		boundary := func(p int) bool { return !valid || p == len(in.Text) || utf8.RuneStart(in.Text[p]) }
		return s.Start >= 0 && s.Start <= s.End && s.End <= len(in.Text) && boundary(s.Start) && boundary(s.End)
	}
	for _, e := range evs {
		if !ok(e.Span) || e.Type == TypeUnknown || e.Modality == ModalityUnknown || e.Confidence < 0 || e.Confidence > 1 || e.Rule == "" {
			t.Errorf("bad event %+v", e)
		}
		for _, s := range e.Evidence {
			if !ok(s) {
				t.Errorf("bad evidence %v in %+v", s, e)
			}
		}
		if e.Date != nil && !slices.ContainsFunc(in.Dates, func(d Date) bool { return d.Span == e.Date.Span }) {
			t.Errorf("date %+v is not an input date", e.Date)
		}
		for _, a := range e.Arguments {
			if !ok(a.Span) {
				t.Errorf("bad argument span %+v", a)
			}
			if !argFromInput(in, a) {
				t.Errorf("argument %+v (%q) is not an input item", a, in.Text[a.Start:a.End])
			}
			if a.Name != "" && a.Entity == "" {
				t.Errorf("argument %+v names no entity", a)
			}
		}
	}
}

// argFromInput reports whether argument a points at the input item it names:
// an entity mention, an amount, a quantity, or (for words) any text.
func argFromInput(in Input, a Argument) bool {
	switch {
	case a.Entity != "":
		for _, e := range in.Entities {
			if e.ID == a.Entity && e.Name == a.Name && slices.Contains(e.Mentions, a.Span) {
				return true
			}
		}
		return false
	case a.Currency != "":
		return slices.ContainsFunc(in.Amounts, func(x Amount) bool { return x.Span == a.Span && x.Value == a.Value })
	case a.Unit != "":
		return slices.ContainsFunc(in.Quantities, func(x Quantity) bool { return x.Span == a.Span && x.Value == a.Value })
	}
	return a.Value != "" && a.End > a.Start
}
