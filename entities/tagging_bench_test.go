package entities_test

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"github.com/depeche-nlp/depeche/segment"
)

// sentencesOf cuts text as the pipeline does, every sentence in lang.
func sentencesOf(text, lang string) []entities.Sentence {
	var out []entities.Sentence
	for _, s := range segment.Split(text) {
		out = append(out, entities.Sentence{Start: s.Start, End: s.End, Lang: lang})
	}
	return out
}

// BenchmarkRecognizeTagger measures the entity stage with the name tagger
// on the sample article repeated to about 100 KB, read as French
// (target: at least 5 MB/s per core).
func BenchmarkRecognizeTagger(b *testing.B) {
	for _, tagged := range []bool{false, true} {
		b.Run(fmt.Sprintf("tagger=%v", tagged), func(b *testing.B) {
			text := strings.Repeat(testcorpus.Example(b, "scale-mercor.fr.txt")+"\n", 12)
			var opts []entities.Option
			if tagged {
				opts = append(opts, entities.WithTagger())
			}
			benchRecognize(b, newRecognizer(b, opts...), text, sentencesOf(text, "fr"))
		})
	}
}

// benchRecognize runs Recognize in the benchmark loop and reports its
// throughput in bytes per second of wall and of CPU time.
func benchRecognize(b *testing.B, r *entities.Recognizer, text string, sents []entities.Sentence) {
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c := startCPU(b)
	for b.Loop() {
		if _, err := r.Recognize(ctx, text, sents); err != nil {
			b.Fatal(err)
		}
	}
	c.report(b, len(text))
}

// cpuClock reads the CPU time of the process, which on a shared machine
// is the honest measure where wall time is not.
type cpuClock struct{ start time.Duration }

func cpuNow(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Skipf("no rusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func startCPU(b *testing.B) cpuClock { return cpuClock{start: cpuNow(b)} }

// report adds the CPU time per operation and the MB per CPU second.
func (c cpuClock) report(b *testing.B, size int) {
	d := cpuNow(b) - c.start
	if b.N == 0 || d <= 0 {
		return
	}
	b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(size)*float64(b.N)/d.Seconds()/1e6, "MB/cpu-s")
}

// hostile returns about n bytes of text that is hard on a name finder.
func hostile(kind string, n int) string {
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		switch kind {
		case "capitalised":
			fmt.Fprintf(&sb, "Alpha%d Bravo Charlie%d Delta Echo ", i%9973, i%7919)
			if i%12 == 11 {
				sb.WriteString(".\n")
			}
		case "names":
			fmt.Fprintf(&sb, "Nom%d Prénom%d, ", i%50000, i%4999)
		case "allcaps":
			fmt.Fprintf(&sb, "LA SOCIÉTÉ ALPHA%d A RACHETÉ BRAVO%d À PARIS.\n", i%9973, i%7919)
		}
	}
	return sb.String()
}

// BenchmarkTaggerLinear shows the entity stage with the tagger linear on
// hostile input: MB/s stays flat from 100 KB to 5 MB of capitalised words,
// a line of comma-separated names and an article in capitals.
func BenchmarkTaggerLinear(b *testing.B) {
	r := newRecognizer(b, entities.WithTagger())
	for _, kind := range []string{"capitalised", "names", "allcaps"} {
		for _, size := range []int{100 << 10, 1 << 20, 5 << 20} {
			b.Run(fmt.Sprintf("%s/%dKB", kind, size>>10), func(b *testing.B) {
				text := hostile(kind, size)
				benchRecognize(b, r, text, []entities.Sentence{{Start: 0, End: len(text), Lang: "fr"}})
			})
		}
	}
}
