package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// pipeline is shared by the tests, as a program would share it.
var pipeline = sync.OnceValues(func() (*extract.Pipeline, error) { return extract.New(extract.Config{}) })

func mustPipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	p, err := pipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var published = time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)

func sample(t testing.TB, name string) string {
	t.Helper()
	return testcorpus.Example(t, name)
}

var samples = []string{"scale-mercor-mt.fr.txt", "scale-mercor.fr.txt"}

// TestGolden compares the whole JSON document of each sample article with
// testdata/NAME.golden.json. Run "go test ./extract -update" to rewrite
// them after a deliberate change, and review the diff.
func TestGolden(t *testing.T) {
	p := mustPipeline(t)
	for _, name := range samples {
		t.Run(name, func(t *testing.T) {
			doc, err := p.Extract(context.Background(), extract.Article{ID: name, Text: sample(t, name), Published: published})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestSpans checks that every span of every item is the surface text in
// the article as given.
func TestSpans(t *testing.T) {
	p := mustPipeline(t)
	for _, name := range samples {
		t.Run(name, func(t *testing.T) {
			text := sample(t, name)
			doc, err := p.Extract(context.Background(), extract.Article{Text: text, Published: published})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc)
		})
	}
}

// checkSpans reports every span of doc that is outside its text or whose
// text is not the surface text.
func checkSpans(t *testing.T, doc *extract.Document) {
	t.Helper()
	text := doc.Text
	check := func(what string, start, end int, surface string) {
		t.Helper()
		if start < 0 || end > len(text) || start > end {
			t.Errorf("%s [%d,%d) outside the text (%d bytes)", what, start, end, len(text))
			return
		}
		if surface != "" && text[start:end] != surface {
			t.Errorf("%s [%d,%d) = %q, want %q", what, start, end, text[start:end], surface)
		}
	}
	last := 0
	for _, s := range doc.Segments {
		check("segment", s.Start, s.End, "")
		if s.Start != last {
			t.Errorf("segment [%d,%d) does not start where the previous one ended (%d)", s.Start, s.End, last)
		}
		last = s.End
	}
	if len(doc.Segments) > 0 && last != len(text) {
		t.Errorf("segments end at %d, not at the end of the text (%d)", last, len(text))
	}
	for _, e := range doc.Edits {
		check("edit", e.Start, e.End, e.Original)
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			check("mention of "+e.Name, m.Start, m.End, m.Text)
		}
	}
	for _, a := range doc.Amounts {
		check("amount", a.Start, a.End, a.Text)
	}
	for _, q := range doc.Quantities {
		check("quantity", q.Start, q.End, q.Text)
	}
	for _, d := range doc.Dates {
		check("date", d.Start, d.End, d.Text)
	}
	for _, ev := range doc.Events {
		check("event "+string(ev.Type), ev.Start, ev.End, "")
		if ev.Date != nil {
			check("event date", ev.Date.Start, ev.Date.End, ev.Date.Text)
		}
		for _, a := range ev.Arguments {
			check("argument "+string(a.Role), a.Start, a.End, a.Text)
		}
		for _, e := range ev.Evidence {
			check("event evidence", e.Start, e.End, "")
		}
	}
}

func TestBadInput(t *testing.T) {
	small, err := extract.New(extract.Config{MaxBytes: 64})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		article extract.Article
		wantErr error
		offset  int
	}{
		{name: "too large", article: extract.Article{Text: strings.Repeat("Le chiffre d’affaires progresse. ", 4)}, wantErr: extract.ErrTooLarge},
		{name: "invalid UTF-8", article: extract.Article{Text: "Le groupe \xff\xfe a levé"}, wantErr: extract.ErrInvalidUTF8, offset: 10},
		{name: "truncated rune", article: extract.Article{Text: "Le café\xc3"}, wantErr: extract.ErrInvalidUTF8, offset: 8},
		{name: "HTML", article: extract.Article{HTML: "<p>Bonjour</p>"}, wantErr: extract.ErrHTMLUnsupported},
		{name: "unknown language hint", article: extract.Article{Text: "Bonjour.", Lang: language.Make("tlh")}, wantErr: extract.ErrConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := small.Extract(context.Background(), tt.article)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			var ee *extract.EncodingError
			if errors.As(err, &ee) && ee.Offset != tt.offset {
				t.Errorf("offset = %d, want %d", ee.Offset, tt.offset)
			}
			if tt.wantErr == extract.ErrTooLarge && !strings.Contains(err.Error(), "64") {
				t.Errorf("error %q does not name the limit", err)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	p := mustPipeline(t)
	for _, text := range []string{"", "   \n\t\n"} {
		doc, err := p.Extract(context.Background(), extract.Article{Text: text})
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, field := range []string{"segments", "edits", "entities", "amounts", "dates", "events"} {
			if !strings.Contains(string(b), `"`+field+`":[]`) {
				t.Errorf("Extract(%q): %s is not an empty array in %s", text, field, b)
			}
		}
	}
}

func TestLanguageHint(t *testing.T) {
	p := mustPipeline(t)
	doc, err := p.Extract(context.Background(), extract.Article{Text: "Die Firma wächst. Sie stellt ein.", Lang: language.MustParse("de-AT")})
	if err != nil {
		t.Fatal(err)
	}
	want := []extract.Segment{{Start: 0, End: len(doc.Text), Language: "de"}}
	if diff := cmp.Diff(want, doc.Segments); diff != "" || doc.Language.Code != "de" {
		t.Errorf("language %+v, segments (-want +got):\n%s", doc.Language, diff)
	}
}

func TestNewBadConfig(t *testing.T) {
	if _, err := extract.New(extract.Config{Languages: []language.Tag{language.French, language.Make("tlh")}}); !errors.Is(err, extract.ErrConfig) {
		t.Errorf("err = %v, want ErrConfig", err)
	}
}

func TestCanceled(t *testing.T) {
	p := mustPipeline(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Extract(ctx, extract.Article{Text: sample(t, samples[0])}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestConcurrent shares one Pipeline between 16 goroutines over 500
// documents and checks that every result is byte for byte the sequential
// one. Run with -race.
func TestConcurrent(t *testing.T) {
	p := mustPipeline(t)
	docs := syntheticArticles(t, 500)
	want := make([]string, len(docs))
	for i, a := range docs {
		want[i] = marshalArticle(t, p, a)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range 16 {
		wg.Go(func() {
			for i := range next {
				if got := marshalArticle(t, p, docs[i]); got != want[i] {
					t.Errorf("document %d differs from the sequential result", i)
				}
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
}

// TestGOMAXPROCS checks that the output does not depend on the number of
// threads (lingua sums probabilities in goroutines).
func TestGOMAXPROCS(t *testing.T) {
	p := mustPipeline(t)
	want := marshal(t, p, samples[0])
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	if got := marshal(t, p, samples[0]); got != want {
		t.Errorf("GOMAXPROCS=1 gives another document than GOMAXPROCS=%d", old)
	}
}

// syntheticArticles builds n short articles from the paragraphs of the
// sample articles and of the test corpus, deterministically.
func syntheticArticles(t *testing.T, n int) []extract.Article {
	var paras []string
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*", "*.txt"))
	texts := []string{sample(t, samples[0]), sample(t, samples[1])}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		for p := range strings.SplitSeq(text, "\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	out := make([]extract.Article, n)
	for i := range out {
		k := 1 + i%3
		var b strings.Builder
		for j := range k {
			b.WriteString(paras[(i*7+j*13)%len(paras)])
			b.WriteString("\n\n")
		}
		out[i] = extract.Article{ID: fmt.Sprint(i), Text: b.String(), Published: published}
	}
	return out
}

func marshalArticle(t *testing.T, p *extract.Pipeline, a extract.Article) string {
	doc, err := p.Extract(context.Background(), a)
	if err != nil {
		t.Error(err)
		return ""
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}

func marshal(t *testing.T, p *extract.Pipeline, name string) string {
	return marshalArticle(t, p, extract.Article{ID: name, Text: sample(t, name), Published: published})
}

// BenchmarkExtract runs the whole pipeline on the sample articles and on
// a longer English article (testdata/bench/harborline-en.txt, about 900
// words of wire copy written for the benchmark).
func BenchmarkExtract(b *testing.B) {
	p, err := extract.New(extract.Config{Preload: true})
	if err != nil {
		b.Fatal(err)
	}
	long, err := os.ReadFile(filepath.Join("testdata", "bench", "harborline-en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	texts := map[string]string{"harborline-en.txt": string(long)}
	names := append(slices.Clone(samples), "harborline-en.txt")
	for _, name := range samples {
		texts[name] = sample(b, name)
	}
	for _, name := range names {
		text := texts[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Extract(context.Background(), extract.Article{Text: text, Published: published}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(extract.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDeadline checks that a deadline stops the work in the middle of a
// long document and that Extract returns the context's error.
func TestDeadline(t *testing.T) {
	p := mustPipeline(t)
	text := strings.Repeat(sample(t, samples[0])+"\n\n", 300) // about 1.9 MB
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := p.Extract(ctx, extract.Article{Text: text, Published: published})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Extract returned %v after its deadline", d)
	}
}

// TestTimeout checks that an article over Config.Timeout gives an error
// wrapping ErrTimeout, and that the next article is analysed with a fresh
// budget.
func TestTimeout(t *testing.T) {
	p, err := extract.New(extract.Config{Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat(sample(t, samples[0])+"\n\n", 300) // about 1.9 MB, seconds of work
	_, err = p.Extract(context.Background(), extract.Article{Text: long, Lang: language.French})
	if !errors.Is(err, extract.ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want ErrTimeout and context.DeadlineExceeded", err)
	}
	doc, err := p.Extract(context.Background(), extract.Article{Text: "Airbus a levé 10 millions d’euros.", Lang: language.French})
	if err != nil || len(doc.Amounts) != 1 {
		t.Errorf("short article after a timeout: %v, %v", doc, err)
	}
	// the caller's own deadline stays the caller's
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := p.Extract(ctx, extract.Article{Text: long, Lang: language.French}); errors.Is(err, extract.ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("caller's deadline: err = %v, want context.DeadlineExceeded alone", err)
	}
	if _, err := extract.New(extract.Config{Timeout: -time.Second}); !errors.Is(err, extract.ErrConfig) {
		t.Errorf("negative timeout: err = %v, want ErrConfig", err)
	}
}
