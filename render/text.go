package render

import (
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/extract"
)

// mark is one highlighted span of the text: an entity mention, an amount,
// a quantity, a date, or a repaired name that no mention covers.
type mark struct {
	start, end int
	kind       string // CSS class suffix: org, person, loc, amount, quantity, date, repair
	id         string // the element's id, for links to it
	tip        []string
	repaired   string // the name the repair gave, when the span was repaired
	rank       int    // which of two overlapping marks wins: lower
}

// point is a badge placed at an offset: the start of an event's evidence.
type point struct {
	at     int
	id     string // the badge's id, the target of the event card's link
	event  string // the event's id
	label  string
	marker int // order among points at one offset
}

// marks gathers the marks of doc and keeps those that do not overlap one
// before them (longer first, then entities before amounts, dates and
// quantities), so that marks never nest.
func marks(doc *extract.Document) []mark {
	var all []mark
	names := nameEdits(doc)
	for _, e := range doc.Entities {
		for k, m := range e.Mentions {
			mk := mark{start: m.Start, end: m.End, kind: strings.ToLower(string(e.Type)), id: fmt.Sprintf("m-%s-%d", e.ID, k),
				tip: []string{fmt.Sprintf("%s · %s (%s)", e.Type, e.Name, e.ID)}}
			if e.Role != "" {
				mk.tip = append(mk.tip, "role: "+e.Role+orgSuffix(e.Organization))
			}
			if ed, ok := names[[2]int{m.Start, m.End}]; ok {
				mk.repaired = ed.Replacement
				mk.tip = append(mk.tip, fmt.Sprintf("repaired: %s ← %s", ed.Replacement, ed.Original))
			}
			all = append(all, mk)
		}
	}
	for k, a := range doc.Amounts {
		all = append(all, mark{start: a.Start, end: a.End, kind: "amount", id: fmt.Sprintf("a-%d", k), rank: 1, tip: []string{"amount · " + amountText(a.Value, a.Currency, string(a.Qualifier), a.Min, a.Max)}})
	}
	for k, d := range doc.Dates {
		v := d.Value
		if v == "" {
			v = "unresolved"
		}
		all = append(all, mark{start: d.Start, end: d.End, kind: "date", id: fmt.Sprintf("d-%d", k), rank: 2, tip: []string{fmt.Sprintf("date · %s (%s)", v, d.Precision)}})
	}
	for k, q := range doc.Quantities {
		all = append(all, mark{start: q.Start, end: q.End, kind: "quantity", id: fmt.Sprintf("q-%d", k), rank: 3, tip: []string{fmt.Sprintf("quantity · %s %s", q.Value, q.Unit)}})
	}
	covered := map[[2]int]bool{}
	for _, m := range all {
		covered[[2]int{m.start, m.end}] = true
	}
	k := 0
	for _, ed := range doc.Edits {
		if ed.Kind == extract.EditName && !covered[[2]int{ed.Start, ed.End}] {
			all = append(all, mark{start: ed.Start, end: ed.End, kind: "repair", id: fmt.Sprintf("r-%d", k), rank: 4, repaired: ed.Replacement,
				tip: []string{fmt.Sprintf("repaired name: %s ← %s", ed.Replacement, ed.Original)}})
			k++
		}
	}
	slices.SortStableFunc(all, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.rank, b.rank))
	})
	kept := all[:0]
	end := 0
	for _, m := range all {
		if m.start < end || m.start >= m.end || m.start < 0 || m.end > len(doc.Text) {
			continue
		}
		kept = append(kept, m)
		end = m.end
	}
	return kept
}

// nameEdits gives doc's name repairs by span.
func nameEdits(doc *extract.Document) map[[2]int]extract.Edit {
	out := map[[2]int]extract.Edit{}
	for _, e := range doc.Edits {
		if e.Kind == extract.EditName {
			out[[2]int{e.Start, e.End}] = e
		}
	}
	return out
}

func orgSuffix(org string) string {
	if org == "" {
		return ""
	}
	return " at " + org
}

// points gives a badge at the start of each event's evidence.
func points(doc *extract.Document) []point {
	var out []point
	for _, ev := range doc.Events {
		for k, sp := range evidence(ev) {
			out = append(out, point{at: sp.Start, id: fmt.Sprintf("ev-%s-%d", ev.ID, k), event: ev.ID, label: ev.ID, marker: len(out)})
		}
	}
	slices.SortStableFunc(out, func(a, b point) int { return cmp.Compare(a.at, b.at) })
	return out
}

// evidence gives the spans that tell an event: its Evidence, else its own
// span.
func evidence(ev extract.Event) []extract.Span {
	if len(ev.Evidence) > 0 {
		return ev.Evidence
	}
	return []extract.Span{{Start: ev.Start, End: ev.End}}
}

// annotate gives the text of doc as HTML paragraphs, one per line, with
// its marks, its evidence badges and its runs in another language than
// the document's. Every piece of the text is escaped.
func annotate(doc *extract.Document) template.HTML {
	text := doc.Text
	ms, ps := marks(doc), points(doc)
	var foreign []extract.Segment
	for _, s := range doc.Segments {
		if s.Language != "" && s.Language != doc.Language.Code {
			foreign = append(foreign, s)
		}
	}
	var b strings.Builder
	mi, pi, fi := 0, 0, 0
	for ps0 := 0; ps0 < len(text); {
		pe := strings.IndexByte(text[ps0:], '\n')
		if pe < 0 {
			pe = len(text)
		} else {
			pe += ps0
		}
		if strings.TrimSpace(text[ps0:pe]) != "" {
			b.WriteString("<p>")
			paragraph(&b, text, ps0, pe, ms, &mi, ps, &pi, foreign, &fi)
			b.WriteString("</p>\n")
		}
		ps0 = pe + 1
	}
	return template.HTML(b.String()) // built from escaped pieces only
}

// paragraph writes text[start:end], closing whatever it opened.
func paragraph(b *strings.Builder, text string, start, end int, ms []mark, mi *int, ps []point, pi *int, foreign []extract.Segment, fi *int) {
	cuts := []int{start, end}
	for j := *mi; j < len(ms) && ms[j].start < end; j++ {
		cuts = append(cuts, max(ms[j].start, start), min(ms[j].end, end))
	}
	for j := *pi; j < len(ps) && ps[j].at < end; j++ {
		cuts = append(cuts, max(ps[j].at, start))
	}
	for j := *fi; j < len(foreign) && foreign[j].Start < end; j++ {
		cuts = append(cuts, max(foreign[j].Start, start), min(max(foreign[j].End, start), end))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var openMark *mark
	openLang := ""
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		for *fi < len(foreign) && foreign[*fi].End <= a {
			*fi++
		}
		lang := ""
		if *fi < len(foreign) && foreign[*fi].Start <= a {
			lang = foreign[*fi].Language
		}
		for *mi < len(ms) && ms[*mi].end <= a {
			*mi++
		}
		var m *mark
		if *mi < len(ms) && ms[*mi].start <= a {
			m = &ms[*mi]
		}
		if openMark != nil && openMark != m || lang != openLang {
			if openMark != nil {
				b.WriteString("</mark>")
				openMark = nil
			}
		}
		if lang != openLang {
			if openLang != "" {
				b.WriteString("</span>")
			}
			if lang != "" {
				fmt.Fprintf(b, `<span class="foreign" lang="%s"><span class="lang" title="sentence in another language">%s</span>`, esc(lang), esc(lang))
			}
			openLang = lang
		}
		for *pi < len(ps) && ps[*pi].at <= a {
			p := ps[*pi]
			fmt.Fprintf(b, `<a class="ev" id="%s" href="#%s" title="evidence of event %s">%s</a>`, esc(p.id), esc(p.event), esc(p.event), esc(p.label))
			*pi++
		}
		if m != nil && openMark != m {
			first := m.start >= a
			fmt.Fprintf(b, `<mark class="k-%s" tabindex="0"`, esc(m.kind))
			if first {
				fmt.Fprintf(b, ` id="%s"`, esc(m.id))
			}
			b.WriteString(">")
			if first && m.repaired != "" {
				fmt.Fprintf(b, `<span class="fix">%s ←</span>`, esc(m.repaired))
			}
			if first {
				b.WriteString(`<span class="tip" role="tooltip">`)
				for k, line := range m.tip {
					if k > 0 {
						b.WriteString("<br>")
					}
					b.WriteString(esc(line))
				}
				b.WriteString("</span>")
			}
			openMark = m
		}
		b.WriteString(esc(text[a:z]))
	}
	if openMark != nil {
		b.WriteString("</mark>")
	}
	if openLang != "" {
		b.WriteString("</span>")
	}
}

// esc escapes text for HTML element content and quoted attributes.
func esc(s string) string { return template.HTMLEscapeString(s) }
