package tagger

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/google/go-cmp/cmp"
)

// words tokenizes text at spaces, for tests.
func words(text string) []Token {
	var out []Token
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == '\n' {
			if start >= 0 {
				out = append(out, Token{Start: start, End: i})
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func TestLabelsSpans(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		names []Span
	}{
		{name: "empty", n: 3},
		{name: "unit and multi", n: 6, names: []Span{
			{First: 0, Last: 0, Kind: gazetteer.KindOrg},
			{First: 2, Last: 4, Kind: gazetteer.KindPerson},
		}},
		{name: "adjacent", n: 4, names: []Span{
			{First: 0, Last: 1, Kind: gazetteer.KindLoc},
			{First: 2, Last: 3, Kind: gazetteer.KindOrg},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := labels(tt.n, tt.names)
			prev := labelO
			for i, l := range ls {
				if !allowed(prev, l, true) {
					t.Errorf("label %d (%s) cannot follow %s", i, labelNames[l], labelNames[prev])
				}
				prev = l
			}
			got := spans(ls, make([]float32, tt.n))
			if diff := cmp.Diff(tt.names, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLabelsSkipOverlapsAndOutOfRange(t *testing.T) {
	ls := labels(3, []Span{
		{First: 0, Last: 1, Kind: gazetteer.KindOrg},
		{First: 1, Last: 2, Kind: gazetteer.KindLoc}, // overlaps the first
		{First: 2, Last: 5, Kind: gazetteer.KindLoc}, // out of range
		{First: 2, Last: 2, Kind: gazetteer.KindUnknown},
	})
	want := []Span{{First: 0, Last: 1, Kind: gazetteer.KindOrg}}
	if diff := cmp.Diff(want, spans(ls, make([]float32, 3))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// toy is a small training set: capitalized names after cue words.
func toy() []Example {
	var out []Example
	for _, s := range []struct {
		text  string
		names []Span
	}{
		{"la société Vexa recrute à Lyon", []Span{{First: 2, Last: 2, Kind: gazetteer.KindOrg}, {First: 5, Last: 5, Kind: gazetteer.KindLoc}}},
		{"Jean Dupont dirige Orvane depuis Paris", []Span{{First: 0, Last: 1, Kind: gazetteer.KindPerson}, {First: 3, Last: 3, Kind: gazetteer.KindOrg}, {First: 5, Last: 5, Kind: gazetteer.KindLoc}}},
		{"Marie Curie vit à Lyon", []Span{{First: 0, Last: 1, Kind: gazetteer.KindPerson}, {First: 4, Last: 4, Kind: gazetteer.KindLoc}}},
		{"la société Kestrel quitte Paris", []Span{{First: 2, Last: 2, Kind: gazetteer.KindOrg}, {First: 4, Last: 4, Kind: gazetteer.KindLoc}}},
	} {
		out = append(out, Example{Text: s.text, Tokens: words(s.text), Names: s.names, Annotated: []Kind{gazetteer.KindPerson, gazetteer.KindOrg, gazetteer.KindLoc}})
	}
	return out
}

func TestTrainDeterministic(t *testing.T) {
	var files [][]byte
	for range 2 {
		m, err := Train(context.Background(), toy(), TrainConfig{Lang: "fr", Bits: 12, Epochs: 5, Seed: 7, NameBias: 1})
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, b)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatal("two trainings on the same data gave different bytes")
	}
	m, err := Decode(files[0], "fr")
	if err != nil {
		t.Fatal(err)
	}
	text := "la société Vexa recrute à Paris"
	toks := words(text)
	var got []string
	for _, s := range m.Tag(text, toks) {
		got = append(got, s.Kind.String()+":"+text[toks[s.First].Start:toks[s.Last].End])
	}
	if diff := cmp.Diff([]string{"ORG:Vexa", "LOC:Paris"}, got); diff != "" {
		t.Errorf("tagging a training-like sentence (-want +got):\n%s", diff)
	}
}

func TestTrainErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, toy(), TrainConfig{Lang: "fr", Bits: 10}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v", err)
	}
	if _, err := Train(context.Background(), toy(), TrainConfig{Lang: "fr", Bits: 30}); err == nil {
		t.Error("30 bits: no error")
	}
}

func TestDecodeErrors(t *testing.T) {
	m, err := Train(context.Background(), toy(), TrainConfig{Lang: "de", Bits: 10, Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	good, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		lang string
	}{
		{name: "empty", data: nil, lang: "de"},
		{name: "bad magic", data: append([]byte("XXXX"), good[4:]...), lang: "de"},
		{name: "truncated", data: good[:len(good)/2], lang: "de"},
		{name: "other language", data: good, lang: "fr"},
		{name: "version", data: append([]byte("DPTG\x09\x00"), good[6:]...), lang: "de"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Decode(tt.data, tt.lang); !errors.Is(err, ErrModel) {
				t.Errorf("got %v, want ErrModel", err)
			}
		})
	}
}

func TestForLang(t *testing.T) {
	for _, lang := range Langs {
		m, err := ForLang(lang)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if m.Lang() != lang {
			t.Errorf("%s: model of %q", lang, m.Lang())
		}
	}
	if _, err := ForLang("es"); !errors.Is(err, ErrNoModel) {
		t.Errorf("es: got %v, want ErrNoModel", err)
	}
}

// TestTagHostile checks that tokens outside the text, overlapping or
// empty read as nothing and never panic, and that scores cover every
// token.
func TestTagHostile(t *testing.T) {
	m, err := ForLang("en")
	if err != nil {
		t.Fatal(err)
	}
	text := "Apple hired Tim Cook in Cupertino."
	tests := []struct {
		name string
		toks []Token
	}{
		{name: "none"},
		{name: "out of range", toks: []Token{{Start: 0, End: 5}, {Start: 30, End: 90}}},
		{name: "overlapping", toks: []Token{{Start: 0, End: 5}, {Start: 2, End: 8}}},
		{name: "reversed", toks: []Token{{Start: 5, End: 0}}},
		{name: "negative", toks: []Token{{Start: -3, End: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scores := make([]float32, len(tt.toks))
			for _, s := range m.TagScores(text, tt.toks, scores) {
				if s.First < 0 || s.Last >= len(tt.toks) || s.First > s.Last {
					t.Errorf("span %+v out of %d tokens", s, len(tt.toks))
				}
			}
		})
	}
}
