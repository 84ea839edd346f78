package extract_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/extract"
)

// ExamplePipeline_Extract analyses a French article that quotes a German
// sentence, and prints the language runs.
func ExamplePipeline_Extract() {
	p, err := extract.New(extract.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "La start-up a levé 20 millions d’euros auprès de ses investisseurs historiques. " +
		"Das Unternehmen will die Mittel für die Expansion nach Deutschland nutzen."
	doc, err := p.Extract(context.Background(), extract.Article{
		Text:      text,
		Published: time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("document:", doc.Language.Code)
	for _, s := range doc.Segments {
		fmt.Printf("%s: %s\n", s.Language, strings.TrimSpace(doc.Text[s.Start:s.End]))
	}
	// Output:
	// document: fr
	// fr: La start-up a levé 20 millions d’euros auprès de ses investisseurs historiques.
	// de: Das Unternehmen will die Mittel für die Expansion nach Deutschland nutzen.
}

// ExamplePipeline_ExtractAll analyses a stream of articles, two at a time,
// and prints each result in input order; an article that cannot be
// analysed gives an error in its place and the batch goes on.
func ExamplePipeline_ExtractAll() {
	p, err := extract.New(extract.Config{Workers: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	articles := []extract.Article{
		{ID: "a", Text: "Mistral AI a levé 600 millions d'euros."},
		{ID: "b", Text: "caf\xe9"}, // Latin-1, not UTF-8
		{ID: "c", Text: "Nvidia agreed to buy Run:ai for $700 million."},
	}
	for r := range p.ExtractAll(context.Background(), slices.Values(articles)) {
		if r.Err != nil {
			fmt.Println(r.Index, r.Article.ID, "error:", r.Err)
			continue
		}
		for _, a := range r.Document.Amounts {
			fmt.Println(r.Index, r.Article.ID, a.Text, a.Value, a.Currency)
		}
	}
	// Output:
	// 0 a 600 millions d'euros 600000000 EUR
	// 1 b error: extract: invalid UTF-8 at byte 3
	// 2 c $700 million 700000000 USD
}

// ExampleGroupEvents groups the events that two articles, one French and
// one English, tell of the same investment.
func ExampleGroupEvents() {
	p, err := extract.New(extract.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	articles := []extract.Article{
		{ID: "fr", Text: "Le groupe Nestlé a investi 200 millions d'euros dans la start-up Alpinor, dont il détient désormais 30 %."},
		{ID: "en", Text: "Nestlé invested 200 million euros in Alpinor, taking a 30% stake in the Swiss start-up."},
	}
	var docs []*extract.Document
	for r := range p.ExtractAll(context.Background(), slices.Values(articles)) {
		if r.Err != nil {
			fmt.Println(r.Err)
			return
		}
		docs = append(docs, r.Document)
	}
	for _, g := range extract.GroupEvents(docs) {
		fmt.Print(g.Type, ":")
		for _, m := range g.Members {
			fmt.Print(" ", m.ID, "/", m.Event)
		}
		fmt.Println()
	}
	// Output:
	// investment: fr/V1 en/V1
}
