package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/google/go-cmp/cmp"
)

// corpusDir holds the held-out evaluation articles, one directory per
// language: NAME.txt is the article, NAME.gold.json what a careful reader
// finds in it (format: ../shared/articles/gold/README.md) and
// NAME.golden.json the pipeline's whole output, rewritten with -update.
const corpusDir = "testdata/corpus"

// TestCorpus runs the pipeline on every corpus article, checks every span,
// compares the JSON document with its golden file and, when python3 and
// the shared scorer are available, logs the scorer's summary line. The
// score is a measurement, never a failure: run with -v to see it.
func TestCorpus(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Fatalf("no article under %s", corpusDir)
	}
	scorer := findScorer(t)
	p := mustPipeline(t)
	for _, path := range articles {
		name, err := filepath.Rel(corpusDir, path)
		if err != nil {
			t.Fatal(err)
		}
		name = filepath.ToSlash(name)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(path, ".txt")
			gold := base + ".gold.json"
			doc, err := p.Extract(context.Background(), extract.Article{ID: name, Text: string(text), Published: goldPublished(t, gold)})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc)
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := base + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestCorpus -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", golden, diff)
			}
			if scorer != nil {
				t.Logf("%s: %s", name, scorer(t, gold, got))
			}
		})
	}
}

// goldPublished reads the publication date of a gold file, the base for
// the article's relative dates; without one it is the shared published.
func goldPublished(t *testing.T, gold string) time.Time {
	t.Helper()
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Fatalf("%v: every corpus article needs its gold file", err)
	}
	var g struct {
		Published string `json:"published"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", gold, err)
	}
	if g.Published == "" {
		return published
	}
	d, err := time.Parse(time.DateOnly, g.Published)
	if err != nil {
		t.Fatalf("%s: published: %v", gold, err)
	}
	return d
}

// findScorer returns a function that scores a document against a gold
// file with ../../shared/tools/score.py and returns its summary line, or
// nil when python3 or the scorer is absent.
func findScorer(t *testing.T) func(t *testing.T, gold string, doc []byte) string {
	t.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: scores not computed")
		return nil
	}
	script, err := filepath.Abs(filepath.Join("..", "..", "shared", "tools", "score.py"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(script); err != nil {
		t.Logf("scorer not found (%v): scores not computed", err)
		return nil
	}
	dir := t.TempDir()
	return func(t *testing.T, gold string, doc []byte) string {
		t.Helper()
		out := filepath.Join(dir, strings.ReplaceAll(filepath.Base(gold), ".gold.", ".out."))
		if err := os.WriteFile(out, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(python, script, gold, out, "--quiet")
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			return "scorer failed: " + err.Error() + ": " + strings.TrimSpace(stderr.String())
		}
		return strings.TrimSpace(stdout.String())
	}
}
