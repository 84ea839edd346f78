package entities_test

import (
	"context"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"slices"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// TestSentences runs the wire-copy test set in testdata/sentences.tsv:
// English and French sentences about companies in no list, each with the
// entities a careful reader finds.
func TestSentences(t *testing.T) {
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	for _, row := range testcorpus.EntitySentences(t) {
		langs[row.Lang]++
		t.Run(row.Lang+"/"+row.Text, func(t *testing.T) {
			ents, err := r.Recognize(context.Background(), row.Text, []entities.Sentence{{Start: 0, End: len(row.Text), Lang: row.Lang}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range ents {
				got = append(got, e.Kind.String()+":"+e.Name)
				for _, m := range e.Mentions {
					if row.Text[m.Start:m.End] != m.Text {
						t.Errorf("mention %q does not match text[%d:%d]", m.Text, m.Start, m.End)
					}
				}
			}
			want := slices.Clone(row.Want)
			slices.Sort(got)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sentences.tsv:%d entities (-want +got):\n%s", row.Line, diff)
			}
		})
	}
	if langs["en"] < 40 || langs["fr"] < 40 {
		t.Errorf("test set too small: %v sentences per language, want at least 40 each", langs)
	}
}
