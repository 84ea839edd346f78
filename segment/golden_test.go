package segment_test

import (
	"flag"
	"fmt"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/segment"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// sampleArticles returns the paths of the shared sample articles, found from the module root
// as ../shared/articles, and skips the test when they are absent.
func sampleArticles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(testcorpus.Shared(tb, "articles"), "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Skip("sample articles not found in ../shared/articles")
	}
	return paths
}

// render lists sentences one a line: start, end and the text with line breaks escaped.
func render(text string, ss []segment.Sentence) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%d\t%d\t%s\n", s.Start, s.End, strings.ReplaceAll(s.Text(text), "\n", `\n`))
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, path := range sampleArticles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			got := segment.Split(text)
			checkInvariants(t, text, got)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(render(text, got)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), render(text, got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func BenchmarkSplit(b *testing.B) {
	var texts []string
	size := 0
	for _, path := range sampleArticles(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	segment.Split("") // build the tables outside the loop
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			segment.Split(text)
		}
	}
}
