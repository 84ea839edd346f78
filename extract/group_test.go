package extract_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/google/go-cmp/cmp"
)

// TestGroupSamples groups the events of the two sample articles, which
// both tell of Scale AI's lawsuit, of Eugene Ling joining Mercor and of
// Meta's investment in Scale AI.
func TestGroupSamples(t *testing.T) {
	p := mustPipeline(t)
	var docs []*extract.Document
	for _, name := range samples {
		doc, err := p.Extract(context.Background(), extract.Article{ID: name, Text: sample(t, name), Published: published})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	var got []string
	for _, g := range extract.GroupEvents(docs) {
		docsSeen := map[int]bool{}
		for _, m := range g.Members {
			docsSeen[m.Document] = true
		}
		got = append(got, fmt.Sprintf("%s in %d documents", g.Type, len(docsSeen)))
	}
	want := []string{"lawsuit in 2 documents", "hire in 2 documents", "investment in 2 documents"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if len(extract.GroupEvents(docs[:1])) != 0 {
		t.Error("one document gave a group")
	}
}
