package perceptron

import (
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
)

// MaxBits bounds Spec.Bits: at most 2^24 rows.
const MaxBits = 24

// ErrSpec is the sentinel of an invalid Spec.
var ErrSpec = errors.New("perceptron: invalid spec")

// Head is one decision of a model: its name and the labels of its classes.
type Head struct {
	Name   string
	Labels []string
}

// Spec describes a model: the name and version of the caller's feature templates, the number
// of hash bits (the model has 2^Bits rows) and the heads.
type Spec struct {
	Features string
	Bits     int
	Heads    []Head
}

// check validates s and returns the offset of each head in a row and the row width.
func (s Spec) check() ([]int, int, error) {
	if s.Bits < 1 || s.Bits > MaxBits {
		return nil, 0, fmt.Errorf("%w: bits %d not in 1..%d", ErrSpec, s.Bits, MaxBits)
	}
	if len(s.Heads) == 0 || len(s.Features) > math.MaxUint16 {
		return nil, 0, fmt.Errorf("%w: no heads or feature name too long", ErrSpec)
	}
	offs := make([]int, len(s.Heads)+1)
	for i, h := range s.Heads {
		if len(h.Labels) == 0 || len(h.Labels) > math.MaxUint16 {
			return nil, 0, fmt.Errorf("%w: head %q has %d labels", ErrSpec, h.Name, len(h.Labels))
		}
		offs[i+1] = offs[i] + len(h.Labels)
	}
	width := offs[len(s.Heads)]
	if width<<s.Bits > 1<<31 {
		return nil, 0, fmt.Errorf("%w: %d classes × 2^%d rows is too large", ErrSpec, width, s.Bits)
	}
	return offs, width, nil
}

// clone copies s so that the caller's slices are never shared.
func (s Spec) clone() Spec {
	heads := make([]Head, len(s.Heads))
	for i, h := range s.Heads {
		heads[i] = Head{Name: h.Name, Labels: slices.Clone(h.Labels)}
	}
	s.Heads = heads
	return s
}

// finalize mixes a feature hash so that its low bits are well spread (the finalizer of
// MurmurHash3).
func finalize(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Mix combines a hash with one more value, for features made of several parts.
func Mix(h, v uint64) uint64 {
	return (h^v)*0x100000001b3 + 0x9e3779b97f4a7c15 ^ (h >> 29)
}

// Hash returns the hash of a feature template number and one value.
func Hash(template uint64, v uint64) uint64 {
	return Mix(Mix(0xcbf29ce484222325, template), v)
}

// HashString returns the FNV-1a hash of s.
func HashString(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

// Model is a trained, quantized model. Its zero value is not usable; get one from
// Trainer.Model or Load.
type Model struct {
	spec    Spec
	offs    []int
	width   int
	mask    uint64
	scales  []float32
	weights []byte // int8 values, row-major
	sum     uint32
}

// Spec returns the model's spec. The caller must not modify its slices.
func (m *Model) Spec() Spec { return m.spec }

// Width returns the number of classes of all heads together: the length of a scores slice.
func (m *Model) Width() int { return m.width }

// Checksum returns the CRC-32 of the weights.
func (m *Model) Checksum() uint32 { return m.sum }

// Scores sets scores (of length Width) to the score of every class of every head for the
// features feats.
func (m *Model) Scores(feats []uint64, scores []float32) {
	// Integer sums are faster than float ones; the buffer lives on the stack, sized to the
	// model so that clearing it costs little.
	switch {
	case m.width <= 64:
		var acc [64]int32
		m.addRows(feats, acc[:m.width], scores)
	case m.width <= 256:
		var acc [256]int32
		m.addRows(feats, acc[:m.width], scores)
	default:
		m.addRows(feats, make([]int32, m.width), scores)
	}
}

// addRows adds the rows of feats into acc, then scales acc into scores.
func (m *Model) addRows(feats []uint64, acc []int32, scores []float32) {
	for _, f := range feats {
		base := int(finalize(f)&m.mask) * m.width
		row := m.weights[base : base+m.width : base+m.width]
		acc := acc[:len(row)]
		for j, w := range row {
			acc[j] += int32(int8(w))
		}
	}
	scores = scores[:len(acc)]
	for h, sc := range m.scales {
		for j := m.offs[h]; j < m.offs[h+1]; j++ {
			scores[j] = float32(acc[j]) * sc
		}
	}
}

// Best returns the best class of head h given scores from Scores.
func (m *Model) Best(scores []float32, h int) int {
	return best(scores, m.offs, h)
}

// Offset returns the index in a scores slice of class 0 of head h.
func (m *Model) Offset(h int) int { return m.offs[h] }

func best(scores []float32, offs []int, h int) int {
	s := scores[offs[h]:offs[h+1]]
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

// Trainer trains a Model with the averaged perceptron.
type Trainer struct {
	spec  Spec
	offs  []int
	width int
	mask  uint64
	w     []float32
	total []float64
	stamp []int32
	step  int32
}

// NewTrainer returns a Trainer with all weights zero.
func NewTrainer(spec Spec) (*Trainer, error) {
	offs, width, err := spec.check()
	if err != nil {
		return nil, err
	}
	n := width << spec.Bits
	return &Trainer{spec: spec.clone(), offs: offs, width: width, mask: 1<<spec.Bits - 1,
		w: make([]float32, n), total: make([]float64, n), stamp: make([]int32, n), step: 1}, nil
}

// Width returns the number of classes of all heads together.
func (t *Trainer) Width() int { return t.width }

// Offset returns the index in a scores slice of class 0 of head h.
func (t *Trainer) Offset(h int) int { return t.offs[h] }

// Scores sets scores to the current (not averaged) scores, as Model.Scores does.
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	scores = scores[:t.width]
	clear(scores)
	for _, f := range feats {
		base := int(finalize(f)&t.mask) * t.width
		for j, w := range t.w[base : base+t.width] {
			scores[j] += w
		}
	}
}

// Best returns the best class of head h given scores from Scores.
func (t *Trainer) Best(scores []float32, h int) int { return best(scores, t.offs, h) }

// Update adds delta to the weight of class c of head h for every feature of feats.
func (t *Trainer) Update(feats []uint64, h, c int, delta float32) {
	col := t.offs[h] + c
	for _, f := range feats {
		i := int(finalize(f)&t.mask)*t.width + col
		t.total[i] += float64(t.w[i]) * float64(t.step-t.stamp[i])
		t.stamp[i] = t.step
		t.w[i] += delta
	}
}

// Tick ends one training example: the averaging weighs each weight by the number of examples
// it stood for.
func (t *Trainer) Tick() { t.step++ }

// Model returns the averaged, quantized model. The Trainer can go on training afterwards.
func (t *Trainer) Model() *Model {
	avg := make([]float64, len(t.w))
	for i, w := range t.w {
		avg[i] = (t.total[i] + float64(w)*float64(t.step-t.stamp[i])) / float64(t.step)
	}
	m := &Model{spec: t.spec.clone(), offs: t.offs, width: t.width, mask: t.mask,
		scales: make([]float32, len(t.spec.Heads)), weights: make([]byte, len(t.w))}
	for h := range t.spec.Heads {
		lo, hi := t.offs[h], t.offs[h+1]
		maxAbs := 0.0
		for r := 0; r < len(avg); r += t.width {
			for _, v := range avg[r+lo : r+hi] {
				maxAbs = max(maxAbs, math.Abs(v))
			}
		}
		scale := maxAbs / 127
		if scale == 0 {
			scale = 1
		}
		m.scales[h] = float32(scale)
		for r := 0; r < len(avg); r += t.width {
			for j := r + lo; j < r+hi; j++ {
				m.weights[j] = byte(int8(math.Round(avg[j] / scale)))
			}
		}
	}
	m.sum = crc32.ChecksumIEEE(m.weights)
	return m
}
