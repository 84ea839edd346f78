package nercorpus_test

import (
	"testing"

	"github.com/depeche-nlp/depeche/entities/tagger/internal/nercorpus"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
)

// TestNoLeak guards the evaluation: no document of a dev or test part is
// a training document, by key or by text, and every split is drawn from
// the document's key alone.
func TestNoLeak(t *testing.T) {
	dir := testcorpus.Shared(t, "corpora", "ner")
	for _, lang := range []string{"fr", "en", "de"} {
		docs, err := nercorpus.Read(dir, lang)
		if err != nil {
			t.Fatal(err)
		}
		trainKeys, trainTexts := map[string]bool{}, map[string]bool{}
		counts := map[nercorpus.Split]int{}
		for _, d := range docs {
			counts[d.Split]++
			if d.Split != nercorpus.SplitOf(nercorpus.Doc{Key: d.Key, TrainOnly: d.TrainOnly}) {
				t.Errorf("%s %s: split depends on more than the key", lang, d.Key)
			}
			if d.Split == nercorpus.Train {
				trainKeys[d.Key] = true
				trainTexts[d.Text] = true
			}
		}
		for _, d := range docs {
			if d.Split == nercorpus.Train {
				continue
			}
			if d.TrainOnly {
				t.Errorf("%s %s: a training-only source is evaluated", lang, d.Key)
			}
			if trainKeys[d.Key] || trainTexts[d.Text] {
				t.Errorf("%s %s (%s): also in training", lang, d.Key, d.Split)
			}
		}
		if counts[nercorpus.Dev] == 0 || counts[nercorpus.Test] == 0 || counts[nercorpus.Train] < counts[nercorpus.Test] {
			t.Errorf("%s: splits %v", lang, counts)
		}
	}
}

func TestScore(t *testing.T) {
	d := nercorpus.Doc{
		Names:     []nercorpus.Name{{Start: 0, End: 5, Kind: 1}, {Start: 10, End: 20, Kind: 2}, {Start: 30, End: 35}},
		Annotated: nercorpus.ScoredKinds,
	}
	var s nercorpus.Score
	s.Add(d, []nercorpus.Name{
		{Start: 0, End: 5, Kind: 1},   // exact
		{Start: 12, End: 20, Kind: 2}, // overlap
		{Start: 30, End: 35, Kind: 1}, // on a MISC name: an error
	})
	want := nercorpus.Counts{Strict: 1, Lenient: 2, Pred: 3, Gold: 2}
	if got := s.ByKind[0]; got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
