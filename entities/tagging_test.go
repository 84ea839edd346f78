package entities_test

import (
	"context"
	"slices"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// TestTagger runs the recognizer with the learned name tagger on news
// that the rules alone get wrong.
func TestTagger(t *testing.T) {
	r := newRecognizer(t, entities.WithTagger())
	tests := []struct {
		name, lang, text string
		want             []string
		reason           string
	}{
		{name: "German surname after a verb", lang: "de",
			text:   "Die Maut kommt später, sagte Dobrindt am Montag in Berlin.",
			want:   []string{"PERSON Dobrindt", "LOC Berlin"},
			reason: "one capitalized word is a noun to the rules; the tagger reads a person after sagte"},
		{name: "headline in capitals", lang: "en",
			text:   "MARKETS RALLY AS TRADE TALKS RESUME\nShares rose on Monday in London.",
			want:   []string{"LOC London"},
			reason: "a line in capitals is typography"},
		{name: "German nouns", lang: "de",
			text:   "Die Regierung plant eine Reform der Rente, teilte das Ministerium mit.",
			want:   nil,
			reason: "capitalized nouns are no names"},
		{name: "French people and places", lang: "fr",
			text:   "Le maire de Bordeaux, Pierre Hurmic, a reçu Anne Hidalgo mardi.",
			want:   []string{"LOC Bordeaux", "PERSON Pierre Hurmic", "PERSON Anne Hidalgo"},
			reason: "names with no cue of the rules"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, err := r.Recognize(context.Background(), tt.text, []entities.Sentence{{Start: 0, End: len(tt.text), Lang: tt.lang}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range ents {
				got = append(got, e.Kind.String()+" "+e.Name)
				for _, m := range e.Mentions {
					if tt.text[m.Start:m.End] != m.Text {
						t.Errorf("mention %q is not text[%d:%d]", m.Text, m.Start, m.End)
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestTaggerTokens checks that the tokens given to the tagger are spans of
// the text, in order, with hints from the tables.
func TestTaggerTokens(t *testing.T) {
	r := newRecognizer(t)
	text := "La société Vexa SA, dirigée par Marie Curie, recrute à Lyon."
	toks, err := r.TaggerTokens(text, []entities.Sentence{{Start: 0, End: len(text), Lang: "fr"}})
	if err != nil {
		t.Fatal(err)
	}
	last := 0
	var hinted []string
	for _, tk := range toks {
		if tk.Start < last || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token [%d,%d) out of order or bounds", tk.Start, tk.End)
		}
		last = tk.End
		if tk.Hints != 0 {
			hinted = append(hinted, text[tk.Start:tk.End])
		}
	}
	for _, w := range []string{"SA", "Marie", "Lyon"} {
		if !slices.Contains(hinted, w) {
			t.Errorf("%q has no hint (hinted: %v)", w, hinted)
		}
	}
	if _, err := r.TaggerTokens(text, []entities.Sentence{{Start: 0, End: len(text) + 1}}); err == nil {
		t.Error("a sentence out of the text: no error")
	}
}
