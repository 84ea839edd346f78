package normalize_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/normalize"
	"golang.org/x/text/unicode/norm"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"",
		"l’échelle de l’IA",
		"Échelle Ai allègue:”Bien”",
		"une”acqui-embauche”stratégique",
		"caf&amp;eacute; dÃ©posÃ© â€™",
		"\xff\xfe\xc3",
		"Me\u0301ta\u00ad\u200b\u00a0«\u202fOui\u202f»",
		"\"\"\"a\"b\"",
		"&#x110000; &#0; &amp;amp;amp;",
		"Pomme a annoncé. Le Temps Financier rapporte.",
	} {
		f.Add(s)
	}
	n, err := normalize.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			if got, want := normalize.NFC(s), norm.NFC.String(s); got != want {
				t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
			}
		}
		once := normalize.String(s)
		if !utf8.ValidString(once) {
			t.Fatalf("String(%q) = %q: invalid UTF-8", s, once)
		}
		if twice := normalize.String(once); twice != once {
			t.Fatalf("String not idempotent on %q:\n once %q\ntwice %q", s, once, twice)
		}
		r, err := n.Normalize(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(r.Text) {
			t.Fatalf("Normalize(%q).Text invalid UTF-8", s)
		}
		checkMap(t, r)
	})
}
