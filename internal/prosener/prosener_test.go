package prosener_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/prosener"
)

func TestEntities(t *testing.T) {
	n, err := prosener.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Bonjour. Tim Cook, the chief executive of Apple, spoke in London on Monday."
	fr := entities.Sentence{Start: 0, End: 8, Lang: "fr"}
	en := entities.Sentence{Start: 9, End: len(text), Lang: "en"}
	if got, err := n.Entities(context.Background(), text, fr); err != nil || got != nil {
		t.Errorf("French sentence: got %v, %v; want nil, nil", got, err)
	}
	got, err := n.Entities(context.Background(), text, en)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("no candidates in an English sentence")
	}
	for _, c := range got {
		if c.Start < en.Start || c.End > en.End || c.Start >= c.End || c.Kind == entities.KindUnknown {
			t.Errorf("bad candidate %+v (%q)", c, text[max(0, c.Start):min(len(text), c.End)])
		}
	}
	for _, bad := range []entities.Sentence{{Start: -1, End: 3, Lang: "en"}, {Start: 5, End: 999, Lang: "en"}} {
		if got, err := n.Entities(context.Background(), text, bad); err != nil || got != nil {
			t.Errorf("sentence %+v out of bounds: got %v, %v; want nil, nil", bad, got, err)
		}
	}
}

func TestKind(t *testing.T) {
	tests := []struct {
		label string
		want  entities.Kind
	}{
		{"PERSON", entities.KindPerson},
		{"GPE", entities.KindLoc},
		{"LOC", entities.KindLoc},
		{"ORG", entities.KindOrg},
		{"MONEY", entities.KindUnknown},
		{"", entities.KindUnknown},
	}
	for _, tt := range tests {
		if got := prosener.Kind(tt.label); got != tt.want {
			t.Errorf("Kind(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// ExampleRecognizer plugs prose's recognizer into entities as one more
// signal for English sentences.
func ExampleRecognizer() {
	n, err := prosener.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := entities.New(entities.WithNER(n))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Kestrel Aerospace CEO Daniel Whitmore said the Ohio plant would close."
	ents, err := r.Recognize(context.Background(), text, []entities.Sentence{{Start: 0, End: len(text), Lang: "en"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ents {
		fmt.Println(e.Kind, e.Name)
	}
	// Output:
	// ORG Kestrel Aerospace
	// PERSON Daniel Whitmore
	// LOC Ohio
}

// TestConcurrent shares one Recognizer between goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	n, err := prosener.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Tim Cook, the chief executive of Apple, spoke in London on Monday."
	s := entities.Sentence{Start: 0, End: len(text), Lang: "en"}
	want, err := n.Entities(context.Background(), text, s)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 10 {
				got, err := n.Entities(context.Background(), text, s)
				if err != nil || !slices.Equal(got, want) {
					t.Errorf("got %v, %v; want %v", got, err, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
