package extract

import (
	"context"
	"fmt"
	"time"

	"github.com/depeche-nlp/depeche/lang"
)

// HTMLReader reads the article out of an HTML page: its main text and what
// the page says of itself. Set Config.HTML to one to analyse Article.HTML;
// package webpage provides one built on go-trafilatura. extract does not
// import an HTML parser itself, so that programs that pass text never
// carry one.
type HTMLReader interface {
	// ReadHTML reads page, served with the Content-Type header
	// contentType ("" when unknown) from pageURL ("" when unknown). A page
	// with no main text gives a Page with empty Text and a note, not an
	// error; input that is not an HTML page gives an error.
	ReadHTML(ctx context.Context, page, contentType, pageURL string) (Page, error)
}

// Page is what an HTMLReader reads out of an HTML page.
type Page struct {
	// Text is the page's main text, valid UTF-8; it becomes Document.Text.
	Text string
	// Date is the page's canonical publication date; zero when it gives
	// none. It fills Document.Published when the caller gives no date.
	Date time.Time
	// Source describes the page; Extract fills Source.Date from Date.
	Source Source
}

// Source describes the HTML page a Document's text was read from. It is
// an addition to depeche/v1, present only for HTML input.
type Source struct {
	// URL is the page's address: the caller's, else the page's canonical
	// URL.
	URL string `json:"url,omitempty"`
	// Title is the article's title.
	Title string `json:"title,omitempty"`
	// SiteName is the name of the site that published the page.
	SiteName string `json:"site_name,omitempty"`
	// Author is the article's author or authors, as the page names them.
	Author string `json:"author,omitempty"`
	// Date is the page's canonical publication date, YYYY-MM-DD (or RFC
	// 3339 with a time of day).
	Date string `json:"date,omitempty"`
	// Lang is the language the page declares (<html lang>), as written.
	// It is only a hint to language detection.
	Lang string `json:"lang,omitempty"`
	// Extractor names the HTML extractor and its version.
	Extractor string `json:"extractor"`
	// Notes say what went wrong without failing, such as a page with no
	// main text.
	Notes []string `json:"notes,omitempty"`
}

// readHTML reads a's page with the pipeline's HTMLReader and returns the
// text to analyse, the publication date to use (the caller's, else the
// page's) and the page's Source.
func (p *Pipeline) readHTML(ctx context.Context, a Article) (string, time.Time, *Source, error) {
	if p.html == nil {
		return "", time.Time{}, nil, ErrHTMLUnsupported
	}
	if p.maxBytes > 0 && len(a.HTML) > p.maxBytes {
		return "", time.Time{}, nil, fmt.Errorf("%w: an HTML page of %d bytes, over the limit of %d bytes", ErrTooLarge, len(a.HTML), p.maxBytes)
	}
	pg, err := p.html.ReadHTML(ctx, a.HTML, a.ContentType, a.URL)
	if err != nil {
		return "", time.Time{}, nil, fmt.Errorf("extract: html: %w", err)
	}
	src := pg.Source
	src.Date = formatPublished(pg.Date)
	published := a.Published
	if published.IsZero() {
		published = pg.Date
	}
	return pg.Text, published, &src, nil
}

// langHint takes the language a page declares (<html lang="fr-FR">) as the
// document's language when detection found none, as in a text without
// letters. Detection always wins: the declared language is often the
// site's, not the article's.
func (st *state) langHint(declared string) {
	if st.docLang.Code != "" {
		return
	}
	tag, err := lang.Parse(declared)
	if err != nil {
		return
	}
	if code, err := lang.Code(tag); err == nil {
		st.docLang = lang.Result{Code: code}
	}
}
