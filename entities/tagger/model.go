package tagger

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/depeche-nlp/depeche/internal/perceptron"
)

// Model is a trained tagger: an averaged perceptron over hashed features
// (package internal/perceptron) with one head of BILOU labels. It is
// immutable and safe for concurrent use.
type Model struct {
	lang string
	p    *perceptron.Model
	// nameBias is subtracted from the score of O: a perceptron trained
	// on few names is too shy of them, and a bias tuned on dev corrects it
	nameBias float32
}

// Lang returns the language the model was trained for.
func (m *Model) Lang() string { return m.lang }

// featureSet names the feature templates and the language: a model is
// refused by code that computes other features, or for another language.
func featureSet(lang string) string { return "entities/tagger/1:" + lang }

// labelNames are the BILOU labels in label order.
var labelNames = func() []string {
	out := []string{"O"}
	for _, k := range kinds {
		for _, p := range []string{"B", "I", "L", "U"} {
			out = append(out, p+"-"+k.String())
		}
	}
	return out
}()

// score sets scores to the score of every label for the features.
func (m *Model) score(feats []uint64, scores *[numLabels]float32) {
	m.p.Scores(feats, scores[:])
	scores[labelO] -= m.nameBias
}

// Tag returns the names in toks, a tokenization of text whose spans
// increase. Tokens whose span lies outside text read as empty. The result
// is sorted and its spans do not overlap.
func (m *Model) Tag(text string, toks []Token) []Span {
	return m.tag(text, toks, nil)
}

// TagScores is Tag that also sets name[i], for each token, to how much
// more the tagger believes the token is part of a name than not (the best
// name label's score minus the score of O, on the scale of the model's
// weights); tokens it does not score, which cannot begin a name, get
// -Inf. name must be as long as toks.
func (m *Model) TagScores(text string, toks []Token, name []float32) []Span {
	return m.tag(text, toks, name[:len(toks)])
}

func (m *Model) tag(text string, toks []Token, name []float32) []Span {
	if len(toks) == 0 {
		return nil
	}
	f := newFeatures(text, toks)
	out := make([]label, len(toks))
	margin := make([]float32, len(toks))
	var buf []uint64
	var scores [numLabels]float32
	prev, prev2 := labelO, labelO
	for i := range toks {
		l := labelO
		open := prev != labelO && (prev.pos() == posBegin || prev.pos() == posInside)
		if name != nil {
			name[i] = float32(math.Inf(-1))
		}
		if open || f.info[i].canBegin() {
			buf = f.extract(buf[:0], i, prev, prev2)
			m.score(buf, &scores)
			more := i+1 < len(toks)
			l = best(&scores, prev, f.info[i].canBegin(), more)
			if l != labelO {
				margin[i] = kindMargin(&scores, l, prev, f.info[i].canBegin(), more)
			}
			if name != nil {
				nb := float32(math.Inf(-1))
				for c := label(1); c < numLabels; c++ {
					if allowed(prev, c, f.info[i].canBegin()) && (more || c.pos() == posLast || c.pos() == posUnit) {
						nb = max(nb, scores[c])
					}
				}
				name[i] = nb - scores[labelO]
			}
		}
		out[i] = l
		f.remember(i, l)
		prev, prev2 = l, prev
	}
	return spans(out, margin)
}

// kindMargin returns the score of label l minus the best score of an
// allowed label of another kind.
func kindMargin(scores *[numLabels]float32, l, prev label, canBegin, more bool) float32 {
	other := float32(math.Inf(-1))
	for c := label(1); c < numLabels; c++ {
		if c.kind() != l.kind() && allowed(prev, c, canBegin) && (more || c.pos() == posLast || c.pos() == posUnit) {
			other = max(other, scores[c])
		}
	}
	return scores[l] - other
}

// best returns the highest-scoring label allowed after prev; the last
// token cannot leave a name open.
func best(scores *[numLabels]float32, prev label, canBegin, more bool) label {
	b, bs := labelO, float32(math.Inf(-1))
	for l := range label(numLabels) {
		if !allowed(prev, l, canBegin) || (!more && l != labelO && (l.pos() == posBegin || l.pos() == posInside)) {
			continue
		}
		if scores[l] > bs {
			b, bs = l, scores[l]
		}
	}
	return b
}

// ErrModel reports a model file that cannot be read.
var ErrModel = errors.New("tagger: bad model")

// header opens a model file: magic, version and the name bias.
const (
	magic      = "DPTG"
	version    = 1
	headerSize = len(magic) + 2 + 4
)

// MarshalBinary encodes the model: a header (magic "DPTG", version, name
// bias), then the perceptron's file compressed with DEFLATE. The same
// model gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	raw, err := m.p.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(magic)
	b.Write(binary.LittleEndian.AppendUint16(nil, version))
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.nameBias)))
	zw, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// maxModel bounds the size of a decompressed model.
const maxModel = 64 << 20

// Decode reads a model of language lang written by MarshalBinary. Errors
// wrap ErrModel.
func Decode(data []byte, lang string) (*Model, error) {
	if len(data) < headerSize || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: no header", ErrModel)
	}
	if v := binary.LittleEndian.Uint16(data[len(magic):]); v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrModel, v, version)
	}
	bias := math.Float32frombits(binary.LittleEndian.Uint32(data[len(magic)+2:]))
	if math.IsNaN(float64(bias)) || math.IsInf(float64(bias), 0) {
		return nil, fmt.Errorf("%w: name bias %v", ErrModel, bias)
	}
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(data[headerSize:])), maxModel+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if len(raw) > maxModel {
		return nil, fmt.Errorf("%w: over %d bytes", ErrModel, maxModel)
	}
	p, err := perceptron.Load(raw, featureSet(lang))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if h := p.Spec().Heads; len(h) != 1 || strings.Join(h[0].Labels, " ") != strings.Join(labelNames, " ") {
		return nil, fmt.Errorf("%w: labels differ", ErrModel)
	}
	return &Model{lang: lang, p: p, nameBias: bias}, nil
}
