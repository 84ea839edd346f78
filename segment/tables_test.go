package segment

import (
	"strings"
	"testing"
)

// TestTables checks that every embedded table is headed by its source and loads without
// conflicts, and that the lookups hold a few entries the rules depend on.
func TestTables(t *testing.T) {
	for _, name := range append(append([]string(nil), abbrevFiles...), startersFile) {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "# source: ") {
			t.Errorf("%s does not start with a # source: line", name)
		}
	}
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]Kind{"M": Title, "Dr": Title, "Inc": Inner, "env": Inner, "Env": Inner, "févr": Ordinary, "etc": Ordinary, "Etc": Ordinary, "Gen": Title} {
		if got := tb.abbrevs[key]; got != want {
			t.Errorf("abbrevs[%q] = %v, want %v", key, got, want)
		}
	}
	for _, w := range []string{"The", "Le", "L'", "L’", "Der", "El", "Il"} {
		if _, ok := tb.starters[w]; !ok {
			t.Errorf("starters lacks %q", w)
		}
	}
}

func TestSentenceText(t *testing.T) {
	text := "abc"
	for _, tt := range []struct {
		s    Sentence
		want string
	}{{Sentence{0, 3}, "abc"}, {Sentence{1, 2}, "b"}, {Sentence{-1, 2}, ""}, {Sentence{2, 1}, ""}, {Sentence{0, 4}, ""}} {
		if got := tt.s.Text(text); got != tt.want {
			t.Errorf("%+v.Text(%q) = %q, want %q", tt.s, text, got, tt.want)
		}
	}
}
