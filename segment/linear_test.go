package segment

import (
	"strings"
	"testing"
)

// TestLinear checks, by counting the runes the scanner examines rather than by timing, that
// hostile inputs are split in linear time.
func TestLinear(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   int // sentences
		reason string
	}{
		{name: "1 MiB line", text: strings.Repeat("word ", 1<<20/5), want: 1},
		{name: "1 MiB of periods", text: strings.Repeat(".", 1<<20), want: 1, reason: "one terminator cluster"},
		{name: "1 MiB dotted token", text: strings.Repeat("a.", 1<<19) + " The end.", want: 2,
			reason: "a period followed by a letter needs no decision; the token is too long to be an abbreviation"},
		{name: "100,000 M.", text: strings.Repeat("M. ", 100000), want: 1, reason: "a title never ends a sentence"},
		{name: "100,000 sentences", text: strings.Repeat("Il part. ", 100000), want: 100000},
		{name: "1 MiB of spaces after a period", text: "Fin." + strings.Repeat(" ", 1<<20) + "Suite.", want: 2},
		{name: "100,000 lines", text: strings.Repeat("Titre\n", 100000), want: 100000},
		{name: "100,000 guillemets", text: strings.Repeat("« Non. » ", 100000), want: 100000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, steps := SplitSteps(tt.text)
			if len(got) != tt.want {
				t.Errorf("got %d sentences, want %d", len(got), tt.want)
			}
			// Every rune is examined a small constant number of times.
			if limit := 4*len(tt.text) + 64; steps > limit {
				t.Errorf("examined %d runes for %d bytes (limit %d): not linear", steps, len(tt.text), limit)
			}
		})
	}
}
