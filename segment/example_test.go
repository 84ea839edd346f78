package segment_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/segment"
)

func ExampleSplit() {
	text := "Analyste chez D.A. Davidson, M. Luria a parlé.\nLa défense de Mercor\n" +
		"Elle a déclaré:”Bien … différente.” Le 3 févr. 2025, Apple Inc. a signé."
	for _, s := range segment.Split(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text(text))
	}
	// Output:
	// 0-47 Analyste chez D.A. Davidson, M. Luria a parlé.
	// 48-69 La défense de Mercor
	// 70-114 Elle a déclaré:”Bien … différente.”
	// 115-153 Le 3 févr. 2025, Apple Inc. a signé.
}

func ExampleNew() {
	sp, err := segment.New(segment.WithAbbreviations(segment.Abbreviation{Text: "Gouv.", Kind: segment.Title}))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Le Gouv. Legault a parlé. Il part."
	for _, s := range sp.Split(text) {
		fmt.Println(s.Text(text))
	}
	// Output:
	// Le Gouv. Legault a parlé.
	// Il part.
}
