package events

import (
	"errors"
	"strings"
)

// alt is one alternative of a pattern element: a literal word, a prefix
// ("licenci*"), a suffix ("*rait") or any word but a number ("?").
type alt struct {
	s                   string
	prefix, suffix, any bool
}

func (a alt) match(w string) bool {
	switch {
	case a.any:
		return !isNumber(w)
	case a.prefix:
		return strings.HasPrefix(w, a.s)
	case a.suffix:
		return strings.HasSuffix(w, a.s) && len(w) > len(a.s)+1
	}
	return w == a.s
}

// elem is one element of a pattern: alternatives, or a gap of up to maxGap words.
type elem struct {
	alts []alt
	gap  bool
}

// maxGap is how many words a "~" element of a pattern may skip.
const maxGap = 6

// pattern is a sequence of elements matched against consecutive tokens.
type pattern []elem

var errPattern = errors.New("bad pattern")

// parsePattern parses "supprim* ~ postes|emplois". Words are folded and
// tokenized like the text, so "d’affaires" and "de affaires" are the same.
func parsePattern(src string) (pattern, error) {
	var p pattern
	for _, f := range strings.Fields(src) {
		if f == "~" {
			if len(p) == 0 {
				return nil, errPattern
			}
			p = append(p, elem{gap: true})
			continue
		}
		var e elem
		for _, a := range strings.Split(f, "|") {
			x := alt{}
			switch {
			case a == "?":
				x.any, a = true, "any"
			case strings.HasSuffix(a, "*") && len(a) > 1:
				x.prefix, a = true, strings.TrimSuffix(a, "*")
			case strings.HasPrefix(a, "*") && len(a) > 1:
				x.suffix, a = true, strings.TrimPrefix(a, "*")
			}
			x.s = fold(strings.ReplaceAll(a, "_", " "))
			if x.s == "" || strings.ContainsAny(x.s, " *") {
				return nil, errPattern
			}
			e.alts = append(e.alts, x)
		}
		p = append(p, e)
	}
	if len(p) == 0 || p[len(p)-1].gap {
		return nil, errPattern
	}
	return p, nil
}

// parsePatterns parses alternatives separated by ";".
func parsePatterns(src string) ([]pattern, error) {
	var ps []pattern
	for _, s := range strings.Split(src, ";") {
		p, err := parsePattern(s)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// match reports the end (exclusive token index) of the longest match of p
// starting at toks[i], or -1.
func (p pattern) match(toks []token, i int) int {
	return p.matchFrom(toks, 0, i, nil)
}

// gaps returns the token ranges that the "~" elements of p skip when it
// matches at toks[i] ("remporté auprès de la SNCF un contrat": "auprès de
// la SNCF un").
func (p pattern) gaps(toks []token, i int) [][2]int {
	var rec [][2]int
	p.matchFrom(toks, 0, i, &rec)
	return rec
}

func (p pattern) matchFrom(toks []token, k, i int, rec *[][2]int) int {
	if k == len(p) {
		return i
	}
	e := p[k]
	if e.gap {
		for g := 0; g <= maxGap && i+g <= len(toks); g++ {
			if g > 0 && clauseBreak(toks[i+g-1]) {
				break
			}
			if end := p.matchFrom(toks, k+1, i+g, rec); end >= 0 {
				if rec != nil && g > 0 {
					*rec = append(*rec, [2]int{i, i + g})
				}
				return end
			}
		}
		return -1
	}
	if i >= len(toks) || !toks[i].word {
		return -1
	}
	for _, a := range e.alts {
		if a.match(toks[i].norm) {
			return p.matchFrom(toks, k+1, i+1, rec)
		}
	}
	return -1
}

// firstKeys returns the index keys of p's first element: literal words, or
// the first three bytes of a prefix. ok is false when p starts with a suffix.
func (p pattern) firstKeys() (keys []string, ok bool) {
	for _, a := range p[0].alts {
		switch {
		case a.suffix || a.any:
			return nil, false
		case a.prefix:
			if len(a.s) < keyLen {
				return nil, false
			}
			keys = append(keys, a.s[:keyLen])
		default:
			keys = append(keys, indexKey(a.s))
		}
	}
	return keys, true
}

const keyLen = 3

func indexKey(w string) string {
	if len(w) > keyLen {
		return w[:keyLen]
	}
	return w
}

// clauseBreak reports whether a gap may not run over token t.
func clauseBreak(t token) bool {
	return !t.word && strings.ContainsAny(t.norm, ",;:.!?()[]«»\"“”")
}
