package udmodel

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/perceptron"
)

// Attrs are the morphological features the tagger predicts, one head each after the UPOS
// head.
var Attrs = [...]string{"VerbForm", "Tense", "Mood", "Voice", "Number", "Person", "Polarity"}

// NumAttrs is len(Attrs).
const NumAttrs = len(Attrs)

// tagFeatures names the tagger's feature templates; change it when they change.
const tagFeatures = "udmodel.tagger/2"

// scorer is what decoding needs of a model: a Trainer while training, a Model after.
type scorer interface {
	Scores(feats []uint64, scores []float32)
	Best(scores []float32, h int) int
	Offset(h int) int
	Width() int
}

// Tagger predicts the UPOS and the features of Attrs of each word, left to right.
type Tagger struct {
	m     scorer
	model *perceptron.Model
	dict  table // lower-cased form → the UPOS indices it was seen with, most frequent first
	// allowed[u][a] has bit v set when value v of attribute a was seen on a word tagged u:
	// a noun gets no tense.
	allowed [][NumAttrs]uint64
	// UPOS are the labels of the first head; Feats[a] those of attribute a ("" is none).
	UPOS  []string
	Feats [NumAttrs][]string
}

// Tags is the tagger's output for one word: label indices into Tagger.UPOS and Tagger.Feats.
type Tags struct {
	UPOS  int
	Feats [NumAttrs]int
}

// boundary stands for the words before the first and after the last.
var boundary = wordInfo{lower: 1, shape: 1, amb: 1, suffix: [maxAffix]uint64{1, 1, 1, 1, 1}, prefix: [3]uint64{1, 1, 1}}

const noTag = 1 << 20 // the tag before the first word

// tagFeats appends the features of word i given the tags of the two words before it.
func tagFeats(dst []uint64, ws []wordInfo, i, p1, p2 int) []uint64 {
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(ws) {
			return &boundary
		}
		return &ws[j]
	}
	w, l1, l2, r1, r2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	t1, t2 := uint64(p1), uint64(p2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(dst,
		feat(0),
		feat(1, w.lower), feat(2, l1.lower), feat(3, r1.lower), feat(4, l2.lower), feat(5, r2.lower),
		feat(6, w.suffix[0]), feat(7, w.suffix[1]), feat(8, w.suffix[2]), feat(9, w.suffix[3]), feat(10, w.suffix[4]),
		feat(11, w.prefix[0]), feat(12, w.prefix[1]), feat(13, w.prefix[2]),
		feat(14, w.shape, first), feat(15, r1.shape), feat(16, l1.shape),
		feat(17, t1), feat(18, t1, t2), feat(19, t1, w.lower), feat(20, t1, w.suffix[2]),
		feat(21, r1.suffix[2]), feat(22, l1.suffix[2]), feat(23, w.lower, r1.lower), feat(24, l1.lower, w.lower),
		feat(25, t1, r1.lower),
		feat(26, w.amb), feat(27, w.amb, t1), feat(28, w.amb, w.suffix[1]), feat(29, r1.amb), feat(30, l1.amb, w.amb),
		feat(31, w.amb, r1.amb),
	)
}

// info returns the hashes of form, with its tag dictionary entry.
func (t *Tagger) info(form string, key []byte) (wordInfo, []byte) {
	w := infoOf(form)
	key = append(key[:0], lowerString(form)...)
	if v, ok := t.dict.get(key); ok {
		w.amb = perceptron.Mix(hashBytes(v), 7)
	}
	return w, key
}

// buildDict maps each training word (lower-cased) seen at least minCount times to the UPOS it
// bears in at least a tenth of its occurrences, most frequent first. Rare words stay out, so
// that training sees words without an entry as often as new text does; minCount 0 gives an
// empty dictionary.
func buildDict(train []*conllu.Sentence, upos []string, minCount int) table {
	counts := map[string][]int{}
	for _, s := range train {
		for _, w := range s.Words {
			low := lowerString(w.Form)
			c := counts[low]
			if c == nil {
				c = make([]int, len(upos))
				counts[low] = c
			}
			if i, ok := slices.BinarySearch(upos, w.UPOS); ok {
				c[i]++
			}
		}
	}
	m := make(map[string]string, len(counts))
	for form, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if minCount == 0 || total < minCount {
			continue
		}
		idx := make([]int, 0, 4)
		for i, n := range c {
			if n*10 >= total && n > 0 {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int { return c[b] - c[a] })
		v := make([]byte, len(idx))
		for k, i := range idx {
			v[k] = byte(i)
		}
		m[form] = string(v)
	}
	return buildTable(m)
}

// Tag tags the words of one sentence into out (len(out) == len(ws)).
func (t *Tagger) tag(ws []wordInfo, out []Tags, buf *scratch) {
	p1, p2 := noTag, noTag
	scores := buf.scores(t.m.Width())
	for i := range ws {
		buf.feats = tagFeats(buf.feats[:0], ws, i, p1, p2)
		t.m.Scores(buf.feats, scores)
		out[i].UPOS = t.m.Best(scores, 0)
		t.bestFeats(scores, out[i].UPOS, &out[i].Feats)
		p1, p2 = out[i].UPOS, p1
	}
}

// bestFeats picks the best value of each attribute among those allowed with upos.
func (t *Tagger) bestFeats(scores []float32, upos int, out *[NumAttrs]int) {
	for a := range NumAttrs {
		off := t.m.Offset(a + 1)
		mask := uint64(1) // none is always allowed
		if upos < len(t.allowed) {
			mask |= t.allowed[upos][a]
		}
		best := 0
		for v := 1; v < len(t.Feats[a]) && v < 64; v++ {
			if mask&(1<<v) != 0 && scores[off+v] > scores[off+best] {
				best = v
			}
		}
		out[a] = best
	}
}

// allowedFeats collects which attribute values each UPOS bears in gold.
func (t *Tagger) allowedFeats(gold [][]Tags) [][NumAttrs]uint64 {
	out := make([][NumAttrs]uint64, len(t.UPOS))
	for _, s := range gold {
		for _, g := range s {
			for a, v := range g.Feats {
				if v < 64 {
					out[g.UPOS][a] |= 1 << v
				}
			}
		}
	}
	return out
}

// scratch holds the buffers of one analysis, reused from sentence to sentence.
type scratch struct {
	feats []uint64
	score []float32
	infos []wordInfo
	tags  []Tags
}

func (s *scratch) scores(n int) []float32 {
	if cap(s.score) < n {
		s.score = make([]float32, n)
	}
	return s.score[:n]
}

// goldTags returns the gold tags of s as label indices.
func (t *Tagger) goldTags(s *conllu.Sentence) []Tags {
	out := make([]Tags, len(s.Words))
	for i, w := range s.Words {
		out[i].UPOS = max(slices.Index(t.UPOS, w.UPOS), 0)
		vals := featValues(w.Feats)
		for a := range NumAttrs {
			out[i].Feats[a] = max(slices.Index(t.Feats[a], vals[a]), 0)
		}
	}
	return out
}

// featValues picks the values of Attrs out of a FEATS column.
func featValues(feats string) [NumAttrs]string {
	var out [NumAttrs]string
	if feats == "_" {
		return out
	}
	for kv := range strings.SplitSeq(feats, "|") {
		k, v, _ := strings.Cut(kv, "=")
		for a, name := range Attrs {
			if k == name {
				out[a] = v
			}
		}
	}
	return out
}

// newTagger collects the labels of the training sentences.
func newTagger(train []*conllu.Sentence) *Tagger {
	upos := map[string]bool{}
	var feats [NumAttrs]map[string]bool
	for a := range feats {
		feats[a] = map[string]bool{"": true}
	}
	for _, s := range train {
		for _, w := range s.Words {
			upos[w.UPOS] = true
			for a, v := range featValues(w.Feats) {
				feats[a][v] = true
			}
		}
	}
	t := &Tagger{UPOS: sortedKeys(upos)}
	for a := range feats {
		t.Feats[a] = sortedKeys(feats[a])
	}
	return t
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (t *Tagger) spec(bits int) perceptron.Spec {
	heads := []perceptron.Head{{Name: "upos", Labels: t.UPOS}}
	for a, name := range Attrs {
		heads = append(heads, perceptron.Head{Name: name, Labels: t.Feats[a]})
	}
	return perceptron.Spec{Features: tagFeatures, Bits: bits, Heads: heads}
}

// fromModel rebuilds a Tagger from a loaded model.
func taggerFromModel(m *perceptron.Model) *Tagger {
	spec := m.Spec()
	t := &Tagger{m: m, model: m, UPOS: spec.Heads[0].Labels}
	for a := range NumAttrs {
		t.Feats[a] = spec.Heads[a+1].Labels
	}
	return t
}

// trainTagger trains a tagger for epochs passes over train in a fixed shuffled order.
func trainTagger(train []*conllu.Sentence, bits, epochs, dictMin int, seed uint64) (*Tagger, error) {
	t := newTagger(train)
	t.dict = buildDict(train, t.UPOS, dictMin)
	tr, err := perceptron.NewTrainer(t.spec(bits))
	if err != nil {
		return nil, err
	}
	t.m = tr
	gold := make([][]Tags, len(train))
	infos := make([][]wordInfo, len(train))
	for i, s := range train {
		gold[i] = t.goldTags(s)
		infos[i] = t.sentenceInfos(s)
	}
	t.allowed = t.allowedFeats(gold)
	rng := rand.New(rand.NewPCG(seed, 1))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, tr.Width())
	var feats []uint64
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ws, g := infos[si], gold[si]
			p1, p2 := noTag, noTag
			for i := range ws {
				feats = tagFeats(feats[:0], ws, i, p1, p2)
				tr.Scores(feats, scores)
				pred := tr.Best(scores, 0)
				update(tr, feats, 0, g[i].UPOS, pred)
				var fs [NumAttrs]int
				t.bestFeats(scores, g[i].UPOS, &fs)
				for a := range NumAttrs {
					update(tr, feats, a+1, g[i].Feats[a], fs[a])
				}
				tr.Tick()
				p1, p2 = pred, p1
			}
		}
	}
	t.model = tr.Model()
	t.m = t.model
	return t, nil
}

func update(tr *perceptron.Trainer, feats []uint64, h, gold, pred int) {
	if gold != pred {
		tr.Update(feats, h, gold, 1)
		tr.Update(feats, h, pred, -1)
	}
}

func (t *Tagger) sentenceInfos(s *conllu.Sentence) []wordInfo {
	out := make([]wordInfo, len(s.Words))
	var key []byte
	for i, w := range s.Words {
		out[i], key = t.info(w.Form, key)
	}
	return out
}
