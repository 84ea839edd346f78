package entities

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/entities/tagger"
	"github.com/depeche-nlp/depeche/gazetteer"
)

// Recognizer finds organizations, people and places in text. It is
// immutable after New and safe for concurrent use by multiple goroutines.
type Recognizer struct {
	gaz     *gazIndex
	lx      *lexicon
	ner     NER
	minConf float64
	taggers map[string]*tagger.Model // by language
}

// gazIndex indexes gazetteer names by their folded form and by the folded
// first token, so that running text is matched token by token.
type gazIndex struct {
	entries []gazetteer.Entry
	byKey   map[string][]int
	first   map[string]bool
	maxTok  int
}

// New builds a Recognizer. Tables are built once, here; a bad user
// gazetteer file gives an error wrapping a *gazetteer.LineError.
func New(opts ...Option) (*Recognizer, error) {
	c := config{minConf: 0.5}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if c.gaz == nil {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, fmt.Errorf("entities: default gazetteer: %w", err)
		}
		c.gaz = g
	}
	extra := slices.Clone(c.extra)
	for _, f := range c.files {
		es, err := gazetteer.LoadFile(f)
		if err != nil {
			return nil, fmt.Errorf("entities: user gazetteer: %w", err)
		}
		extra = append(extra, es...)
	}
	if len(extra) > 0 {
		g, err := c.gaz.With(extra...)
		if err != nil {
			return nil, fmt.Errorf("entities: user gazetteer: %w", err)
		}
		c.gaz = g
	}
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	taggers := map[string]*tagger.Model{}
	if c.tagger {
		for _, lang := range tagger.Langs {
			if m, ok := c.taggers[lang]; ok {
				taggers[lang] = m
				continue
			}
			m, err := tagger.ForLang(lang)
			if errors.Is(err, tagger.ErrNoModel) {
				continue // the rules alone
			}
			if err != nil {
				return nil, fmt.Errorf("entities: %w", err)
			}
			taggers[lang] = m
		}
	}
	for lang, m := range c.taggers {
		taggers[lang] = m
	}
	return &Recognizer{gaz: buildGazIndex(c.gaz), lx: lx, ner: c.ner, minConf: c.minConf, taggers: taggers}, nil
}

func buildGazIndex(g *gazetteer.Gazetteer) *gazIndex {
	ix := &gazIndex{entries: g.Entries(), byKey: map[string][]int{}, first: map[string]bool{}}
	var buf []token
	for i, e := range ix.entries {
		for _, n := range e.Names() {
			buf = tokenize(n, 0, len(n), buf[:0])
			if len(buf) == 0 {
				continue
			}
			k := gazetteer.Fold(n)
			if ids := ix.byKey[k]; len(ids) == 0 || ids[len(ids)-1] != i {
				ix.byKey[k] = append(ids, i)
			}
			ix.first[buf[0].fold] = true
			ix.maxTok = max(ix.maxTok, len(buf))
		}
	}
	return ix
}

// Recognize returns the entities of text, sorted by first mention, with
// IDs "E1", "E2"… in that order. sentences give the spans to read and
// their languages; with nil sentences the text is cut at line breaks and
// sentence punctuation. Output is deterministic. It returns ctx's error if
// ctx ends, and a *SentenceError for a sentence outside the text.
func (r *Recognizer) Recognize(ctx context.Context, text string, sentences []Sentence) ([]Entity, error) {
	return r.RecognizeExcept(ctx, text, sentences, nil)
}

// RecognizeExcept is Recognize with spans of the text that hold no name,
// such as the amounts found by package money ("1,5 Md€", "US$ 2.1
// billion"): no mention overlaps them, and a name stops where one begins.
// Spans outside the text are ignored.
func (r *Recognizer) RecognizeExcept(ctx context.Context, text string, sentences []Sentence, except []Span) ([]Entity, error) {
	d, err := r.read(ctx, text, sentences, except)
	if err != nil {
		return nil, err
	}
	d.applyTagger()
	return d.resolve(), nil
}

// read tokenizes the sentences and gathers the candidate names of the
// document with their evidence.
func (r *Recognizer) read(ctx context.Context, text string, sentences []Sentence, except []Span) (*doc, error) {
	if sentences == nil {
		sentences = splitSentences(text)
	}
	for i, s := range sentences {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return nil, &SentenceError{Index: i, Start: s.Start, End: s.End, Len: len(text)}
		}
	}
	sents := slices.Clone(sentences)
	slices.SortStableFunc(sents, func(a, b Sentence) int { return cmp.Compare(a.Start, b.Start) })
	d := &doc{r: r, text: text, except: mergeSpans(except)}
	last := 0
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.Start = max(s.Start, last) // overlapping sentences are read once
		if s.Start >= s.End {
			continue
		}
		last = s.End
		first := d.sentence(s)
		if r.ner != nil && d.nerHelps(first) {
			c, err := r.ner.Entities(ctx, text, s)
			if err != nil {
				return nil, fmt.Errorf("entities: NER: %w", err)
			}
			d.applyNER(first, c)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// splitSentences cuts text at line breaks and after ".", "!" or "?"
// followed by a space; it is the fallback when the caller gives no
// sentences.
func splitSentences(text string) []Sentence {
	var out []Sentence
	start := 0
	flush := func(end int) {
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, Sentence{Start: start, End: end})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			flush(i + 1)
		case (c == '.' || c == '!' || c == '?') && i+1 < len(text) && text[i+1] == ' ' && !endsAbbrev(text[start:i]):
			flush(i + 1)
		}
	}
	flush(len(text))
	return out
}

// endsAbbrev reports whether s ends with an abbreviation or an initial
// ("D.A", "Inc", "M"), after which a dot does not end a sentence.
func endsAbbrev(s string) bool {
	i := strings.LastIndexAny(s, " \t\n(")
	w := s[i+1:]
	if j := strings.LastIndexByte(w, '.'); j >= 0 {
		return true // "D.A" of "D.A."
	}
	return w != "" && isAbbrev(w)
}
