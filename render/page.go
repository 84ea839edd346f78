package render

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"io"
)

// css is the one style sheet of every page. Colours keep a contrast of at
// least 4.5:1 with their background; every focusable element shows its
// focus.
const css = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--focus:#0b4fd6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
a{color:#0a47b8}
a:focus-visible,mark:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.page,footer.page{padding:12px 24px;background:#f3f3f3;border-bottom:1px solid var(--line)}
footer.page{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:14px}
h1{font-size:1.5rem;margin:.2em 0}
.meta{color:var(--muted);font-size:14px;margin:0}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;padding:16px 24px}
@media (max-width:800px){.layout{grid-template-columns:1fr}}
.text p{margin:0 0 .9em}
mark{position:relative;background:none;color:inherit;border-bottom:3px solid;padding:0 1px;cursor:help}
mark.k-org{background:#e4edff;border-color:#2457c5}
mark.k-person{background:#fde8e8;border-color:#b3261e}
mark.k-loc{background:#e3f4e6;border-color:#1f7a35}
mark.k-amount{background:#fff1d6;border-color:#9a5b00}
mark.k-quantity{background:#f1e8fb;border-color:#6b3fa0}
mark.k-date{background:#e0f4f4;border-color:#0d6e6e}
mark.k-repair{background:#fff6bf;border-color:#7a6400}
.fix{font-size:.8em;font-weight:600;color:#5c4b00;background:#fff6bf;border-radius:3px;padding:0 3px;margin-right:2px}
.tip{display:none;position:absolute;left:0;top:100%;z-index:5;min-width:14em;max-width:28em;padding:6px 8px;background:#1b1b1b;color:#fff;font-size:13px;line-height:1.4;border-radius:4px;white-space:normal}
mark:hover>.tip,mark:focus>.tip{display:block}
.foreign{background:repeating-linear-gradient(135deg,#fff 0 6px,#f0f0f0 6px 12px);outline:1px dashed #767676}
.lang{font-size:.75em;font-weight:700;color:#fff;background:#4a4a4a;border-radius:3px;padding:0 4px;margin-right:3px}
.ev{font-size:.75em;font-weight:700;color:#fff;background:#0a47b8;border-radius:3px;padding:0 4px;margin-right:3px;text-decoration:none}
.ev:target{background:#b3261e;outline:3px solid #b3261e}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:0 0 12px}
.card:target{border-color:var(--focus);box-shadow:0 0 0 3px #c9d8f7}
.card h3{margin:0 0 4px;font-size:1.05rem}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0}
.card dt{font-weight:600}.card dd{margin:0}
.q{color:var(--muted)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
meter{width:12em}
details{margin:0 0 6px}summary{cursor:pointer;font-weight:600}
ul.plain{list-style:none;padding-left:0}
section{margin-bottom:20px}
`

// csp is the page's Content-Security-Policy: nothing may load, no script
// may run, and only the page's own style sheet applies.
var csp = func() string {
	sum := sha256.Sum256([]byte(css))
	return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; img-src 'none'; base-uri 'none'; form-action 'none'"
}()

// shell is the frame of every page; the body comes from the page's own
// template, named "body".
const shell = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
{{template "body" .}}
<footer class="page" role="contentinfo"><p>Made by depeche render: a static page, with no script and no request.</p></footer>
</body>
</html>
`

// frame is what shell needs.
type frame struct {
	Lang, Title, CSP string
	CSS              template.CSS
}

// newFrame gives the frame of a page.
func newFrame(lang, title string) frame {
	if lang == "" {
		lang = "und"
	}
	return frame{Lang: lang, Title: title, CSP: csp, CSS: template.CSS(css)}
}

// parse builds a page template from shell and body.
func parse(name, body string, funcs template.FuncMap) *template.Template {
	t := template.Must(template.New(name).Funcs(funcs).Parse(shell))
	template.Must(t.New("body").Parse(body))
	return t
}

// execute writes a page.
func execute(w io.Writer, t *template.Template, data any) error {
	return t.ExecuteTemplate(w, t.Name(), data)
}
