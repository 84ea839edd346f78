package analysis_test

import (
	"context"
	"fmt"
	"os"

	"github.com/depeche-nlp/depeche/analysis"
)

func ExampleAnalyzer_Analyze() {
	a, err := analysis.New("fr")
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Le groupe a racheté la start-up du fondateur."
	doc, err := a.Analyze(context.Background(), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, t := range doc.Tokens {
		head := "root"
		if t.Head >= 0 {
			head = doc.Form(t.Head)
		}
		fmt.Printf("%-9s %-9s %-5s %-6s %s\n", text[t.Start:t.End], doc.Lemma(i), t.UPOS, t.Rel.Universal(), head)
	}
	// Output:
	// Le        le        DET   det    groupe
	// groupe    groupe    NOUN  nsubj  racheté
	// a         avoir     AUX   aux    racheté
	// racheté   racheter  VERB  root   root
	// la        le        DET   det    start-up
	// start-up  start-up  NOUN  obj    racheté
	// du        de        ADP   case   fondateur
	// du        le        DET   det    fondateur
	// fondateur fondateur NOUN  nmod   start-up
	// .         .         PUNCT punct  racheté
}

func ExampleAnalyzer_AnalyzeWords() {
	a, err := analysis.New("en")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := a.AnalyzeWords(context.Background(), [][]string{{"The", "shares", "rose", "sharply", "."}})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := doc.WriteCoNLLU(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # sent_id = 1
	// # text = The shares rose sharply .
	// 1	The	the	DET	_	_	2	det	_	_
	// 2	shares	share	NOUN	_	Number=Plur	3	nsubj	_	_
	// 3	rose	rise	VERB	_	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
	// 4	sharply	sharply	ADV	_	_	3	advmod	_	_
	// 5	.	.	PUNCT	_	_	3	punct	_	_
}
