package events

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// quoteSpan is a quotation: the marks' span and the quoted words inside.
type quoteSpan struct {
	outer, content Span
	long           bool // four words or more: speech, not a quoted term
	colon          bool // introduced by a colon, without marks
}

// minQuoteWords is the least number of words that make a quotation speech
// rather than a term in quotation marks (« désolé », ”acqui-embauche”).
const minQuoteWords = 4

func isOpenQuote(r rune) bool {
	return r == '«' || r == '“' || r == '„' || r == '‹' || r == '"' || r == '”'
}

func isCloseQuote(r rune) bool {
	return r == '»' || r == '”' || r == '“' || r == '›' || r == '"'
}

// findQuotes pairs quotation marks. Machine translation mixes marks
// (« … ”, ” … ”), so any closing mark closes the open quotation; a quotation
// not closed within its paragraph is ignored.
func findQuotes(text string) []quoteSpan {
	var out []quoteSpan
	open := -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && open >= 0:
			open = -1
		case open >= 0 && isCloseQuote(r):
			_, on := utf8.DecodeRuneInString(text[open:])
			c := trimSpan(text, Span{open + on, i})
			q := quoteSpan{outer: Span{open, i + n}, content: c}
			q.long = len(strings.Fields(text[c.Start:c.End])) >= minQuoteWords
			out = append(out, q)
			open = -1
		case open < 0 && isOpenQuote(r):
			open = i
		}
		i += n
	}
	return out
}

// quoteEvents returns one quote event per quotation of four words or more
// whose speaker is found: a person (else an organization) named before the
// quotation in its sentence, or after it, with a speech verb ("a déclaré",
// "said", "selon") or a colon; also the speech introduced by a colon without
// marks ("a déclaré : …").
func (d *doc) quoteEvents() []Event {
	var out []Event
	qs := d.quotes
	for si := range d.sents {
		sd := &d.sents[si]
		if sd.lt == nil {
			continue
		}
		for j, t := range sd.toks {
			if t.norm != ":" || d.inLongQuote(t.start) || j+1 >= len(sd.toks) {
				continue
			}
			if r := firstRune(d.in.Text[sd.toks[j+1].start:]); isOpenQuote(r) || isCloseQuote(r) {
				continue
			}
			if !d.speechNear(sd, j) {
				continue
			}
			c := trimSpan(d.in.Text, Span{t.end, sd.span.End})
			if len(strings.Fields(d.in.Text[c.Start:c.End])) >= minQuoteWords {
				qs = append(qs, quoteSpan{outer: c, content: c, long: true, colon: true})
			}
		}
	}
	for _, q := range qs {
		if !q.long {
			continue
		}
		si := d.sentenceAt(q.outer.Start)
		if si < 0 || d.sents[si].lt == nil {
			continue
		}
		sp, conf := d.speaker(si, q)
		if sp == nil {
			continue
		}
		sd := &d.sents[si]
		e := Event{Type: Quote, Modality: Asserted, Confidence: conf, Rule: sd.lang + ".quote.marks"}
		if q.colon {
			e.Rule = sd.lang + ".quote.colon"
		}
		for k := si; k < len(d.sents) && (k == si || d.sents[k].span.Start < q.outer.End); k++ {
			e.Evidence = append(e.Evidence, d.sents[k].span)
		}
		e.Span = e.Evidence[0]
		e.Arguments = []Argument{*sp, {Role: "quote", Span: q.content, Value: d.in.Text[q.content.Start:q.content.End]}}
		out = append(out, e)
	}
	return out
}

func (d *doc) sentenceAt(p int) int {
	i, _ := slices.BinarySearchFunc(d.sents, p, func(s sentData, p int) int { return cmp.Compare(s.span.Start, p+1) })
	if i > 0 && p < d.sents[i-1].span.End {
		return i - 1
	}
	return -1
}

// speechNear reports whether a speech word is among the three words before token j.
func (d *doc) speechNear(sd *sentData, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if sd.lt.is("speech", sd.toks[k].norm) {
			return true
		}
	}
	return false
}

// speaker finds who says quotation q, which starts in sentence si.
func (d *doc) speaker(si int, q quoteSpan) (*Argument, float64) {
	sd := &d.sents[si]
	if !sd.marked {
		d.markers(sd, make([]bool, len(sd.toks)))
	}
	open := tokenAt(sd.toks, q.outer.Start)
	speech, pronoun := q.colon, false
	closeTok := tokenAt(sd.toks, q.outer.End)
	for k := max(0, open-maxBefore); k < min(len(sd.toks), closeTok+maxAfter); k++ {
		t := sd.toks[k]
		if k >= open && t.start < q.outer.End {
			continue
		}
		if hasPart(sd.lt, "speech", t.norm) || k == open-1 && t.norm == ":" {
			speech = true
		}
		pronoun = pronoun || hasPart(sd.lt, "pronoun", t.norm)
	}
	pick := func(sd *sentData, lo, hi int, nearest bool) *Argument {
		var best *Argument
		bestPerson := false
		first, _ := slices.BinarySearchFunc(sd.ments, lo, func(mt mention, t int) int { return cmp.Compare(mt.t0, t) })
		for k := first; k < len(sd.ments) && sd.ments[k].t0 < hi; k++ {
			mt := sd.ments[k]
			if mt.t0 < lo || mt.t1 > hi || mt.quoted || !mt.subjOK && !sd.lt.is("source", mt.marker) && !sd.lt.is("source", mt.compound) {
				continue
			}
			e := d.in.Entities[mt.ent]
			person := e.Type == "PERSON"
			if !person && e.Type != "ORG" {
				continue
			}
			if best == nil || person && !bestPerson || person == bestPerson && nearest {
				best = &Argument{Role: "speaker", Entity: e.ID, Name: e.Name, Span: mt.span}
				bestPerson = person
			}
			if !nearest && best != nil && bestPerson {
				break
			}
		}
		return best
	}
	if speech {
		if a := pick(sd, max(0, open-maxBefore), open, true); a != nil {
			return a, 0.9
		}
		if closeTok < len(sd.toks) {
			if a := pick(sd, closeTok, min(len(sd.toks), closeTok+12), false); a != nil {
				return a, 0.85
			}
		}
	}
	// "« … », a-t-il déclaré": the last person named in the two sentences
	// before, unless a role noun ("ein Bosch-Sprecher") is named after them
	if speech && pronoun {
	prevSents:
		for j := si - 1; j >= 0 && j >= si-2; j-- {
			ps := &d.sents[j]
			role := -1
			for k := len(ps.toks) - 1; k >= 0 && ps.lt != nil; k-- {
				if hasPart(ps.lt, "rolenoun", ps.toks[k].norm) {
					role = ps.toks[k].start
					break
				}
			}
			ms := ps.ments
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].span.End <= role {
					break prevSents
				}
				if e := d.in.Entities[ms[k].ent]; e.Type == "PERSON" && !ms[k].quoted {
					return &Argument{Role: "speaker", Entity: e.ID, Name: e.Name, Span: ms[k].span}, 0.7
				}
			}
			if role >= 0 {
				break
			}
		}
	}
	// the quotation opens its sentence: "X a déclaré :" or "X s'est exprimé
	// …" ends the previous one
	if si > 0 && strings.TrimSpace(d.in.Text[sd.span.Start:q.outer.Start]) == "" {
		prev := &d.sents[si-1]
		if prev.lt != nil && (strings.HasSuffix(strings.TrimSpace(d.in.Text[prev.span.Start:prev.span.End]), ":") ||
			slices.ContainsFunc(prev.toks, func(t token) bool { return hasPart(prev.lt, "speech", t.norm) })) {
			if !prev.marked {
				d.markers(prev, make([]bool, len(prev.toks)))
			}
			if a := pick(prev, max(0, len(prev.toks)-maxBefore), len(prev.toks), true); a != nil {
				return a, 0.8
			}
		}
	}
	return nil, 0
}

// hasPart reports whether word w, or one of its hyphenated parts
// ("a-t-il", "affirme-t-elle"), is in class.
func hasPart(lt *langTables, class, w string) bool {
	if lt.is(class, w) {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if lt.is(class, p) {
			return true
		}
	}
	return false
}
