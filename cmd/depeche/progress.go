package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"syscall"
	"time"
)

// progress shows, on a terminal, how many records are done, the rate and,
// when the size of the input is known, the share done and the time left.
// A nil *progress is valid and shows nothing.
type progress struct {
	w     io.Writer
	total int   // records, 0 when unknown
	size  int64 // input bytes, 0 when unknown
	done  atomic.Int64
	read  atomic.Int64 // input bytes of the records done
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

// sameTerminal reports whether a and b are the same terminal, as when
// standard output and standard error both show in one window: progress
// written there would mix with the output.
func sameTerminal(a, b io.Writer) bool {
	if !isTerminal(a) || !isTerminal(b) {
		return false
	}
	sa, errA := a.(*os.File).Stat()
	sb, errB := b.(*os.File).Stat()
	if errA != nil || errB != nil {
		return false
	}
	da, okA := sa.Sys().(*syscall.Stat_t)
	db, okB := sb.Sys().(*syscall.Stat_t)
	return !okA || !okB || da.Rdev == db.Rdev
}

// inputSize is the total size of the input files when all are regular
// files (standard input too when it is redirected from one), else 0.
func inputSize(files []string, stdin io.Reader) int64 {
	var total int64
	for _, name := range files {
		var st os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return 0
			}
			st, err = f.Stat()
		} else {
			st, err = os.Stat(name)
		}
		if err != nil || !st.Mode().IsRegular() {
			return 0
		}
		total += st.Size()
	}
	return total
}

// startProgress starts showing progress on w twice a second.
func startProgress(w io.Writer, total int, size int64) *progress {
	p := &progress{w: w, total: total, size: size, start: time.Now(), stop: make(chan struct{}), ended: make(chan struct{})}
	go func() {
		defer close(p.ended)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fmt.Fprint(p.w, "\r"+p.line()+"   ")
			case <-p.stop:
				fmt.Fprint(p.w, "\r"+p.line()+"   \n")
				return
			}
		}
	}()
	return p
}

// add counts one more record done, which took size bytes of input.
func (p *progress) add(size int64) {
	if p != nil {
		p.done.Add(1)
		p.read.Add(size)
	}
}

// end stops the display.
func (p *progress) end() {
	if p != nil {
		close(p.stop)
		<-p.ended
	}
}

// line is the progress shown: records done, rate, and the share done and
// time left when the input size is known.
func (p *progress) line() string {
	n := p.done.Load()
	elapsed := time.Since(p.start)
	rate := float64(n) / max(elapsed.Seconds(), 1e-3)
	switch {
	case p.total > 0:
		s := fmt.Sprintf("%d/%d articles, %.0f articles/s", n, p.total, rate)
		return s + eta(float64(n)/float64(p.total), elapsed)
	case p.size > 0:
		share := float64(p.read.Load()) / float64(p.size)
		s := fmt.Sprintf("%d articles, %.0f articles/s, %.0f%%", n, rate, 100*share)
		return s + eta(share, elapsed)
	}
	return fmt.Sprintf("%d articles, %.0f articles/s", n, rate)
}

// eta gives the time left when share of the work took elapsed.
func eta(share float64, elapsed time.Duration) string {
	if share <= 0 || share > 1 {
		return ""
	}
	left := time.Duration(float64(elapsed) * (1 - share) / share).Round(time.Second)
	return ", ETA " + left.String()
}

// loading says "loading models…" on a terminal while the pipeline loads,
// and erases it when done.
type loading struct{ w io.Writer }

// startLoading shows the message on w when show is set.
func startLoading(w io.Writer, show bool) loading {
	if !show {
		return loading{}
	}
	fmt.Fprint(w, "loading models…")
	return loading{w: w}
}

// end erases the message.
func (l loading) end() {
	if l.w != nil {
		fmt.Fprint(l.w, "\r\033[K")
	}
}
