package normalize_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenEdit is an edit as the CLI prints it.
type goldenEdit struct {
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Original    string  `json:"original"`
	Replacement string  `json:"replacement"`
	Kind        string  `json:"kind"`
	Confidence  float64 `json:"confidence"`
}

type golden struct {
	Normalized string       `json:"normalized"`
	Edits      []goldenEdit `json:"edits"`
}

func TestGoldenSamples(t *testing.T) {
	n := newNormalizer(t)
	for _, name := range []string{"scale-mercor-mt.fr.txt", "scale-mercor.fr.txt"} {
		t.Run(name, func(t *testing.T) {
			text := readSample(t, name)
			r, err := n.Normalize(t.Context(), text)
			if err != nil {
				t.Fatal(err)
			}
			got := golden{Normalized: r.Text, Edits: []goldenEdit{}}
			for _, e := range r.Edits {
				got.Edits = append(got.Edits, goldenEdit{e.Start, e.End, e.Original, e.Replacement, e.Kind.String(), e.Confidence})
			}
			path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}
