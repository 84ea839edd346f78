package normalize

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// Scores are in hundredths; a candidate becomes an edit at threshold.
const (
	threshold = 50
	strong    = 60 // a repair this sure supports weaker forms of the entity

	baseMixed      = 40 // translated words next to an untranslated one: "échelle AI"
	baseTranslated = 30 // several words, all translated: "Temps Financier"
	baseBare       = 15 // a one-word name translated: "Pomme"
	basePlural     = 5  // the same in the plural
	baseVariantOdd = 40 // case or accents changed, the name is no word: "XAI"
	baseVariant    = 15 // case or accents changed, the name is a word: "SCALE"
	pluralMalus    = 10

	bonusCapital  = 30 // the first translated word is capitalized
	bonusCue      = 25 // a business verb follows, or "selon", "fondateur de"… precedes
	bonusAttested = 15 // the name itself appears in the document
	bonusSupport  = 35 // a strong repair of the same entity, by the same word, elsewhere

	maxNameWords = 4   // longer names are only matched literally
	maxForms     = 512 // bound on the forms generated for one name
)

type patKind uint8

const (
	patBare patKind = iota
	patMixed
	patTranslated
	patVariant
)

// pattern is one form under which an entity may appear in the text.
type pattern struct {
	entity int
	kind   patKind
	base   int
	n      int      // tokens
	mask   uint32   // tokens that are translated words (bit k for token k)
	fmask  uint32   // tokens that are function words or connectors
	exact  []string // variant: the name's tokens as written
	alias  bool     // the form is of an alias, not of the canonical name
	words  int      // content words of the name (other than "the", "of"…)
	odd    bool     // variant: the name is no common word
	// swapped: the name's two words in reverse order around a connector
	// ("IA à l'échelle"), a form ordinary French also produces
	swapped bool
	// capital: the form is a French article and a word that is the same
	// in both languages ("L'Information"), a name only when capitalized
	capital bool
}

// nameIndex is the immutable table name repair matches against.
type nameIndex struct {
	entries  []gazetteer.Entry
	forms    map[string][]pattern // folded tokens joined by " "
	first    map[string]bool      // first tokens of forms
	maxLen   int
	idioms   map[string][][]string // by first token
	maxIdiom int
	// determiners: a lower-case candidate right after one is an ordinary noun
	determiners map[string]bool
	// articles and adjectives: determiner or article + adjectives + a
	// lower-case word is an ordinary noun ("la moindre rayure")
	articles, adjectives map[string]bool
	elisions             map[string]string
	after                map[string]bool
	before               map[string]bool
	place                map[string]bool // expressions before a place name, which veto a repair
	maxCue               int
	inf                  *inference
}

// Connectors MT puts between the words of a two-word name, French first:
// N1 de (l') N2 and N2 à (l') N1, and the like in Spanish and Italian.
var (
	deForms = [][]string{{"de"}, {"de", "l'"}, {"de", "la"}, {"du"}, {"des"}, {"d'"}, {"del"}, {"di"}, {"della"}, {"dell'"}}
	aForms  = [][]string{{"a"}, {"a", "l'"}, {"a", "la"}, {"au"}, {"aux"}}
	// the connectors of each group of translations: French, then the
	// other languages (Spanish, Italian; German joins words)
	groupDe = [2][][]string{deForms[:6], {{"de"}, {"del"}, {"de", "la"}, {"di"}, {"della"}, {"dell'"}}}
	groupA  = [2][][]string{aForms, nil}
)

// definite articles that belong to a repaired mention
func isArticle(fold string) bool {
	switch fold {
	case "l'", "le", "la", "les":
		return true
	}
	return false
}

// cand is a candidate repair: tokens [i, j) of the text match pattern p.
type cand struct {
	i, j  int
	start int // byte offset, the article included
	p     *pattern
	score int
	// evidence beyond the form: a capital, a business cue, the name
	// written as such in the document
	capital, cue, attested bool
}

// ctxEvery is how many tokens are matched between two looks at ctx.
const ctxEvery = 1 << 12

// repair finds the garbled names of s and returns their replacements.
func (x *nameIndex) repair(ctx context.Context, s string) ([]rep, error) {
	toks := tokenize(s, make([]token, 0, len(s)/6+1))
	if len(toks) == 0 {
		return nil, nil
	}
	attested := make(map[int]bool)
	var cands []cand
	var named []bool // tokens of a known name as written
	var key []byte
	for i := range toks {
		if i%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if !x.first[toks[i].fold] {
			continue
		}
		key = key[:0]
		for j := i; j < len(toks) && j-i < x.maxLen; j++ {
			if j > i {
				if !gapOK(s, toks[j-1], toks[j]) {
					break
				}
				key = append(key, ' ')
			}
			key = append(key, toks[j].fold...)
			ps := x.forms[string(key)]
			for k := range ps {
				p := &ps[k]
				if p.kind == patVariant {
					if named == nil {
						named = make([]bool, len(toks))
					}
					for k := i; k <= j; k++ {
						named[k] = true // a known name, in any case: never inferred
					}
					lit, ok := p.variantOf(s, toks[i:j+1])
					if ok && x.entries[p.entity].Kind == gazetteer.KindLoc && !isAllUpper(s[toks[i].start:toks[j].end]) {
						continue // a place keeps its local spelling ("Sénégal")
					}
					if lit && (!p.alias || p.odd || isUpper0(s, toks[i]) && !sentenceInitial(s, toks, i)) {
						attested[p.entity] = true
					}
					if !ok {
						continue
					}
				}
				if hyphenated(s, toks, i, j+1) {
					continue
				}
				cands = append(cands, cand{i: i, j: j + 1, p: p})
			}
		}
	}
	idiom := x.idiomMask(s, toks, cands)
	// first pass: evidence from the candidate's own context
	kept := cands[:0]
	for _, c := range cands {
		if c.vetoed(idiom) || !isUpper0(s, toks[c.i]) && x.ordinaryNoun(toks, c.i) || c.p.capital && !isUpper0(s, toks[c.j-1]) {
			continue
		}
		c.start = toks[c.i].start
		a := c.i
		if c.i > 0 && isArticle(toks[c.i-1].fold) && gapOK(s, toks[c.i-1], toks[c.i]) {
			a = c.i - 1
			c.start = toks[a].start
		}
		if c.p.kind != patVariant && (x.precededBy(s, toks, a, x.place) || x.precededBy(s, toks, c.i, x.place)) {
			continue // "les rives de l'Amazone", "le fleuve Amazone": a place
		}
		if c.p.kind != patVariant && (x.namesAny(toks, c.i, c.j, c.p.entity) || x.namesAny(toks, a, c.j, c.p.entity)) {
			// the words are the name of another known entity ("Le Temps"),
			// or a name of this one as written ("Nations unies")
			continue
		}
		c.capital = x.capitalized(s, toks, c)
		c.cue = x.cue(s, toks, a, c.j)
		c.attested = attested[c.p.entity]
		if c.p.swapped && !c.cue && a == c.i && c.i > 0 && x.genitive(toks[c.i-1].fold) {
			continue // "pipelines d'IA à l'échelle": a noun complement
		}
		c.score = c.p.base
		if c.capital {
			c.score += bonusCapital
		}
		if c.cue {
			c.score += bonusCue
		}
		if c.attested {
			c.score += bonusAttested
		}
		kept = append(kept, c)
	}
	cands = kept
	// second pass: a strong repair supports weaker forms of its entity
	type word struct {
		entity int
		fold   string
	}
	supportWord := make(map[word]bool)
	supportEntity := make(map[int]bool)
	for _, c := range cands {
		if c.score < strong || c.p.swapped && !c.cue && !c.attested {
			continue
		}
		supportEntity[c.p.entity] = true
		for k := c.i; k < c.j; k++ {
			if c.p.mask&(1<<(k-c.i)) != 0 {
				supportWord[word{c.p.entity, toks[k].fold}] = true
			}
		}
	}
	for n := range cands {
		c := &cands[n]
		supported := c.p.kind == patVariant && supportEntity[c.p.entity]
		for k := c.i; k < c.j && !supported; k++ {
			supported = c.p.mask&(1<<(k-c.i)) != 0 && (supportWord[word{c.p.entity, toks[k].fold}] || supportWord[word{c.p.entity, singular(toks[k].fold)}])
		}
		switch {
		case c.p.swapped && !c.cue && !c.attested && !supportEntity[c.p.entity]:
			// a reversed form alone is ordinary French: it needs the
			// entity elsewhere in the document or a business cue
			c.score = 0
		case !c.capital && !c.cue && !supported && isLower(s[toks[c.i].start:toks[c.j-1].end]):
			// a lower-case phrase with nothing but the form for it
			c.score = 0
		case c.score < strong && supported:
			c.score += bonusSupport
		}
	}
	// choose: longest first (in bytes, the article included), then
	// surest, then leftmost
	slices.SortStableFunc(cands, func(a, b cand) int {
		if d := cmp.Compare(toks[b.j-1].end-b.start, toks[a.j-1].end-a.start); d != 0 {
			return d
		}
		if d := cmp.Compare(b.score, a.score); d != 0 {
			return d
		}
		if d := cmp.Compare(a.i, b.i); d != 0 {
			return d
		}
		// two entities with the same form: a canonical name beats an
		// alias, then the entity loaded first wins
		if a.p.alias != b.p.alias {
			return map[bool]int{false: -1, true: 1}[a.p.alias]
		}
		return cmp.Compare(a.p.entity, b.p.entity)
	})
	taken := make([]bool, len(toks))
	var reps []rep
	for _, c := range cands {
		if c.score < threshold || slices.Contains(taken[c.i:c.j], true) || c.i > 0 && taken[c.i-1] && c.start < toks[c.i].start {
			continue
		}
		name := x.entries[c.p.entity].Name
		start, text := c.start, name
		if s[start:toks[c.j-1].end] == name {
			continue // the name as written: nothing to repair
		}
		if start == toks[c.i].start && c.i > 0 && x.glued(s, toks, c.i, name) {
			// "d'IA" → "de Scale AI": the elided word takes its full form
			full, ok := x.elisions[toks[c.i-1].fold]
			if !ok || taken[c.i-1] {
				continue
			}
			if isUpper0(s, toks[c.i-1]) {
				full = strings.ToUpper(full[:1]) + full[1:]
			}
			start, text = toks[c.i-1].start, full+" "+name
			taken[c.i-1] = true
		}
		for k := c.i; k < c.j; k++ {
			taken[k] = true
		}
		reps = append(reps, rep{start: start, end: toks[c.j-1].end, text: text,
			kind: KindName, conf: float64(min(c.score, 99)) / 100})
	}
	for k, n := range named {
		taken[k] = taken[k] || n
	}
	reps = append(reps, x.infer(s, toks, taken, quotedTokens(s, toks))...)
	slices.SortFunc(reps, func(a, b rep) int { return cmp.Compare(a.start, b.start) })
	return reps, nil
}

// ordinaryNoun reports whether the lower-case word at token i is an
// ordinary noun by what precedes it: a determiner ("une pomme"), or a
// determiner or article and one or two adjectives ("la moindre rayure",
// "a tiny square").
func (x *nameIndex) ordinaryNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		f := toks[k].fold
		if x.determiners[f] || k < i-1 && x.articles[f] {
			return true
		}
		if !x.adjectives[f] {
			return false
		}
	}
	return false
}

// genitive reports whether a folded token is "de" or one of its forms,
// which make the words after it a noun complement.
func (x *nameIndex) genitive(fold string) bool {
	for _, f := range deForms {
		if len(f) == 1 && f[0] == fold {
			return true
		}
	}
	return false
}

// glued reports whether token i follows an elided word ("d'", "qu'")
// with no space, before a name that does not start with a vowel: written
// as is, the repair would read "d'Scale AI".
func (x *nameIndex) glued(s string, toks []token, i int, name string) bool {
	p := toks[i-1]
	if p.end != toks[i].start || !strings.HasSuffix(p.fold, "'") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(gazetteer.Fold(name))
	return !strings.ContainsRune("aeiouyh", r)
}

// foldSet returns the folded words as a set.
func foldSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[gazetteer.Fold(w)] = true
	}
	return m
}

// isLower reports whether s has no upper-case letter.
func isLower(s string) bool { return strings.ToLower(s) == s }

// namesAny reports whether tokens [i, j) spell, case and accents aside,
// a name of a known entity: another than entity, or an alias of entity
// that is a name in its own right.
func (x *nameIndex) namesAny(toks []token, i, j, entity int) bool {
	var buf [128]byte
	key := buf[:0]
	for k := i; k < j; k++ {
		if k > i {
			key = append(key, ' ')
		}
		key = append(key, toks[k].fold...)
	}
	for _, p := range x.forms[string(key)] {
		if p.kind == patVariant && (p.entity != entity || p.alias) {
			return true
		}
	}
	return false
}

// singular strips a plural -s, so that "échelles" finds support in "échelle".
func singular(f string) string { return strings.TrimSuffix(f, "s") }

// firstTranslated returns the index of the first translated token of p
// (0 for variants).
func (p *pattern) firstTranslated() int {
	for k := range p.n {
		if p.mask&(1<<k) != 0 {
			return k
		}
	}
	return 0
}

// variantOf compares the tokens as written with the name. lit reports
// that they are the name exactly; ok that they are a garbled variant of
// it: in capitals ("XAI", "SCALE"), with accents the name has not
// ("Méta"), or with the inner capitals of the name lost ("Openai").
// Lower-case text is never a variant: it is more likely a plain word.
func (p *pattern) variantOf(s string, toks []token) (lit, ok bool) {
	surface := s[toks[0].start:toks[len(toks)-1].end]
	lit = true
	for k, t := range toks {
		if s[t.start:t.end] != p.exact[k] {
			lit = false
		}
	}
	if lit || strings.ToLower(surface) == surface {
		return lit, false
	}
	name := strings.Join(p.exact, " ")
	if isAllUpper(surface) && !isAllUpper(name) {
		return false, true
	}
	for k, t := range toks {
		w, e := s[t.start:t.end], p.exact[k]
		if w == e {
			continue
		}
		if strings.EqualFold(w, e) {
			if innerCase(e) {
				return false, true
			}
			continue
		}
		// same folded key, different letters: accents
		if firstUpper(w) == firstUpper(e) {
			return false, true
		}
	}
	return false, false
}

// innerCase reports whether a word's case is part of the name: it starts
// lower case or has a capital after a lower-case letter ("xAI", "OpenAI").
func innerCase(w string) bool {
	prevLower := false
	for i, r := range w {
		if i == 0 && unicode.IsLower(r) {
			return true
		}
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

func firstUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// hyphenated reports whether tokens [i, j) are part of a hyphenated word
// ("méta-alliance"), which is never a name repair.
func hyphenated(s string, toks []token, i, j int) bool {
	if i > 0 && s[toks[i-1].end:toks[i].start] == "-" {
		return true
	}
	return j < len(toks) && s[toks[j-1].end:toks[j].start] == "-"
}

// vetoed reports whether a translated word of c lies inside an idiom.
func (c *cand) vetoed(idiom []bool) bool {
	for k := c.i; k < c.j; k++ {
		if c.p.mask&(1<<(k-c.i)) != 0 && idiom[k] {
			return true
		}
	}
	return false
}

// idiomMask marks the tokens that belong to an idiom, looking only at
// idioms that may overlap a candidate.
func (x *nameIndex) idiomMask(s string, toks []token, cands []cand) []bool {
	mask := make([]bool, len(toks))
	next := 0 // first token not yet looked at
	for _, c := range cands {
		from := max(next, c.i-x.maxIdiom+1, 0)
		for i := from; i < c.j; i++ {
			x.markIdioms(s, toks, mask, i)
		}
		next = max(next, c.j)
	}
	return mask
}

// markIdioms marks the idioms that start at token i.
func (x *nameIndex) markIdioms(s string, toks []token, mask []bool, i int) {
	{
		for _, id := range x.idioms[toks[i].fold] {
			if i+len(id) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(id) && ok; k++ {
				ok = toks[i+k].fold == id[k] && gapOK(s, toks[i+k-1], toks[i+k])
			}
			if ok {
				for k := range id {
					mask[i+k] = true
				}
			}
		}
	}
}

// cue reports whether a business verb follows the mention ending at token
// j (possibly after a comma), or a cue such as "selon" or "fondateur de"
// precedes the mention starting at token a.
func (x *nameIndex) cue(s string, toks []token, a, j int) bool {
	if j < len(toks) {
		g := s[toks[j-1].end:toks[j].start]
		if strings.Trim(g, " ") == "" || strings.Trim(g, " ") == "," {
			if x.match(s, toks, j, x.after) {
				return true
			}
		}
	}
	return x.precededBy(s, toks, a, x.before)
}

// precededBy reports whether an expression of set ends right before
// token a.
func (x *nameIndex) precededBy(s string, toks []token, a int, set map[string]bool) bool {
	var buf [128]byte
	for k := a - 1; k >= 0 && a-k <= x.maxCue; k-- {
		if !gapOK(s, toks[k], toks[k+1]) {
			break
		}
		key := buf[:0]
		for m := k; m < a; m++ {
			if m > k {
				key = append(key, ' ')
			}
			key = append(key, toks[m].fold...)
		}
		if set[string(key)] {
			return true
		}
	}
	return false
}

// match reports whether an expression of set starts at token i.
func (x *nameIndex) match(s string, toks []token, i int, set map[string]bool) bool {
	var buf [128]byte
	key := buf[:0]
	for k := i; k < len(toks) && k-i < x.maxCue; k++ {
		if k > i {
			if !gapOK(s, toks[k-1], toks[k]) {
				return false
			}
			key = append(key, ' ')
		}
		key = append(key, toks[k].fold...)
		if set[string(key)] {
			return true
		}
	}
	return false
}

// capitalized reports whether the first translated word of c is
// capitalized for a reason other than starting the sentence: a later
// translated word in lower case ("Onze laboratoires ont…") makes the
// capital of a sentence's first word no evidence.
func (x *nameIndex) capitalized(s string, toks []token, c cand) bool {
	f := c.i + c.p.firstTranslated()
	if !isUpper0(s, toks[f]) {
		return false
	}
	if !sentenceInitial(s, toks, f) || c.p.words < 2 {
		return true
	}
	for k := f + 1; k < c.j; k++ {
		if c.p.mask&(1<<(k-c.i)) != 0 && c.p.fmask&(1<<(k-c.i)) == 0 && !isUpper0(s, toks[k]) {
			return false
		}
	}
	return true
}
