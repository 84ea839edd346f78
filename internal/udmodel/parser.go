package udmodel

import (
	"math/rand/v2"
	"slices"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/perceptron"
)

// parseFeatures names the parser's feature templates; change it when they change.
const parseFeatures = "udmodel.parser/2"

// The transitions of the arc-hybrid system.
const (
	shift = iota // push the first buffer word onto the stack
	left         // make the first buffer word the head of the stack top, and pop it
	right        // make the word below the stack top its head, and pop it
	numMoves
)

// Parser is a labelled arc-hybrid dependency parser. Head 0 of its model picks the move, head
// 1 the relation of the word an arc attaches (in arc-hybrid, always the stack top).
type Parser struct {
	m     scorer
	model *perceptron.Model
	Rels  []string
}

// state is a parser configuration over words 1..n (0 is the root).
type state struct {
	stack  []int
	b, n   int
	head   []int
	rel    []int
	lc, rc []int // leftmost and rightmost dependent so far, 0 if none
	nl, nr []int // number of left and right dependents
}

func (s *state) reset(n int) {
	grow := func(x []int) []int {
		if cap(x) < n+1 {
			return make([]int, n+1)
		}
		x = x[:n+1]
		clear(x)
		return x
	}
	s.head, s.rel, s.lc, s.rc, s.nl, s.nr = grow(s.head), grow(s.rel), grow(s.lc), grow(s.rc), grow(s.nl), grow(s.nr)
	s.stack = append(s.stack[:0], 0)
	s.b, s.n = 1, n
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *state) valid(move int) bool {
	switch move {
	case shift:
		return s.b <= s.n
	case left:
		return s.b <= s.n && len(s.stack) > 1
	default:
		return len(s.stack) > 2 || (len(s.stack) == 2 && s.b > s.n)
	}
}

func (s *state) apply(move, rel int) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, s0, rel)
		s.lc[s.b] = s0
		s.nl[s.b]++
	case right:
		s0, s1 := s.stack[len(s.stack)-1], s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s1, s0, rel)
		s.rc[s1] = s0
		s.nr[s1]++
	}
}

func (s *state) attach(h, d, rel int) {
	s.head[d] = h
	s.rel[d] = rel
}

// cost counts the gold arcs that move makes unreachable (the dynamic oracle of Goldberg and
// Nivre 2013 for arc-hybrid). gold[i] is the gold head of word i.
func (s *state) cost(move int, gold []int) int {
	top := len(s.stack) - 1
	s0 := s.stack[top]
	c := 0
	switch move {
	case shift:
		for k, x := range s.stack {
			if gold[x] == s.b && x != 0 {
				c++
			}
			if gold[s.b] == x && k != top {
				c++
			}
		}
	case left, right:
		h := s.b
		if move == right {
			h = s.stack[top-1]
		}
		if gold[s0] != h && (gold[s0] >= s.b || (top > 0 && gold[s0] == s.stack[top-1])) {
			c++
		}
		for d := s.b; d <= s.n; d++ {
			if gold[d] == s0 {
				c++
			}
		}
	}
	return c
}

// parseInput is what the parser reads of each word: hashes of the form and the UPOS index.
type parseInput struct {
	words []wordInfo
	tags  []int
}

// parseFeats appends the features of the configuration.
func parseFeats(dst []uint64, s *state, in *parseInput) []uint64 {
	const none = 1 << 40
	word := func(i int) uint64 {
		switch {
		case i < 0:
			return none
		case i == 0:
			return none + 1
		}
		return in.words[i-1].lower
	}
	tag := func(i int) uint64 {
		switch {
		case i < 0:
			return none
		case i == 0:
			return none + 1
		}
		return uint64(in.tags[i-1])
	}
	suffix := func(i int) uint64 {
		if i <= 0 {
			return none
		}
		return in.words[i-1].suffix[2]
	}
	child := func(i int, c []int) int {
		if i <= 0 || c[i] == 0 {
			return -1
		}
		return c[i]
	}
	rel := func(i int) uint64 {
		if i <= 0 {
			return none
		}
		return uint64(s.rel[i])
	}
	st := func(k int) int {
		if k < len(s.stack) {
			return s.stack[len(s.stack)-1-k]
		}
		return -1
	}
	buf := func(k int) int {
		if s.b+k <= s.n {
			return s.b + k
		}
		return -1
	}
	s0, s1, s2, b0, b1, b2 := st(0), st(1), st(2), buf(0), buf(1), buf(2)
	s0w, s0t, s1w, s1t, b0w, b0t := word(s0), tag(s0), word(s1), tag(s1), word(b0), tag(b0)
	b1t, b2t, s2t := tag(b1), tag(b2), tag(s2)
	s0L, s0R, b0L, s1R := child(s0, s.lc), child(s0, s.rc), child(b0, s.lc), child(s1, s.rc)
	dist := uint64(0)
	if s0 > 0 && b0 > 0 {
		dist = uint64(min(b0-s0, 6))
	}
	dist01 := uint64(0)
	if s1 > 0 && s0 > 0 {
		dist01 = uint64(min(s0-s1, 6))
	}
	nl, nr, bl := uint64(0), uint64(0), uint64(0)
	if s0 > 0 {
		nl, nr = uint64(min(s.nl[s0], 3)), uint64(min(s.nr[s0], 3))
	}
	if b0 > 0 {
		bl = uint64(min(s.nl[b0], 3))
	}
	return append(dst,
		feat(100),
		feat(101, s0w), feat(102, s0t), feat(103, s0w, s0t),
		feat(104, s1w), feat(105, s1t), feat(106, s1w, s1t),
		feat(107, b0w), feat(108, b0t), feat(109, b0w, b0t),
		feat(110, word(b1)), feat(111, b1t), feat(112, b2t), feat(113, s2t),
		feat(114, s0t, s1t), feat(115, s0t, b0t), feat(116, s0w, b0w), feat(117, s0w, s1w),
		feat(118, s1t, s0t, b0t), feat(119, s0t, b0t, b1t), feat(120, b0t, b1t, b2t), feat(121, s2t, s1t, s0t),
		feat(122, tag(s0L), s0t), feat(123, tag(s0R), s0t), feat(124, tag(b0L), b0t), feat(125, tag(s1R), s1t),
		feat(126, rel(s0L), s0t), feat(127, rel(s0R), s0t), feat(128, rel(b0L), b0t), feat(129, rel(s1R), s1t),
		feat(130, dist, s0t, b0t), feat(131, dist01, s1t, s0t), feat(132, nl, s0t), feat(133, nr, s0w), feat(134, bl, b0t),
		feat(135, s0w, b0t), feat(136, s0t, b0w), feat(137, s1t, s0w), feat(138, s1w, s0t), feat(139, dist, s0w, b0w),
		feat(140, s0t, tag(s0L), tag(s0R)), feat(141, s1t, s0t, rel(s0L), rel(s0R)),
		feat(142, suffix(s0), s0t), feat(143, suffix(b0), b0t), feat(144, b0w, b1t), feat(145, b0t, rel(b0L), tag(b0L)),
	)
}

// bestMove returns the best valid move given scores.
func bestMove(s *state, scores []float32) int {
	best := -1
	for m := range numMoves {
		if s.valid(m) && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}

// parse fills heads (0 for the root) and relation indices of words 1..n into head and rel.
func (p *Parser) parse(in *parseInput, st *state, buf *scratch, head, rel []int) {
	n := len(in.tags)
	st.reset(n)
	scores := buf.scores(p.m.Width())
	for !st.terminal() {
		buf.feats = parseFeats(buf.feats[:0], st, in)
		p.m.Scores(buf.feats, scores)
		move := bestMove(st, scores)
		r := 0
		if move != shift {
			r = p.m.Best(scores, 1)
		}
		st.apply(move, r)
	}
	copy(head, st.head[1:])
	copy(rel, st.rel[1:])
}

// trainParser trains the parser with the dynamic oracle and error exploration.
func trainParser(train []*conllu.Sentence, t *Tagger, bits, epochs int, seed uint64) (*Parser, error) {
	rels := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			rels[w.Deprel] = true
		}
	}
	p := &Parser{Rels: sortedKeys(rels)}
	moves := []string{"shift", "left", "right"}
	tr, err := perceptron.NewTrainer(perceptron.Spec{Features: parseFeatures, Bits: bits,
		Heads: []perceptron.Head{{Name: "move", Labels: moves}, {Name: "rel", Labels: p.Rels}}})
	if err != nil {
		return nil, err
	}
	p.m = tr
	type example struct {
		in   parseInput
		gold []int
		grel []int
	}
	var data []example
	var buf scratch
	for _, s := range train {
		if hasNoHead(s) {
			continue
		}
		ex := example{in: parseInput{words: t.sentenceInfos(s)}, gold: make([]int, len(s.Words)+1), grel: make([]int, len(s.Words)+1)}
		// The parser learns from the tagger's tags, not the gold ones, as it will see them.
		tags := make([]Tags, len(s.Words))
		t.tag(ex.in.words, tags, &buf)
		for i, w := range s.Words {
			ex.in.tags = append(ex.in.tags, tags[i].UPOS)
			ex.gold[i+1] = w.Head
			ex.grel[i+1], _ = slices.BinarySearch(p.Rels, w.Deprel)
		}
		data = append(data, ex)
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, tr.Width())
	var feats []uint64
	var st state
	for epoch := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := &data[ei]
			st.reset(len(ex.in.tags))
			for !st.terminal() {
				feats = parseFeats(feats[:0], &st, &ex.in)
				tr.Scores(feats, scores)
				pred := bestMove(&st, scores)
				costs := [numMoves]int{}
				minCost := -1
				for m := range numMoves {
					if st.valid(m) {
						costs[m] = st.cost(m, ex.gold)
						if minCost < 0 || costs[m] < minCost {
							minCost = costs[m]
						}
					}
				}
				gold := -1
				for m := range numMoves {
					if st.valid(m) && costs[m] == minCost && (gold < 0 || scores[m] > scores[gold]) {
						gold = m
					}
				}
				if costs[pred] != minCost {
					tr.Update(feats, 0, gold, 1)
					tr.Update(feats, 0, pred, -1)
				}
				next := gold
				if epoch > 0 && rng.Float64() < 0.9 {
					next = pred
				}
				r := 0
				if next != shift {
					s0 := st.stack[len(st.stack)-1]
					r = tr.Best(scores, 1)
					h := st.b
					if next == right {
						h = st.stack[len(st.stack)-2]
					}
					if ex.gold[s0] == h {
						update(tr, feats, 1, ex.grel[s0], r)
					}
				}
				tr.Tick()
				st.apply(next, r)
			}
		}
	}
	p.model = tr.Model()
	p.m = p.model
	return p, nil
}

func hasNoHead(s *conllu.Sentence) bool {
	for _, w := range s.Words {
		if w.Head < 0 {
			return true
		}
	}
	return false
}
