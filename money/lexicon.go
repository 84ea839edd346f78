package money

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/currency"
)

//go:embed data/*.tsv
var dataFS embed.FS

type entryKind uint8

const (
	eCurrency entryKind = iota + 1
	eScale
	eNumber
	eQual    // a qualifier (qual holds it)
	eOpen    // starts a range: "entre", "between"
	eSep     // joins a range: "et", "to", "-"
	eConn    // between figure and unit: "de", "d'", "of"
	eVague   // an amount without a figure: "plusieurs"
	ePercent // "%", "pour cent"
	eNoun    // a count noun
	eCountry // a country whose name makes a bare "dollar" its own currency
)

// Number word kinds.
const (
	nUnit    uint8 = iota + 1 // adds its value
	nHundred                  // multiplies by 100
	nOne                      // "a", "an": 1 before a multiplier or a currency
	nFrac                     // "half", "demi", "quarter"
	nAnd                      // "and", "et" inside a number
)

// entry is one reading of a phrase of the data tables.
type entry struct {
	kind   entryKind
	langs  uint8
	ntok   uint8
	csMask uint8 // bit k: token k must be written in upper case
	// currency
	cur      currency.Unit
	curKnown bool // false: ambiguous ("kr", "francs"), resolved by the hint
	weak     bool // a default the hint overrides ("$" is USD unless told otherwise)
	minor    bool // a hundredth of cur ("cents", "pence")
	abbr     bool // a scale abbreviation that may take a trailing "."
	exp      int8 // a scale's power of ten, or a currency's built-in one ("MUSD")
	notCode  bool // an upper-case word that is not a currency code ("ALL")
	// ordinary: the currency word is also an ordinary word ("won", "real"):
	// it needs a figure before it that is not an article
	ordinary bool
	numKind  uint8
	article  bool // a number word that is also an indefinite article ("un", "una", "ein")
	part     bool // a number word read only inside a compound ("vent" of "ventuno")
	needOpen bool // a range separator that joins two figures only after an opener ("et", "and")
	num      Decimal
	qual     Qualifier
	unit     Unit
}

// lexicon maps phrase keys (token keys joined by one space) to readings.
type lexicon struct {
	// codes are the languages of data/languages.tsv, in the order of their
	// mask bits; allLangs has a bit for each, dotLangs for those whose
	// decimal separator is ".", compoundLangs for those that write numbers
	// as one word ("siebenhundert").
	codes                             []string
	allLangs, dotLangs, compoundLangs uint8
	// morphemes are the number and scale words of the compounding
	// languages, longest first, for reading a number written as one word.
	morphemes   []morpheme
	byFirstByte [256][]int32 // indexes of morphemes by their first byte
	phrases     map[string]*node
	// families lists, for every word or sign of a currency phrase, the
	// currencies whose phrases contain it ("$": USD, CAD, AUD, …).
	families map[string][]currency.Unit
	maxTok   int
}

// node is a phrase key: its readings, and whether it begins a longer phrase.
type node struct {
	entries []entry
	prefix  bool
	start   bool // the key may start an expression
}

var loadLexicon = sync.OnceValues(buildLexicon)

func buildLexicon() (*lexicon, error) {
	lx := &lexicon{phrases: map[string]*node{}, families: map[string][]currency.Unit{}}
	if err := lx.readLanguages(); err != nil {
		return nil, err
	}
	files := []struct {
		name  string
		parse func(cols []string) (entry, error)
	}{
		{"data/currencies.tsv", parseCurrencyRow},
		{"data/scales.tsv", parseScaleRow},
		{"data/numbers.tsv", parseNumberRow},
		{"data/qualifiers.tsv", parseQualifierRow},
		{"data/nouns.tsv", parseNounRow},
		{"data/countries.tsv", parseCountryRow},
	}
	for _, f := range files {
		b, err := dataFS.ReadFile(f.name)
		if err != nil {
			return nil, fmt.Errorf("money: %s: %w", f.name, err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for line := 1; sc.Scan(); line++ {
			text := sc.Text()
			if text == "" || strings.HasPrefix(text, "#") {
				continue
			}
			cols := strings.Split(text, "\t")
			if len(cols) < 3 {
				return nil, fmt.Errorf("money: %s:%d: want 3 columns", f.name, line)
			}
			langs, err := lx.parseLangs(cols[0])
			if err != nil {
				return nil, fmt.Errorf("money: %s:%d: %w", f.name, line, err)
			}
			e, err := f.parse(cols[2:])
			if err != nil {
				return nil, fmt.Errorf("money: %s:%d: %w", f.name, line, err)
			}
			e.langs = langs
			lx.add(cols[1], e)
		}
	}
	lx.buildMorphemes()
	return lx, nil
}

func (lx *lexicon) add(phrase string, e entry) {
	toks := tokenize(nil, phrase)
	keys := make([]string, len(toks))
	for k, t := range toks {
		keys[k] = foldedKey(t)
		if t.upper && k < 8 {
			e.csMask |= 1 << k
		}
	}
	e.ntok = uint8(len(toks))
	if e.kind == eCurrency && e.curKnown {
		for _, k := range keys {
			if !slices.Contains(lx.families[k], e.cur) {
				lx.families[k] = append(lx.families[k], e.cur)
			}
		}
	}
	key := strings.Join(keys, " ")
	n := lx.node(key)
	n.entries = append(n.entries, e)
	for m := 1; m < len(keys); m++ {
		p := strings.Join(keys[:m], " ")
		lx.node(p).prefix = true
	}
	switch {
	case e.kind == eQual, e.kind == eOpen, e.kind == eVague, e.kind == eCurrency,
		e.kind == eNumber && e.numKind != nAnd && !e.part, e.kind == eScale && e.exp == 3 && !e.abbr:
		lx.node(keys[0]).start = true
	}
	lx.maxTok = max(lx.maxTok, len(toks))
}

// node returns the node of key, adding it if needed.
func (lx *lexicon) node(key string) *node {
	n, ok := lx.phrases[key]
	if !ok {
		n = &node{}
		lx.phrases[key] = n
	}
	return n
}

func (lx *lexicon) parseLangs(s string) (uint8, error) {
	if s == "*" {
		return langAny, nil
	}
	var m uint8
	for _, c := range strings.Split(s, ",") {
		b := lx.langBit(c)
		if b == 0 {
			return 0, fmt.Errorf("unknown language %q", c)
		}
		m |= b
	}
	return m, nil
}

func parseCurrencyRow(cols []string) (entry, error) {
	e := entry{kind: eCurrency}
	code := cols[0]
	if rest, ok := strings.CutPrefix(code, "minor:"); ok {
		e.minor, code = true, rest
	}
	if code == "!" {
		e.notCode = true
		return e, nil
	}
	if rest, ok := strings.CutSuffix(code, "^"); ok {
		e.ordinary, code = true, rest
	}
	if c, n, ok := strings.Cut(code, "*"); ok {
		k, err := strconv.Atoi(n)
		if err != nil || k < 0 || k > 12 {
			return e, fmt.Errorf("bad power of ten %q", n)
		}
		code, e.exp = c, int8(k)
	}
	if rest, ok := strings.CutSuffix(code, "~"); ok {
		e.weak, code = true, rest
	}
	if code == "?" {
		return e, nil
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return e, fmt.Errorf("currency %q: %w", code, ErrUnknownCurrency)
	}
	e.cur, e.curKnown = u, true
	return e, nil
}

func parseScaleRow(cols []string) (entry, error) {
	n, err := strconv.Atoi(cols[0])
	if err != nil || n < 0 || n > 15 {
		return entry{}, fmt.Errorf("bad power of ten %q", cols[0])
	}
	return entry{kind: eScale, exp: int8(n), abbr: len(cols) > 1 && cols[1] == "abbr"}, nil
}

func parseNumberRow(cols []string) (entry, error) {
	if len(cols) < 2 {
		return entry{}, fmt.Errorf("want a kind")
	}
	d, err := ParseDecimal(cols[0])
	if err != nil {
		return entry{}, err
	}
	kinds := map[string]uint8{"unit": nUnit, "hundred": nHundred, "one": nOne, "frac": nFrac, "and": nAnd}
	kind, part := strings.CutSuffix(cols[1], "+part")
	kind, art := strings.CutSuffix(kind, "+art")
	k, ok := kinds[kind]
	if !ok {
		return entry{}, fmt.Errorf("unknown number kind %q", cols[1])
	}
	return entry{kind: eNumber, num: d, numKind: k, article: art || k == nOne, part: part}, nil
}

func parseQualifierRow(cols []string) (entry, error) {
	switch cols[0] {
	case "open":
		return entry{kind: eOpen}, nil
	case "sep":
		return entry{kind: eSep}, nil
	case "sep+open":
		return entry{kind: eSep, needOpen: true}, nil
	case "conn":
		return entry{kind: eConn}, nil
	case "vague":
		return entry{kind: eVague}, nil
	case "percent":
		return entry{kind: ePercent}, nil
	}
	q, ok := ParseQualifier(cols[0])
	if !ok || q == Range || q == Vague {
		return entry{}, fmt.Errorf("unknown qualifier %q", cols[0])
	}
	return entry{kind: eQual, qual: q}, nil
}

func parseNounRow(cols []string) (entry, error) {
	u, ok := parseUnit(cols[0])
	if !ok {
		return entry{}, fmt.Errorf("unknown unit %q", cols[0])
	}
	return entry{kind: eNoun, unit: u}, nil
}

func parseCountryRow(cols []string) (entry, error) {
	u, err := currency.ParseISO(cols[0])
	if err != nil {
		return entry{}, fmt.Errorf("currency %q: %w", cols[0], ErrUnknownCurrency)
	}
	return entry{kind: eCountry, cur: u, curKnown: true}, nil
}

// hit is the longest reading of one kind found at a token.
type hit struct {
	e     entry
	next  int   // index of the token after the phrase
	union uint8 // languages of all readings of the phrase with this kind
}

// scanner holds the per-call state of one scan.
type scanner struct {
	lx    *lexicon
	text  string
	toks  []token
	langs uint8
	opts  options
	buf   []byte
	steps int // phrase lookups made, to test that scans are linear
	// first memoises the node of each token's own key (nil: none), as
	// most lookups end at the first token.
	first     []*node
	firstDone []bool
}

// firstNode returns the node of the key of token i alone.
func (s *scanner) firstNode(i int) *node {
	if s.first == nil {
		s.first = make([]*node, len(s.toks))
		s.firstDone = make([]bool, len(s.toks))
	}
	if !s.firstDone[i] {
		s.buf = appendKey(s.buf[:0], s.toks[i])
		s.first[i], s.firstDone[i] = s.lx.phrases[string(s.buf)], true
	}
	return s.first[i]
}

// lookup returns the longest phrase of kind k starting at token i, among the
// allowed languages.
func (s *scanner) lookup(i int, k entryKind) (hit, bool) {
	s.steps++
	if i < 0 || i >= len(s.toks) {
		return hit{}, false
	}
	n := min(s.lx.maxTok, len(s.toks)-i)
	// Walk the phrase prefixes, shortest first; keep the longest reading.
	var best hit
	found := false
	for m := 1; m <= n; m++ {
		var nd *node
		if m == 1 {
			if nd = s.firstNode(i); nd == nil {
				break
			}
			s.buf = appendKey(s.buf[:0], s.toks[i])
		} else {
			s.buf = append(s.buf, ' ')
			s.buf = appendKey(s.buf, s.toks[i+m-1])
			var ok bool
			if nd, ok = s.lx.phrases[string(s.buf)]; !ok {
				break
			}
		}
		if h, ok := s.pick(i, m, nd.entries, k); ok {
			best, found = h, true
		}
		if !nd.prefix {
			break
		}
	}
	if found {
		return best, true
	}
	if k == eCurrency {
		return s.isoCode(i)
	}
	return hit{}, false
}

// pick returns the first reading of kind k among es, the readings of the m
// tokens at i.
func (s *scanner) pick(i, m int, es []entry, k entryKind) (hit, bool) {
	for _, e := range es {
		if e.kind != k || e.langs&s.langs == 0 || !s.caseOK(i, e) {
			continue
		}
		if e.notCode || e.part {
			continue
		}
		next := i + m
		var union uint8
		for _, e2 := range es {
			if e2.kind == k && s.caseOK(i, e2) {
				union |= e2.langs
			}
		}
		if e.abbr && next < len(s.toks) && s.toks[next].key == "." && s.toks[next].start == s.toks[next-1].end {
			next++
		}
		return hit{e: e, next: next, union: union}, true
	}
	return hit{}, false
}

func (s *scanner) caseOK(i int, e entry) bool {
	for k := 0; k < int(e.ntok) && k < 8; k++ {
		if e.csMask&(1<<k) != 0 && !s.toks[i+k].upper {
			return false
		}
	}
	return true
}

// keyAt returns the lookup key of token k.
func (s *scanner) keyAt(k int) string { return foldedKey(s.toks[k]) }

// isoCode reads an upper-case three-letter ISO 4217 code.
func (s *scanner) isoCode(i int) (hit, bool) {
	t := s.toks[i]
	if t.kind != tWord || !t.upper || t.end-t.start != 3 {
		return hit{}, false
	}
	w := s.text[t.start:t.end]
	for k := 0; k < 3; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return hit{}, false
		}
	}
	var es []entry
	if nd := s.firstNode(i); nd != nil {
		es = nd.entries
	}
	for _, e := range es {
		if e.notCode {
			return hit{}, false // "ALL 5 solutions"
		}
	}
	u, err := currency.ParseISO(w)
	if err != nil || w == "XXX" || w == "XTS" {
		return hit{}, false
	}
	return hit{e: entry{kind: eCurrency, langs: langAny, ntok: 1, cur: u, curKnown: true}, next: i + 1, union: langAny}, true
}
