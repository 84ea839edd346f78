package webpage

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxTree is the size of a decoded page above which Read does not build a
// tree for go-trafilatura: its cost grows with the square of the text it
// keeps, which a news page's few dozen kilobytes of prose never make felt
// but a page of megabytes of text would (a minute for 10 MiB).
const maxTree = 1 << 20

// tokenText reads a page with the HTML tokenizer alone, in one pass and
// constant depth: the text of its blocks, one paragraph each, leaving out
// scripts, styles and the page's furniture (navigation, header, footer,
// asides, forms). It serves pages too large, or nested too deep (over the
// parser's 512 levels), for go-trafilatura, and returns their title too.
func tokenText(page []byte) (text, title string) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var w textWriter
	var inTitle bool
	skip := map[atom.Atom]int{}
	skipping := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush()
			return finish(&w), clean(title)
		case html.TextToken:
			switch {
			case inTitle:
				title += string(z.Text())
			case skipping == 0:
				w.block.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if furniture(a) {
				if tt == html.StartTagToken {
					skip[a]++
					skipping++
				} else if skip[a] > 0 {
					skip[a]--
					skipping--
				}
				continue
			}
			if isBlock(a) || a == atom.Br {
				w.flush()
			}
		}
	}
}

// furniture reports whether an element holds no article text: scripts,
// styles and the parts of a page around the article.
func furniture(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Header,
		atom.Footer, atom.Aside, atom.Form, atom.Button, atom.Svg, atom.Iframe, atom.Select:
		return true
	}
	return false
}

// finish gives the text a textWriter collected, as valid UTF-8.
func finish(w *textWriter) string { return strings.ToValidUTF8(w.out.String(), "\uFFFD") }
