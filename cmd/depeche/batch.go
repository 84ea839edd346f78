package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/extract"
)

// batch analyses records with a pool of workers and writes one output per
// record, in input order. At most window records are in flight, so memory
// does not grow with the input.
type batch struct {
	pipeline *extract.Pipeline
	workers  int
	out      *encoder
	stderr   io.Writer
	total    int  // number of records when known in advance, else 0
	quiet    bool // no progress display
	group    bool // keep each document's events in docs, for grouping
	docs     []*extract.Document
}

// result is the outcome of one record: a document or an error record.
type result struct {
	rec record
	doc *extract.Document
}

func (b *batch) run(ctx context.Context, records func(func(record) bool) error) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := 4 * b.workers
	type job struct {
		seq int
		rec record
	}
	jobs := make(chan job)
	done := make(chan struct {
		seq int
		res result
	}, window)
	slots := make(chan struct{}, window)

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = records(func(r record) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- job{seq, r}:
			case <-ctx.Done():
				return false
			}
			seq++
			return true
		})
	}()

	var wg sync.WaitGroup
	for range b.workers {
		wg.Go(func() {
			for j := range jobs {
				done <- struct {
					seq int
					res result
				}{j.seq, b.analyse(ctx, j.rec)}
			}
		})
	}
	go func() { wg.Wait(); close(done) }()

	prog := startProgress(b.stderr, b.total, b.quiet)
	defer prog.end()
	status := exitOK
	pending := map[int]result{}
	next := 0
	for d := range done {
		pending[d.seq] = d.res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			prog.add()
			if b.group {
				b.docs = append(b.docs, eventsOnly(res.doc))
			}
			if res.rec.err != nil {
				status = exitFailed
				fmt.Fprintf(b.stderr, "depeche extract: %s: %s\n", fileLine(res.rec), oneLine(res.rec.err.Message))
			}
			if err := b.out.write(res); err != nil {
				cancel()
				for range done {
				}
				if brokenPipe(err) {
					return status
				}
				fmt.Fprintf(b.stderr, "depeche extract: writing output: %v\n", err)
				return exitFailed
			}
		}
	}
	if readErr != nil {
		fmt.Fprintf(b.stderr, "depeche extract: %v\n", readErr)
		return exitUsage
	}
	if err := ctx.Err(); err != nil {
		fmt.Fprintf(b.stderr, "depeche extract: %v\n", err)
		return exitFailed
	}
	return status
}

// eventsOnly keeps what grouping needs of a document (its ID and events),
// so that a batch does not hold every text in memory: argument texts are
// copied, since they point into the document's text. A nil document stays
// nil.
func eventsOnly(d *extract.Document) *extract.Document {
	if d == nil {
		return nil
	}
	evs := slices.Clone(d.Events)
	for i := range evs {
		evs[i].Arguments = slices.Clone(evs[i].Arguments)
		for j := range evs[i].Arguments {
			evs[i].Arguments[j].Text = strings.Clone(evs[i].Arguments[j].Text)
		}
		if evs[i].Date != nil {
			date := *evs[i].Date
			date.Text = strings.Clone(date.Text)
			evs[i].Date = &date
		}
	}
	return &extract.Document{ID: d.ID, Events: evs}
}

// analyse runs the pipeline on one record, turning a failure into an
// error record.
func (b *batch) analyse(ctx context.Context, r record) result {
	if r.err != nil {
		return result{rec: r}
	}
	doc, err := b.pipeline.Extract(ctx, r.article)
	if err != nil {
		r.err = &recordError{Code: errorCode(err), Message: err.Error()}
		return result{rec: r}
	}
	return result{rec: r, doc: doc}
}
