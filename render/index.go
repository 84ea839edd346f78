package render

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/extract"
)

// indexBody is the body of a batch's index.
const indexBody = `<header class="page" role="banner">
<h1>{{.Heading}}</h1>
<p class="meta">{{.Docs}} documents · {{.NEvents}} events · {{len .Groups}} groups of the same event{{if .Failed}} · {{.Failed}} records failed{{end}}</p>
</header>
<nav aria-label="On this page" class="layout"><p class="meta"><a href="#counts">Counts</a> · <a href="#timeline">Timeline</a> · <a href="#groups">Groups</a> · <a href="#documents">Documents</a></p></nav>
<main id="main" class="layout">
<div>
<section id="counts" aria-labelledby="counts-h"><h2 id="counts-h">Events by type</h2>
<table><thead><tr><th scope="col">type</th><th scope="col">events</th><th scope="col"><span class="skip">share</span></th></tr></thead><tbody>
{{range .Counts}}<tr><td>{{.Type}}</td><td>{{.N}}</td><td><meter min="0" max="{{$.Max}}" value="{{.N}}" aria-label="{{.Type}}: {{.N}}">{{.N}}</meter></td></tr>
{{else}}<tr><td colspan="3">No event.</td></tr>{{end}}</tbody></table>
</section>
<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>
<p class="meta">Events by the month they took place (the event's date, else the article's), oldest first.</p>
{{range .Months}}<details><summary>{{.Month}} ({{len .Items}})</summary><ul>
{{range .Items}}<li>{{.Date}} <b>{{.Type}}</b> {{.Who}} — {{if .Href}}<a href="{{.Href}}">{{.Doc}}</a>{{else}}{{.Doc}}{{end}}</li>
{{end}}</ul></details>
{{else}}<p>No event.</p>{{end}}
</section>
</div>
<div>
<section id="groups" aria-labelledby="groups-h"><h2 id="groups-h">The same event in several articles</h2>
{{range .Groups}}<article class="card"><h3>{{.Type}} <span class="q">{{len .Members}} articles</span></h3><ul>
{{range .Members}}<li>{{if .Href}}<a href="{{.Href}}">{{.Doc}}</a>{{else}}{{.Doc}}{{end}} <span class="q">{{.Event}}</span></li>{{end}}</ul></article>
{{else}}<p>No event told by two articles.</p>{{end}}
</section>
<section id="documents" aria-labelledby="documents-h"><h2 id="documents-h">Documents</h2>
<table><thead><tr><th scope="col">document</th><th scope="col">published</th><th scope="col">lang</th><th scope="col">events</th></tr></thead><tbody>
{{range .Rows}}<tr><td>{{if .Href}}<a href="{{.Href}}">{{.Doc}}</a>{{else}}{{.Doc}}{{end}}</td><td>{{.Published}}</td><td>{{.Lang}}</td><td>{{.Events}}</td></tr>
{{end}}</tbody></table>
</section>
</div>
</main>
`

var indexPage = sync.OnceValue(func() *template.Template { return parse("index", indexBody, nil) })

// IndexOptions adjust an index.
type IndexOptions struct {
	// Title heads the page; empty gives "depeche: N documents".
	Title string
	// Href, when set, gives the address of the page of the i-th document
	// (from 0), or "" for none.
	Href func(i int) string
	// Failed is the number of records of the batch that gave no document.
	Failed int
}

type indexView struct {
	frame
	Heading       string
	Docs, NEvents int
	Failed, Max   int
	Counts        []typeCount
	Months        []month
	Groups        []groupView
	Rows          []rowView
}

type typeCount struct {
	Type string
	N    int
}

type month struct {
	Month string
	Items []item
}

type item struct{ Date, Type, Who, Doc, Href string }

type groupView struct {
	Type    string
	Members []memberView
}

type memberView struct{ Doc, Href, Event string }

type rowView struct {
	Doc, Href, Published, Lang string
	Events                     int
}

// Index writes a self-contained HTML page of a batch of documents: the
// number of events of each type, the events on a timeline by month, the
// groups of events that several documents tell of the same real-world
// event (extract.GroupEvents), and the list of documents. It needs of each
// document only what Trim keeps. A nil document is skipped.
func Index(w io.Writer, docs []*extract.Document, opts IndexOptions) error {
	v := indexView{Failed: opts.Failed}
	href := func(i int) string {
		if opts.Href == nil {
			return ""
		}
		return opts.Href(i)
	}
	counts := map[string]int{}
	byMonth := map[string][]item{}
	for i, d := range docs {
		if d == nil {
			continue
		}
		v.Docs++
		name := title(d)
		v.Rows = append(v.Rows, rowView{Doc: name, Href: href(i), Published: d.Published, Lang: d.Language.Code, Events: len(d.Events)})
		for _, ev := range d.Events {
			v.NEvents++
			counts[string(ev.Type)]++
			date := d.Published
			if ev.Date != nil && ev.Date.Value != "" {
				date = ev.Date.Value
			}
			m := "undated"
			if len(date) >= 7 && date[4] == '-' {
				m = date[:7]
			} else if len(date) >= 4 {
				m = date[:4]
			}
			byMonth[m] = append(byMonth[m], item{Date: date, Type: string(ev.Type), Who: who(ev), Doc: name, Href: href(i)})
		}
	}
	for t, n := range counts {
		v.Counts = append(v.Counts, typeCount{t, n})
		v.Max = max(v.Max, n)
	}
	slices.SortFunc(v.Counts, func(a, b typeCount) int { return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Type, b.Type)) })
	for m, items := range byMonth {
		slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.Date, b.Date) })
		v.Months = append(v.Months, month{m, items})
	}
	slices.SortFunc(v.Months, func(a, b month) int { return cmp.Compare(a.Month, b.Month) })
	for _, g := range extract.GroupEvents(docs) {
		gv := groupView{Type: string(g.Type)}
		for _, m := range g.Members {
			gv.Members = append(gv.Members, memberView{Doc: title(docs[m.Document]), Href: href(m.Document), Event: m.Event})
		}
		v.Groups = append(v.Groups, gv)
	}
	v.Heading = opts.Title
	if v.Heading == "" {
		v.Heading = fmt.Sprintf("depeche: %d documents", v.Docs)
	}
	v.frame = newFrame("en", v.Heading)
	return execute(w, indexPage(), v)
}

// who names an event's participants: the names of its entity arguments.
func who(ev extract.Event) string {
	var names []string
	for _, a := range ev.Arguments {
		if a.Name != "" && !slices.Contains(names, a.Name) {
			names = append(names, a.Name)
		}
	}
	return strings.Join(names, ", ")
}

// Trim keeps of doc what Index needs (its id, date, language, source and
// events), so that a large batch need not hold every text: argument and
// date texts are copied, since they point into the text. A nil document
// stays nil.
func Trim(doc *extract.Document) *extract.Document {
	if doc == nil {
		return nil
	}
	evs := slices.Clone(doc.Events)
	for i := range evs {
		evs[i].Arguments = slices.Clone(evs[i].Arguments)
		for j := range evs[i].Arguments {
			evs[i].Arguments[j].Text = strings.Clone(evs[i].Arguments[j].Text)
		}
		evs[i].Evidence = nil
		if evs[i].Date != nil {
			date := *evs[i].Date
			date.Text = strings.Clone(date.Text)
			evs[i].Date = &date
		}
	}
	out := &extract.Document{ID: doc.ID, Published: doc.Published, Language: doc.Language, Events: evs}
	if doc.Source != nil {
		out.Source = &extract.Source{Title: doc.Source.Title}
	}
	return out
}
