package analysis

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/udmodel"
	"github.com/depeche-nlp/depeche/segment"
)

// ErrSentence is the sentinel for sentence ranges that do not fit the text.
var ErrSentence = errors.New("analysis: bad sentence range")

// MaxWords bounds a sentence: a longer one is cut into sentences of MaxWords words, so that
// tagging and parsing stay linear on text without sentence ends.
const MaxWords = 500

// Analyzer analyses the text of one language. It is safe for concurrent use; the models of
// its language load on first use, once per process.
type Analyzer struct {
	lang   string
	tables *langTables
	pool   sync.Pool
}

// work is the per-call state of an analysis, pooled.
type work struct {
	sc     udmodel.Scratch
	pieces []piece
	forms  []string
	out    []udmodel.Result
	tk     tokenizer
}

// New returns an Analyzer for lang (one of Languages). It does not load the models yet.
func New(lang string) (*Analyzer, error) {
	ts, err := tables()
	if err != nil {
		return nil, err
	}
	t, ok := ts[lang]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoModel, lang)
	}
	return &Analyzer{lang: lang, tables: t}, nil
}

// Lang returns the analyzer's language.
func (a *Analyzer) Lang() string { return a.lang }

// labels maps a bundle's label indices to this package's typed values.
type labels struct {
	upos  []UPOS
	feats [udmodel.NumAttrs][]uint8
	rels  []Rel
}

var labelCache sync.Map // *udmodel.Bundle → *labels

func labelsOf(b *udmodel.Bundle) *labels {
	if l, ok := labelCache.Load(b); ok {
		return l.(*labels)
	}
	l := &labels{}
	for _, u := range b.Tagger.UPOS {
		l.upos = append(l.upos, ParseUPOS(u))
	}
	for a := range udmodel.NumAttrs {
		for _, v := range b.Tagger.Feats[a] {
			l.feats[a] = append(l.feats[a], featValue(Attr(a), v))
		}
	}
	if b.Parser != nil {
		for _, r := range b.Parser.Rels {
			l.rels = append(l.rels, ParseRel(r))
		}
	}
	actual, _ := labelCache.LoadOrStore(b, l)
	return actual.(*labels)
}

// Analyze splits text into sentences (with package segment) and analyses them.
func (a *Analyzer) Analyze(ctx context.Context, text string) (*Doc, error) {
	return a.AnalyzeSentences(ctx, text, segment.Split(text))
}

// AnalyzeSentences tokenizes, tags, lemmatizes and parses the given sentences of text.
// Sentences must be byte ranges of text, in order and not overlapping.
func (a *Analyzer) AnalyzeSentences(ctx context.Context, text string, sentences []segment.Sentence) (*Doc, error) {
	b, err := bundle(a.lang)
	if err != nil {
		return nil, err
	}
	w := a.work(b)
	defer a.pool.Put(w)
	d := &Doc{Text: text, Lang: a.lang}
	prev := 0
	for _, s := range sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if s.Start < prev || s.End < s.Start || s.End > len(text) {
			return nil, fmt.Errorf("%w: sentence [%d,%d) after %d in a text of %d bytes", ErrSentence, s.Start, s.End, prev, len(text))
		}
		prev = s.End
		w.pieces = w.tk.sentence(text, s.Start, s.End, w.pieces[:0])
		a.add(d, b, w, s.Start, s.End)
	}
	return d, nil
}

// AnalyzeWords analyses sentences already cut into words, keeping that tokenization (as
// CoNLL-U input does). The Doc's text is the words joined by spaces, one sentence a line.
func (a *Analyzer) AnalyzeWords(ctx context.Context, sentences [][]string) (*Doc, error) {
	b, err := bundle(a.lang)
	if err != nil {
		return nil, err
	}
	w := a.work(b)
	defer a.pool.Put(w)
	var text strings.Builder
	per := make([][]piece, len(sentences))
	for k, words := range sentences {
		for n, wd := range words {
			if n > 0 {
				text.WriteByte(' ')
			}
			per[k] = append(per[k], piece{start: text.Len(), end: text.Len() + len(wd)})
			text.WriteString(wd)
		}
		text.WriteByte('\n')
	}
	d := &Doc{Text: text.String(), Lang: a.lang}
	for _, ps := range per {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(ps) > 0 {
			w.pieces = append(w.pieces[:0], ps...)
			a.add(d, b, w, ps[0].start, ps[len(ps)-1].end)
		}
	}
	return d, nil
}

func (a *Analyzer) work(b *udmodel.Bundle) *work {
	if w, ok := a.pool.Get().(*work); ok {
		return w
	}
	return &work{tk: tokenizer{t: a.tables, groups: a.lang != "en", mwt: b.Multiword}}
}

// add analyses the words in w.pieces, one sentence of text[start:end], and appends them to d.
func (a *Analyzer) add(d *Doc, b *udmodel.Bundle, w *work, start, end int) {
	l := labelsOf(b)
	ps := w.pieces
	cut := len(ps) > MaxWords
	for len(ps) > 0 {
		n := min(len(ps), MaxWords)
		chunk := ps[:n]
		ps = ps[n:]
		w.forms = w.forms[:0]
		for _, p := range chunk {
			if p.part > 0 {
				w.forms = append(w.forms, p.form)
			} else {
				w.forms = append(w.forms, d.Text[p.start:p.end])
			}
		}
		if cap(w.out) < n {
			w.out = make([]udmodel.Result, n)
		}
		out := w.out[:n]
		b.Analyze(w.forms, out, &w.sc)
		first := len(d.Tokens)
		for i, p := range chunk {
			r := out[i]
			t := Token{Start: p.start, End: p.end, Form: d.intern(w.forms[i]), Lemma: d.intern(r.Lemma),
				Head: -1, UPOS: l.upos[r.UPOS], Part: p.part}
			for at := range udmodel.NumAttrs {
				t.Feats = t.Feats.With(Attr(at), l.feats[at][r.Feats[at]])
			}
			if b.Parser != nil {
				t.Rel = l.rels[r.Rel]
				if r.Head > 0 {
					t.Head = first + r.Head - 1
				}
			}
			d.Tokens = append(d.Tokens, t)
		}
		s := Sentence{Start: start, End: end, First: first, Last: len(d.Tokens)}
		if cut {
			s.Start, s.End = chunk[0].start, chunk[n-1].end
		}
		d.Sentences = append(d.Sentences, s)
	}
}
