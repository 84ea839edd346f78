package entities_test

import (
	"bufio"
	"context"
	"encoding/json"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/gazetteer"
)

// sharedDir returns ../shared from the repository root, or skips the test.
func sharedDir(t testing.TB) string {
	return testcorpus.Shared(t, "articles")
}

// edit is one simulated name repair: original span → replacement.
type edit struct {
	start, end int // in the original text
	repl       string
}

// normalizeSim applies the repairs listed in testdata/normalized/NAME.tsv,
// as the normalize step would, and returns the repaired text and a
// function mapping its spans back to the original text.
func normalizeSim(t *testing.T, orig, name string) (string, func(s, e int) (int, int)) {
	var edits []edit
	f, err := os.Open(filepath.Join("testdata", "normalized", name+".tsv"))
	if os.IsNotExist(err) {
		return orig, func(s, e int) (int, int) { return s, e }
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 3 {
			t.Fatalf("bad line %q", line)
		}
		found := false
		for off := 0; ; {
			i := strings.Index(orig[off:], p[0])
			if i < 0 {
				break
			}
			j := strings.Index(p[0], p[1])
			edits = append(edits, edit{start: off + i + j, end: off + i + j + len(p[1]), repl: p[2]})
			off += i + len(p[0])
			found = true
		}
		if !found {
			t.Fatalf("%s: %q not in the article", name, p[0])
		}
	}
	sort.Slice(edits, func(a, b int) bool { return edits[a].start < edits[b].start })
	var b strings.Builder
	type seg struct{ ns, ne, os, oe int } // normalized span ↔ original span of an edit
	var segs []seg
	last := 0
	for _, e := range edits {
		b.WriteString(orig[last:e.start])
		ns := b.Len()
		b.WriteString(e.repl)
		segs = append(segs, seg{ns, b.Len(), e.start, e.end})
		last = e.end
	}
	b.WriteString(orig[last:])
	toOrig := func(p int, isEnd bool) int {
		delta := 0
		for _, s := range segs {
			if p < s.ns || (isEnd && p == s.ns) {
				break
			}
			if p < s.ne || (isEnd && p == s.ne) {
				if isEnd {
					return s.oe
				}
				return s.os
			}
			delta = s.oe - s.ne
		}
		return p + delta
	}
	return b.String(), func(s, e int) (int, int) { return toOrig(s, false), toOrig(e, true) }
}

type goldFile struct {
	Names []struct {
		Within, Find, Name string
		Nth                int
	}
	Keep []struct {
		Within, Find, Not string
	}
	Entities []struct {
		Type, Name string
		Aliases    []string
	}
	Optional []string `json:"entities_optional"`
}

// span finds the gold "find" text inside "within", as score.py does.
func span(text, within, find string, nth int) (int, int, bool) {
	base, hay := 0, text
	if within != "" {
		i := strings.Index(text, within)
		if i < 0 {
			return 0, 0, false
		}
		base, hay = i, text[i:i+len(within)]
	}
	pos := -1
	for range max(nth, 1) {
		i := strings.Index(hay[pos+1:], find)
		if i < 0 {
			return 0, 0, false
		}
		pos += 1 + i
	}
	return base + pos, base + pos + len(find), true
}

// TestArticles checks the recognizer against the gold files of the sample
// articles, on the text as normalize hands it on: every gold entity with
// its type, no entity that is not in the gold, every required mention.
func TestArticles(t *testing.T) {
	dir := sharedDir(t)
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"scale-mercor.fr", "scale-mercor-mt.fr"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			gb, err := os.ReadFile(filepath.Join(dir, "gold", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var gold goldFile
			if err := json.Unmarshal(gb, &gold); err != nil {
				t.Fatal(err)
			}
			orig := string(raw)
			text, back := normalizeSim(t, orig, name)
			ents, err := r.Recognize(context.Background(), text, nil)
			if err != nil {
				t.Fatal(err)
			}
			canon := map[string]string{}
			for _, g := range gold.Entities {
				for _, n := range append([]string{g.Name}, g.Aliases...) {
					canon[gazetteer.Fold(n)] = gazetteer.Fold(g.Name)
				}
			}
			got := map[string]entities.Entity{}
			for _, e := range ents {
				k := gazetteer.Fold(e.Name)
				if c, ok := canon[k]; ok {
					k = c
				}
				got[k] = e
			}
			for _, g := range gold.Entities {
				e, ok := got[gazetteer.Fold(g.Name)]
				switch {
				case !ok:
					t.Errorf("missing %s %s", g.Type, g.Name)
				case e.Kind.String() != g.Type:
					t.Errorf("%s typed %s, want %s", g.Name, e.Kind, g.Type)
				}
			}
			known := map[string]bool{}
			for k := range canon {
				known[canon[k]] = true
			}
			for _, o := range gold.Optional {
				known[gazetteer.Fold(o)] = true
			}
			for k, e := range got {
				if !known[k] {
					t.Errorf("not in gold: %s %q %v", e.Kind, e.Name, e.Mentions)
				}
			}
			overlaps := func(name string, s, e int) bool {
				ent, ok := got[gazetteer.Fold(name)]
				for _, m := range ent.Mentions {
					ms, me := back(m.Start, m.End)
					if ok && ms < e && me > s {
						return true
					}
				}
				return false
			}
			for _, n := range gold.Names {
				s, e, ok := span(orig, n.Within, n.Find, n.Nth)
				if !ok {
					t.Fatalf("gold name %q not in text", n.Within)
				}
				if !overlaps(n.Name, s, e) {
					t.Errorf("mention %q (in %q) not resolved to %s", n.Find, n.Within, n.Name)
				}
			}
			for _, k := range gold.Keep {
				s, e, ok := span(orig, k.Within, k.Find, 1)
				if ok && overlaps(k.Not, s, e) {
					t.Errorf("%q (in %q) taken for %s", k.Find, k.Within, k.Not)
				}
			}
		})
	}
}
