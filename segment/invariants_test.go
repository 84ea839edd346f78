package segment_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/segment"
)

// checkInvariants verifies that ss are ordered, non-overlapping, trimmed, non-empty, and
// cover every non-space byte of text.
func checkInvariants(t testing.TB, text string, ss []segment.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d %+v out of order or empty (previous end %d, len %d)", i, s, prev, len(text))
		}
		gap := text[prev:s.Start]
		if strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("non-space bytes %q before sentence %d %+v are in no sentence", gap, i, s)
		}
		body := s.Text(text)
		first, _ := utf8.DecodeRuneInString(body)
		last, _ := utf8.DecodeLastRuneInString(body)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("sentence %d %q is not trimmed", i, body)
		}
		prev = s.End
	}
	if rest := text[prev:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("trailing non-space bytes %q are in no sentence", rest)
	}
}

// TestInvariantsRandom checks the invariants on random texts built from the characters the
// splitter treats specially.
func TestInvariantsRandom(t *testing.T) {
	pieces := []string{
		"a", "Le", "M", "U", "S", "etc", "Inc", "7", "14", " ", " ", "\n", "\n\n", "\r\n",
		".", ".", "...", "…", "?", "!", "«", "»", "“", "”", "\"", "'", "’", "(", ")", "-",
		"\u00a0", "\u202f", "\u2029", "é", "\xff", "\xe2\x80", "The", "l’",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		got := segment.Split(text)
		checkInvariants(t, text, got)
		if t.Failed() {
			t.Fatalf("text %q", text)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "M. Dupont. Il part.", "D.A. Davidson, U.S. The end", "a déclaré:”Bien … différente.”",
		"« Non. » Puis.", "Titre\n- item\n\nTexte.", "14.3 4,8 ... …", "\xff.\xfe ?", "(…) [...]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := segment.Split(text)
		checkInvariants(t, text, got)
		again := segment.Split(text)
		if len(again) != len(got) {
			t.Fatalf("not deterministic: %d then %d sentences", len(got), len(again))
		}
	})
}
