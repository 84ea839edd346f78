package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"
)

// progress shows, on a terminal, how many records are done, the rate and,
// when the total is known, the time left. It writes nothing when w is not
// a terminal.
type progress struct {
	w     io.Writer
	total int // 0 when unknown
	done  atomic.Int64
	start time.Time
	stop  chan struct{}
	ended chan struct{}
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// startProgress starts showing progress on w every interval, or returns
// nil when w is not a terminal or quiet is set. A nil *progress is valid
// and does nothing.
func startProgress(w io.Writer, total int, quiet bool) *progress {
	if quiet || !isTerminal(w) {
		return nil
	}
	p := &progress{w: w, total: total, start: time.Now(), stop: make(chan struct{}), ended: make(chan struct{})}
	go func() {
		defer close(p.ended)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.show()
			case <-p.stop:
				p.show()
				fmt.Fprintln(p.w)
				return
			}
		}
	}()
	return p
}

// add counts one more record done.
func (p *progress) add() {
	if p != nil {
		p.done.Add(1)
	}
}

// end stops the display.
func (p *progress) end() {
	if p != nil {
		close(p.stop)
		<-p.ended
	}
}

func (p *progress) show() {
	n := p.done.Load()
	elapsed := time.Since(p.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(n) / elapsed
	}
	line := fmt.Sprintf("\r%d articles, %.0f articles/s", n, rate)
	if p.total > 0 && rate > 0 {
		left := time.Duration(float64(p.total-int(n)) / rate * float64(time.Second)).Round(time.Second)
		line = fmt.Sprintf("\r%d/%d articles, %.0f articles/s, ETA %s", n, p.total, rate, left)
	}
	fmt.Fprint(p.w, line+"   ")
}
