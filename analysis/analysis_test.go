package analysis_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/analysis"
	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
)

// checkDoc checks the invariants of every Doc: spans inside the text and in order, sentences
// covering the tokens, one root per sentence and no cycle.
func checkDoc(t *testing.T, d *analysis.Doc) {
	t.Helper()
	next := 0
	for k, s := range d.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d: tokens [%d,%d) after %d", k, s.First, s.Last, next)
		}
		next = s.Last
		roots := 0
		for i := s.First; i < s.Last; i++ {
			tok := d.Tokens[i]
			if tok.Start < s.Start || tok.End > s.End || tok.Start >= tok.End {
				t.Fatalf("token %d [%d,%d) outside sentence [%d,%d)", i, tok.Start, tok.End, s.Start, s.End)
			}
			if tok.Head == -1 {
				roots++
				continue
			}
			if tok.Head < s.First || tok.Head >= s.Last || tok.Head == i {
				t.Fatalf("token %d: head %d outside its sentence", i, tok.Head)
			}
			for h, steps := tok.Head, 0; h != -1; h, steps = d.Tokens[h].Head, steps+1 {
				if steps > s.Last-s.First {
					t.Fatalf("token %d: cycle", i)
				}
			}
		}
		if roots != 1 {
			t.Fatalf("sentence %d has %d roots", k, roots)
		}
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // form/lemma/UPOS of some tokens
	}{
		{"fr", "Le groupe a racheté la start-up pour 1 000 000 euros.", []string{"groupe/groupe/NOUN", "racheté/racheter/VERB", "1 000 000/1 000 000/NUM"}},
		{"fr", "Il parle du rachat.", []string{"de/de/ADP", "le/le/DET", "rachat/rachat/NOUN"}},
		{"en", "The companies didn't buy it.", []string{"companies/company/NOUN", "did/do/AUX", "n't/not/PART", "buy/buy/VERB"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			a, err := analysis.New(tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			d, err := a.Analyze(context.Background(), tc.text)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			var got []string
			for i, tok := range d.Tokens {
				got = append(got, d.Form(i)+"/"+d.Lemma(i)+"/"+tok.UPOS.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
					t.Errorf("want %s in %v", w, got)
				}
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	a, err := analysis.New("fr")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("mot ", 100000)
	junk := string(bytes.Repeat([]byte{0xff, 0x00, 0xc3, 'a', ' '}, 20000))
	huge := strings.Repeat("x", 1<<20)
	for name, text := range map[string]string{"100k words": long, "junk": junk, "1 MiB token": huge} {
		d, err := a.Analyze(context.Background(), text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkDoc(t, d)
	}
	if _, err := analysis.New("xx"); err == nil {
		t.Error("unknown language accepted")
	}
}

func TestCancel(t *testing.T) {
	a, _ := analysis.New("en")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.Analyze(ctx, "One. Two."); err == nil {
		t.Error("cancelled context ignored")
	}
}

func TestWriteCoNLLU(t *testing.T) {
	a, _ := analysis.New("fr")
	d, err := a.Analyze(context.Background(), "Il parle du chat.\tOui.")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.WriteCoNLLU(&b); err != nil {
		t.Fatal(err)
	}
	ss, err := conllu.ReadAll(&b)
	if err != nil {
		t.Fatalf("output does not read back: %v\n%s", err, b.String())
	}
	if len(ss) == 0 || len(ss[0].Multi) != 1 || ss[0].Multi[0].Form != "du" {
		t.Errorf("multiword token lost:\n%s", b.String())
	}
}

func TestConcurrent(t *testing.T) {
	a, _ := analysis.New("en")
	text := testcorpus.Example(t, "scale-mercor.fr.txt")
	want, err := a.Analyze(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan *analysis.Doc)
	for range 4 {
		go func() {
			d, _ := a.Analyze(context.Background(), text)
			done <- d
		}()
	}
	for range 4 {
		d := <-done
		if len(d.Tokens) != len(want.Tokens) {
			t.Fatal("concurrent analyses differ")
		}
		for i := range d.Tokens {
			if d.Tokens[i] != want.Tokens[i] && (d.Form(i) != want.Form(i) || d.Lemma(i) != want.Lemma(i)) {
				t.Fatal("concurrent analyses differ")
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Le groupe a racheté la start-up. Il l'a dit-il ?")
	f.Add("``Yes,'' he said... (U.S.) 1 000")
	a, err := analysis.New("fr")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := a.Analyze(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, d)
		for i, tok := range d.Tokens {
			if tok.Part == 0 && d.Form(i) != d.Text[tok.Start:tok.End] {
				t.Fatalf("token %d: form %q, text %q", i, d.Form(i), d.Text[tok.Start:tok.End])
			}
			if !utf8.ValidString(d.Text) {
				continue
			}
		}
	})
}

// BenchmarkAnalyze measures the whole analysis (tokenizer, tagger, lemmatizer, parser) of
// the French sample article.
func BenchmarkAnalyze(b *testing.B) {
	a, _ := analysis.New("fr")
	text := testcorpus.Example(b, "scale-mercor.fr.txt")
	d, err := a.Analyze(context.Background(), text)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	cpu := cpuTime()
	for b.Loop() {
		_, _ = a.Analyze(context.Background(), text)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/(cpuTime()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkAnalyzeWords measures tagging, lemmatization and parsing on the gold words of a
// UD test set (the first 500 sentences), per language.
func BenchmarkAnalyzeWords(b *testing.B) {
	for _, tc := range []struct{ lang, file string }{
		{"en", "en_ewt/en_ewt-ud-test.conllu.gz"}, {"fr", "fr_gsd/fr_gsd-ud-test.conllu.gz"},
	} {
		b.Run(tc.lang, func(b *testing.B) {
			words := treebankWords(b, tc.file, 500)
			a, _ := analysis.New(tc.lang)
			d, err := a.AnalyzeWords(context.Background(), words)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				_, _ = a.AnalyzeWords(context.Background(), words)
			}
			b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/(cpuTime()-cpu).Seconds(), "tokens/cpu-s")
		})
	}
}

func treebankWords(tb testing.TB, file string, n int) [][]string {
	ss, err := conllu.ReadFile(testcorpus.Shared(tb, "corpora", "ud", file))
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]string
	for _, s := range ss[:min(n, len(ss))] {
		var ws []string
		for _, w := range s.Words {
			ws = append(ws, w.Form)
		}
		out = append(out, ws)
	}
	return out
}
