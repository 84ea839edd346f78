package events

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Option configures an Extractor.
type Option func(*options) error

type options struct {
	minConfidence float64
	layers        []fs.FS
}

// WithMinConfidence drops events whose confidence is below c (default 0: keep
// all). c must be in [0, 1]; otherwise New returns an error wrapping ErrOption.
func WithMinConfidence(c float64) Option {
	return func(o *options) error {
		if !(c >= 0 && c <= 1) {
			return fmt.Errorf("events: min confidence %v: %w", c, ErrOption)
		}
		o.minConfidence = c
		return nil
	}
}

// WithTables adds the rows of the tables in fsys to the embedded ones:
// fsys holds any of data/types.tsv, data/triggers.tsv, data/lexicon.tsv,
// data/modality.tsv and data/values.tsv, in the embedded files' formats
// (see their headers). A new type needs its roles and require line in
// types.tsv and its triggers in triggers.tsv; no Go code. New reads the
// tables and returns an error wrapping ErrTable, naming the file and line,
// if a row is malformed.
func WithTables(fsys fs.FS) Option {
	return func(o *options) error {
		if fsys == nil {
			return fmt.Errorf("events: tables: nil file system: %w", ErrOption)
		}
		o.layers = append(o.layers, fsys)
		return nil
	}
}

// Extractor finds business events in prepared documents. Its tables are
// parsed once, in New, and never change: an Extractor is safe for concurrent
// use by multiple goroutines. Create one and share it.
type Extractor struct {
	tb  *tables
	opt options
}

// New returns an Extractor. It parses the embedded tables (once per process;
// with WithTables, the embedded tables and the added ones, on each call)
// and returns an error wrapping ErrTable if they are malformed, or ErrOption
// for an invalid option.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&x.opt); err != nil {
			return nil, err
		}
	}
	var err error
	if len(x.opt.layers) == 0 {
		x.tb, err = loadTables()
	} else {
		x.tb, err = parseTables(dataFS, x.opt.layers...)
	}
	if err != nil {
		return nil, err
	}
	return x, nil
}

// Types returns the event types x knows, in table order: those of the
// embedded types.tsv, then those WithTables added.
func (x *Extractor) Types() []Type {
	return slices.Clone(x.tb.typeOrder)
}

// Types returns the event types of the embedded tables, in table order.
// The error wraps ErrTable if the tables are malformed.
func Types() ([]Type, error) {
	tb, err := loadTables()
	if err != nil {
		return nil, err
	}
	return slices.Clone(tb.typeOrder), nil
}

// Extract returns the events of in, sorted by Start, then type, then rule.
// It returns an error wrapping ErrSpan (a *SpanError) if an input span does
// not fit in.Text, and ctx.Err() if ctx is done.
func (x *Extractor) Extract(ctx context.Context, in Input) ([]Event, error) {
	if err := validate(in); err != nil {
		return nil, err
	}
	d := newDoc(x, &in)
	sents := slices.Clone(in.Sentences)
	if len(sents) == 0 && in.Text != "" {
		sents = []Sentence{{Span: Span{0, len(in.Text)}}}
	}
	slices.SortStableFunc(sents, func(a, b Sentence) int { return cmp.Compare(a.Start, b.Start) })
	var cands []*cand
	for i, s := range sents {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		sd := d.analyse(s)
		d.sents = append(d.sents, sd)
		cands = append(cands, d.sentenceEvents(i)...)
	}
	evs := d.merge(cands)
	evs = append(evs, d.quoteEvents()...)
	out := evs[:0]
	for _, e := range evs {
		if e.Confidence >= x.opt.minConfidence {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(x.tb.typeRank[a.Type], x.tb.typeRank[b.Type]), cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.End, b.End))
	})
	return out, nil
}

func validate(in Input) error {
	n := len(in.Text)
	check := func(field string, i int, s Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return &SpanError{Field: field, Index: i, Span: s, Len: n}
		}
		return nil
	}
	for i, s := range in.Sentences {
		if err := check("Sentences", i, s.Span); err != nil {
			return err
		}
	}
	for i, e := range in.Entities {
		for _, m := range e.Mentions {
			if err := check("Entities", i, m); err != nil {
				return err
			}
		}
	}
	for i, a := range in.Amounts {
		if err := check("Amounts", i, a.Span); err != nil {
			return err
		}
	}
	for i, q := range in.Quantities {
		if err := check("Quantities", i, q.Span); err != nil {
			return err
		}
	}
	for i, dt := range in.Dates {
		if err := check("Dates", i, dt.Span); err != nil {
			return err
		}
	}
	return nil
}

// docMention is an entity mention of the document.
type docMention struct {
	span Span
	ent  int
	rank int // how many times the entity was named so far, this mention included
}

func collectMentions(in Input) []docMention {
	var ms []docMention
	for i, e := range in.Entities {
		for _, m := range e.Mentions {
			if m.End > m.Start {
				ms = append(ms, docMention{span: m, ent: i})
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b docMention) int {
		return cmp.Or(cmp.Compare(a.span.Start, b.span.Start), cmp.Compare(b.span.End, a.span.End))
	})
	// drop mentions nested in or overlapping an earlier one
	out := ms[:0]
	end := -1
	seen := make([]int, len(in.Entities))
	for _, m := range ms {
		if m.span.Start >= end {
			seen[m.ent]++
			m.rank = seen[m.ent]
			out = append(out, m)
			end = m.span.End
		}
	}
	return out
}

// doc is the state of one Extract call.
type doc struct {
	x          *Extractor
	in         *Input
	quotes     []quoteSpan
	longQuotes []Span // contents of the quotations that are speech, in order
	mentions   []docMention
	sents      []sentData
	amounts    []Amount   // sorted by Start
	quantities []Quantity // sorted by Start
	dates      []Date     // sorted by Start
}

func (d *doc) langOf(s Sentence) (string, *langTables) {
	for _, l := range []string{s.Lang, d.in.Lang} {
		if lt := d.x.tb.langs[strings.ToLower(l)]; lt != nil {
			return strings.ToLower(l), lt
		}
	}
	return "", nil
}

func newDoc(x *Extractor, in *Input) *doc {
	d := &doc{x: x, in: in, quotes: findQuotes(in.Text), mentions: collectMentions(*in)}
	for _, q := range d.quotes {
		if q.long {
			d.longQuotes = append(d.longQuotes, q.content)
		}
	}
	d.amounts = sortedBy(in.Amounts, func(a Amount) int { return a.Start })
	d.quantities = sortedBy(in.Quantities, func(q Quantity) int { return q.Start })
	d.dates = sortedBy(in.Dates, func(dt Date) int { return dt.Start })
	return d
}

// sortedBy returns xs sorted by start: xs itself when it already is (the
// doc never writes to it), else a sorted copy.
func sortedBy[T any](xs []T, start func(T) int) []T {
	byStart := func(a, b T) int { return cmp.Compare(start(a), start(b)) }
	if slices.IsSortedFunc(xs, byStart) {
		return xs
	}
	xs = slices.Clone(xs)
	slices.SortStableFunc(xs, byStart)
	return xs
}

// within returns the items of xs (sorted by start) that start in [lo, hi).
func within[T any](xs []T, start func(T) int, lo, hi int) []T {
	i, _ := slices.BinarySearchFunc(xs, lo, func(x T, p int) int { return cmp.Compare(start(x), p) })
	j, _ := slices.BinarySearchFunc(xs[i:], hi, func(x T, p int) int { return cmp.Compare(start(x), p) })
	return xs[i : i+j]
}
