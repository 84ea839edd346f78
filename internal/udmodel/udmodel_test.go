package udmodel

import (
	"bytes"
	"errors"
	"hash/crc32"
	"testing"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
)

// smallTreebank returns the first sentences of a shared treebank, or skips when ../shared is
// absent.
func smallTreebank(t *testing.T, n int) []*conllu.Sentence {
	t.Helper()
	ss, err := conllu.ReadFile(testcorpus.Shared(t, "corpora", "ud", "fr_sequoia", "fr_sequoia-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	return ss[:min(n, len(ss))]
}

var smallConfig = Config{Lang: "fr", TagBits: 12, TagEpochs: 2, ParseBits: 12, ParseEpochs: 2, Seed: 1, MinMultiword: 2}

// TestDeterministic trains twice and compares the bytes, then checks they load back.
func TestDeterministic(t *testing.T) {
	train := smallTreebank(t, 150)
	var sums [2]uint32
	var raws [2][]byte
	for i := range 2 {
		b, err := Train(smallConfig, train)
		if err != nil {
			t.Fatal(err)
		}
		raws[i], _ = b.MarshalBinary()
		sums[i] = crc32.ChecksumIEEE(raws[i])
	}
	if sums[0] != sums[1] {
		t.Fatalf("two trainings give checksums %08x and %08x", sums[0], sums[1])
	}
	b, err := Load(raws[0])
	if err != nil {
		t.Fatal(err)
	}
	if s := b.Evaluate(train); s.UPOS < 80 || s.UAS < 50 {
		t.Errorf("training-set scores too low: %+v", s)
	}
	if words, ok := b.Multiword("du"); !ok || len(words) != 2 {
		t.Errorf("du: %v %v", words, ok)
	}
}

func TestLoadErrors(t *testing.T) {
	train := smallTreebank(t, 30)
	b, err := Train(smallConfig, train)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := b.MarshalBinary()
	for _, bad := range [][]byte{nil, []byte("DPUDMODL"), raw[:len(raw)/2], raw[:len(raw)-1], append(bytes.Clone(raw), 1)} {
		if _, err := Load(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("%d bytes: err %v", len(bad), err)
		}
	}
}

func TestRules(t *testing.T) {
	tests := []struct{ form, lemma, other, want string }{
		{"Parlons", "parler", "Chantons", "chanter"},
		{"mangées", "manger", "aimées", "aimer"},
		{"was", "be", "was", "be"},
		{"Paris", "Paris", "Lyon", "Lyon"},
		{"été", "être", "été", "être"},
	}
	for _, tc := range tests {
		r := ruleOf(tc.form, tc.lemma)
		if got, ok := applyRule(r, tc.other); !ok || got != tc.want {
			t.Errorf("rule %q of %s→%s on %s: %q, want %q", r, tc.form, tc.lemma, tc.other, got, tc.want)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte("DPUDMODL\x01\x00\x02\x00fr\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Load(data)
		if err != nil {
			return
		}
		out := make([]Result, 2)
		var sc Scratch
		b.Analyze([]string{"a", "b"}, out, &sc)
	})
}
