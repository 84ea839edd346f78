package prosener_test

import (
	"context"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/prosener"
)

// BenchmarkRecognizeWithNER measures entities with prose as a signal on
// English text where every other sentence needs prose.
func BenchmarkRecognizeWithNER(b *testing.B) {
	n, err := prosener.New()
	if err != nil {
		b.Fatal(err)
	}
	r, err := entities.New(entities.WithNER(n))
	if err != nil {
		b.Fatal(err)
	}
	// The second sentence has a run glued to a known name, just below the
	// threshold: only there is prose consulted.
	pair := []string{
		"Kestrel Aerospace CEO Daniel Whitmore said on Tuesday the company would close its plant in Ohio and cut 1,200 jobs. ",
		"Analysts expect Nvidia Harlow chips to ship in the spring, after a delay of several months at the plant. ",
	}
	var sb strings.Builder
	var sents []entities.Sentence
	for i := range 500 {
		p := pair[i%2]
		sents = append(sents, entities.Sentence{Start: sb.Len(), End: sb.Len() + len(p) - 1, Lang: "en"})
		sb.WriteString(p)
	}
	text := sb.String()
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Recognize(ctx, text, sents); err != nil {
			b.Fatal(err)
		}
	}
}
