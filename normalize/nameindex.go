package normalize

import (
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// The name index: every literal form of every known name, built once from
// the gazetteer and the word tables, and looked up by its first word.

type option struct {
	toks       []string
	translated bool
	plural     bool
	function   bool // a function word ("the", "of"), translated or not
}

type wordInfo struct {
	adjective bool
	function  bool
	trs       [][]string // folded tokens of each translation
	// group of each translation: 0 French, 1 another language; a form
	// takes its translations from one group
	group []int8
}

func buildIndex(g *gazetteer.Gazetteer, t *tables, extra []Word, idioms []string) *nameIndex {
	x := &nameIndex{
		entries:     g.Entries(),
		forms:       make(map[string][]pattern),
		first:       make(map[string]bool),
		idioms:      make(map[string][][]string),
		after:       make(map[string]bool),
		before:      make(map[string]bool),
		place:       make(map[string]bool),
		determiners: make(map[string]bool),
	}
	for _, d := range t.determiners {
		x.determiners[gazetteer.Fold(d)] = true
	}
	x.articles, x.adjectives = foldSet(t.articles), foldSet(t.adjectives)
	x.elisions = t.elisions
	words := make(map[string]*wordInfo)
	trFolds := make(map[string]bool)
	for _, w := range append(slices.Clone(t.words), extra...) {
		k := strings.Join(foldTokens(w.English), " ")
		wi := words[k]
		if wi == nil {
			wi = &wordInfo{}
			words[k] = wi
		}
		wi.adjective = wi.adjective || w.Adjective
		wi.function = wi.function || w.Function
		for _, tr := range w.Translations {
			ft := foldTokens(tr)
			if len(ft) > 0 && !slices.ContainsFunc(wi.trs, func(o []string) bool { return slices.Equal(o, ft) }) {
				wi.trs = append(wi.trs, ft)
				var g int8 = 1
				if slices.Contains(w.French, tr) {
					g = 0
				}
				wi.group = append(wi.group, g)
				trFolds[strings.Join(ft, " ")] = true
			}
		}
	}
	for ei, e := range x.entries {
		for ni, name := range e.Names() {
			x.addName(ei, ni > 0, name, words, trFolds)
			if split := splitCompound(name, words); split != "" {
				x.addName(ei, true, split, words, trFolds)
			}
		}
	}
	for _, id := range append(slices.Clone(t.idioms), idioms...) {
		if ft := foldTokens(id); len(ft) > 0 {
			x.idioms[ft[0]] = append(x.idioms[ft[0]], ft)
			x.maxIdiom = max(x.maxIdiom, len(ft))
		}
	}
	for _, c := range t.after {
		ft := foldTokens(c)
		x.after[strings.Join(ft, " ")] = true
		x.maxCue = max(x.maxCue, len(ft))
	}
	for _, cs := range []struct {
		set  map[string]bool
		cues []string
	}{{x.before, t.before}, {x.place, t.place}} {
		for _, c := range cs.cues {
			ft := foldTokens(c)
			cs.set[strings.Join(ft, " ")] = true
			x.maxCue = max(x.maxCue, len(ft))
		}
	}
	x.inf = buildInference(t, append(slices.Clone(t.words), extra...))
	return x
}

// addName generates the forms of one name of entity ei.
func (x *nameIndex) addName(ei int, alias bool, name string, words map[string]*wordInfo, trFolds map[string]bool) {
	ft := foldTokens(name)
	if len(ft) == 0 || len(ft) > 32 {
		return
	}
	odd := true
	for _, f := range ft {
		if words[f] != nil || trFolds[f] {
			odd = false
		}
	}
	v := pattern{entity: ei, kind: patVariant, base: baseVariant, n: len(ft), mask: 1<<len(ft) - 1,
		exact: surfaceTokens(name), alias: alias, odd: odd}
	if odd {
		v.base = baseVariantOdd
	}
	if len(v.exact) == len(ft) {
		x.add(ft, v)
	}
	// a leading article ("The Verge") is left to the text: the article
	// before a mention belongs to it anyway
	article := false
	for len(ft) > 1 && words[ft[0]] != nil && words[ft[0]].function {
		ft = ft[1:]
		article = true
	}
	if article && len(ft) == 1 && words[ft[0]] != nil && !words[ft[0]].function {
		x.addArticleForms(ei, ft[0], words[ft[0]])
	}
	if len(ft) > maxNameWords {
		return
	}
	for group := range 2 {
		x.addForms(ei, alias, ft, words, group)
	}
}

// addForms generates the translated forms of a name's folded words ft,
// with the translations of one group.
func (x *nameIndex) addForms(ei int, alias bool, ft []string, words map[string]*wordInfo, group int) {
	opts := make([][]option, len(ft))
	for k, f := range ft {
		wi := words[f]
		opts[k] = []option{{toks: []string{f}, function: wi != nil && wi.function}}
		if wi == nil {
			continue
		}
		for ti, tr := range wi.trs {
			if int(wi.group[ti]) != group || strings.Join(tr, " ") == f {
				continue // the same word in both languages
			}
			opts[k] = append(opts[k], option{toks: tr, translated: !wi.function, function: wi.function})
			if !wi.adjective && !wi.function && len(tr) == 1 && !strings.HasSuffix(tr[0], "s") && !strings.HasSuffix(tr[0], "x") && !strings.HasSuffix(tr[0], "z") {
				opts[k] = append(opts[k], option{toks: []string{tr[0] + "s"}, translated: true, plural: true})
			}
		}
	}
	content := 0 // words of the name other than function words
	for k := range ft {
		if !opts[k][0].function {
			content++
		}
	}
	// gen adds the forms of a sequence of options; reordered marks a word
	// order that is itself the translation ("Journal de Wall Street")
	gen := func(seq [][]option, swapped, reordered bool) {
		forms := 0
		var rec func(k int, toks []string, mask, fmask uint32, tr, plural bool)
		rec = func(k int, toks []string, mask, fmask uint32, tr, plural bool) {
			if forms >= maxForms {
				return
			}
			if k == len(seq) {
				if !tr || len(toks) > 31 {
					return
				}
				forms++
				p := pattern{entity: ei, n: len(toks), mask: mask, fmask: fmask, swapped: swapped, alias: alias, words: content}
				switch {
				case content == 1 && plural:
					p.kind, p.base = patBare, basePlural
				case content == 1:
					p.kind, p.base = patBare, baseBare
				case p.mixed(toks):
					p.kind, p.base = patMixed, baseMixed
				default:
					p.kind, p.base = patTranslated, baseTranslated
				}
				if plural && content > 1 {
					p.base -= pluralMalus
				}
				x.add(toks, p)
				return
			}
			for _, o := range seq[k] {
				m, fm := mask, fmask
				for i := range o.toks {
					if o.translated {
						m |= 1 << (len(toks) + i)
					}
					if o.function {
						fm |= 1 << (len(toks) + i)
					}
				}
				rec(k+1, append(slices.Clip(toks), o.toks...), m, fm, tr || o.translated, plural || o.plural)
			}
		}
		rec(0, nil, 0, 0, reordered, false)
	}
	gen(opts, false, false)
	if len(ft) >= 3 && !slices.ContainsFunc(opts, func(o []option) bool { return o[0].function }) {
		// the head noun first, the words that modify it after "de": "Wall
		// Street Journal" → "Journal de Wall Street"
		last := len(ft) - 1
		for _, c := range groupDe[group][:1] {
			gen(append([][]option{opts[last], {{toks: c, function: true}}}, opts[:last]...), false, true)
		}
	}
	if len(ft) != 2 || opts[0][0].function || opts[1][0].function {
		return
	}
	adj0, adj1 := words[ft[0]] != nil && words[ft[0]].adjective, words[ft[1]] != nil && words[ft[1]].adjective
	if adj0 && !adj1 {
		gen([][]option{opts[1], opts[0]}, false, false) // French noun–adjective order
	}
	if !adj0 && !adj1 {
		// the modifying noun after the head, as a French adjective: "Home
		// Depot" → "Entrepôt Domestique"
		gen([][]option{opts[1], opts[0]}, false, false)
		// N1 de N2 word for word, and N2 de N1 as French turns an
		// English compound ("Data Bricks" → "briques de données")
		for _, c := range groupDe[group] {
			gen([][]option{opts[0], {{toks: c, function: true}}, opts[1]}, false, false)
			gen([][]option{opts[1], {{toks: c, function: true}}, opts[0]}, true, false)
		}
		for _, c := range groupA[group] {
			gen([][]option{opts[1], {{toks: c, function: true}}, opts[0]}, true, false)
		}
	}
}

// addArticleForms adds, for a name made of an article and one word that
// French writes the same ("The Information" → "L'Information"), the forms
// with a French definite article, which only a capital makes a name.
func (x *nameIndex) addArticleForms(ei int, f string, wi *wordInfo) {
	for _, tr := range wi.trs {
		if len(tr) != 1 || tr[0] != f {
			continue
		}
		for _, art := range []string{"l'", "le ", "la "} {
			toks := foldTokens(art + f)
			if len(toks) != 2 {
				continue
			}
			x.add(toks, pattern{entity: ei, kind: patBare, base: baseBare, n: 2, mask: 1, fmask: 1, capital: true})
		}
		return
	}
}

// mixed reports whether a generated form keeps one of the name's own
// words untranslated next to a translated one.
func (p *pattern) mixed(toks []string) bool {
	for i := range toks {
		if p.mask&(1<<i) == 0 && p.fmask&(1<<i) == 0 {
			return true
		}
	}
	return false
}

// add records a form, keeping one pattern per entity and kind (the best).
func (x *nameIndex) add(toks []string, p pattern) {
	key := strings.Join(toks, " ")
	ps := x.forms[key]
	for i := range ps {
		if ps[i].entity == p.entity && (ps[i].kind == patVariant) == (p.kind == patVariant) {
			if p.kind == patVariant && !p.alias && ps[i].alias {
				ps[i] = p // the canonical name wins
			} else if p.kind != patVariant && (p.base > ps[i].base || p.base == ps[i].base && ps[i].swapped && !p.swapped) {
				ps[i] = p
			}
			return
		}
	}
	x.forms[key] = append(ps, p)
	x.first[toks[0]] = true
	x.maxLen = max(x.maxLen, len(toks))
}

// splitCompound returns a one-word name written as two words of the
// word table ("Coinbase" → "Coin Base", "BlackRock" → "Black Rock"), the
// form a translation starts from, or "" when there is none. The split
// with the longer first word wins.
func splitCompound(name string, words map[string]*wordInfo) string {
	if strings.ContainsAny(name, " -.'&") {
		return ""
	}
	f := gazetteer.Fold(name)
	if len(f) != len(name) || words[f] != nil {
		return "" // letters beyond ASCII, or a word of its own
	}
	for k := len(f) - 3; k >= 3; k-- {
		w1, w2 := words[f[:k]], words[f[k:]]
		if w1 != nil && w2 != nil && !w1.function && !w2.function {
			return strings.ToUpper(name[:1]) + name[1:k] + " " + strings.ToUpper(name[k:k+1]) + name[k+1:]
		}
	}
	return ""
}
