package normalize_test

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/normalize"
)

func TestParseWords(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     error
	}{
		{"too few fields", "# source: test\nscale\tn\n", 2, normalize.ErrSyntax},
		{"bad pos", "scale\tverb\téchelle\n", 1, normalize.ErrSyntax},
		{"empty word", "\tn\téchelle\n", 1, normalize.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := normalize.ParseWords(tt.in, "w.tsv")
			var le *normalize.LineError
			if !errors.As(err, &le) || le.Line != tt.line || le.File != "w.tsv" || !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want a LineError at w.tsv:%d wrapping %v", err, tt.line, tt.want)
			}
		})
	}
	ws, err := normalize.ParseWords("financial\ta\tfinancier|financière\tfinanziell\n", "w.tsv")
	if err != nil || len(ws) != 1 || !ws[0].Adjective || len(ws[0].Translations) != 3 {
		t.Errorf("ParseWords = %+v, %v", ws, err)
	}
}

// TestNoHeavyDeps keeps lingua-go and prose out of normalize.
func TestNoHeavyDeps(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, bad := range []string{"pemistahl/lingua-go", "jdkato/prose"} {
		if strings.Contains(string(out), bad) {
			t.Errorf("normalize depends on %s", bad)
		}
	}
}

func TestEditKindString(t *testing.T) {
	want := []string{"", "encoding", "unicode", "typography", "spacing", "name"}
	for k, w := range want {
		if got := normalize.EditKind(k).String(); got != w {
			t.Errorf("EditKind(%d) = %q, want %q", k, got, w)
		}
	}
}
