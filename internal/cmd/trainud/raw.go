package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/depeche-nlp/depeche/analysis"
	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/segment"
)

// span is a word of a sentence text: its surface token's byte range, its place among the words
// of that token (0 for a plain token) and the index of its head word (-1 for the root).
type span struct {
	start, end, part int
	head             int
	upos, lemma, rel string
}

// goldSpans places the words of s in its "# text"; ok is false when the words do not match
// the text.
func goldSpans(s *conllu.Sentence) (text string, out []span, ok bool) {
	text = s.Text()
	pos := 0
	m := 0
	for i := 0; i < len(s.Words); {
		surface, n := s.Words[i].Form, 1
		if m < len(s.Multi) && s.Multi[m].First == i+1 {
			surface, n = s.Multi[m].Form, s.Multi[m].Last-s.Multi[m].First+1
			m++
		}
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], surface) {
			return "", nil, false
		}
		for k := range n {
			w := s.Words[i+k]
			part := 0
			if n > 1 {
				part = k + 1
			}
			out = append(out, span{start: pos, end: pos + len(surface), part: part, head: w.Head - 1,
				upos: w.UPOS, lemma: w.Lemma, rel: universalRel(w.Deprel)})
		}
		pos += len(surface)
		i += n
	}
	return text, out, true
}

func universalRel(r string) string {
	u, _, _ := strings.Cut(r, ":")
	return u
}

// rawScores are F1 scores in percent over words aligned by span, as in the CoNLL 2018
// evaluation: a word is right when its span and place match and its column does; a head is
// right when it is aligned to the gold head.
type rawScores struct {
	sentences, skipped                   int
	tokens, words, upos, lemma, uas, las float64
}

// evalRaw analyses the text of each test sentence (gold sentence boundaries, our tokenizer)
// with the embedded models and scores it against the gold words.
func evalRaw(ud, lang string, set part) (rawScores, error) {
	var r rawScores
	gold, err := readParts(ud, []part{set})
	if err != nil {
		return r, err
	}
	a, err := analysis.New(lang)
	if err != nil {
		return r, err
	}
	var nGold, nSys, nTokGold, nTokSys, tok, words, upos, lemma, uas, las int
	for _, s := range gold {
		text, g, ok := goldSpans(s)
		if !ok {
			r.skipped++
			continue
		}
		r.sentences++
		d, err := a.AnalyzeSentences(context.Background(), text, []segment.Sentence{{Start: 0, End: len(text)}})
		if err != nil {
			return r, err
		}
		sys := make([]span, len(d.Tokens))
		for i, t := range d.Tokens {
			sys[i] = span{start: t.Start, end: t.End, part: int(t.Part), head: t.Head,
				upos: t.UPOS.String(), lemma: d.Lemma(i), rel: universalRel(t.Rel.String())}
		}
		type key struct{ start, end, part int }
		gi := map[key]int{}
		gtok := map[[2]int]bool{}
		for i, w := range g {
			gi[key{w.start, w.end, w.part}] = i
			gtok[[2]int{w.start, w.end}] = true
		}
		stok := map[[2]int]bool{}
		align := make([]int, len(sys))
		for i, w := range sys {
			stok[[2]int{w.start, w.end}] = true
			align[i] = -1
			if j, ok := gi[key{w.start, w.end, w.part}]; ok {
				align[i] = j
			}
		}
		for i, w := range sys {
			if align[i] < 0 {
				continue
			}
			words++
			gw := g[align[i]]
			if w.upos == gw.upos {
				upos++
			}
			if w.lemma == gw.lemma {
				lemma++
			}
			if (w.head < 0 && gw.head < 0) || (w.head >= 0 && gw.head >= 0 && align[w.head] == gw.head) {
				uas++
				if w.rel == gw.rel {
					las++
				}
			}
		}
		for t := range stok {
			if gtok[t] {
				tok++
			}
		}
		nGold += len(g)
		nSys += len(sys)
		nTokGold += len(gtok)
		nTokSys += len(stok)
	}
	f1 := func(n, sys, gold int) float64 {
		if sys+gold == 0 {
			return 0
		}
		return 200 * float64(n) / float64(sys+gold)
	}
	r.tokens = f1(tok, nTokSys, nTokGold)
	r.words, r.upos, r.lemma = f1(words, nSys, nGold), f1(upos, nSys, nGold), f1(lemma, nSys, nGold)
	r.uas, r.las = f1(uas, nSys, nGold), f1(las, nSys, nGold)
	return r, nil
}

func printRaw(lang string, set part, r rawScores) {
	fmt.Printf("| raw | %s | %s | %d (%d skipped) | tokens %.2f | words %.2f | UPOS %.2f | lemma %.2f | UAS %.2f | LAS %.2f |\n",
		lang, filepath.Base(set.file), r.sentences, r.skipped, r.tokens, r.words, r.upos, r.lemma, r.uas, r.las)
}
