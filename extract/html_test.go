package extract_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
)

// fakeReader is an HTMLReader that gives a fixed page, so that these tests
// check the pipeline's side of HTML input without an HTML parser.
type fakeReader struct {
	page extract.Page
	err  error
}

func (f fakeReader) ReadHTML(context.Context, string, string, string) (extract.Page, error) {
	return f.page, f.err
}

// TestHTMLInput checks how Extract uses what an HTMLReader read: the
// page's text is the document's, the page's date fills published only
// when the caller gives none, and the page's declared language never
// overrides detection.
func TestHTMLInput(t *testing.T) {
	fr := "Agrivolt a levé 18 millions d’euros auprès d’Eurazeo, a annoncé la société mardi."
	pageDate := time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name          string
		page          extract.Page
		published     time.Time
		wantPublished string
		wantLang      string
	}{
		{name: "page date fills published", page: extract.Page{Text: fr, Date: pageDate, Source: extract.Source{Lang: "fr-FR"}},
			wantPublished: "2025-09-02", wantLang: "fr"},
		{name: "caller's date wins", page: extract.Page{Text: fr, Date: pageDate}, published: time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC),
			wantPublished: "2025-09-05", wantLang: "fr"},
		{name: "declared language is only a hint", page: extract.Page{Text: fr, Source: extract.Source{Lang: "de"}}, wantLang: "fr"},
		{name: "hint where detection has nothing", page: extract.Page{Text: "2025 – 2026 : 18 000 000 €", Source: extract.Source{Lang: "fr"}}, wantLang: "fr"},
		{name: "no main text", page: extract.Page{Source: extract.Source{Notes: []string{"the page has no main text"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := extract.New(extract.Config{HTML: fakeReader{page: tt.page}})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := p.Extract(context.Background(), extract.Article{HTML: "<html>…</html>", Published: tt.published})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.page.Text || doc.Published != tt.wantPublished || doc.Language.Code != tt.wantLang {
				t.Errorf("text %q, published %q, language %q; want %q, %q, %q", doc.Text, doc.Published, doc.Language.Code, tt.page.Text, tt.wantPublished, tt.wantLang)
			}
			if doc.Source == nil || doc.Source.Date != formatDate(tt.page.Date) || len(doc.Source.Notes) != len(tt.page.Source.Notes) {
				t.Errorf("source %+v", doc.Source)
			}
			for _, e := range doc.Entities {
				for _, m := range e.Mentions {
					if doc.Text[m.Start:m.End] != m.Text {
						t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, doc.Text[m.Start:m.End])
					}
				}
			}
		})
	}
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// TestHTMLErrors checks the errors of HTML input: no reader, a page over
// the size limit, and the reader's own error, wrapped.
func TestHTMLErrors(t *testing.T) {
	bad := errors.New("not a page")
	tests := []struct {
		name string
		cfg  extract.Config
		want error
	}{
		{"no reader", extract.Config{}, extract.ErrHTMLUnsupported},
		{"too large", extract.Config{MaxBytes: 8, HTML: fakeReader{}}, extract.ErrTooLarge},
		{"reader error", extract.Config{HTML: fakeReader{err: bad}}, bad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := extract.New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.Extract(context.Background(), extract.Article{HTML: "<p>Bonjour, le monde.</p>"}); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}
