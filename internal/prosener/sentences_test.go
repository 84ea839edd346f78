package prosener_test

import (
	"context"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"slices"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/prosener"
	"github.com/google/go-cmp/cmp"
)

// TestSentencesWithNER runs entities' wire-copy test set with prose as an
// extra signal: the signal must not break what the rules get right.
func TestSentencesWithNER(t *testing.T) {
	n, err := prosener.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := entities.New(entities.WithNER(n))
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range testcorpus.EntitySentences(t) {
		ents, err := r.Recognize(context.Background(), row.Text, []entities.Sentence{{Start: 0, End: len(row.Text), Lang: row.Lang}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ents {
			got = append(got, e.Kind.String()+":"+e.Name)
		}
		want := slices.Clone(row.Want)
		slices.Sort(got)
		slices.Sort(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sentences.tsv:%d %q (-want +got):\n%s", row.Line, row.Text, diff)
		}
	}
}
