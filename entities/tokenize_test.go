package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{name: "elision", in: "l’échelle d'Apple", want: []string{"l’", "échelle", "d'", "Apple"}},
		{name: "apostrophe inside a name", in: "O’Brien aujourd’hui", want: []string{"O’Brien", "aujourd’hui"}},
		{name: "possessive", in: "Mercor’s Scale's", want: []string{"Mercor", "’s", "Scale", "'s"}},
		{name: "initials and legal forms", in: "D.A. Davidson & Co. Inc. S.p.A.", want: []string{"D.A.", "Davidson", "&", "Co.", "Inc.", "S.p.A."}},
		{name: "sentence dot", in: "Scale AI. Meta", want: []string{"Scale", "AI", ".", "Meta"}},
		{name: "inner ampersand", in: "AT&T S&P", want: []string{"AT&T", "S&P"}},
		{name: "domain", in: "Amazon.com et Booking.com", want: []string{"Amazon.com", "et", "Booking.com"}},
		{name: "hyphenated names", in: "Rolls-Royce Île-de-France", want: []string{"Rolls-Royce", "Île-de-France"}},
		{name: "compound adjective", in: "Berlin-based Google-backed", want: []string{"Berlin", "-", "based", "Google", "-", "backed"},
			reason: "the name ends where a lowercase suffix makes it an adjective"},
		{name: "invalid bytes", in: "\xff A\xfe", want: []string{"\xff", "A", "\xfe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.in, 0, len(tt.in), nil) {
				got = append(got, tt.in[tok.start:tok.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Gil Luria, analyste chez D.A. Davidson, parle. M. Dupont répond!\nTitre\n\nFin"
	var got []string
	for _, s := range splitSentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Gil Luria, analyste chez D.A. Davidson, parle.", " M. Dupont répond!\n", "Titre\n", "Fin"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
