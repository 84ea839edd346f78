package tagger

import (
	"context"
	"fmt"
	"math/rand/v2"

	"github.com/depeche-nlp/depeche/internal/perceptron"
)

// Example is one training document: its text, tokens, gold names and the
// kinds its source annotates. A kind it does not annotate is never
// counted as an error when the tagger predicts it where the gold says
// nothing.
type Example struct {
	Text      string
	Tokens    []Token
	Names     []Span
	Annotated []Kind
}

// TrainConfig sets the training of a model.
type TrainConfig struct {
	Lang   string
	Bits   uint   // log2 of the weight rows; 0 means 18
	Epochs int    // passes over the data; 0 means 10
	Seed   uint64 // shuffles the examples before each pass
	// NameBias is stored in the model and subtracted from the score of
	// O when tagging, to trade precision for recall (tune it on dev).
	NameBias float32
	// Progress, if set, is called after each pass with its number and the
	// share of tokens the tagger got wrong during it.
	Progress func(epoch int, errRate float64)
}

// Train learns a model from examples with the averaged perceptron: greedy
// left-to-right decoding with its own previous labels as features, and an
// update wherever its label differs from the gold. The same examples and
// config give the same model, bit for bit.
func Train(ctx context.Context, examples []Example, cfg TrainConfig) (*Model, error) {
	if cfg.Bits == 0 {
		cfg.Bits = 18
	}
	if cfg.Epochs == 0 {
		cfg.Epochs = 10
	}
	if cfg.Bits < 8 || cfg.Bits > 24 {
		return nil, fmt.Errorf("tagger: %d bits out of [8, 24]", cfg.Bits)
	}
	p, err := perceptron.NewTrainer(perceptron.Spec{
		Features: featureSet(cfg.Lang),
		Bits:     int(cfg.Bits),
		Heads:    []perceptron.Head{{Name: "bilou", Labels: labelNames}},
	})
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	t := &trainer{p: p}
	gold := make([][]label, len(examples))
	masks := make([]uint8, len(examples))
	for i, ex := range examples {
		gold[i] = labels(len(ex.Tokens), ex.Names)
		for _, k := range ex.Annotated {
			if l := makeLabel(k, 0); l != labelO {
				masks[i] |= 1 << l.kindIndex()
			}
		}
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		wrong, all := 0, 0
		for _, i := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			w, a := t.learn(examples[i], gold[i], masks[i])
			wrong += w
			all += a
		}
		if cfg.Progress != nil && all > 0 {
			cfg.Progress(epoch+1, float64(wrong)/float64(all))
		}
	}
	return &Model{lang: cfg.Lang, p: t.p.Model(), nameBias: cfg.NameBias}, nil
}

func (l label) kindIndex() int { return int(l-1) / numPos }

// trainer runs the averaged perceptron.
type trainer struct {
	p *perceptron.Trainer
}

// learn runs the tagger over one example and updates the weights where it
// errs; it returns the wrong and scored token counts.
func (t *trainer) learn(ex Example, gold []label, mask uint8) (wrong, all int) {
	f := newFeatures(ex.Text, ex.Tokens)
	var buf []uint64
	var scores [numLabels]float32
	prev, prev2 := labelO, labelO
	for i := range ex.Tokens {
		l := labelO
		open := prev != labelO && (prev.pos() == posBegin || prev.pos() == posInside)
		if open || f.info[i].canBegin() {
			buf = f.extract(buf[:0], i, prev, prev2)
			t.p.Scores(buf, scores[:])
			more := i+1 < len(ex.Tokens)
			l = best(&scores, prev, f.info[i].canBegin(), more)
			g := gold[i]
			if !allowed(prev, g, f.info[i].canBegin()) || (!more && g != labelO && (g.pos() == posBegin || g.pos() == posInside)) {
				g = labelO // the gold cannot follow the tagger's own history
				if open {
					g = best(&scores, prev, f.info[i].canBegin(), more)
				}
			}
			masked := g == labelO && l != labelO && mask&(1<<l.kindIndex()) == 0
			all++
			if l != g && !masked {
				wrong++
				t.p.Update(buf, 0, int(g), 1)
				t.p.Update(buf, 0, int(l), -1)
			}
		}
		f.remember(i, l)
		prev, prev2 = l, prev
		t.p.Tick()
	}
	return wrong, all
}
