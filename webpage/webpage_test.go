package webpage_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/cputime"
	"github.com/depeche-nlp/depeche/webpage"
	"golang.org/x/text/encoding/charmap"
)

// article is a page body long enough to count as an article.
const article = `<article><h1>Zoé rachète Crème & Cie</h1>
<p>La société Zoé a annoncé lundi le rachat de Crème & Cie, une PME lyonnaise spécialisée dans les desserts, pour un montant de 12 millions d’euros. L’opération doit être finalisée d’ici à la fin de l’année, sous réserve de l’accord des autorités.</p>
<p>Les deux fondateurs de Crème & Cie resteront à la tête de l’entreprise pendant au moins trois ans, a précisé l’acquéreur dans un communiqué publié à la mi-journée. Ils détiendront encore 10 % du capital.</p>
<p>Cette acquisition permet à Zoé de doubler sa capacité de production en France et de renforcer sa présence dans la grande distribution, où elle réalise déjà la moitié de son chiffre d’affaires.</p>
</article>`

// TestCharsets checks that the page's charset is honoured wherever it is
// declared, and that a page with none or a wrong one still reads right.
func TestCharsets(t *testing.T) {
	latin1 := func(s string) string {
		b, err := charmap.Windows1252.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	page := func(head string) string { return "<html><head>" + head + "</head><body>" + article + "</body></html>" }
	tests := []struct {
		name, page, contentType string
		reason                  string
	}{
		{name: "utf-8 meta", page: page(`<meta charset="utf-8">`)},
		{name: "utf-8 with BOM", page: "\xEF\xBB\xBF" + page("")},
		{name: "windows-1252 meta", page: latin1(page(`<meta charset="windows-1252">`))},
		{name: "ISO-8859-1 http-equiv", page: latin1(page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`))},
		{name: "ISO-8859-1 header", page: latin1(page("")), contentType: "text/html; charset=iso-8859-1"},
		{name: "header wins over meta", page: latin1(page(`<meta charset="utf-8">`)), contentType: "text/html; charset=windows-1252"},
		{name: "undeclared latin-1", page: latin1(page("")), reason: "not valid UTF-8: windows-1252, the web's default"},
		{name: "undeclared utf-8", page: page(""), reason: "valid UTF-8 past the first 1024 bytes"},
		{name: "stale latin-1 declaration", page: page(`<meta charset="iso-8859-1">`), reason: "declared latin-1 but valid UTF-8"},
		{name: "unknown charset", page: page(`<meta charset="x-klingon">`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, err := webpage.Read(context.Background(), []byte(tt.page), tt.contentType, "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(pg.Text, "Crème & Cie, une PME lyonnaise") || !strings.Contains(pg.Text, "d’euros") || !utf8.ValidString(pg.Text) {
				t.Errorf("text %.120q", pg.Text)
			}
		})
	}
}

// TestBadInput checks hostile pages: none panics or hangs, and each gives
// a document (maybe empty, with a note) or a clear error.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name     string
		page     []byte
		wantErr  error
		wantText string // a part of the text, or "" for no text
		wantNote bool
	}{
		{name: "no body text", page: []byte(`<html><head><title>Accueil</title></head><body><nav><a href="/">Accueil</a></nav></body></html>`), wantNote: true},
		{name: "empty", page: nil, wantNote: true},
		{name: "binary named html", page: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: webpage.ErrNotHTML},
		{name: "unterminated comment", page: []byte("<html><body><p>Avant.</p><!-- jamais fermé <p>" + strings.Repeat("texte ", 500)), wantNote: true},
		{name: "nested 100,000 deep", page: []byte("<html><body>" + strings.Repeat("<div>", 100_000) + "Le texte tout au fond, enfin." + "</body></html>"), wantText: "Le texte tout au fond", wantNote: true},
		{name: "broken utf-8", page: []byte("<html><head><meta charset=utf-8></head><body>" + strings.ReplaceAll(article, "é", "\xE9\xFF") + "</body></html>"), wantText: "PME lyonnaise", wantNote: true},
		{name: "unclosed tags", page: []byte("<html><body><article><p>" + strings.ReplaceAll(article, "</p>", "<b><i>")), wantText: "PME lyonnaise"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, err := webpage.Read(context.Background(), tt.page, "", "")
			if tt.wantErr != nil {
				var ne *webpage.NotHTMLError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &ne) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(pg.Text) || !strings.Contains(pg.Text, tt.wantText) || (tt.wantText == "" && pg.Text != "") {
				t.Errorf("text %.200q, want it to hold %q", pg.Text, tt.wantText)
			}
			if got := len(pg.Source.Notes) > 0; got != tt.wantNote {
				t.Errorf("notes %q", pg.Source.Notes)
			}
		})
	}
}

// TestLargePage checks that a 10 MiB page is read, by the tokenizer alone.
func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("a 10 MiB page")
	}
	para := "<p>" + strings.Repeat("La société a levé des fonds pour financer son expansion en Europe. ", 5) + "Paragraphe %d.</p>\n"
	var b bytes.Buffer
	b.WriteString("<html><body><nav><a href=/>Accueil</a></nav><article>")
	for i := 0; b.Len() < 10<<20-len(para)-100; i++ {
		fmt.Fprintf(&b, para, i)
	}
	b.WriteString("</article></body></html>")
	pg, err := webpage.Read(context.Background(), b.Bytes(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(pg.Text) < 9<<20 || strings.Contains(pg.Text, "Accueil") {
		t.Errorf("text of %d bytes; navigation kept: %v", len(pg.Text), strings.Contains(pg.Text, "Accueil"))
	}
}

// TestCanceled checks that Read honours its context.
func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := webpage.Read(ctx, []byte(article), "", ""); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

// TestExtractorVersion checks that Extractor names the go-trafilatura the
// module is built with.
func TestExtractorVersion(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information")
	}
	for _, m := range bi.Deps {
		if m.Path == "github.com/markusmobius/go-trafilatura" {
			if want := "go-trafilatura " + m.Version; webpage.Extractor != want {
				t.Errorf("Extractor = %q, the module is built with %q", webpage.Extractor, want)
			}
			return
		}
	}
	t.Skip("go-trafilatura not in the build information")
}

// BenchmarkRead reads a 100 KB news page: a fixture page with the scripts,
// styles and inline data a real page carries around its article. Besides
// the wall time it reports cpu-ns/op, the process's CPU time per page (the
// garbage collector's included), which a shared machine does not inflate.
func BenchmarkRead(b *testing.B) {
	page := benchPage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	n, start := 0, cputime.Process()
	for b.Loop() {
		if _, err := webpage.Read(context.Background(), page, "", ""); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if used := cputime.Process() - start; used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}

// benchPage builds the 100 KB page of BenchmarkRead.
func benchPage(b *testing.B) []byte {
	page, err := os.ReadFile("testdata/pages/scale-mercor.html")
	if err != nil {
		b.Fatal(err)
	}
	var bloat strings.Builder
	bloat.WriteString("<style>")
	for i := 0; bloat.Len() < 30<<10; i++ {
		bloat.WriteString(".c" + strings.Repeat("x", i%7) + "{margin:0 auto;padding:4px 8px;color:#1a1a1a;font:16px/1.5 Georgia,serif}\n")
	}
	bloat.WriteString("</style><script>window.__DATA__={\"items\":[")
	for i := 0; bloat.Len() < 95<<10-len(page); i++ {
		bloat.WriteString(`{"id":12345,"slug":"article-sur-le-meme-sujet","tags":["economie","tech"],"score":0.5},`)
	}
	bloat.WriteString("{}]};</script>")
	return bytes.Replace(page, []byte("</head>"), []byte(bloat.String()+"</head>"), 1)
}
