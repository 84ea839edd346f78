package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
)

// hostile are inputs a crawler may bring back. Each must end in a valid
// Document or a clear error, never a panic.
var hostile = []struct {
	name string
	text string
}{
	{"empty", ""},
	{"whitespace", " \t\n\r\n  \u00a0\u202f"},
	{"NUL bytes", "Le groupe\x00 a levé\x00 10 M€.\x00"},
	{"control characters", "\x01\x02\x1b[31mRed\x1b[0m \x7f"},
	{"long line", strings.Repeat("la société a levé 10 millions de dollars ", 25000)},
	{"many digits", "Le montant: " + strings.Repeat("9", 100000) + " euros."},
	{"repeated scale words", "14,3 " + strings.Repeat("milliards de ", 10000) + "dollars"},
	{"repeated garbled name", strings.Repeat("l’échelle de l’IA ", 20000)},
	{"script and style as text", strings.Repeat("<script>var a = '$5m';</script><style>p{}</style>", 2000)},
	{"mixed scripts and RTL marks", "Aramco \u200f(أرامكو)\u200f a levé 5 Md$ à 東京 🚀🚀 le 3 mars 2025 \u202eevil\u202c."},
	{"nested quotes", strings.Repeat("« “ ‘ ", 3000) + "dit-il" + strings.Repeat(" ’ ” »", 3000)},
	{"only punctuation", strings.Repeat(".!?…;:", 5000)},
	{"one word", "Mercor"},
	{"dots and capitals", strings.Repeat("M. D.A. U.S. Inc. ", 10000)},
}

func TestHostileInput(t *testing.T) {
	p := mustPipeline(t)
	for _, tt := range hostile {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := p.Extract(context.Background(), extract.Article{Text: tt.text, Published: published})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if doc.Text != tt.text {
				t.Error("Document.Text is not the input as given")
			}
			checkSpans(t, doc)
			if _, err := json.Marshal(doc); err != nil {
				t.Errorf("json.Marshal: %v", err)
			}
		})
	}
}

func TestBinaryInput(t *testing.T) {
	p := mustPipeline(t)
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7919 % 256)
	}
	_, err := p.Extract(context.Background(), extract.Article{Text: string(bin)})
	var ee *extract.EncodingError
	if !errors.As(err, &ee) || !utf8.ValidString(string(bin[:ee.Offset])) {
		t.Errorf("binary input: err = %v, want an *EncodingError at the first bad byte", err)
	}
}

// FuzzExtract checks the pipeline's invariants on any input: no panic,
// every span inside the text and equal to its surface, valid JSON, and the
// same output twice.
func FuzzExtract(f *testing.F) {
	for _, tt := range hostile {
		if len(tt.text) < 2000 {
			f.Add(tt.text)
		}
	}
	f.Add("Scale AI a licencié 14% de ses effectifs en juillet, soit 200 employés.")
	f.Add("Meta invested $14.3bn in Scale AI in June for a 49% stake.")
	f.Add("Le Temps Financier rapporte que Pomme a racheté la start-up pour 1,5 Md€.")
	p := mustPipeline(f)
	// Load the language models now: the first detection takes seconds,
	// which on a busy machine trips the fuzzer's 10 s limit per input.
	if _, err := p.Extract(context.Background(), extract.Article{Text: "Meta a investi 14,3 milliards de dollars. Meta invested $14.3bn."}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := p.Extract(context.Background(), extract.Article{Text: text, Published: published})
		if err != nil {
			if !utf8.ValidString(text) && errors.Is(err, extract.ErrInvalidUTF8) {
				return
			}
			t.Fatalf("Extract(%q): %v", text, err)
		}
		checkSpans(t, doc)
		a, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		again, err := p.Extract(context.Background(), extract.Article{Text: text, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(again)
		if string(a) != string(b) {
			t.Errorf("two runs differ on %q", text)
		}
	})
}
