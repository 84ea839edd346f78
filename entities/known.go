package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// splitCompounds splits the hyphenated tokens of the sentence starting at
// token base whose last part is a role or a descriptor
// ("Siemens-Vorstandschef" → "Siemens", "-", "Vorstandschef"), so that the
// name and the role are read apart. It returns the tokens.
func (d *doc) splitCompounds(base int, lang string) []token {
	toks := d.toks
	for i := base; i < len(toks); i++ {
		t := toks[i]
		if !t.word || !t.initCap {
			continue
		}
		surface := d.text[t.start:t.end]
		h := strings.LastIndexAny(surface, "-\u2010\u2011")
		if h <= 0 {
			continue
		}
		_, n := utf8.DecodeRuneInString(surface[h:])
		tail := foldToken(surface[h+n:])
		_, desc := d.r.lx.descriptorKind(tail, lang)
		if !desc && !d.isOneWordRole(tail) {
			continue
		}
		parts := []token{
			newToken(d.text, t.start, t.start+h, t.nl),
			{start: t.start + h, end: t.start + h + n, fold: "-"},
			newToken(d.text, t.start+h+n, t.end, false),
		}
		toks = append(toks[:i], append(parts, toks[i+1:]...)...)
		i += 2
	}
	return toks
}

// isOneWordRole reports whether the folded word is a role on its own
// ("vorstandschef", "ceo").
func (d *doc) isOneWordRole(fold string) bool {
	for _, p := range d.r.lx.roles[fold] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// isCurrencySymbol reports whether the token is a currency sign.
func isCurrencySymbol(t token) bool {
	switch t.fold {
	case "$", "€", "£", "¥", "₩", "₹", "₣":
		return true
	}
	return false
}

// markAmounts flags the amount text of tokens [base, end): currency and
// scale words after a figure or another amount word ("900 Millionen
// Euro", "1,5 Md€"), or glued to a currency sign ("US$", "$US"); and every
// token inside a span the caller excluded.
func (d *doc) markAmounts(base, end int) {
	lx := d.r.lx
	for i := base; i < end; i++ {
		t := d.toks[i]
		if d.excluded(t.start, t.end) {
			d.skip[i] = true
			continue
		}
		if !t.word || !lx.amount[t.fold] {
			continue
		}
		prev := i > base && (d.toks[i-1].word && hasDigit(d.raw(i-1)) || d.skip[i-1] && d.toks[i-1].word)
		glued := i > base && isCurrencySymbol(d.toks[i-1]) && d.toks[i-1].end == t.start ||
			i+1 < end && isCurrencySymbol(d.toks[i+1]) && d.toks[i+1].start == t.end
		if prev || glued {
			d.skip[i] = true
		}
	}
}

// excluded reports whether [start, end) overlaps a span the caller
// excluded. As the spans are disjoint and sorted, their ends are sorted
// too: a binary search finds the first span that ends after start.
func (d *doc) excluded(start, end int) bool {
	i, _ := slices.BinarySearchFunc(d.except, start, func(s Span, start int) int {
		return cmp.Compare(s.End, start+1)
	})
	return i < len(d.except) && d.except[i].Start < end
}

// mergeSpans returns the union of spans as disjoint, non-empty spans
// sorted by Start.
func mergeSpans(spans []Span) []Span {
	out := slices.Clone(spans)
	slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	merged := out[:0]
	for _, s := range out {
		switch {
		case s.Start >= s.End:
		case len(merged) > 0 && s.Start <= merged[len(merged)-1].End:
			merged[len(merged)-1].End = max(merged[len(merged)-1].End, s.End)
		default:
			merged = append(merged, s)
		}
	}
	return merged
}

// extendKnown returns the end of a longer name that starts with the known
// name at tokens [a, b), and its kind: capitalized words that follow it
// ("Samsung Heavy Industries", "Orange Belgium", "Oracle Cloud
// Infrastructure"), joined by "of"/"de"/"for [the]" after an institution
// word ("United States Department of Defense"). It returns b when the
// name does not continue: people's names, headings, words that only add a
// legal form or a designator ("Renault Group" stays Renault), or a
// following name that is an organization or a person of its own. The kind
// is LOC when the last word is a place word ("Times Square"), else ORG.
func (d *doc) extendKnown(a, b, end int, ids []int) (int, Kind) {
	lx := d.r.lx
	for _, id := range ids {
		if d.r.gaz.entries[id].Kind == KindPerson {
			return b, KindUnknown
		}
	}
	if d.heading[a] {
		return b, KindUnknown
	}
	j, last, head, meaningful := b, b, false, false
	for k := a; k < b; k++ {
		head = head || lx.head[d.raw(k)]
	}
	for j < end && !d.toks[j].nl {
		u := d.toks[j]
		if u.word && u.initCap && (d.isNameWord(j) || lx.head[d.raw(j)] && !d.used[j] && !d.skip[j]) && !lx.given[u.fold] {
			if ids, n := d.gazAt(j, end); n > 0 && !lx.place[d.raw(j+n-1)] && d.gazKind(ids) != KindLoc {
				break // another known organization or person
			}
			w := d.raw(j)
			if !lx.legal[w] && !lx.designator[w] && !lx.weak[u.fold] {
				meaningful = true
			}
			head = head || lx.head[w]
			j++
			last = j
			continue
		}
		if head && j+1 < end && lx.connectors[u.fold] && u.fold != "&" && !u.hasUpper && !(!isOf(u.fold) && d.hasOf(a, j)) {
			// "and"/"et" join within a name, not two names of which the
			// first already has its "of" ("Bank of Canada and Port of Tacoma")
			k := j + 1
			if k+1 < end && (d.toks[k].fold == "the" || d.toks[k].fold == "la" || d.toks[k].fold == "le") {
				k++
			}
			if d.toks[k].word && d.toks[k].initCap && d.isNameWord(k) && !d.toks[k].nl {
				j = k
				continue
			}
		}
		break
	}
	if last == b || !meaningful {
		return b, KindUnknown
	}
	if lx.place[d.raw(last-1)] {
		return last, KindLoc
	}
	return last, KindOrg
}

// gazKind returns the kind of gazetteer entries when they agree, else
// KindUnknown.
func (d *doc) gazKind(ids []int) Kind {
	k := d.r.gaz.entries[ids[0]].Kind
	for _, id := range ids[1:] {
		if d.r.gaz.entries[id].Kind != k {
			return KindUnknown
		}
	}
	return k
}

// hasOf reports whether an "of"/"de" stands among tokens [a, b).
func (d *doc) hasOf(a, b int) bool {
	for k := a; k < b; k++ {
		if isOf(d.toks[k].fold) {
			return true
		}
	}
	return false
}
