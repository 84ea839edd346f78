package events_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/depeche-nlp/depeche/events"
)

// find returns the span of the first occurrence of sub in text.
func find(text, sub string) events.Span {
	i := strings.Index(text, sub)
	return events.Span{Start: i, End: i + len(sub)}
}

// findAll returns the spans of every occurrence of sub in text.
func findAll(text, sub string) []events.Span {
	var out []events.Span
	for i := 0; ; {
		j := strings.Index(text[i:], sub)
		if j < 0 {
			return out
		}
		out = append(out, events.Span{Start: i + j, End: i + j + len(sub)})
		i += j + len(sub)
	}
}

func ExampleExtractor_Extract() {
	text := "Meta a investi 14,3 milliards de dollars dans Scale AI en juin. En juillet, Scale AI a licencié 14 % de ses effectifs."
	first := strings.Index(text, ". ") + 2
	in := events.Input{
		Text:      text,
		Lang:      "fr",
		Sentences: []events.Sentence{{Span: events.Span{Start: 0, End: first}}, {Span: events.Span{Start: first, End: len(text)}}},
		Entities: []events.Entity{
			{ID: "E1", Type: "ORG", Name: "Meta", Mentions: []events.Span{find(text, "Meta")}},
			{ID: "E2", Type: "ORG", Name: "Scale AI", Mentions: findAll(text, "Scale AI")},
		},
		Amounts:    []events.Amount{{Span: find(text, "14,3 milliards de dollars"), Value: "14300000000", Currency: "USD", Qualifier: "exact"}},
		Quantities: []events.Quantity{{Span: find(text, "14 %"), Value: "14", Unit: "percent"}},
		Dates: []events.Date{
			{Span: find(text, "en juin"), Value: "2025-06", Precision: "month", Relative: true},
			{Span: find(text, "En juillet"), Value: "2025-07", Precision: "month", Relative: true},
		},
	}
	x, err := events.New()
	if err != nil {
		panic(err)
	}
	evs, err := x.Extract(context.Background(), in)
	if err != nil {
		panic(err)
	}
	for _, e := range evs {
		fmt.Println(e.Type, e.Modality, e.Rule)
		for _, a := range e.Arguments {
			fmt.Printf("  %s: %s %q\n", a.Role, a.Name+a.Value, text[a.Start:a.End])
		}
		if e.Date != nil {
			fmt.Println("  date:", e.Date.Value)
		}
	}
	// Output:
	// investment asserted fr.investment.investir_dans
	//   investor: Meta "Meta"
	//   target: Scale AI "Scale AI"
	//   amount: 14300000000 "14,3 milliards de dollars"
	//   date: 2025-06
	// layoff asserted fr.layoff.licencier
	//   employer: Scale AI "Scale AI"
	//   percent: 14 "14 %"
	//   date: 2025-07
}

func ExampleGroup() {
	target := events.Argument{Role: "target", Name: "Scale AI"}
	investor := events.Argument{Role: "investor", Name: "Meta"}
	a := []events.Event{{Type: events.Investment, Arguments: []events.Argument{investor, target,
		{Role: "amount", Value: "14300000000", Currency: "USD"}}}}
	b := []events.Event{
		{Type: events.Lawsuit, Arguments: []events.Argument{{Role: "plaintiff", Name: "Scale AI"}}},
		{Type: events.Investment, Arguments: []events.Argument{investor, target}},
	}
	for _, c := range events.Group([][]events.Event{a, b}) {
		fmt.Println(c.Type, c.Members)
	}
	// Output:
	// investment [{0 0} {1 1}]
}
