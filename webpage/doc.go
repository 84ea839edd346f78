// Package webpage reads news articles out of HTML pages, for depeche's
// pipeline: the page's main text, and what the page says of itself
// (title, site, author, date, declared language, canonical URL).
//
// # Mechanism
//
// Read first finds the page's charset, as a browser does: a byte-order
// mark, the HTTP Content-Type header, then <meta charset> in the first
// 1024 bytes; a page that declares nothing is UTF-8 when its bytes are,
// else windows-1252 (which ISO-8859-1 also means on the web). It parses
// the decoded page with golang.org/x/net/html, the HTML standard's parser,
// which gives every page, however broken (an unterminated comment, tags
// never closed), one tree. go-trafilatura then scores the tree's blocks
// and keeps the article's: navigation, cookie banners, share buttons,
// related links, comments and teasers go. The kept blocks become plain
// text, one paragraph a block, separated by blank lines; that text is
// what the pipeline analyses, and every offset of the Document points
// into it. The metadata comes from <meta>, OpenGraph and JSON-LD; the
// date from them or from the page's own date markup (go-htmldate in its
// fast mode, which reads no prose dates).
//
// A page too short to hold an article gives no text and a note, not an
// error; binary data gives a *NotHTMLError.
//
// # Usage
//
// Plug a Reader into the pipeline, so that Article.HTML is read:
//
//	p, err := extract.New(extract.Config{HTML: webpage.Reader{}})
//	doc, err := p.Extract(ctx, extract.Article{HTML: page, URL: url})
//
// # Why this package imports extract
//
// extract never imports this package: go-trafilatura and its
// dependencies (an HTML parser, CSS selectors, a date finder) would weigh
// on every program that passes text. Instead extract declares an
// HTMLReader interface and this package implements it, returning
// extract's Page. It is an input adapter above the pipeline, as the
// command line is, and the module's architecture test allows it.
//
// # Concurrency
//
// Read and a Reader are safe for concurrent use by multiple goroutines.
package webpage
