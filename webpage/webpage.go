package webpage

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Extractor names the HTML extractor and its version, as Source.Extractor
// gives it. A test checks it against the module's build information.
const Extractor = "go-trafilatura v1.12.2"

// minText is the fewest characters of text a page must yield to have a
// main text: a page with less (a menu, a lone "Accueil") has none.
const minText = 25

// NoText is the note a page with no main text carries.
const NoText = "the page has no main text"

// ErrNotHTML: the input is not an HTML page but binary data; the error is
// a *NotHTMLError giving where. It is extract.ErrNotHTML, so that batch
// programs can name the error without importing this package.
var ErrNotHTML = extract.ErrNotHTML

// NotHTMLError reports binary data given as an HTML page.
type NotHTMLError struct {
	Offset int // byte offset of the first byte no text has
}

// Error names the offset of the binary byte.
func (e *NotHTMLError) Error() string {
	return fmt.Sprintf("webpage: not an HTML page: binary data at byte %d", e.Offset)
}

// Unwrap returns ErrNotHTML.
func (e *NotHTMLError) Unwrap() error { return ErrNotHTML }

// prune selects the parts of a page that go-trafilatura keeps too often
// although no article has them: the offers of paywalls, newsletters and
// subscriptions, and consent dialogs, named so by the class or id that
// sites give them.
const prune = `[class*="paywall"], [id*="paywall"], [class*="newsletter"], [class*="subscribe"], [class*="consent"], [id*="consent"], [class*="cookie"], [id*="cookie"]`

// Reader reads articles out of HTML pages. The zero Reader is ready to
// use; it is safe for concurrent use by multiple goroutines. It implements
// extract.HTMLReader.
type Reader struct{}

// ReadHTML reads page as Read does; it makes a Reader an
// extract.HTMLReader.
func (Reader) ReadHTML(ctx context.Context, page, contentType, pageURL string) (extract.Page, error) {
	return Read(ctx, []byte(page), contentType, pageURL)
}

// Read reads the article out of page, an HTML page served with the
// Content-Type header contentType ("" when unknown) from pageURL ("" when
// unknown). The charset comes from the header, a byte-order mark or
// <meta charset>; the text returned is valid UTF-8. A page with no main
// text gives a Page with empty Text and the note NoText. Binary data gives
// a *NotHTMLError; ctx.Err() is returned when ctx is done first.
func Read(ctx context.Context, page []byte, contentType, pageURL string) (extract.Page, error) {
	if err := ctx.Err(); err != nil {
		return extract.Page{}, err
	}
	if off := binaryOffset(page); off >= 0 {
		return extract.Page{}, &NotHTMLError{Offset: off}
	}
	decoded, notes := decode(page, contentType)
	pg := extract.Page{Source: extract.Source{URL: pageURL, Extractor: Extractor}}
	var doc *html.Node
	var err error
	if len(decoded) <= maxTree {
		// Parse fails only on tags nested over 512 deep.
		doc, err = html.Parse(bytes.NewReader(decoded))
	}
	if doc == nil || err != nil {
		pg.Text, pg.Source.Title = tokenText(decoded)
		notes = append(notes, fmt.Sprintf("read by the tokenizer alone, without %s: the page is over %d bytes or nested over 512 tags deep", Extractor, maxTree))
		return withText(pg, notes), nil
	}
	if err := ctx.Err(); err != nil {
		return extract.Page{}, err
	}
	pg.Source.Lang = declaredLang(doc)
	cfg := trafilatura.DefaultConfig()
	cfg.MinOutputSize = minText
	opts := trafilatura.Options{Config: cfg, ExcludeComments: true, HtmlDateMode: trafilatura.Fast, PruneSelector: prune}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		// trafilatura fails, without a typed error, on pages whose text
		// is too short to be an article: such a page has no main text.
		pg.Source.Notes = append(notes, NoText)
		return pg, nil
	}
	md := res.Metadata
	pg.Text = mainText(res.ContentNode)
	pg.Date = md.Date
	pg.Source.Title = clean(md.Title)
	pg.Source.SiteName = clean(md.Sitename)
	pg.Source.Author = clean(md.Author)
	if pg.Source.URL == "" {
		pg.Source.URL = clean(md.URL)
	}
	return withText(pg, notes), nil
}

// withText adds notes to pg, and the note NoText when it has no text.
func withText(pg extract.Page, notes []string) extract.Page {
	if strings.TrimSpace(pg.Text) == "" {
		pg.Text = ""
		notes = append(notes, NoText)
	}
	pg.Source.Notes = notes
	return pg
}

// clean makes a metadata value valid UTF-8 on one line.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// declaredLang gives the lang attribute of the page's <html> element.
func declaredLang(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for _, a := range n.Attr {
				if a.Key == "lang" && a.Namespace == "" {
					return clean(a.Val)
				}
			}
		}
	}
	return ""
}

// binaryOffset gives the offset of the first NUL or other control byte
// that no text page has (tab, newline, form feed and carriage return
// aside) among the first bytes of page, or -1. UTF-16 pages, which start
// with a byte-order mark, are text.
func binaryOffset(page []byte) int {
	if bytes.HasPrefix(page, []byte{0xFE, 0xFF}) || bytes.HasPrefix(page, []byte{0xFF, 0xFE}) {
		return -1
	}
	head := page[:min(len(page), 8<<10)]
	for i, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B {
			return i
		}
	}
	return -1
}

// mainText turns the extracted content into plain text: one paragraph a
// block (a paragraph, a heading, a list item, a quote, a table row), blocks
// separated by a blank line, spaces inside a block collapsed.
func mainText(content *html.Node) string {
	if content == nil {
		return ""
	}
	var w textWriter
	w.walk(content)
	w.flush()
	return finish(&w)
}

// textWriter collects the text of blocks.
type textWriter struct {
	out   strings.Builder
	block strings.Builder
	last  string // the last block written
}

// walk writes the text under n, iteratively so that deep nesting cannot
// exhaust the stack.
func (w *textWriter) walk(root *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			w.flush()
			continue
		}
		switch n.Type {
		case html.TextNode:
			w.block.WriteString(n.Data)
			continue
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Br:
				w.block.WriteByte(' ')
				continue
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
			if isBlock(n.DataAtom) {
				w.flush()
				stack = append(stack, frame{n: n, leave: true})
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

// flush ends the current block.
func (w *textWriter) flush() {
	s := strings.Join(strings.Fields(w.block.String()), " ")
	w.block.Reset()
	if s == "" || s == w.last {
		// go-trafilatura's baseline sometimes gives a block twice
		return
	}
	w.last = s
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(s)
}

// isBlock reports whether an element starts a block of text of its own.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Blockquote, atom.Pre, atom.Tr, atom.Td, atom.Th, atom.Dd, atom.Dt,
		atom.Section, atom.Article, atom.Figcaption, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Hr:
		return true
	}
	return false
}

// validUTF8 reports whether b is valid UTF-8 with at least one multi-byte
// sequence.
func validUTF8(b []byte) bool {
	return utf8.Valid(b) && bytes.ContainsFunc(b, func(r rune) bool { return r >= utf8.RuneSelf })
}
