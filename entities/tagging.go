package entities

import (
	"cmp"
	"context"
	"slices"

	"github.com/depeche-nlp/depeche/entities/tagger"
)

// TaggerTokens returns the tokens of text as the recognizer reads them,
// each with the hints its tables and rules give the name tagger (package
// entities/tagger): gazetteer matches, given names, legal forms, cues,
// roles, sentence starts, headings and the names the rules found.
// sentences are as for Recognize. It serves the tagger's training, which
// must see what Recognize gives the tagger.
func (r *Recognizer) TaggerTokens(text string, sentences []Sentence) ([]tagger.Token, error) {
	d, err := r.read(context.Background(), text, sentences, nil)
	if err != nil {
		return nil, err
	}
	return d.taggerTokens(0, len(d.toks), nil), nil
}

// taggerTokens appends the tokens [a, b) of the document with their hints
// to buf.
func (d *doc) taggerTokens(a, b int, buf []tagger.Token) []tagger.Token {
	lx := d.r.lx
	base := len(buf)
	for i := a; i < b; i++ {
		t := d.toks[i]
		var h tagger.Hint
		lang := d.langs[d.sentOf[i]]
		if t.word || t.elision {
			raw := d.raw(i)
			if lx.given[t.fold] {
				h |= tagger.HintGiven
			}
			if lx.legal[raw] {
				h |= tagger.HintLegal
			}
			if lx.designator[raw] || lx.head[raw] {
				h |= tagger.HintOrgWord
			}
			if lx.place[raw] {
				h |= tagger.HintPlaceWord
			}
			if lx.isStop(t.fold) {
				h |= tagger.HintStop
			}
			if lang == "de" && lx.nounsDE[t.fold] {
				h |= tagger.HintNoun
			}
			if d.roleAt(i) != nil {
				h |= tagger.HintRole
			}
			if t.hasUpper || hasDigit(raw) {
				h |= d.cueHints(i, lang)
			}
		}
		if d.initial[i] {
			h |= tagger.HintInitial
		}
		if d.heading[i] {
			h |= tagger.HintHeading
		}
		buf = append(buf, tagger.Token{Start: t.start, End: t.end, Hints: h})
	}
	for _, c := range d.cands {
		if c.b <= a || c.a >= b {
			continue
		}
		var h tagger.Hint
		if c.gaz != nil {
			switch d.gazKind(c.gaz) {
			case KindOrg:
				h |= tagger.HintGazOrg
			case KindPerson:
				h |= tagger.HintGazPerson
			case KindLoc:
				h |= tagger.HintGazLoc
			}
		}
		switch c.kind() {
		case KindOrg:
			h |= tagger.HintRuleOrg
		case KindPerson:
			h |= tagger.HintRulePerson
		case KindLoc:
			h |= tagger.HintRuleLoc
		default:
			h |= tagger.HintRuleName
		}
		if c.conf >= d.r.minConf {
			h |= tagger.HintRuleSure
		}
		for k := max(c.a, a); k < min(c.b, b); k++ {
			buf[base+k-a].Hints |= h
		}
		if c.a >= a {
			buf[base+c.a-a].Hints |= tagger.HintRuleFirst
			if c.gaz != nil {
				buf[base+c.a-a].Hints |= tagger.HintGazFirst
			}
		}
	}
	return buf
}

// cueHints returns the hints of the cues just before token i: a
// descriptor noun or cue phrase announcing a kind, or a role.
func (d *doc) cueHints(i int, lang string) tagger.Hint {
	k, ok := d.descriptorBefore(i, lang)
	if !ok {
		k, ok = d.cueBefore(i)
	}
	if !ok {
		if p, _ := d.roleEndingAt(i); p != nil {
			return tagger.HintCuePerson
		}
		return 0
	}
	switch k {
	case KindOrg:
		return tagger.HintCueOrg
	case KindPerson:
		return tagger.HintCuePerson
	case KindLoc:
		return tagger.HintCueLoc
	}
	return 0
}

// Weights of the tagger's evidence, tuned on the dev part of the corpora
// (see entities/tagger/models/README.md).
const (
	// kind margin under which a one-word name keeps the rules' kind

	tagKindMin     = 5.0  // kind margin under which the rules' default kind stands
	tagDoubtMargin = 5.0  // name score under which the tagger is sure a word is no name
	tagConf        = 0.6  // confidence of a name the tagger finds or confirms
	tagDoubt       = 0.45 // confidence of a bare run the tagger is sure is no name
	tagStrong      = 0.8  // a run with cues this strong keeps its bounds and confidence
)

// applyTagger runs the name tagger over the sentences of each language
// that has a model, then merges its names with the candidates: it
// confirms and types the runs it finds, replaces runs whose bounds it
// reads otherwise, adds the names the rules missed, and lowers the
// confidence of bare runs it does not find. Gazetteer names stay; the
// tagger's kind only helps choose among their entries.
func (d *doc) applyTagger() {
	if len(d.r.taggers) == 0 || len(d.toks) == 0 {
		return
	}
	var spans []tagger.Span // token indexes of the document
	var buf []tagger.Token
	tagged := make([]bool, len(d.toks))
	nameScore := make([]float32, len(d.toks))
	for a := 0; a < len(d.toks); {
		lang := d.langs[d.sentOf[a]]
		b := a
		for b < len(d.toks) && d.langs[d.sentOf[b]] == lang {
			b = d.sentEnd[b]
		}
		if m := d.r.taggers[lang]; m != nil {
			buf = d.taggerTokens(a, b, buf[:0])
			for k := a; k < b; k++ {
				tagged[k] = true
			}
			for _, s := range m.TagScores(d.text, buf, nameScore[a:b]) {
				s.First += a
				s.Last += a
				spans = append(spans, s)
			}
		}
		a = b
	}
	// Candidates never overlap one another, nor do the tagger's names:
	// sorted by start, both are read in one sweep.
	slices.SortStableFunc(d.cands, func(x, y *cand) int { return cmp.Compare(x.a, y.a) })
	covered := make([]bool, len(d.cands)) // the candidate overlaps a tagger name
	var added []*cand
	lo := 0
	for _, s := range spans {
		a, b := s.First, s.Last+1
		for lo < len(d.cands) && d.cands[lo].b <= a {
			lo++
		}
		var runs []*cand
		known, strong := false, false
		for ci := lo; ci < len(d.cands) && d.cands[ci].a < b; ci++ {
			c := d.cands[ci]
			covered[ci] = true
			if c.gaz != nil || c.ext != KindUnknown {
				known = true
				if int(s.Kind) < len(c.ner) {
					c.ner[s.Kind]++
				}
				continue
			}
			strong = strong || c.conf >= tagStrong
			runs = append(runs, c)
		}
		switch {
		case known || strong:
			// the gazetteer or strong cues fix the bounds; the tagger
			// types what the rules leave untyped
			for _, c := range runs {
				d.tagged(c, s, 0)
			}
		case len(runs) == 1 && runs[0].a == a && runs[0].b == b:
			d.tagged(runs[0], s, d.tagConf(runs[0]))
		case !d.skipped(a, b):
			for _, c := range runs {
				c.b = c.a // emptied, dropped below
			}
			added = append(added, &cand{a: a, b: b, initial: d.initial[a]})
		}
	}
	for ci, c := range d.cands {
		if !covered[ci] && tagged[c.a] && c.gaz == nil && c.ext == KindUnknown && c.conf < tagStrong && d.surelyNot(c, nameScore) {
			c.conf = min(c.conf, tagDoubt)
			c.doubt = true
		}
	}
	kept := d.cands[:0]
	for _, c := range d.cands {
		if c.b > c.a {
			kept = append(kept, c)
		}
	}
	d.cands = append(kept, added...)
	slices.SortStableFunc(d.cands, func(x, y *cand) int { return cmp.Compare(x.a, y.a) })
	clear(d.used)
	d.at, d.endAt = map[int]int{}, map[int]int{}
	for ci, c := range d.cands {
		d.at[c.a] = ci
		d.endAt[c.b] = ci
		for k := c.a; k < c.b; k++ {
			d.used[k] = true
		}
	}
	for _, c := range added {
		d.score(c, d.langs[d.sentOf[c.a]])
		d.tagged(c, spanAt(spans, c.a), d.tagConf(c))
	}
}

// tagConf returns the confidence the tagger gives a name it finds: none
// on a title-case heading, where capitals are typography, nor to a
// fragment the rules doubt for its place.
func (d *doc) tagConf(c *cand) float64 {
	if d.heading[c.a] || c.fragment {
		return 0
	}
	return tagConf
}

// tagged records the tagger's name s on the candidate: its kind, unless
// the tagger hesitates between kinds (then the rules' default stands),
// and confidence conf. A person's name that opens with a known given name
// needs no margin.
func (d *doc) tagged(c *cand, s tagger.Span, conf float64) {
	sure := float64(s.Margin) >= tagKindMin || s.Kind == KindPerson && d.r.lx.given[d.toks[s.First].fold]
	if int(s.Kind) < len(c.tag) && sure {
		c.tag[s.Kind]++
	}
	c.conf = max(c.conf, conf)
}

// spanAt returns the tagger name starting at token a.
func spanAt(spans []tagger.Span, a int) tagger.Span {
	i, ok := slices.BinarySearchFunc(spans, a, func(s tagger.Span, a int) int { return cmp.Compare(s.First, a) })
	if !ok {
		return tagger.Span{}
	}
	return spans[i]
}

// surelyNot reports whether the tagger is sure that no token of the
// candidate belongs to a name.
func (d *doc) surelyNot(c *cand, nameScore []float32) bool {
	for k := c.a; k < c.b; k++ {
		if float64(nameScore[k]) > -tagDoubtMargin {
			return false
		}
	}
	return true
}

// skipped reports whether a token of [a, b) is amount text or excluded by
// the caller.
func (d *doc) skipped(a, b int) bool {
	for k := a; k < b; k++ {
		if d.skip[k] {
			return true
		}
	}
	return false
}
