package entities_test

import (
	"bufio"
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// TestSentences runs the wire-copy test set in testdata/sentences.tsv:
// English and French sentences about companies in no list, each with the
// entities a careful reader finds.
func TestSentences(t *testing.T) {
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	line, langs := 0, map[string]int{}
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 3 {
			t.Fatalf("sentences.tsv:%d: want 3 fields, got %d", line, len(fields))
		}
		lang, sentence := fields[0], fields[1]
		langs[lang]++
		var want []string
		if fields[2] != "" {
			want = strings.Split(fields[2], "|")
		}
		t.Run(lang+"/"+sentence, func(t *testing.T) {
			ents, err := r.Recognize(context.Background(), sentence, []entities.Sentence{{Start: 0, End: len(sentence), Lang: lang}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range ents {
				got = append(got, e.Kind.String()+":"+e.Name)
				for _, m := range e.Mentions {
					if sentence[m.Start:m.End] != m.Text {
						t.Errorf("mention %q does not match text[%d:%d]", m.Text, m.Start, m.End)
					}
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sentences.tsv:%d entities (-want +got):\n%s", line, diff)
			}
		})
	}
	if langs["en"] < 40 || langs["fr"] < 40 {
		t.Errorf("test set too small: %v sentences per language, want at least 40 each", langs)
	}
}
