package segment_test

import (
	"errors"
	"testing"

	"github.com/depeche-nlp/depeche/segment"
	"github.com/google/go-cmp/cmp"
)

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name      string
		abbrs     []segment.Abbreviation
		wantIs    error
		wantIndex int // -1: not an *OptionError
	}{
		{name: "empty", abbrs: []segment.Abbreviation{{Text: "", Kind: segment.Title}}, wantIs: segment.ErrInvalidAbbreviation},
		{name: "only a period", abbrs: []segment.Abbreviation{{Text: ".", Kind: segment.Title}}, wantIs: segment.ErrInvalidAbbreviation},
		{name: "space", abbrs: []segment.Abbreviation{{Text: "Ok.", Kind: segment.Title}, {Text: "a b.", Kind: segment.Inner}}, wantIs: segment.ErrInvalidAbbreviation, wantIndex: 1},
		{name: "zero kind", abbrs: []segment.Abbreviation{{Text: "Gouv."}}, wantIs: segment.ErrInvalidAbbreviation},
		{name: "too long", abbrs: []segment.Abbreviation{{Text: "Abcdefghijklmnopqrstuvwxyzabcdefghij.", Kind: segment.Ordinary}}, wantIs: segment.ErrInvalidAbbreviation},
		{name: "conflicting kinds", abbrs: []segment.Abbreviation{{Text: "Gouv.", Kind: segment.Title}, {Text: "Gouv", Kind: segment.Inner}}, wantIs: segment.ErrConflict, wantIndex: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, err := segment.New(segment.WithAbbreviations(tt.abbrs...))
			if sp != nil || !errors.Is(err, tt.wantIs) {
				t.Fatalf("New() = %v, %v; want nil, an error wrapping %v", sp, err, tt.wantIs)
			}
			var oe *segment.OptionError
			if got := errors.As(err, &oe); got != (tt.wantIndex >= 0) {
				t.Fatalf("errors.As(%v, *OptionError) = %v", err, got)
			}
			if oe != nil && oe.Index != tt.wantIndex {
				t.Errorf("OptionError.Index = %d, want %d", oe.Index, tt.wantIndex)
			}
		})
	}
}

func TestNewAbbreviations(t *testing.T) {
	tests := []struct {
		name   string
		abbrs  []segment.Abbreviation
		text   string
		want   []string
		reason string
	}{
		{name: "none", text: "Le Gouv. Legault parle.", want: []string{"Le Gouv.", "Legault parle."}},
		{name: "extra title", abbrs: []segment.Abbreviation{{Text: "Gouv.", Kind: segment.Title}}, text: "Le Gouv. Legault parle.", want: []string{"Le Gouv. Legault parle."}},
		{name: "lower-case entry matches capitalized", abbrs: []segment.Abbreviation{{Text: "approx", Kind: segment.Inner}},
			text: "Approx. Fifty came.", want: []string{"Approx. Fifty came."}},
		{name: "replaces an embedded entry", abbrs: []segment.Abbreviation{{Text: "M.", Kind: segment.Ordinary}},
			text: "Il voit M. Dupont.", want: []string{"Il voit M.", "Dupont."}, reason: "M. is a title in the embedded French table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, err := segment.New(segment.WithAbbreviations(tt.abbrs...))
			if err != nil {
				t.Fatal(err)
			}
			got := sp.Split(tt.text)
			checkInvariants(t, tt.text, got)
			if diff := cmp.Diff(tt.want, texts(tt.text, got)); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNilSplitter(t *testing.T) {
	var sp *segment.Splitter
	text := "Un. Deux."
	if diff := cmp.Diff(segment.Split(text), sp.Split(text)); diff != "" {
		t.Errorf("nil Splitter differs from Split (-want +got):\n%s", diff)
	}
}

func TestKindString(t *testing.T) {
	got := []string{segment.KindUnknown.String(), segment.Ordinary.String(), segment.Title.String(), segment.Inner.String(), segment.Kind(99).String()}
	want := []string{"unknown", "ordinary", "title", "inner", "unknown"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Kind.String mismatch (-want +got):\n%s", diff)
	}
}
