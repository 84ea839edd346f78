// Package perceptron is a multiclass averaged perceptron over hashed sparse features, stored
// as one flat array of weights that loads from bytes without parsing.
//
// # Mechanism
//
// A feature is a 64-bit hash (see Hash, HashString and Mix). The model finalizes the hash and
// keeps its low Bits bits as a row number; a row holds one weight per class of every Head, side
// by side, so scoring a feature reads one contiguous run of memory. A model may make several
// decisions from the same features, one per Head (a tagger predicts the part of speech and each
// morphological feature; a parser the transition and the relation): Scores fills the scores of
// every head at once and Best picks the best class within one head.
//
// Training (Trainer) keeps float weights and, for averaging, their running sums with a time
// stamp per weight, so an update costs the same whatever the number of examples seen
// ("lazy" averaging). Model averages the weights, then quantizes each head to signed bytes with
// one scale per head (the argmax within a head does not change when its scores are scaled).
//
// # File format
//
// MarshalBinary writes, little-endian: the magic "DPPERCEP", a format version (uint16), the
// feature-set name (the caller's version of its feature templates, so that a model built for
// other templates is refused), the row bits, the heads (name, labels, scale), the CRC-32 of the
// weights, and the weights, one byte each. Load checks all of it and keeps the weight bytes as
// they are: there is one allocation per head and none per feature.
//
// # Usage
//
//	tr, _ := perceptron.NewTrainer(perceptron.Spec{Features: "tagger/1", Bits: 18,
//		Heads: []perceptron.Head{{Name: "upos", Labels: labels}}})
//	tr.Scores(feats, scores)
//	if pred := tr.Best(scores, 0); pred != gold {
//		tr.Update(feats, 0, gold, +1)
//		tr.Update(feats, 0, pred, -1)
//	}
//	tr.Tick()
//	m := tr.Model()
//
// # Concurrency
//
// A Model is immutable and safe for concurrent use. A Trainer is used by one goroutine.
package perceptron
