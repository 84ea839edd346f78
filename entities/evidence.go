package entities

import "strings"

// prepositions that link a role to its organization ("PDG de X",
// "analyste chez X", "CEO of X"); a closed class of the grammar.
func isRolePrep(fold string) bool {
	switch fold {
	case "de", "d'", "du", "chez", "of", "at", "for", "bei", "von", "en":
		return true
	}
	return false
}

// isArticle reports whether fold is an article or possessive that may
// stand between a comma and a role ("Surya Midha, la cofondatrice de").
func isArticle(fold string) bool {
	switch fold {
	case "le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "the", "a", "an", "its", "his", "her", "their", "ancien", "ancienne", "former", "der", "die", "el", "il":
		return true
	}
	return false
}

// matchAt reports whether the words of p match the tokens starting at i
// (within the sentence), and returns the index past the match.
func (d *doc) matchAt(p []string, i int) (int, bool) {
	end := d.sentEnd[i]
	k := i
	for _, w := range p {
		for k < end && d.toks[k].fold == "-" && w != "-" {
			k++
		}
		if k >= end || d.toks[k].fold != w {
			return 0, false
		}
		k++
	}
	return k, true
}

// roleAt returns the longest role phrase starting at token i, or nil.
func (d *doc) roleAt(i int) *phrase {
	p, _ := d.roleSpan(i)
	return p
}

func (d *doc) roleSpan(i int) (*phrase, int) {
	var best *phrase
	bestEnd := 0
	ps := d.r.lx.roles[d.toks[i].fold]
	for k := range ps {
		if e, ok := d.matchAt(ps[k].words, i); ok && e > bestEnd {
			best, bestEnd = &ps[k], e
		}
	}
	return best, bestEnd
}

// roleEndingAt returns a role phrase whose last token is e-1, and its
// first token.
func (d *doc) roleEndingAt(e int) (*phrase, int) {
	lo := d.sentOf[min(e, len(d.sentOf)-1)]
	for s := max(lo, e-5); s < e; s++ {
		if p, pe := d.roleSpan(s); p != nil && pe == e {
			return p, s
		}
	}
	return nil, 0
}

// cueBefore returns the kind announced by a cue phrase ending at token e-1,
// and whether there is one.
func (d *doc) cueBefore(e int) (Kind, bool) {
	if e <= 0 {
		return KindUnknown, false
	}
	lo := d.sentOf[e-1]
	for _, p := range d.r.lx.before[d.toks[e-1].fold] {
		s := e - len(p.words)
		if s < lo {
			continue
		}
		if end, ok := d.matchAt(p.words, s); ok && end == e {
			return p.kind, true
		}
	}
	return KindUnknown, false
}

// cueAfter returns the kind announced by a cue phrase starting at token s.
func (d *doc) cueAfter(s int) (Kind, bool) {
	if s >= len(d.toks) || s >= d.sentEnd[s] {
		return KindUnknown, false
	}
	for _, p := range d.r.lx.after[d.toks[s].fold] {
		if _, ok := d.matchAt(p.words, s); ok {
			return p.kind, true
		}
	}
	return KindUnknown, false
}

// score gathers the evidence for a candidate: its words, the cues around
// it, roles and appositions, and the statistical recognizer.
func (d *doc) score(c *cand, lang string) {
	lx := d.r.lx
	n := c.b - c.a
	lo, hi := d.sentOf[c.a], d.sentEnd[c.a]
	if c.ext != KindUnknown {
		c.vote(c.ext, 2, 0.85) // a known name, continued
	} else if c.gaz == nil {
		c.conf = d.baseConf(c, lang)
		c.fragment = c.conf == fragmentConf
		first, last := d.raw(c.a), d.raw(c.b-1)
		switch {
		case n >= 2 && lx.place[last]:
			c.vote(KindLoc, 2, 0.8) // "Times Square"
		case n >= 2 && (lx.legal[last] || lx.designator[last]):
			c.vote(KindOrg, 2, 0.85)
		case n >= 2 && lx.head[first]:
			c.vote(KindOrg, 1.5, 0.75)
		case n >= 2 && n <= 4 && lx.given[d.toks[c.a].fold] && !d.toks[c.a].allUpper && !d.toks[c.b-1].allUpper:
			c.vote(KindPerson, 1.5, 0.8)
		case n == 1 && lx.given[d.toks[c.a].fold]:
			c.vote(KindPerson, 0.3, 0)
		}
	}
	// A cue just before, possibly across one lowercase word ("la start-up
	// française Mistral AI"); a descriptor noun just before ("der
	// Finanzinvestor EQT", "the private equity firm Thoma Bravo").
	if k, ok := d.descriptorBefore(c.a, lang); ok {
		c.vote(k, 1, 0.8)
	} else if k, ok := d.cueBefore(c.a); ok {
		c.vote(k, 1, 0.8)
	} else if c.a-1 > lo && d.toks[c.a-1].word && (!d.toks[c.a-1].hasUpper || lx.isStop(d.toks[c.a-1].fold)) {
		if k, ok := d.cueBefore(c.a - 1); ok && k != KindPerson {
			c.vote(k, 1, 0.75)
		}
	}
	next := c.b
	if next < hi && d.toks[next].poss {
		next++
	}
	if next < hi {
		if k, ok := d.cueAfter(next); ok {
			c.vote(k, 0.5, 0.65)
		}
	}
	// Roles: "PDG Jonathan Siddharth", "PDG de Turing", "Gil Luria, analyste".
	if c.a > lo {
		if p, _ := d.roleEndingAt(c.a); p != nil {
			c.vote(KindPerson, 1, 0.8)
		} else if d.toks[c.a-1].fold == "," {
			if p, _ := d.roleEndingAt(c.a - 1); p != nil {
				c.vote(KindPerson, 1, 0.75)
			} else if d.roleOfOrgEndingAt(c.a - 1) {
				c.vote(KindPerson, 1, 0.8) // "le PDG de Vantor, Daniel Okoye"
			}
		}
		if c.a-1 > lo && isRolePrep(d.toks[c.a-1].fold) {
			if p, _ := d.roleEndingAt(c.a - 1); p != nil {
				c.vote(KindOrg, 1, 0.8)
			}
		}
	}
	if c.b+1 < hi && d.toks[c.b].fold == "," {
		k := c.b + 1
		if isArticle(d.toks[k].fold) && k+1 < hi {
			k++
		}
		if p, _ := d.roleSpan(k); p != nil {
			c.vote(KindPerson, 1, 0.8)
		}
	}
	if k, ok := d.appositionAfter(c.b, lang); ok {
		c.vote(k, 1, 0.8) // "Thoma Bravo, the private equity firm that…"
	}
	d.placeEvidence(c, lang)
	if c.b < hi {
		// "Tesla CEO Elon Musk": an organization before a role and a name.
		r := c.b
		if d.toks[r].fold == "-" && r+1 < hi {
			r++ // "Velox-Finanzchef Markus Heller"
		}
		if p, e := d.roleSpan(r); p != nil && e < hi && d.toks[e].word && d.toks[e].initCap {
			c.vote(KindOrg, 1, 0.7)
		}
	}
	if lang == "de" && c.gaz == nil && c.ext == KindUnknown && n == 1 && !d.toks[c.a].allUpper &&
		c.votes[KindOrg]+c.votes[KindPerson]+c.votes[KindLoc] < 1 {
		// German capitalizes every noun: one capitalized word with no cue
		// of its own is a noun, not a name.
		c.conf = min(c.conf, 0.4)
	}
}

// placeFollows reports whether a known place follows token b after a
// comma ("Lansing, Michigan"), or a capitalized word in parentheses.
func (d *doc) placeFollows(b, hi int) bool {
	if b+1 >= hi {
		return false
	}
	switch d.toks[b].fold {
	case ",":
		return d.placeAfterComma(b, hi) > 0
	case "(":
		return d.toks[b+1].word && d.toks[b+1].initCap
	}
	return false
}

// placeAfterComma returns the end of a known place that follows the comma
// at token b, directly or after a French preposition of place ("Lansing,
// Michigan", "Plouha, en Bretagne"), or 0.
func (d *doc) placeAfterComma(b, hi int) int {
	k := b + 1
	if k >= hi {
		return 0 // the comma ends the sentence
	}
	if k+1 < hi {
		switch d.toks[k].fold {
		case "en", "au", "aux", "dans":
			k++
		}
	}
	if ids, n := d.gazAt(k, hi); n > 0 && d.gazKind(ids) == KindLoc {
		return k + n
	}
	return 0
}

// dateline reports whether the candidate is the place of a dateline: a
// name in capitals opening a line, a comma, a known place and a dash
// ("CAMBRIDGE, England —", "WOODVILLE, Mass. -").
func (d *doc) dateline(c *cand) bool {
	lo, hi := d.sentOf[c.a], d.sentEnd[c.a]
	if c.a != lo && !d.toks[c.a].nl || c.b >= hi || d.toks[c.b].fold != "," {
		return false
	}
	for k := c.a; k < c.b; k++ {
		if d.toks[k].word && !d.toks[k].allUpper {
			return false
		}
	}
	e := d.placeAfterComma(c.b, hi)
	if e > 0 && e < hi && d.toks[e].fold == "." {
		e++ // "Mass."
	}
	if e == 0 || e >= hi {
		return false
	}
	switch d.toks[e].fold {
	case "—", "–", "-", "(":
		return true
	}
	return false
}

// descriptorBefore returns the kind announced by a descriptor noun just
// before token a ("Finanzinvestor EQT", "le constructeur Vexa"), and
// whether there is one.
func (d *doc) descriptorBefore(a int, lang string) (Kind, bool) {
	if a <= d.sentOf[a] {
		return KindUnknown, false
	}
	t := d.toks[a-1]
	if !t.word {
		return KindUnknown, false
	}
	return d.r.lx.descriptorKind(t.fold, lang)
}

// appositionAfter returns the kind announced by an apposition after the
// name ending at token b: a comma, an optional article, up to three
// lower-case words and a descriptor noun (", the private equity firm",
// ", une société"), and whether there is one.
func (d *doc) appositionAfter(b int, lang string) (Kind, bool) {
	hi := d.sentEnd[min(b, len(d.toks)-1)]
	if b >= hi || d.toks[b].fold != "," {
		return KindUnknown, false
	}
	k := b + 1
	if k < hi && isArticle(d.toks[k].fold) {
		k++
	}
	for n := 0; k < hi && n < 4; n, k = n+1, k+1 {
		t := d.toks[k]
		if !t.word || t.hasUpper {
			break
		}
		if kind, ok := d.r.lx.descriptorKind(t.fold, lang); ok {
			return kind, true
		}
	}
	return KindUnknown, false
}

// placeEvidence votes for a place: a name followed by a capitalized word
// in parentheses ("Saint-Quentin (Aisne)"), that word itself, a name after
// a capitalized common noun and "de"/"of" ("Protocole de Kyoto"), and a
// name after a preposition of place ("à Lansing", "in Lansing"), which is
// weak evidence that any other cue outweighs and that is not read in
// German, where "in" precedes nouns as often as places.
func (d *doc) placeEvidence(c *cand, lang string) {
	lo, hi := d.sentOf[c.a], d.sentEnd[c.a]
	isWordCap := func(k int) bool {
		return k >= lo && k < hi && d.toks[k].word && d.toks[k].initCap && !d.toks[k].allUpper
	}
	paren := func(k int) bool { return k >= lo && k < hi && (d.toks[k].fold == "(" || d.toks[k].fold == ")") }
	switch {
	case c.b+2 < hi && d.toks[c.b].fold == "(" && isWordCap(c.b+1) && d.toks[c.b+2].fold == ")":
		c.vote(KindLoc, 1.5, 0.8)
	case c.b == c.a+1 && paren(c.a-1) && d.toks[c.a-1].fold == "(" && paren(c.b) && d.toks[c.b].fold == ")" && isWordCap(c.a-2) && !d.toks[c.a].allUpper:
		c.vote(KindLoc, 1, 0.6)
	}
	if c.gaz != nil {
		return
	}
	if d.dateline(c) {
		c.vote(KindLoc, 2, 0.8)
		return
	}
	if c.a-2 >= lo && (d.toks[c.a-1].fold == "de" || d.toks[c.a-1].fold == "d'" || d.toks[c.a-1].fold == "of") &&
		isWordCap(c.a-2) && d.r.lx.weak[d.toks[c.a-2].fold] {
		c.vote(KindLoc, 0.6, 0)
	}
	if lang == "de" && d.ausPlace(c) {
		c.vote(KindLoc, 1, 0.7)
		return
	}
	if lang == "de" || c.votes[KindOrg]+c.votes[KindPerson]+c.votes[KindLoc] > 0 || c.a <= lo || !d.placeFollows(c.b, hi) {
		return
	}
	for _, p := range d.r.lx.weakBefore[d.toks[c.a-1].fold] {
		s := c.a - len(p.words)
		if s < lo {
			continue
		}
		if e, ok := d.matchAt(p.words, s); ok && e == c.a {
			c.vote(p.kind, 0.6, 0.7)
			return
		}
	}
}

// nerHelps reports whether the statistical recognizer could change the
// result for the candidates from index first on: a run just below the
// threshold, or a gazetteer name of several kinds. Elsewhere it is not run,
// as it costs far more than the rules.
func (d *doc) nerHelps(first int) bool {
	for _, c := range d.cands[first:] {
		if c.gaz == nil && c.conf < d.r.minConf && c.conf+nerBoost >= d.r.minConf {
			return true
		}
		if len(c.gaz) > 1 {
			return true
		}
	}
	return false
}

// nerBoost is the confidence a run gains when the recognizer agrees.
const nerBoost = 0.15

// applyNER adds the recognizer's evidence to the candidates from index
// first on: more confidence for runs it also found, and its kinds, which
// only choose among gazetteer entries.
func (d *doc) applyNER(first int, ner []Candidate) {
	for _, c := range d.cands[first:] {
		hit := false
		for _, x := range ner {
			if x.Start < d.toks[c.b-1].end && x.End > d.toks[c.a].start {
				hit = true
				if int(x.Kind) < len(c.ner) {
					c.ner[x.Kind] += 0.5
				}
			}
		}
		if hit && c.gaz == nil {
			c.conf = min(c.conf+nerBoost, 0.9)
		}
	}
}

// baseConf is the confidence of a run of capitalized words before any cue.
// In running text a capital mid-sentence marks a name (0.5, enough alone);
// at the start of a sentence or in a title-case heading it marks nothing
// (0.3). Outside English text, a run next to an English function word is
// an untranslated fragment of machine translation ("Theft of Trade
// Secrets", "the Files"), and a run glued to another name is a garbled
// leftover: neither counts alone (0.4).
func (d *doc) baseConf(c *cand, lang string) float64 {
	if c.initial || d.heading[c.a] {
		return initialConf
	}
	lo, hi := d.sentOf[c.a], d.sentEnd[c.a]
	if c.a > lo && d.used[c.a-1] && d.toks[c.a-1].word || c.b < hi && d.used[c.b] && d.toks[c.b].word {
		return fragmentConf
	}
	if c.b == c.a+1 && hasDigit(d.raw(c.a)) {
		return fragmentConf // "Atlas-2", "GPT-4", "A320": products and models
	}
	if c.b < hi && isNumber(d.raw(c.b)) {
		return fragmentConf // "Fortune 500", "CAC 40": a title, not a name
	}
	if lang != "en" && (c.a > lo && isEnglishFunctionWord(d.toks[c.a-1].fold) || c.b < hi && isEnglishFunctionWord(d.toks[c.b].fold)) {
		return fragmentConf
	}
	return 0.5
}

// The confidence of a run that its place makes doubtful: the start of a
// sentence or a heading, and a fragment (machine translation, a product
// code, a title before a number, a garbled leftover).
const (
	initialConf  = 0.3
	fragmentConf = 0.4
)

// isEnglishFunctionWord reports whether w is one of the English words that
// mark an untranslated English fragment inside other-language text.
func isEnglishFunctionWord(w string) bool {
	switch w {
	case "the", "of", "and", "to", "for", "with", "from", "by", "on", "in", "is", "are", "was", "were", "its", "their", "this", "that":
		return true
	}
	return false
}

// roleOfOrgEndingAt reports whether "ROLE prep NAME" ends at token e-1,
// where NAME is a candidate of the same sentence ("le PDG de Turing").
func (d *doc) roleOfOrgEndingAt(e int) bool {
	if e <= 0 {
		return false
	}
	lo := d.sentOf[e-1]
	ci, ok := d.endAt[e]
	if !ok {
		return false
	}
	o := d.cands[ci]
	if o.b != e || o.a < lo || o.a-1 <= lo || !isRolePrep(d.toks[o.a-1].fold) {
		return false
	}
	p, _ := d.roleEndingAt(o.a - 1)
	return p != nil
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// ausPlace reports whether the one-word German candidate follows "aus"
// ("die Beschäftigten aus Gütersloh"), is no known noun and has none of the
// endings of German abstract nouns ("aus Kostengründen", "aus Sicht"),
// and ends its phrase: the origin of someone or something is a place.
func (d *doc) ausPlace(c *cand) bool {
	lo, hi := d.sentOf[c.a], d.sentEnd[c.a]
	if c.b != c.a+1 || c.a <= lo || d.toks[c.a-1].fold != "aus" || c.votes[KindOrg]+c.votes[KindPerson]+c.votes[KindLoc] > 0 {
		return false
	}
	t := d.toks[c.a]
	if t.allUpper || d.r.lx.nounsDE[t.fold] {
		return false
	}
	for _, suf := range []string{"ung", "heit", "keit", "schaft", "tion", "ität", "itat", "nis", "tum", "gründen", "grunden", "gründe", "grunde", "grund", "sicht", "lage", "ismus", "chen", "lein", "mangel"} {
		if strings.HasSuffix(t.fold, suf) {
			return false
		}
	}
	if c.b < hi {
		u := d.toks[c.b]
		return !u.word || !u.hasUpper
	}
	return true
}
