package entities

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// group is one entity of the document under construction.
type group struct {
	kind    Kind
	name    string
	gaz     bool
	votes   [4]float64
	tag     [4]float64 // the name tagger's kinds, which count when the rules give none
	members []int      // candidate indexes
	strong  bool       // some mention has evidence enough on its own
}

// resolve groups the candidates into entities (coreference within the
// document), then keeps those with enough confidence.
func (d *doc) resolve() []Entity {
	d.splitWeakRuns()
	var groups []*group
	byKey := map[string]int{}
	short := shortIndex{}
	join := func(ci, gi int) {
		c, g := d.cands[ci], groups[gi]
		c.group = gi
		g.members = append(g.members, ci)
		short.add(d.form(c), gi)
		for k := range g.votes {
			g.votes[k] += c.votes[k]
			g.tag[k] += c.tag[k]
		}
		g.strong = g.strong || c.conf >= d.r.minConf
	}
	newGroup := func(ci int, name string, kind Kind, gaz bool) {
		groups = append(groups, &group{name: name, kind: kind, gaz: gaz})
		byKey[groupKey(name)] = len(groups) - 1
		join(ci, len(groups)-1)
	}
	// Gazetteer matches first: they fix canonical names and kinds.
	for ci, c := range d.cands {
		if c.gaz == nil {
			continue
		}
		e := d.pickEntry(c)
		if gi, ok := byKey[groupKey(e.Name)]; ok && groups[gi].kind == e.Kind {
			join(ci, gi)
			continue
		}
		newGroup(ci, e.Name, e.Kind, true)
	}
	// Then runs, longest first, so that short forms find their long form.
	order := make([]int, 0, len(d.cands))
	for ci, c := range d.cands {
		if c.gaz == nil {
			order = append(order, ci)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int {
		cx, cy := d.cands[x], d.cands[y]
		return cmp.Or(cmp.Compare(cy.b-cy.a, cx.b-cx.a), cmp.Compare(cx.a, cy.a))
	})
	for _, ci := range order {
		c := d.cands[ci]
		name := d.name(c)
		if gi, ok := byKey[groupKey(name)]; ok {
			join(ci, gi)
			continue
		}
		if gi := d.corefer(c, groups, short); gi >= 0 {
			join(ci, gi)
			byKey[groupKey(name)] = gi // the same form later means the same entity
			continue
		}
		newGroup(ci, name, KindUnknown, false)
	}
	return d.entities(groups)
}

func groupKey(name string) string { return gazetteer.Fold(name) }

// pickEntry chooses among the gazetteer entries a name matched, by the
// kind the context suggests, else the first.
func (d *doc) pickEntry(c *cand) gazetteer.Entry {
	es := d.r.gaz.entries
	best := c.gaz[0]
	if k := c.allKind(); k != KindUnknown {
		for _, id := range c.gaz {
			if es[id].Kind == k {
				best = id
				break
			}
		}
	}
	return es[best]
}

// form returns the folded words of a mention, without legal forms.
func (d *doc) form(c *cand) []string {
	var out []string
	for k := c.a; k < c.b; k++ {
		if d.toks[k].word && !d.r.lx.legal[d.raw(k)] {
			out = append(out, d.toks[k].fold)
		}
	}
	return out
}

// name returns a run's name: its surface without trailing legal forms
// ("Acme Corp." → "Acme") and connectors.
func (d *doc) name(c *cand) string {
	b := c.b
	for b > c.a+1 && (d.r.lx.legal[d.raw(b-1)] || !d.toks[b-1].word) {
		b--
	}
	return d.surface(c.a, b)
}

// shortIndex maps the short forms a group can be referred to by (a prefix
// of one of its forms, a surname, a given name, initials) to the groups.
type shortIndex map[string][]int

// add indexes the short forms of form for group gi.
func (ix shortIndex) add(form []string, gi int) {
	put := func(k string) {
		if ids := ix[k]; len(ids) == 0 || ids[len(ids)-1] != gi {
			ix[k] = append(ids, gi)
		}
	}
	for n := 1; n < len(form); n++ {
		put("p\x00" + strings.Join(form[:n], " "))
	}
	if len(form) > 1 {
		put("s\x00" + form[len(form)-1])
		put("g\x00" + form[0])
		put("i\x00" + initials(form))
	}
}

// corefer finds the entity a shorter form refers to: "Scale" → "Scale AI"
// (a prefix of exactly one organization), "Ling" → "Eugene Ling" (the
// surname of exactly one person), "Eugene" → "Eugene Ling" (a given name),
// "IBM" → "International Business Machines" (initials). It returns -1 if
// there is none or more than one.
func (d *doc) corefer(c *cand, groups []*group, ix shortIndex) int {
	f := d.form(c)
	if len(f) == 0 {
		return -1
	}
	found := -1
	consider := func(key string, ok func(kind Kind) bool) {
		for _, gi := range ix[key] {
			g := groups[gi]
			kind := g.kindOf()
			if !g.strong || !ok(kind) || found == gi {
				continue
			}
			if found >= 0 {
				found = -2
				return
			}
			if found == -1 {
				found = gi
			}
		}
	}
	isPerson := func(k Kind) bool { return k == KindPerson }
	if c.kindAll() != KindPerson {
		consider("p\x00"+strings.Join(f, " "), func(k Kind) bool { return k != KindPerson })
	}
	if k := c.kindAll(); len(f) == 1 && k != KindOrg && k != KindLoc {
		consider("s\x00"+f[0], isPerson)
		if d.r.lx.given[f[0]] {
			consider("g\x00"+f[0], isPerson)
		}
		if d.toks[c.a].allUpper {
			consider("i\x00"+f[0], func(Kind) bool { return true })
		}
	}
	return max(found, -1)
}

// initials returns the first letters of the words of a multi-word name,
// skipping connectors ("bank of america" → "boa").
func initials(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "de", "du", "des", "and", "et", "&", "the", "for", "la", "le":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); w != "" {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func kindOf(votes [4]float64) Kind {
	if k := argmax(votes); k != KindUnknown {
		return k
	}
	return KindOrg
}

// kindOf returns the group's kind: the gazetteer's, else the one a cue of
// the rules gives across the document, else the one the rules' weaker
// evidence and the name tagger favour together, else ORG.
func (g *group) kindOf() Kind {
	if g.kind != KindUnknown {
		return g.kind
	}
	if k := argmax(g.votes); k != KindUnknown && g.votes[k] >= 1 {
		return k
	}
	var v [4]float64
	for k := range v {
		v[k] = g.votes[k] + g.tag[k]
	}
	return kindOf(v)
}

// splitWeakRuns splits a run without evidence of its own that starts or
// ends with a name the document already knows ("Ling Destren" after
// "Eugene Ling"): the known part becomes its own candidate.
func (d *doc) splitWeakRuns() {
	known := map[string]bool{}
	for _, c := range d.cands {
		if c.gaz == nil && c.conf < d.r.minConf {
			continue
		}
		f := d.form(c)
		known[strings.Join(f, " ")] = true
		if c.gaz == nil && c.kindAll() == KindPerson && len(f) > 1 {
			known[f[len(f)-1]] = true
		}
		if c.gaz != nil {
			for _, id := range c.gaz {
				known[groupKey(d.r.gaz.entries[id].Name)] = true
			}
		}
	}
	n := len(d.cands)
	for ci := 0; ci < n; ci++ {
		c := d.cands[ci]
		if c.gaz != nil || c.conf >= d.r.minConf || c.b-c.a < 2 {
			continue
		}
		for k := c.b - 1; k > c.a; k-- {
			if known[gazetteer.Fold(d.surface(c.a, k))] || known[gazetteer.Fold(d.surface(k, c.b))] {
				d.at[k] = len(d.cands)
				d.cands = append(d.cands, &cand{a: k, b: c.b, conf: c.conf})
				c.b = k
				break
			}
		}
	}
}

// entities turns the groups into the result: confidence, kind, canonical
// name, sorted mentions, attributes; entities below the threshold are
// dropped.
func (d *doc) entities(groups []*group) []Entity {
	var out []Entity
	for _, g := range groups {
		slices.SortFunc(g.members, func(x, y int) int { return cmp.Compare(d.cands[x].a, d.cands[y].a) })
		best, midSentence, doubted := 0.0, 0, 0
		for _, ci := range g.members {
			c := d.cands[ci]
			best = max(best, c.conf)
			if c.doubt {
				doubted++
			}
			if !c.initial && !d.heading[c.a] {
				midSentence++
			}
		}
		conf := min(best+0.05*float64(len(g.members)-1), 0.99)
		if !g.gaz && (midSentence < 1 || doubted == len(g.members)) {
			conf = min(conf, best)
		}
		if conf < d.r.minConf {
			continue
		}
		kind := g.kindOf()
		name := g.name
		if !g.gaz {
			name = d.canonical(g)
		}
		if !g.gaz && kind == KindLoc && strings.ToUpper(name) == name {
			name = titleWords(name) // a dateline's "EAST BRANFORD" is East Branford
		}
		e := Entity{Kind: kind, Name: name, Confidence: float64(int(conf*100+0.5)) / 100}
		for _, ci := range g.members {
			c := d.cands[ci]
			s, t := d.toks[c.a].start, d.toks[c.b-1].end
			e.Mentions = append(e.Mentions, Mention{Start: s, End: t, Text: d.text[s:t]})
		}
		if kind == KindPerson {
			e.Role, e.Org = d.attributes(g, groups)
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(x, y Entity) int {
		return cmp.Or(cmp.Compare(x.Mentions[0].Start, y.Mentions[0].Start), cmp.Compare(x.Name, y.Name))
	})
	for i := range out {
		out[i].ID = "E" + strconv.Itoa(i+1)
	}
	return out
}

// canonical returns the fullest form of an unknown entity: the mention
// with the most words, preferring mixed case to all capitals, then the
// first.
func (d *doc) canonical(g *group) string {
	var best *cand
	for _, ci := range g.members {
		c := d.cands[ci]
		if best == nil || len(d.form(c)) > len(d.form(best)) ||
			(len(d.form(c)) == len(d.form(best)) && d.toks[best.a].allUpper && !d.toks[c.a].allUpper) {
			best = c
		}
	}
	return d.name(best)
}

// attributes finds a person's role and organization in the text around
// its mentions: "Surya Midha, cofondateur de Mercor", "le PDG de Turing,
// Jonathan Siddharth", "Tesla CEO Elon Musk", "la cofondatrice Surya Midha".
func (d *doc) attributes(g *group, groups []*group) (role, org string) {
	orgAt := func(i int) (string, int) {
		if ci, ok := d.at[i]; ok {
			c := d.cands[ci]
			if og := groups[c.group]; og.kindOf() == KindOrg {
				if og.gaz {
					return og.name, c.b
				}
				return d.canonical(og), c.b
			}
		}
		return "", 0
	}
	for _, ci := range g.members {
		c := d.cands[ci]
		lo, hi := d.sentOf[c.a], d.sentEnd[c.a]
		// After: ", [article] ROLE [prep ORG]"
		if c.b+1 < hi && d.toks[c.b].fold == "," {
			k := c.b + 1
			if isArticle(d.toks[k].fold) && k+1 < hi {
				k++
			}
			if p, e := d.roleSpan(k); p != nil {
				o := ""
				if e+1 < hi && isRolePrep(d.toks[e].fold) {
					o, _ = orgAt(e + 1)
				}
				return p.canon, o
			}
		}
		// Before: "ROLE [prep ORG] [,] PERSON" or "ORG ROLE PERSON".
		e := c.a
		if e > lo && d.toks[e-1].fold == "," {
			e--
		}
		if p, s := d.roleEndingAt(e); p != nil && e > lo {
			o := ""
			if s > lo {
				for k := max(lo, s-4); k < s; k++ {
					if name, end := orgAt(k); name != "" && (end == s || end == s-1 && (d.toks[end].poss || d.toks[end].fold == "-")) {
						o = name // "Tesla CEO Elon Musk", "Marlin’s CFO, Dana Whitfield", "Siemens-Vorstandschef X"
					}
				}
			}
			return p.canon, o
		}
		for s := max(lo, e-8); s < e; s++ {
			p, pe := d.roleSpan(s)
			if p == nil || pe >= e || !isRolePrep(d.toks[pe].fold) {
				continue
			}
			if name, end := orgAt(pe + 1); name != "" && end == e {
				return p.canon, name
			}
		}
	}
	return "", ""
}

// titleWords writes each word of s with a capital and lower-case letters
// after it, except the particles inside a hyphenated place name
// ("SAINT-MALO" → "Saint-Malo", "FOS-SUR-MER" → "Fos-sur-Mer").
func titleWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	w, start := 0, true
	for i, r := range s {
		word := unicode.IsLetter(r) || r == '\''
		if word && start {
			lower := w > 0 && i > 0 && s[i-1] == '-' && w < len(words)-1 && isPlaceParticle(words[w])
			if lower {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
			w++
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !word
	}
	return b.String()
}

// isPlaceParticle reports whether the word, in any case, is one of the
// French particles written in lower case inside a place name.
func isPlaceParticle(w string) bool {
	switch strings.ToLower(w) {
	case "de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "et", "aux", "au":
		return true
	}
	return false
}
