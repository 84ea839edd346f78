package udmodel

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/perceptron"
)

const (
	bundleMagic   = "DPUDMODL"
	bundleVersion = 2
)

// ErrFormat is the sentinel of bundle bytes that Load cannot read.
var ErrFormat = errors.New("udmodel: bad model bundle")

// Bundle is the models of one language: tagger, lemmatizer, parser (nil when the language
// has no trees) and the multiword-token table of the tokenizer.
type Bundle struct {
	Lang       string
	Tagger     *Tagger
	Lemmatizer *Lemmatizer
	Parser     *Parser
	mwt        table // lower-cased surface → its words, space-separated ("du" → "de le")
}

// Config says how to train a bundle.
type Config struct {
	Lang         string
	TagBits      int
	TagEpochs    int
	TagDict      int // words seen this often enter the tag dictionary; 0: none
	ParseBits    int
	ParseEpochs  int
	Seed         uint64
	SkipParser   bool
	MinMultiword int // a multiword token must be seen this often to enter the table
}

// Train trains every model of a bundle from train.
func Train(cfg Config, train []*conllu.Sentence) (*Bundle, error) {
	t, err := trainTagger(train, cfg.TagBits, cfg.TagEpochs, cfg.TagDict, cfg.Seed)
	if err != nil {
		return nil, err
	}
	b := &Bundle{Lang: cfg.Lang, Tagger: t, Lemmatizer: trainLemmatizer(train), mwt: buildTable(multiwords(train, cfg.MinMultiword))}
	if !cfg.SkipParser {
		if b.Parser, err = trainParser(train, t, cfg.ParseBits, cfg.ParseEpochs, cfg.Seed); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// multiwords keeps the multiword tokens that are written as one word more often than their
// surface stands alone.
func multiwords(train []*conllu.Sentence, minCount int) map[string]string {
	split := map[pair]int{}
	total := map[string]int{}
	alone := map[string]int{}
	for _, s := range train {
		inside := make([]bool, len(s.Words)+1)
		for _, m := range s.Multi {
			var parts []string
			for id := m.First; id <= m.Last; id++ {
				parts = append(parts, lowerString(s.Words[id-1].Form))
				inside[id] = true
			}
			key := lowerString(m.Form)
			split[pair{key, strings.Join(parts, " ")}]++
			total[key]++
		}
		for _, w := range s.Words {
			if !inside[w.ID] {
				alone[lowerString(w.Form)]++
			}
		}
	}
	out := map[string]string{}
	for k, v := range bestOf(split) {
		if total[k] >= max(minCount, 1) && total[k] > alone[k] {
			out[k] = v
		}
	}
	return out
}

// Multiword returns the words of the multiword token surface (lower-cased), if it is one.
func (b *Bundle) Multiword(surface string) ([]string, bool) {
	v, ok := b.mwt.get([]byte(lowerString(surface)))
	if !ok {
		return nil, false
	}
	return strings.Fields(string(v)), true
}

// MarshalBinary encodes the bundle for Load.
func (b *Bundle) MarshalBinary() ([]byte, error) {
	out := append([]byte(bundleMagic), byte(bundleVersion), byte(bundleVersion>>8))
	out = binary.LittleEndian.AppendUint16(out, uint16(len(b.Lang)))
	out = append(out, b.Lang...)
	for _, m := range []*perceptron.Model{b.Tagger.model, b.parserModel()} {
		if m == nil {
			out = binary.LittleEndian.AppendUint32(out, 0)
			continue
		}
		raw, err := m.MarshalBinary()
		if err != nil {
			return nil, err
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(len(raw)))
		out = append(out, raw...)
	}
	out = b.Lemmatizer.marshal(out)
	out = appendTable(out, b.Tagger.dict)
	out = appendTable(out, b.mwt)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(b.Tagger.allowed)))
	for _, row := range b.Tagger.allowed {
		for _, m := range row {
			out = binary.LittleEndian.AppendUint64(out, m)
		}
	}
	return out, nil
}

func (b *Bundle) parserModel() *perceptron.Model {
	if b.Parser == nil {
		return nil
	}
	return b.Parser.model
}

// Load decodes a bundle. The bundle keeps data: the caller must not modify it afterwards.
func Load(data []byte) (*Bundle, error) {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrFormat, fmt.Sprintf(format, args...))
	}
	if len(data) < len(bundleMagic)+4 || string(data[:len(bundleMagic)]) != bundleMagic {
		return nil, fail("not a model bundle")
	}
	rest := data[len(bundleMagic):]
	if v := binary.LittleEndian.Uint16(rest); v != bundleVersion {
		return nil, fail("version %d, want %d", v, bundleVersion)
	}
	n := int(binary.LittleEndian.Uint16(rest[2:]))
	rest = rest[4:]
	if len(rest) < n {
		return nil, fail("truncated language")
	}
	b := &Bundle{Lang: string(rest[:n])}
	rest = rest[n:]
	var models [2]*perceptron.Model
	for i, want := range []string{tagFeatures, parseFeatures} {
		if len(rest) < 4 {
			return nil, fail("truncated model %d", i)
		}
		size := int(binary.LittleEndian.Uint32(rest))
		rest = rest[4:]
		if size > len(rest) {
			return nil, fail("model %d of %d bytes, %d left", i, size, len(rest))
		}
		if size > 0 {
			m, err := perceptron.Load(rest[:size], want)
			if err != nil {
				return nil, fmt.Errorf("%w: %w", ErrFormat, err)
			}
			models[i] = m
		}
		rest = rest[size:]
	}
	if models[0] == nil || len(models[0].Spec().Heads) != NumAttrs+1 {
		return nil, fail("no tagger")
	}
	b.Tagger = taggerFromModel(models[0])
	if m := models[1]; m != nil {
		if len(m.Spec().Heads) != 2 || len(m.Spec().Heads[0].Labels) != numMoves {
			return nil, fail("the parser has the wrong heads")
		}
		b.Parser = &Parser{m: m, model: m, Rels: m.Spec().Heads[1].Labels}
	}
	b.Lemmatizer = &Lemmatizer{}
	var err error
	for _, t := range []*table{&b.Lemmatizer.lexicon, &b.Lemmatizer.rules, &b.Tagger.dict, &b.mwt} {
		if *t, rest, err = readTable(rest); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
	}
	if len(rest) < 2 {
		return nil, fail("truncated feature masks")
	}
	nu := int(binary.LittleEndian.Uint16(rest))
	rest = rest[2:]
	if nu != len(b.Tagger.UPOS) || len(rest) != nu*NumAttrs*8 {
		return nil, fail("feature masks for %d tags in %d bytes", nu, len(rest))
	}
	b.Tagger.allowed = make([][NumAttrs]uint64, nu)
	for u := range nu {
		for a := range NumAttrs {
			b.Tagger.allowed[u][a] = binary.LittleEndian.Uint64(rest)
			rest = rest[8:]
		}
	}
	return b, nil
}

// Result is the analysis of one word: tags (indices into the tagger's labels), lemma, head
// (0 for the root, else the 1-based word number) and relation (an index into the parser's
// Rels; 0 when there is no parser).
type Result struct {
	Tags
	Lemma string
	Head  int
	Rel   int
}

// Scratch holds the buffers of one analysis; reuse one per goroutine.
type Scratch struct {
	s     scratch
	st    state
	in    parseInput
	key   []byte
	heads []int
	rels  []int
}

// Analyze tags, lemmatizes and parses one sentence of words into out (len(out) == len(forms)).
func (b *Bundle) Analyze(forms []string, out []Result, sc *Scratch) {
	n := len(forms)
	sc.s.infos = sc.s.infos[:0]
	for _, f := range forms {
		var w wordInfo
		w, sc.key = b.Tagger.info(f, sc.key)
		sc.s.infos = append(sc.s.infos, w)
	}
	if cap(sc.s.tags) < n {
		sc.s.tags = make([]Tags, n)
	}
	tags := sc.s.tags[:n]
	b.Tagger.tag(sc.s.infos, tags, &sc.s)
	for i := range n {
		out[i] = Result{Tags: tags[i]}
		out[i].Lemma, sc.key = b.Lemmatizer.Lemma(forms[i], b.Tagger.UPOS[tags[i].UPOS], sc.key)
	}
	if b.Parser == nil {
		return
	}
	sc.in.words = sc.s.infos
	sc.in.tags = sc.in.tags[:0]
	for _, t := range tags {
		sc.in.tags = append(sc.in.tags, t.UPOS)
	}
	if cap(sc.heads) < n {
		sc.heads, sc.rels = make([]int, n), make([]int, n)
	}
	heads, rels := sc.heads[:n], sc.rels[:n]
	b.Parser.parse(&sc.in, &sc.st, &sc.s, heads, rels)
	for i := range n {
		out[i].Head, out[i].Rel = heads[i], rels[i]
	}
}
