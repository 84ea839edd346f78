package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
	"golang.org/x/text/language"
)

// families are hostile inputs built by repeating one unit n times, each
// aimed at a scan that might restart from the start of the text or of the
// sentence. None of them has a sentence end except "sentences".
var families = []struct {
	name string
	gen  func(n int) string
}{
	{"amounts", rep("5 € a ")},
	{"names", rep("Airbus et Boeing ")},
	{"dates", rep("le 3 mars 2025 ")},
	{"quotes", rep("« Oui » dit-il, ")},
	{"triggers", rep("a racheté ")},
	{"capitalised words", rep("Mot ")},
	{"nested quotes", func(n int) string {
		return strings.Repeat("« “ ", n) + "dit-il" + strings.Repeat(" ” »", n)
	}},
	{"one sentence", rep("la société Airbus a levé 10 millions de dollars le 3 mars, ")},
}

func rep(unit string) func(int) string {
	return func(n int) string { return strings.Repeat(unit, n) }
}

// BenchmarkHostile runs the pipeline on each hostile family at 1k, 10k
// and 100k repetitions. Linear stages give ns/op at 100k within 12× of
// ns/op at 10k.
func BenchmarkHostile(b *testing.B) {
	p := mustPipeline(b)
	ctx := context.Background()
	for _, f := range families {
		for _, n := range []int{1000, 10000, 100000} {
			text := f.gen(n)
			b.Run(fmt.Sprintf("%s/%d", f.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.Extract(ctx, extract.Article{Text: text, Lang: language.French, Published: published}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
