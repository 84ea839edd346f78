package normalize_test

import (
	"context"
	"encoding/json"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/normalize"
)

// sharedDir returns ../shared from the repository root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	return testcorpus.Shared(t)
}

// trySample reads a sample article, reporting whether it is there.
func trySample(name string) (string, bool) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", false
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "shared", "articles", name))
	return string(b), err == nil
}

func readSample(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "articles", name))
	if err != nil {
		t.Skipf("sample absent: %v", err)
	}
	return string(b)
}

// goldSpec is a span given as text to find (see the gold README).
type goldSpec struct {
	Within string `json:"within"`
	Find   string `json:"find"`
	Nth    int    `json:"nth"`
	Name   string `json:"name"`
	Not    string `json:"not"`
}

type gold struct {
	Names     []goldSpec `json:"names"`
	NamesHard []goldSpec `json:"names_hard"`
	Keep      []goldSpec `json:"keep"`
}

func (g goldSpec) span(text string) (int, int, bool) {
	hay, base := text, 0
	if g.Within != "" {
		i := strings.Index(text, g.Within)
		if i < 0 {
			return 0, 0, false
		}
		hay, base = text[i:i+len(g.Within)], i
	}
	pos := -1
	for range max(g.Nth, 1) {
		j := strings.Index(hay[pos+1:], g.Find)
		if j < 0 {
			return 0, 0, false
		}
		pos += 1 + j
	}
	return base + pos, base + pos + len(g.Find), true
}

func readGold(t *testing.T, name string) gold {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "articles", "gold", name))
	if err != nil {
		t.Skipf("gold absent: %v", err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// resolved reports whether the gold mention is repaired to its name, or
// is written as one of the entity's names already (left to entities).
func resolved(t *testing.T, g *gazetteer.Gazetteer, text string, r normalize.Result, spec goldSpec) bool {
	s, e, ok := spec.span(text)
	if !ok {
		t.Fatalf("gold span not found: %+v", spec)
	}
	for _, ed := range r.Edits {
		if ed.Kind == normalize.KindName && ed.Replacement == spec.Name && ed.Start < e && s < ed.End {
			return true
		}
	}
	for _, en := range g.Lookup(text[s:e]) {
		if en.Name == spec.Name && slices.Contains(en.Names(), text[s:e]) {
			return true
		}
	}
	return false
}

// sampleScores measures name repair on a sample against its gold file.
func sampleScores(t *testing.T, article, goldFile string) (names, hard, keep [2]int, nameEdits int) {
	text := readSample(t, article)
	gd := readGold(t, goldFile)
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	n, err := normalize.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := n.Normalize(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, ed := range r.Edits {
		if ed.Kind == normalize.KindName {
			nameEdits++
		}
	}
	for _, sp := range gd.Names {
		names[1]++
		if resolved(t, gz, text, r, sp) {
			names[0]++
		} else {
			t.Logf("%s: name not resolved: %q → %s", article, sp.Within, sp.Name)
		}
	}
	for _, sp := range gd.NamesHard {
		hard[1]++
		if resolved(t, gz, text, r, sp) {
			hard[0]++
		}
	}
	for _, sp := range gd.Keep {
		keep[1]++
		s, e, _ := sp.span(text)
		touched := false
		for _, ed := range r.Edits {
			if ed.Kind == normalize.KindName && ed.Start < e && s < ed.End {
				touched = true
			}
		}
		if touched {
			t.Logf("%s: keep span repaired: %q", article, sp.Within)
		} else {
			keep[0]++
		}
	}
	return names, hard, keep, nameEdits
}

func TestSampleGarbled(t *testing.T) {
	names, hard, keep, edits := sampleScores(t, "scale-mercor-mt.fr.txt", "scale-mercor-mt.fr.json")
	t.Logf("garbled sample: names=%d/%d names_hard=%d/%d keep=%d/%d name edits=%d", names[0], names[1], hard[0], hard[1], keep[0], keep[1], edits)
	if names[0] < 19 {
		t.Errorf("names resolved = %d/%d, want at least 19", names[0], names[1])
	}
	if keep[0] != keep[1] {
		t.Errorf("keep = %d/%d, want all", keep[0], keep[1])
	}
}

func TestSampleClean(t *testing.T) {
	_, _, _, edits := sampleScores(t, "scale-mercor.fr.txt", "scale-mercor.fr.json")
	if edits != 0 {
		t.Errorf("clean sample: %d name edits, want 0", edits)
	}
}
