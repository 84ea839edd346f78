package prosener_test

import (
	"bufio"
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/prosener"
	"github.com/google/go-cmp/cmp"
)

// TestSentencesWithNER runs entities' wire-copy test set with prose as an
// extra signal: the signal must not break what the rules get right.
func TestSentencesWithNER(t *testing.T) {
	f, err := os.Open("../../entities/testdata/sentences.tsv")
	if err != nil {
		t.Skipf("test set not available: %v", err)
	}
	defer f.Close()
	n, err := prosener.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := entities.New(entities.WithNER(n))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		text := fields[1]
		var want []string
		if fields[2] != "" {
			want = strings.Split(fields[2], "|")
		}
		ents, err := r.Recognize(context.Background(), text, []entities.Sentence{{Start: 0, End: len(text), Lang: fields[0]}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ents {
			got = append(got, e.Kind.String()+":"+e.Name)
		}
		slices.Sort(got)
		slices.Sort(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sentences.tsv:%d %q (-want +got):\n%s", line, text, diff)
		}
	}
}
