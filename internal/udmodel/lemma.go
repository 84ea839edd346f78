package udmodel

import (
	"cmp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/conllu"
)

// Lemmatizer gives the lemma of a word and its UPOS: from a lexicon of the training words
// when the pair was seen, else by the edit rule most often seen on training words with the
// same UPOS and the longest suffix in common.
type Lemmatizer struct {
	lexicon table // lower-cased form "\x00" UPOS → lemma
	rules   table // UPOS "\x00" lower-cased suffix → rule
}

// A rule rewrites a word into its lemma: a casing ('k' keep, 'l' lower-case, 'f' lower-case
// the first letter), the number of runes to cut from the end, and what to append:
// "l|2|er" makes "Parlons" into "parler".
func ruleOf(form, lemma string) string {
	best, bestKeep := "", -1
	for _, c := range []byte{'k', 'l', 'f'} {
		base := applyCase(c, form)
		p := commonPrefix(base, lemma)
		if p > bestKeep {
			cut := utf8.RuneCountInString(base[p:])
			best, bestKeep = string(c)+"|"+strconv.Itoa(cut)+"|"+lemma[p:], p
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return i
}

func applyCase(c byte, s string) string {
	switch c {
	case 'l':
		return lowerString(s)
	case 'f':
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsUpper(r) {
			return string(unicode.ToLower(r)) + s[size:]
		}
	}
	return s
}

// applyRule applies rule to form; ok is false when the rule does not fit the word.
func applyRule(rule, form string) (string, bool) {
	if len(rule) < 4 || rule[1] != '|' {
		return "", false
	}
	cutStr, add, ok := strings.Cut(rule[2:], "|")
	cut, err := strconv.Atoi(cutStr)
	if !ok || err != nil {
		return "", false
	}
	base := applyCase(rule[0], form)
	end := len(base)
	for ; cut > 0 && end > 0; cut-- {
		_, size := utf8.DecodeLastRuneInString(base[:end])
		end -= size
	}
	if cut > 0 {
		return "", false
	}
	return base[:end] + add, true
}

// Lemma returns the lemma of form tagged upos. key is a scratch buffer.
func (l *Lemmatizer) Lemma(form, upos string, key []byte) (string, []byte) {
	low := lowerString(form)
	key = append(append(append(key[:0], low...), 0), upos...)
	if v, ok := l.lexicon.get(key); ok {
		return string(v), key
	}
	key = append(append(key[:0], upos...), 0)
	n := len(key)
	for k := min(utf8.RuneCountInString(low), maxSuffix); k >= 0; k-- {
		key = append(key[:n], suffixRunes(low, k)...)
		if v, ok := l.rules.get(key); ok {
			if lemma, ok := applyRule(string(v), form); ok && lemma != "" {
				return lemma, key
			}
		}
	}
	return form, key
}

// maxSuffix is the longest suffix, in runes, that selects a lemma rule.
const maxSuffix = 6

func suffixRunes(s string, k int) string {
	end := len(s)
	for ; k > 0 && end > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return s[end:]
}

// trainLemmatizer builds the lexicon and the suffix rules from train.
func trainLemmatizer(train []*conllu.Sentence) *Lemmatizer {
	lexCount := map[pair]int{}
	types := map[[3]string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			if w.Lemma == "_" && w.Form != "_" {
				continue
			}
			lexCount[pair{lowerString(w.Form) + "\x00" + w.UPOS, w.Lemma}]++
			types[[3]string{w.Form, w.UPOS, w.Lemma}] = true
		}
	}
	lex := bestOf(lexCount)
	ruleCount := map[pair]int{}
	for t := range types {
		low := lowerString(t[0])
		r := ruleOf(t[0], t[2])
		for k := min(utf8.RuneCountInString(low), maxSuffix); k >= 0; k-- {
			ruleCount[pair{t[1] + "\x00" + suffixRunes(low, k), r}]++
		}
	}
	return &Lemmatizer{lexicon: buildTable(lex), rules: buildTable(bestOf(ruleCount))}
}

// pair is a key and one of its values, counted in training.
type pair struct{ key, val string }

// bestOf keeps, for each key, the value counted most often (ties: the smaller value).
func bestOf(counts map[pair]int) map[string]string {
	type best struct {
		v string
		n int
	}
	b := map[string]best{}
	for p, n := range counts {
		cur, ok := b[p.key]
		if !ok || n > cur.n || (n == cur.n && cmp.Less(p.val, cur.v)) {
			b[p.key] = best{p.val, n}
		}
	}
	out := make(map[string]string, len(b))
	for k, v := range b {
		out[k] = v.v
	}
	return out
}

// marshal appends the lemmatizer's tables to b.
func (l *Lemmatizer) marshal(b []byte) []byte {
	b = appendTable(b, l.lexicon)
	return appendTable(b, l.rules)
}
