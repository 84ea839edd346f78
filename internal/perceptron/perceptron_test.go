package perceptron_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/depeche-nlp/depeche/internal/perceptron"
)

var spec = perceptron.Spec{Features: "test/1", Bits: 10, Heads: []perceptron.Head{
	{Name: "parity", Labels: []string{"even", "odd"}},
	{Name: "size", Labels: []string{"small", "medium", "large"}},
}}

// example returns the features and gold classes of the number n: the features are its
// decimal digits with their positions, so both heads are learnable.
func example(n int) ([]uint64, [2]int) {
	var feats []uint64
	for pos, m := 0, n; pos < 3; pos, m = pos+1, m/10 {
		feats = append(feats, perceptron.Hash(uint64(pos), uint64(m%10)))
	}
	feats = append(feats, perceptron.HashString("bias"))
	return feats, [2]int{n % 2, min(n/400, 2)}
}

func train(t *testing.T) *perceptron.Model {
	t.Helper()
	tr, err := perceptron.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, tr.Width())
	for range 5 {
		for i := range 1000 {
			n := i * 337 % 1000 // a fixed shuffle: the average needs mixed examples
			if n%7 == 3 {
				continue // held out
			}
			feats, gold := example(n)
			tr.Scores(feats, scores)
			for h := range 2 {
				if p := tr.Best(scores, h); p != gold[h] {
					tr.Update(feats, h, gold[h], 1)
					tr.Update(feats, h, p, -1)
				}
			}
			tr.Tick()
		}
	}
	return tr.Model()
}

func TestLearnsHeldOut(t *testing.T) {
	m := train(t)
	scores := make([]float32, m.Width())
	right := [2]int{}
	total := 0
	for n := 3; n < 1000; n += 7 {
		feats, gold := example(n)
		m.Scores(feats, scores)
		for h := range 2 {
			if m.Best(scores, h) == gold[h] {
				right[h]++
			}
		}
		total++
	}
	if right[0] != total || right[1] < total*9/10 {
		t.Errorf("held out: parity %d/%d, size %d/%d", right[0], total, right[1], total)
	}
}

func TestRoundTripAndDeterminism(t *testing.T) {
	a, _ := train(t).MarshalBinary()
	b, _ := train(t).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings differ")
	}
	m, err := perceptron.Load(bytes.Clone(a), "test/1")
	if err != nil {
		t.Fatal(err)
	}
	c, _ := m.MarshalBinary()
	if !bytes.Equal(a, c) {
		t.Error("load and marshal differ")
	}
	if got := m.Spec().Heads[1].Labels[2]; got != "large" {
		t.Errorf("label %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	good, _ := train(t).MarshalBinary()
	corrupt := bytes.Clone(good)
	corrupt[len(corrupt)-1] ^= 1
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "test/1"},
		{"not a model", []byte("hello world, this is text"), "test/1"},
		{"truncated", good[:len(good)/2], "test/1"},
		{"header only", good[:30], "test/1"},
		{"trailing", append(bytes.Clone(good), 0), "test/1"},
		{"checksum", corrupt, "test/1"},
		{"other features", good, "test/2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := perceptron.Load(tc.data, tc.want)
			var fe *perceptron.FormatError
			if !errors.As(err, &fe) || !errors.Is(err, perceptron.ErrFormat) {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

func TestBadSpec(t *testing.T) {
	for _, s := range []perceptron.Spec{
		{Features: "x", Bits: 0, Heads: spec.Heads},
		{Features: "x", Bits: 30, Heads: spec.Heads},
		{Features: "x", Bits: 8},
		{Features: "x", Bits: 8, Heads: []perceptron.Head{{Name: "h"}}},
	} {
		if _, err := perceptron.NewTrainer(s); !errors.Is(err, perceptron.ErrSpec) {
			t.Errorf("%+v: err %v", s, err)
		}
	}
}

func FuzzLoad(f *testing.F) {
	tr, _ := perceptron.NewTrainer(perceptron.Spec{Features: "f", Bits: 2, Heads: []perceptron.Head{{Name: "h", Labels: []string{"a", "b"}}}})
	good, _ := tr.Model().MarshalBinary()
	f.Add(good)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := perceptron.Load(data, "f")
		if err != nil {
			return
		}
		scores := make([]float32, m.Width())
		m.Scores([]uint64{1, 2, 3}, scores)
	})
}

func BenchmarkScores(b *testing.B) {
	tr, _ := perceptron.NewTrainer(perceptron.Spec{Features: "b", Bits: 18, Heads: []perceptron.Head{{Name: "h", Labels: make([]string, 46)}}})
	m := tr.Model()
	feats := make([]uint64, 30)
	for i := range feats {
		feats[i] = perceptron.Hash(uint64(i), uint64(i*7))
	}
	scores := make([]float32, m.Width())
	b.ReportAllocs()
	for b.Loop() {
		m.Scores(feats, scores)
	}
}
