package normalize_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/normalize"
)

// passage is a line of testdata/passages.tsv.
type passage struct {
	kind, part, text string
	want             []string
}

func readPassages(t *testing.T) []passage {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "passages.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []passage
	n := map[string]int{}
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Fatalf("passages.tsv:%d: %d fields, want 4", i+1, len(f))
		}
		p := passage{kind: f[0], part: f[1], text: f[2]}
		if f[3] != "-" {
			p.want = strings.Split(f[3], "|")
		}
		// the split rule of the file's header: odd numbers tune, even blind
		n[p.kind]++
		if want := map[bool]string{true: "tune", false: "blind"}[n[p.kind]%2 == 1]; p.part != want {
			t.Fatalf("passages.tsv:%d: part %q, the rule says %q", i+1, p.part, want)
		}
		out = append(out, p)
	}
	return out
}

// TestPassages scores name repair on the tune part of the passage set
// (and, with DEPECHE_BLIND=1, on the blind part, scored once): the names
// restored in garbled passages and the false rewrites anywhere.
func TestPassages(t *testing.T) {
	n := newNormalizer(t)
	parts := []string{"tune"}
	if os.Getenv("DEPECHE_BLIND") == "1" {
		parts = append(parts, "blind")
	}
	for _, part := range parts {
		var names, restored, controls, falseEdits int
		for _, p := range readPassages(t) {
			if p.part != part {
				continue
			}
			r, err := n.Normalize(context.Background(), p.text)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(p.want)
			names += len(want)
			if p.kind == "clean" {
				controls++
			}
			var missed []string
			for _, e := range r.Edits {
				if e.Kind != normalize.KindName {
					continue
				}
				if k := slices.IndexFunc(want, func(w string) bool { return sameName(w, e.Replacement) }); k >= 0 {
					want = slices.Delete(want, k, k+1)
					restored++
					continue
				}
				falseEdits++
				t.Errorf("%s %s: false rewrite %q → %q in %q", part, p.kind, e.Original, e.Replacement, p.text)
			}
			missed = append(missed, want...)
			if len(missed) > 0 {
				t.Logf("%s: missed %q in %q", part, missed, p.text)
			}
		}
		t.Logf("%s: %d of %d names restored (%.0f%%), %d false rewrites (%d controls)",
			part, restored, names, 100*float64(restored)/float64(max(names, 1)), falseEdits, controls)
	}
}

// sameName reports whether two names are the same, case and a leading
// English article aside ("The Guardian" and "Guardian").
func sameName(a, b string) bool {
	trim := func(s string) string { return strings.TrimPrefix(strings.ToLower(s), "the ") }
	return trim(a) == trim(b)
}
