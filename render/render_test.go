package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/cputime"
	"github.com/depeche-nlp/depeche/render"
)

// samples are the pipeline's golden documents of the two sample articles.
var samples = []string{"../extract/testdata/scale-mercor.fr.golden.json", "../extract/testdata/scale-mercor-mt.fr.golden.json"}

func load(t testing.TB, path string) *extract.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d extract.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// hostile is a document whose text tries to inject markup, in the text
// and in a name.
func hostile() *extract.Document {
	text := `Acme <script>alert(1)</script> a levé "><img src=x onerror=alert(2)> 5 M€ auprès de </p><iframe src=//x>.`
	i := strings.Index(text, `"><img`)
	return &extract.Document{
		Schema: extract.Schema, ID: `<b>id</b>`, Text: text, Language: extract.Language{Code: `fr"><script>`},
		Entities: []extract.Entity{{ID: "E1", Type: "ORG", Name: `<img src=y onerror=alert(3)>`, Mentions: []extract.Mention{{Start: 0, End: 4, Text: "Acme"}}}},
		Edits:    []extract.Edit{{Start: i, End: i + 6, Original: `"><img`, Replacement: "<script>", Kind: extract.EditName}},
		Events: []extract.Event{{ID: "V1", Type: "funding_round", Modality: "asserted", Start: 0, End: len(text),
			Arguments: []extract.Argument{{Role: "investee", Name: `</dd><script>x</script>`, Text: "Acme", Start: 0, End: 4}}}},
	}
}

// TestDocumentInert checks that no text of a document becomes markup.
func TestDocumentInert(t *testing.T) {
	var b bytes.Buffer
	if err := render.Document(&b, hostile(), render.Options{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{"<script", "<img", "<iframe", "<b>id"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the text is not shown escaped")
	}
}

// TestDocumentShowsEverything checks that the page of each sample has a
// mark for every entity, a card for every event and a badge for every
// piece of evidence, and every id once.
func TestDocumentShowsEverything(t *testing.T) {
	for _, path := range samples {
		doc := load(t, path)
		var b bytes.Buffer
		if err := render.Document(&b, doc, render.Options{}); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		var ids []string
		for _, e := range doc.Entities {
			ids = append(ids, fmt.Sprintf(`href="#m-%s-0"`, e.ID))
		}
		for _, ev := range doc.Events {
			ids = append(ids, fmt.Sprintf(`id="%s"`, ev.ID), fmt.Sprintf(`id="ev-%s-0"`, ev.ID))
		}
		for _, id := range ids {
			if n := strings.Count(page, id); n != 1 {
				t.Errorf("%s: %s appears %d times", path, id, n)
			}
		}
		for _, e := range doc.Entities {
			if !strings.Contains(page, fmt.Sprintf(`id="m-%s-0"`, e.ID)) {
				t.Logf("%s: entity %s (%s) has no mark of its own: another mark covers its first mention", path, e.ID, e.Name)
			}
		}
	}
}

// TestIndex checks a batch's index: counts, the timeline and the groups of
// the same event.
func TestIndex(t *testing.T) {
	a, b := load(t, samples[0]), load(t, samples[1])
	var out bytes.Buffer
	err := render.Index(&out, []*extract.Document{render.Trim(a), nil, render.Trim(b)}, render.IndexOptions{Href: func(i int) string { return fmt.Sprintf("doc-%d.html", i) }, Failed: 1})
	if err != nil {
		t.Fatal(err)
	}
	page := out.String()
	for _, want := range []string{"2 documents", "1 records failed", `href="doc-0.html"`, `href="doc-2.html"`, "<meter", "2025-06"} {
		if !strings.Contains(page, want) {
			t.Errorf("the index lacks %q", want)
		}
	}
	if groups := extract.GroupEvents([]*extract.Document{a, b}); len(groups) > 0 && !strings.Contains(page, "articles</span>") {
		t.Errorf("%d groups, none shown", len(groups))
	}
}

// ExampleDocument draws a small document and shows how its name repair
// reads.
func ExampleDocument() {
	text := "L’échelle de l’IA a levé 1 milliard de dollars."
	doc := &extract.Document{
		Schema: extract.Schema, Text: text, Language: extract.Language{Code: "fr", Confidence: 1},
		Edits:    []extract.Edit{{Start: 0, End: 22, Original: text[:22], Replacement: "Scale AI", Kind: extract.EditName}},
		Entities: []extract.Entity{{ID: "E1", Type: "ORG", Name: "Scale AI", Mentions: []extract.Mention{{Start: 0, End: 22, Text: text[:22]}}}},
	}
	var b bytes.Buffer
	if err := render.Document(&b, doc, render.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	page := b.String()
	i := strings.Index(page, `<mark class="k-org" tabindex`)
	fmt.Println(page[i : strings.Index(page[i:], "</mark>")+i+7])
	// Output:
	// <mark class="k-org" tabindex="0" id="m-E1-0"><span class="fix">Scale AI ←</span><span class="tip" role="tooltip">ORG · Scale AI (E1)<br>repaired: Scale AI ← L’échelle de l’IA</span>L’échelle de l’IA</mark>
}

// BenchmarkIndex10k draws the index of 10,000 documents (the two samples'
// events, over and over), from documents Trim has cut. Every document
// telling the same events is the worst case for grouping. It reports the
// CPU time per index (cpu-ns/op) beside the wall time.
func BenchmarkIndex10k(b *testing.B) {
	a, c := render.Trim(load(b, samples[0])), render.Trim(load(b, samples[1]))
	docs := make([]*extract.Document, 10_000)
	for i := range docs {
		d := *a
		if i%2 == 1 {
			d = *c
		}
		d.ID = fmt.Sprintf("doc-%d", i)
		docs[i] = &d
	}
	b.ReportAllocs()
	n, start := 0, cputime.Process()
	for b.Loop() {
		if err := render.Index(io.Discard, docs, render.IndexOptions{}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if used := cputime.Process() - start; used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}
