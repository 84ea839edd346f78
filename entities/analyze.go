package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// doc is the per-call state of Recognize: the tokens of every sentence
// and the candidate mentions found in them. It is never shared.
type doc struct {
	r       *Recognizer
	text    string
	toks    []token
	initial []bool         // the token starts a sentence, a line or a quotation
	heading []bool         // the token is on a title-case heading line
	sentOf  []int          // index of the first token of the token's sentence
	sentEnd []int          // index past the last token of the token's sentence
	used    []bool         // the token belongs to a candidate
	skip    []bool         // the token is amount text or inside a span the caller excluded
	langs   map[int]string // first token of a sentence → its language
	except  []Span         // spans the caller excluded, sorted by Start
	cands   []*cand
	at      map[int]int // first token index → candidate index
	endAt   map[int]int // index past the last token → candidate index
}

// cand is a candidate mention: a gazetteer match or a run of capitalized
// words, with the evidence gathered for it.
type cand struct {
	a, b  int   // token range [a, b)
	gaz   []int // gazetteer entries whose name matched; nil for a run
	conf  float64
	votes [4]float64 // evidence per Kind from rules
	ner   [4]float64 // evidence per Kind from the statistical recognizer: it
	// only chooses among gazetteer entries of different kinds, as prose's
	// labels for unknown names are too noisy to type them
	initial bool
	group   int
	// tag is the kind the name tagger gives the candidate, kept apart from
	// the rules' votes, which outweigh it
	tag [4]float64
	// fragment is set on a run whose place makes it a fragment rather
	// than a name (see baseConf)
	fragment bool
	// doubt is set on a run the name tagger read and did not find: more
	// mentions do not raise its confidence
	doubt bool
	// ext is the kind of a known name extended by the capitalized words
	// after it ("Samsung Heavy Industries"), KindUnknown otherwise.
	ext Kind
}

func (c *cand) vote(k Kind, w, conf float64) {
	if int(k) < len(c.votes) {
		c.votes[k] += w
	}
	c.conf = max(c.conf, conf)
}

// kind returns the kind with the most evidence from rules, KindUnknown if
// none.
func (c *cand) kind() Kind { return argmax(c.votes) }

// kindAll returns the kind with the most evidence from the rules and the
// name tagger together.
func (c *cand) kindAll() Kind {
	var v [4]float64
	for k := range v {
		v[k] = c.votes[k] + c.tag[k]
	}
	return argmax(v)
}

// allKind returns the kind with the most evidence from rules and the
// statistical recognizer together.
func (c *cand) allKind() Kind {
	var v [4]float64
	for k := range v {
		v[k] = c.votes[k] + c.ner[k]
	}
	return argmax(v)
}

// argmax returns the kind with the most weight, KindUnknown if none.
func argmax(votes [4]float64) Kind {
	best, bw := KindUnknown, 0.0
	for _, k := range []Kind{KindOrg, KindPerson, KindLoc} {
		if votes[k] > bw {
			best, bw = k, votes[k]
		}
	}
	return best
}

// surface returns the text of tokens [a, b).
func (d *doc) surface(a, b int) string { return d.text[d.toks[a].start:d.toks[b-1].end] }

func (d *doc) raw(i int) string { return d.text[d.toks[i].start:d.toks[i].end] }

// sentence tokenizes one sentence, adds its candidates and scores them; it
// returns the index of the sentence's first candidate.
func (d *doc) sentence(s Sentence) int {
	base := len(d.toks)
	d.toks = tokenize(d.text, s.Start, s.End, d.toks)
	d.toks = d.splitCompounds(base, s.Lang)
	end := len(d.toks)
	if d.langs == nil {
		d.langs = map[int]string{}
	}
	d.langs[base] = s.Lang
	for i := base; i < end; i++ {
		d.sentOf = append(d.sentOf, base)
		d.sentEnd = append(d.sentEnd, end)
		d.used = append(d.used, false)
		d.initial = append(d.initial, false)
		d.heading = append(d.heading, false)
		d.skip = append(d.skip, false)
	}
	d.markAmounts(base, end)
	d.markInitials(base, end)
	d.markHeadings(base, end)
	first := len(d.cands)
	d.matchGazetteer(base, end)
	d.findRuns(base, end)
	for _, c := range d.cands[first:] {
		d.score(c, s.Lang)
	}
	return first
}

// markInitials flags the first word of the sentence, of each line and of
// each quotation or clause after a colon: there a capital says nothing.
func (d *doc) markInitials(base, end int) {
	atStart := true
	for i := base; i < end; i++ {
		t := d.toks[i]
		if t.nl {
			atStart = true
		}
		switch {
		case t.word || t.elision:
			d.initial[i] = atStart
			atStart = false
		case t.poss:
		default:
			switch t.fold {
			case ".", "!", "?", ":", "«", "“", "\"", "„", "‘", "”", "—", "–", "-", "•", "*", "…", "(", "[":
				atStart = true
			}
		}
	}
}

// markHeadings flags the tokens of title-case lines without final
// punctuation ("A Tale of Two Trajectories: Mercor’s Meteoric Rise"),
// where capitals are typography, not names.
func (d *doc) markHeadings(base, end int) {
	for i := base; i < end; {
		j := i + 1
		for j < end && !d.toks[j].nl {
			j++
		}
		long, caps := 0, 0
		for k := i; k < j; k++ {
			if t := d.toks[k]; t.word && t.end-t.start >= 4 {
				long++
				if t.initCap {
					caps++
				}
			}
		}
		lastPunct := false
		switch d.toks[j-1].fold {
		case ".", "!", "?", "»", "”", "\"", "…", ";", ",":
			lastPunct = true
		}
		if !lastPunct && long >= 2 && caps*3 >= long*2 {
			for k := i; k < j; k++ {
				d.heading[k] = true
			}
		}
		i = j
	}
}

// matchGazetteer finds the longest gazetteer names starting at each
// capitalized token, or the longer names that start with one.
func (d *doc) matchGazetteer(base, end int) {
	for i := base; i < end; i++ {
		t := d.toks[i]
		capital := t.word && t.hasUpper
		if t.elision && i+1 < end && d.toks[i+1].word && d.toks[i+1].initCap && d.toks[i+1].start == t.end {
			capital = true
		}
		if !capital || d.skip[i] {
			continue
		}
		ids, n := d.gazAt(i, end)
		if n == 0 && isInitials(d.raw(i)) && i+1 < end && !d.toks[i+1].nl && d.toks[i+1].initCap {
			// "K.L. Siemens": initials before a known name belong to it
			if ids, n := d.gazAt(i+1, end); n > 0 && d.gazKind(ids) != KindLoc {
				d.add(&cand{a: i, b: i + 1 + n, gaz: ids, conf: 0.9})
				i += n
				continue
			}
		}
		if n == 0 && d.langs[base] == "de" {
			if ids := d.cityAdjective(i); ids != nil {
				d.add(&cand{a: i, b: i + 1, gaz: ids, conf: 0.9})
			}
			continue
		}
		if n == 0 || (n == 1 && d.partOfPersonName(i, base, end)) {
			continue
		}
		if n == 1 && d.r.lx.place[d.raw(i)] && i > base && d.toks[i-1].initCap && d.isNameWord(i-1) {
			continue // "Times Square", "Union Square": the end of a place name
		}
		if i-2 >= base && d.gazKind(ids) == KindLoc && isOf(d.toks[i-1].fold) && !d.toks[i-1].hasUpper &&
			d.r.lx.head[d.raw(i-2)] && d.isNameWord(i-2) {
			continue // "Bank of Canada", "Université de Lyon": the place ends an institution's name
		}
		last := i + n - 1
		if j, k := d.extendKnown(i, last+1, end, ids); j > last+1 {
			d.add(&cand{a: i, b: j, ext: k})
			i = j - 1
			continue
		}
		conf := 0.95
		if n == 1 && (d.initial[i] || d.heading[i]) && d.shortAlias(i, ids) {
			// "Surge pricing returned", "Scale matters": a one-word alias of a
			// longer name opening a sentence names the entity only when the
			// document names it elsewhere (the group then carries its
			// confidence)
			conf = 0.3
		}
		d.add(&cand{a: i, b: last + 1, gaz: ids, conf: conf})
		i = last
	}
}

// shortAlias reports whether token i matched the entries ids only as a
// one-word alias of longer canonical names, and is also an ordinary word
// ("Surge" for Surge AI, "Scale" for Scale AI).
func (d *doc) shortAlias(i int, ids []int) bool {
	if !d.r.lx.plain[d.toks[i].fold] {
		return false
	}
	for _, id := range ids {
		name := d.r.gaz.entries[id].Name
		if gazetteer.Fold(name) == d.toks[i].fold || !strings.Contains(name, " ") {
			return false
		}
	}
	return true
}

// isInitials reports whether w is two or more upper-case letters each
// followed by a dot ("A.P.", "J.K.").
func isInitials(w string) bool {
	groups := 0
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || n >= len(w) || w[n] != '.' {
			return false
		}
		w = w[n+1:]
		groups++
	}
	return groups >= 2
}

// cityAdjective returns the gazetteer entries of the known place a German
// adjective of origin at token i names ("Stuttgarter" → Stuttgart,
// "Münchner" → München, "Kölner" → Köln, "Bremer" → Bremen) before the
// noun it qualifies, or nil.
func (d *doc) cityAdjective(i int) []int {
	t := d.toks[i]
	w := d.raw(i)
	if !t.word || !t.initCap || t.allUpper || !strings.HasSuffix(w, "er") || len(w) < 6 {
		return nil
	}
	if i+1 >= d.sentEnd[i] || !d.toks[i+1].word || !d.toks[i+1].initCap || d.toks[i+1].nl {
		return nil // an adjective qualifies the noun that follows it
	}
	stem := w[:len(w)-2]
	for _, s := range []string{stem, stem + "en", strings.TrimSuffix(stem, "n") + "en"} {
		ids := d.r.gaz.byKey[gazetteer.Fold(s)]
		if len(ids) > 0 && d.gazKind(ids) == KindLoc {
			return ids
		}
	}
	return nil
}

// gazAt returns the gazetteer entries of the longest known name starting
// at token i and its length in tokens (0 if none). After the French
// contracted articles "au", "du", "aux" and "des", a name listed with its
// article is found too ("au Parisien" → "Le Parisien").
func (d *doc) gazAt(i, end int) ([]int, int) {
	ix := d.r.gaz
	prefix := ""
	if i > d.sentOf[i] {
		switch d.toks[i-1].fold {
		case "au", "du":
			prefix = "le "
		case "aux", "des":
			prefix = "les "
		}
	}
	if !ix.first[d.toks[i].fold] && (prefix == "" || !ix.first[strings.TrimSpace(prefix)]) {
		return nil, 0
	}
	for n := min(ix.maxTok, end-i); n >= 1; n-- {
		last := i + n - 1
		if !d.toks[last].word || d.crossesLine(i, last) || d.skip[last] {
			continue
		}
		key := gazetteer.Fold(d.surface(i, last+1))
		if ids := ix.byKey[key]; len(ids) > 0 {
			return ids, n
		}
		if prefix != "" {
			if ids := ix.byKey[prefix+key]; len(ids) > 0 {
				return ids, n
			}
		}
	}
	return nil, 0
}

// partOfPersonName reports whether the one-word name at token i is rather
// part of a longer name: a surname after a given name ("Harrison Ford",
// "Michael Jordan"), a given name before a surname ("Florence Parly"), or a
// word before a number ("Fortune 500").
func (d *doc) partOfPersonName(i, base, end int) bool {
	lx := d.r.lx
	plain := func(k int) bool {
		t := d.toks[k]
		return t.word && t.initCap && !t.allUpper && !d.used[k] && !lx.isStop(t.fold) && !t.nl
	}
	if i > base && plain(i-1) && lx.given[d.toks[i-1].fold] && !d.toks[i].nl {
		return true
	}
	if i+1 < end && isNumber(d.raw(i+1)) && !d.toks[i+1].nl {
		return true // "Fortune 500", "Windows 11": a title or a product, not the name alone
	}
	return lx.given[d.toks[i].fold] && i+1 < end && plain(i+1) && !d.r.gaz.first[d.toks[i+1].fold]
}

// isNumber reports whether s is made of ASCII digits only.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (d *doc) crossesLine(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if d.toks[k].nl {
			return true
		}
	}
	return false
}

func (d *doc) add(c *cand) {
	c.initial = d.initial[c.a]
	for k := c.a; k < c.b; k++ {
		d.used[k] = true
	}
	if d.at == nil {
		d.at, d.endAt = map[int]int{}, map[int]int{}
	}
	d.at[c.a] = len(d.cands)
	d.endAt[c.b] = len(d.cands)
	d.cands = append(d.cands, c)
}

// isNameWord reports whether token i can be part of an unknown name: a
// capitalized word that is neither a stop word nor the start of a role.
func (d *doc) isNameWord(i int) bool {
	t := d.toks[i]
	if !t.word || !t.hasUpper || d.used[i] || d.skip[i] || d.r.lx.isStop(t.fold) || d.roleAt(i) != nil {
		return false
	}
	if d.langs[d.sentOf[i]] != "de" {
		return true // a capitalized "Bank", "Groupe" is part of a name
	}
	if _, ok := d.r.lx.descriptorKind(t.fold, "de"); ok {
		return false // "Finanzinvestor EQT": the descriptor is a cue, not a name
	}
	return !d.r.lx.nounsDE[t.fold]
}

// findRuns adds the maximal runs of capitalized words that the gazetteer
// did not claim, joined by "&", by "of"/"de" after an institution word
// ("Bank of America") and by name particles after a given name
// ("Ursula von der Leyen").
func (d *doc) findRuns(base, end int) {
	lx := d.r.lx
	for i := base; i < end; i++ {
		if !d.isNameWord(i) || lx.weak[d.toks[i].fold] || lx.legal[d.raw(i)] {
			continue
		}
		j := i + 1
		for j < end && !d.toks[j].nl && !d.used[j] {
			u := d.toks[j]
			if d.isNameWord(j) || (u.word && (u.hasUpper && lx.weak[d.toks[j].fold] || lx.legal[d.raw(j)] || lx.designator[d.raw(j)])) {
				j++
				continue
			}
			if d.surnameParticle(i, j, end) {
				j++
				continue
			}
			if j+1 < end && !d.toks[j+1].nl && (d.isNameWord(j+1) || d.surnameParticle(i, j+1, end)) && d.joins(i, j) {
				j += 2
				continue
			}
			break
		}
		if d.allGeneric(i, j) || (j == i+1 && utf8.RuneCountInString(d.raw(i)) == 1) || j-i > maxRunLen {
			i = j - 1
			continue
		}
		a := i
		if d.capitalArticle(i - 1) {
			a = i - 1 // "selon La Gazette Bretonne", "d'après L'Écho Picard"
		}
		d.add(&cand{a: a, b: j})
		i = j - 1
	}
}

// capitalArticle reports whether token k is a French definite article
// written with a capital inside a sentence, glued to the name after it
// ("La Lettre", "L'Informé"): there the article is part of the name.
func (d *doc) capitalArticle(k int) bool {
	if k < 0 || k < d.sentOf[k+1] || d.initial[k] || d.used[k] || d.toks[k].nl || d.toks[k+1].nl || d.langs[d.sentOf[k]] != "fr" {
		return false
	}
	t := d.toks[k]
	switch t.fold {
	case "le", "la", "les", "l'":
		return t.initCap
	}
	return false
}

// maxRunLen bounds the words of an unknown name; longer runs of capitals
// are titles or shouting, not names.
const maxRunLen = 8

// joins reports whether token j, inside a run starting at i, is a
// connector that may join two capitalized words.
func (d *doc) joins(i, j int) bool {
	lx, u := d.r.lx, d.toks[j]
	switch {
	case u.fold == "&":
		return true
	case isOf(u.fold) && (lx.head[d.raw(i)] || lx.head[d.raw(j-1)]): // "Bank of America", "Reserve Bank of Australia"
		return true
	case lx.connectors[u.fold] && lx.head[d.raw(i)]:
		// "and"/"et" join within a name, not two names of which the
		// first already has its "of" ("Bank of Canada and Port of Tacoma")
		return !d.hasOf(i+1, j)
	case lx.particles[u.fold] && !u.hasUpper && j == i+1 && d.surnameParticle(i, j+1, d.sentEnd[j]):
		return true // "Jean de La Fontaine"
	case (u.fold == "of") == (d.langs[d.sentOf[j]] == "en") && isOf(u.fold) && !u.hasUpper && !d.initial[i]:
		// "Terres du Sud", "Port of Tacoma": both sides capitalized,
		// in the sentence's own language (an English "of" in French text
		// is a fragment of machine translation), unless the right side is
		// a known name ("Zentrix de Lyon").
		_, n := d.gazAt(j+1, d.sentEnd[j])
		return n == 0 && !lx.weak[d.toks[i].fold] && !lx.given[d.toks[i].fold]
	case lx.particles[u.fold] && !u.hasUpper && (j == i+1 && lx.given[d.toks[i].fold]):
		return true
	}
	return false
}

// surnameParticle reports whether token j, inside a run starting at i, is
// a capitalized particle that starts a surname after a given name, directly
// or through lowercase particles, and before a name word ("Manon Le Goff",
// "Jean de La Fontaine", "Lisa Van Damme").
func (d *doc) surnameParticle(i, j, end int) bool {
	u := d.toks[j]
	if !u.initCap || d.initial[j] || u.nl || !d.r.lx.particles[u.fold] || j+1 >= end || d.toks[j+1].nl || !d.isNameWord(j+1) {
		return false
	}
	k := j - 1
	for k > i && d.r.lx.particles[d.toks[k].fold] && !d.toks[k].hasUpper {
		k--
	}
	return k == i && d.toks[i].initCap && d.r.lx.given[d.toks[i].fold]
}

// allGeneric reports whether tokens [a, b) hold nothing but legal forms,
// designators and weak words ("AI", "Group"), which name nothing alone.
func (d *doc) allGeneric(a, b int) bool {
	lx := d.r.lx
	for k := a; k < b; k++ {
		w := d.raw(k)
		if d.toks[k].word && !lx.weak[d.toks[k].fold] && !lx.legal[w] && !lx.designator[w] && !lx.head[w] && !lx.connectors[d.toks[k].fold] {
			return false
		}
	}
	return true
}

// isOf reports whether the folded word is a connector of belonging ("of",
// "de", "du", "des", "d'"), a closed class of the grammar.
func isOf(fold string) bool {
	switch fold {
	case "of", "de", "du", "des", "d'":
		return true
	}
	return false
}
