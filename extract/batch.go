package extract

import (
	"context"
	"iter"
	"runtime"
)

// Result is the outcome of one article of a batch: its Document, or the
// error that kept it from being analysed.
type Result struct {
	Index    int       // position of the article in the input, from 0
	Article  Article   // the article as given
	Document *Document // nil when Err is set
	Err      error
}

// ExtractAll analyses a stream of articles, like Extract on each, with
// Config.Workers articles at once, and yields one Result per article in
// input order. It reads the input only as fast as results are consumed:
// at most 4 × Workers articles are held at any time, so a batch of any
// size runs in bounded memory. An article that fails gives a Result with
// Err set, and the batch goes on.
//
// When ctx is done, ExtractAll stops reading the input, yields the
// articles already read and not finished with ctx's error, and returns
// without waiting for their analysis to stop. Stopping the loop over the
// results early stops the batch the same way. The input is read from a
// goroutine of ExtractAll's, which may still be inside the input iterator
// when ExtractAll returns early: its next yield returns false.
//
// On a Pipeline not built by New, every Result has ErrNoPipeline.
func (p *Pipeline) ExtractAll(ctx context.Context, articles iter.Seq[Article]) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		if p == nil || p.langs == nil {
			i := 0
			for a := range articles {
				if !yield(Result{Index: i, Article: a, Err: ErrNoPipeline}) {
					return
				}
				i++
			}
			return
		}
		workers := p.workers
		if workers == 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		// Each article read is a job, sent both to the workers and, in
		// input order, to this goroutine, which waits for each job's
		// reply in turn. order's capacity bounds how far reading runs
		// ahead of the results.
		type job struct {
			res   Result
			reply chan Result
		}
		order := make(chan *job, 4*workers)
		jobs := make(chan *job)
		go func() {
			defer close(jobs)
			defer close(order)
			i := 0
			for a := range articles {
				if ctx.Err() != nil {
					return
				}
				j := &job{res: Result{Index: i, Article: a}, reply: make(chan Result, 1)}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
				i++
			}
		}()
		for range workers {
			go func() {
				for j := range jobs {
					r := j.res
					r.Document, r.Err = p.Extract(ctx, r.Article)
					j.reply <- r
				}
			}()
		}

		for j := range order {
			var r Result
			select {
			case r = <-j.reply:
			case <-ctx.Done():
				select {
				case r = <-j.reply:
				default:
					r = j.res
					r.Err = ctx.Err()
				}
			}
			if !yield(r) {
				return
			}
		}
	}
}
