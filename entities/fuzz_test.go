package entities_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// FuzzRecognize checks that any input gives, without panic, mentions inside
// the text whose Text is the text they span, sorted entities, and the same
// output twice.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Scale AI a déposé une plainte contre Mercor’s rival, l’échelle AI.",
		"Gil Luria, analyste chez D.A. Davidson, a dit: « Non. »",
		"M. Olivier Tessier rejoint Acme Corp. & Co. Ltd.",
		"A Tale of Two Trajectories: Mercor’s Meteoric Rise\n\nBerlin-based Île-de-France",
		"\xff\xfe'’s l’ D. A.B.C. &&& - -- ’’",
		"",
	} {
		f.Add(s)
	}
	r, err := entities.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ctx := context.Background()
		a, err := r.Recognize(ctx, text, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := r.Recognize(ctx, text, []entities.Sentence{{Start: 0, End: len(text), Lang: "en"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, ents := range [][]entities.Entity{a, b} {
			prev := -1
			for _, e := range ents {
				if len(e.Mentions) == 0 || e.Mentions[0].Start < prev {
					t.Fatalf("entities not sorted by first mention: %+v", ents)
				}
				prev = e.Mentions[0].Start
				if e.Confidence < 0 || e.Confidence > 1 || e.Kind == entities.KindUnknown || e.Name == "" || !utf8.ValidString(e.ID) {
					t.Fatalf("bad entity %+v", e)
				}
				for _, m := range e.Mentions {
					if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
						t.Fatalf("bad mention %+v in %q", m, text)
					}
				}
			}
		}
		again, _ := r.Recognize(ctx, text, nil)
		if diff := cmp.Diff(a, again); diff != "" {
			t.Fatalf("not deterministic (-first +second):\n%s", diff)
		}
	})
}
