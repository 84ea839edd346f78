package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/jsonl"
	"github.com/depeche-nlp/depeche/render"
)

// batch analyses records with the pipeline's ExtractAll and writes one
// output per record, in input order.
type batch struct {
	pipeline *extract.Pipeline
	out      *encoder
	stderr   io.Writer
	prog     *progress // nil shows nothing
	group    bool      // keep each document's events in docs, for grouping
	docs     []*extract.Document
}

// result is the outcome of one record: a document or an error record.
type result struct {
	rec record
	doc *extract.Document
}

// ledger pairs the records read with ExtractAll's results: the reader
// (ExtractAll's goroutine) adds each record under its index, and the
// writer takes it back with the result of the same index. It holds as
// many records as ExtractAll has in flight.
type ledger struct {
	mu   sync.Mutex
	recs map[int]record
	read int // records read
	last record
}

func (l *ledger) add(r record) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	i := l.read
	l.recs[i] = r
	l.read++
	l.last = r
	return i
}

func (l *ledger) take(i int) record {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.recs[i]
	delete(l.recs, i)
	return r
}

// position says how far the input was read.
func (l *ledger) position() (int, record) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.read, l.last
}

func (b *batch) run(ctx context.Context, records iter.Seq[record]) int {
	led := &ledger{recs: map[int]record{}}
	// A record that could not be read goes through the pipeline as an
	// empty article, which costs nothing, to keep its place; its error
	// record replaces the result.
	articles := func(yield func(extract.Article) bool) {
		for r := range records {
			a := r.article
			r.article.Text, r.article.HTML = "", ""
			led.add(r)
			if r.err != nil {
				a = extract.Article{ID: a.ID}
			}
			if !yield(a) {
				return
			}
		}
	}
	status, done, canceled := exitOK, 0, 0
	for res := range b.pipeline.ExtractAll(ctx, articles) {
		r := result{rec: led.take(res.Index), doc: res.Document}
		if r.rec.err == nil && res.Err != nil {
			r.rec.err = jsonl.FromError(res.Err)
			if errors.Is(res.Err, context.Canceled) && ctx.Err() != nil {
				canceled++
			}
		}
		if r.rec.err != nil {
			r.doc = nil
			status = exitFailed
			fmt.Fprintf(b.stderr, "depeche extract: %s: %s\n", fileLine(r.rec), oneLine(r.rec.err.Message))
		}
		if b.group {
			b.docs = append(b.docs, render.Trim(r.doc)) // grouping needs no text
		}
		if err := b.out.write(r); err != nil {
			if brokenPipe(err) {
				return status
			}
			fmt.Fprintf(b.stderr, "depeche extract: writing output: %v\n", err)
			return exitFailed
		}
		done++
		b.prog.add(r.rec.size)
	}
	if err := ctx.Err(); err != nil {
		n, last := led.position()
		fmt.Fprintf(b.stderr, "depeche extract: stopped (%v): %d records written, %d of them as %q error records because they were not done; the input was read up to %s (record %d)\n",
			err, done, canceled, "canceled", fileLine(last), n)
		return exitFailed
	}
	return status
}
