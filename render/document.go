package render

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/extract"
)

// docBody is the body of a Document's page.
const docBody = `<header class="page" role="banner">
<h1>{{.Heading}}</h1>
<p class="meta">{{range $i, $m := .Meta}}{{if $i}} · {{end}}{{$m}}{{end}}</p>
{{with .Notes}}<p class="meta">Notes: {{range $i, $n := .}}{{if $i}}; {{end}}{{$n}}{{end}}</p>{{end}}
</header>
<nav aria-label="On this page" class="layout"><p class="meta"><a href="#text">Text</a> · <a href="#events">Events ({{len .Events}})</a> · <a href="#entities">Entities ({{len .Entities}})</a>{{with .Back}} · <a href="{{.}}">Back to the index</a>{{end}}</p></nav>
<main id="main" class="layout">
<section id="text" aria-labelledby="text-h"><h2 id="text-h">Text</h2>
<p class="meta">Highlights: <mark class="k-org">organization</mark> <mark class="k-person">person</mark> <mark class="k-loc">place</mark> <mark class="k-amount">amount</mark> <mark class="k-quantity">quantity</mark> <mark class="k-date">date</mark> <mark class="k-repair">repaired name</mark>; <span class="lang">xx</span> a run in another language; <span class="ev">V1</span> where an event is told. Hover or focus a highlight for its details.</p>
<div class="text">{{.Text}}</div>
</section>
<div>
<section id="events" aria-labelledby="events-h"><h2 id="events-h">Events</h2>
{{range .Events}}<article class="card" id="{{.ID}}" aria-labelledby="{{.ID}}-h">
<h3 id="{{.ID}}-h">{{.Type}} <span class="q">{{.ID}} · {{.Modality}} · confidence {{.Confidence}}</span></h3>
{{with .Date}}<p class="meta">Date: {{.}}</p>{{end}}
<dl>{{range .Args}}<dt>{{.Role}}</dt><dd>{{.Value}}{{with .Said}} <span class="q">“{{.}}”</span>{{end}}</dd>{{end}}</dl>
<p class="meta">Evidence: {{range $i, $e := .Evidence}}{{if $i}} · {{end}}<a href="#{{$e.Target}}">{{$e.Quote}}</a>{{end}}</p>
</article>
{{else}}<p>No event.</p>{{end}}
</section>
<aside id="entities" aria-labelledby="entities-h"><h2 id="entities-h">Entities</h2>
<ul class="plain">{{range .Entities}}<li><a href="#{{.Target}}">{{.Name}}</a> <span class="q">{{.Type}} · {{.ID}} · {{.Mentions}} mention{{if ne .Mentions 1}}s{{end}}{{with .Repair}} · said “{{.}}”{{end}}</span></li>
{{else}}<li>No entity.</li>{{end}}</ul>
</aside>
</div>
</main>
`

var docPage = sync.OnceValue(func() *template.Template { return parse("document", docBody, nil) })

// docView is what the page of one Document shows.
type docView struct {
	frame
	Heading  string
	Meta     []string
	Notes    []string
	Back     string
	Text     template.HTML
	Events   []eventView
	Entities []entityView
}

type eventView struct {
	ID, Type, Modality, Confidence, Date string
	Args                                 []argView
	Evidence                             []evidenceView
}

type argView struct{ Role, Value, Said string }

type evidenceView struct{ Target, Quote string }

type entityView struct {
	ID, Type, Name, Target, Repair string
	Mentions                       int
}

// Options adjust a page.
type Options struct {
	// Back, when set, is the address of the index a Document's page links
	// back to.
	Back string
}

// Document writes a self-contained HTML page of doc: its text with every
// entity, amount, quantity and date highlighted, repaired names shown with
// what the article said, runs in another language marked, and a card for
// each event whose evidence links to where the text tells it. The page
// loads nothing, runs no script, and escapes all text it shows.
func Document(w io.Writer, doc *extract.Document, opts Options) error {
	v := docView{frame: newFrame(doc.Language.Code, title(doc)), Heading: title(doc), Back: opts.Back, Text: annotate(doc)}
	if doc.ID != "" {
		v.Meta = append(v.Meta, "id "+doc.ID)
	}
	if doc.Published != "" {
		v.Meta = append(v.Meta, "published "+doc.Published)
	}
	if doc.Language.Code != "" {
		v.Meta = append(v.Meta, fmt.Sprintf("language %s (%.2f)", doc.Language.Code, doc.Language.Confidence))
	}
	if s := doc.Source; s != nil {
		for _, f := range []string{s.SiteName, s.Author, s.URL} {
			if f != "" {
				v.Meta = append(v.Meta, f)
			}
		}
		v.Notes = s.Notes
	}
	for _, ev := range doc.Events {
		v.Events = append(v.Events, eventOf(doc, ev))
	}
	names := nameEdits(doc)
	for _, e := range doc.Entities {
		ev := entityView{ID: e.ID, Type: string(e.Type), Name: e.Name, Mentions: len(e.Mentions)}
		if len(e.Mentions) > 0 {
			ev.Target = fmt.Sprintf("m-%s-0", e.ID)
		}
		for _, m := range e.Mentions {
			if ed, ok := names[[2]int{m.Start, m.End}]; ok {
				ev.Repair = ed.Original
				break
			}
		}
		v.Entities = append(v.Entities, ev)
	}
	return execute(w, docPage(), v)
}

// eventOf gives what an event's card shows.
func eventOf(doc *extract.Document, ev extract.Event) eventView {
	v := eventView{ID: ev.ID, Type: string(ev.Type), Modality: string(ev.Modality), Confidence: fmt.Sprintf("%.2f", ev.Confidence)}
	if ev.Date != nil {
		v.Date = ev.Date.Value + " (“" + ev.Date.Text + "”)"
	}
	for _, a := range ev.Arguments {
		av := argView{Role: string(a.Role), Said: a.Text}
		switch {
		case a.Name != "":
			av.Value = a.Name
		case a.Currency != "" || a.Min != "" || a.Max != "":
			av.Value = amountText(a.Value, a.Currency, string(a.Qualifier), a.Min, a.Max)
		case a.Unit != "":
			av.Value = a.Value + " " + string(a.Unit)
		default:
			av.Value = a.Value
		}
		if av.Value == av.Said {
			av.Said = ""
		}
		v.Args = append(v.Args, av)
	}
	for k, sp := range evidence(ev) {
		v.Evidence = append(v.Evidence, evidenceView{Target: fmt.Sprintf("ev-%s-%d", ev.ID, k), Quote: quote(doc.Text, sp)})
	}
	return v
}

// quote gives the start of the text of a span, cut at a word.
func quote(text string, sp extract.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return "(outside the text)"
	}
	s := strings.Join(strings.Fields(text[sp.Start:sp.End]), " ")
	if len(s) <= 90 {
		return s
	}
	cut := strings.LastIndexByte(s[:90], ' ')
	if cut < 40 {
		cut = 90
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + " …"
}

// amountText writes an amount as a reader would: "14300000000 USD",
// "about 5 EUR", "5–10 EUR".
func amountText(value, currency, qualifier, lo, hi string) string {
	var s string
	switch {
	case lo != "" && hi != "":
		s = lo + "–" + hi
	case value != "":
		s = value
	default:
		s = "unstated"
	}
	if currency != "" {
		s += " " + currency
	}
	if qualifier != "" && qualifier != "exact" && qualifier != "range" {
		s = strings.ReplaceAll(qualifier, "_", " ") + " " + s
	}
	return s
}

// title gives a Document's title: its page's, its id, or its first words.
func title(doc *extract.Document) string {
	if doc.Source != nil && doc.Source.Title != "" {
		return doc.Source.Title
	}
	if doc.ID != "" {
		return doc.ID
	}
	if line, _, _ := strings.Cut(strings.TrimSpace(doc.Text), "\n"); line != "" {
		return quote(line, extract.Span{Start: 0, End: len(line)})
	}
	return "Document"
}
