package entities_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/depeche-nlp/depeche/entities"
)

func ExampleRecognizer_Recognize() {
	r, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Scale AI a déposé une plainte contre Mercor. Surya Midha, cofondateur de Mercor, nie. " +
		"Selon la plainte, Eugene Ling a emporté des documents de Scale. Ling conteste."
	ents, err := r.Recognize(context.Background(), text, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ents {
		fmt.Printf("%s %s %q mentions=%d", e.ID, e.Kind, e.Name, len(e.Mentions))
		if e.Role != "" {
			fmt.Printf(" role=%q org=%q", e.Role, e.Org)
		}
		fmt.Println()
	}
	// Output:
	// E1 ORG "Scale AI" mentions=2
	// E2 ORG "Mercor" mentions=2
	// E3 PERSON "Surya Midha" mentions=1 role="co-founder" org="Mercor"
	// E4 PERSON "Eugene Ling" mentions=2
}

// Names in no list are found from cues: a legal form, a designator, a
// role in apposition, a title.
func ExampleRecognizer_Recognize_unknownNames() {
	r, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Zentrix Robotics a levé 45 millions d’euros auprès du fonds Harbor Point Capital. " +
		"Le PDG de Zentrix, Julien Ferrand, vise Marseille. Zentrix emploie 80 personnes."
	ents, err := r.Recognize(context.Background(), text, []entities.Sentence{{Start: 0, End: len(text), Lang: "fr"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, text[m.Start:m.End])
		}
		fmt.Println(strings.TrimSpace(fmt.Sprint(e.Kind, " ", e.Name, " ", ms, " ", e.Role, " ", e.Org)))
	}
	// Output:
	// ORG Zentrix Robotics [Zentrix Robotics Zentrix Zentrix]
	// ORG Harbor Point Capital [Harbor Point Capital]
	// PERSON Julien Ferrand [Julien Ferrand] CEO Zentrix Robotics
	// LOC Marseille [Marseille]
}

// Spans that hold no name, such as the amounts found by package money,
// are excluded by the caller.
func ExampleRecognizer_RecognizeExcept() {
	r, err := entities.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Der Finanzinvestor Nordlicht Capital zahlt 2 Milliarden US$ für Kranich Logistik."
	amount := "2 Milliarden US$"
	i := strings.Index(text, amount)
	ents, err := r.RecognizeExcept(context.Background(), text,
		[]entities.Sentence{{Start: 0, End: len(text), Lang: "de"}},
		[]entities.Span{{Start: i, End: i + len(amount)}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ents {
		fmt.Println(e.Kind, e.Name)
	}
	// Output:
	// ORG Nordlicht Capital
	// ORG Kranich Logistik
}
