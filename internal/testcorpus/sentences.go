package testcorpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// EntitySentence is one row of the entities test set
// (entities/testdata/sentences.tsv): a sentence of wire copy, its language
// and the entities a careful reader finds in it, as "KIND:Name".
type EntitySentence struct {
	Line       int
	Lang, Text string
	Want       []string
}

// EntitySentences reads the entities test set. A malformed row fails the
// test with its line.
func EntitySentences(tb testing.TB) []EntitySentence {
	tb.Helper()
	path := filepath.Join(Root(tb), "entities", "testdata", "sentences.tsv")
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []EntitySentence
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			tb.Fatalf("%s:%d: want 3 fields, got %d", path, i+1, len(fields))
		}
		s := EntitySentence{Line: i + 1, Lang: fields[0], Text: fields[1]}
		if fields[2] != "" {
			s.Want = strings.Split(fields[2], "|")
		}
		out = append(out, s)
	}
	return out
}
