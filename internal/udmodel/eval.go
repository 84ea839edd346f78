package udmodel

import (
	"strings"

	"github.com/depeche-nlp/depeche/internal/conllu"
)

// Scores are accuracies in percent on gold tokenization: Feats counts a word right when all
// of its Attrs are; LAS compares the universal part of the relation, as the CoNLL 2017 and
// 2018 shared tasks did.
type Scores struct {
	Words                        int
	UPOS, Feats, Lemma, UAS, LAS float64
}

// Evaluate analyses the words of gold and scores the result.
func (b *Bundle) Evaluate(gold []*conllu.Sentence) Scores {
	var sc Scratch
	var r Scores
	var upos, feats, lemma, uas, las int
	var out []Result
	var forms []string
	for _, s := range gold {
		forms = forms[:0]
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		out = append(out[:0], make([]Result, len(forms))...)
		b.Analyze(forms, out, &sc)
		for i, w := range s.Words {
			got := out[i]
			r.Words++
			if b.Tagger.UPOS[got.UPOS] == w.UPOS {
				upos++
			}
			if b.featsString(got.Tags) == featsKey(w.Feats) {
				feats++
			}
			if got.Lemma == w.Lemma {
				lemma++
			}
			if b.Parser != nil && got.Head == w.Head {
				uas++
				if universal(b.Parser.Rels[got.Rel]) == universal(w.Deprel) {
					las++
				}
			}
		}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(r.Words, 1)) }
	r.UPOS, r.Feats, r.Lemma, r.UAS, r.LAS = pct(upos), pct(feats), pct(lemma), pct(uas), pct(las)
	return r
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// featsKey keeps the Attrs of a FEATS column, in Attrs order.
func featsKey(feats string) string {
	v := featValues(feats)
	return strings.Join(v[:], "|")
}

func (b *Bundle) featsString(t Tags) string {
	var v [NumAttrs]string
	for a := range NumAttrs {
		v[a] = b.Tagger.Feats[a][t.Feats[a]]
	}
	return strings.Join(v[:], "|")
}
