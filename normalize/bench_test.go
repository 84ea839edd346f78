package normalize_test

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/normalize"
)

// cleanText is already normal: the text repair steps change nothing.
func cleanText(b *testing.B) string {
	s, ok := trySample("scale-mercor.fr.txt")
	if !ok {
		s = strings.Repeat("Scale AI a déposé une plainte contre Mercor, selon « Reuters ». ", 50)
	}
	return normalize.String(s)
}

func BenchmarkStringNoChange(b *testing.B) {
	s := cleanText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = normalize.String(s)
	}
}

func BenchmarkStringChange(b *testing.B) {
	s := readSample(b, "scale-mercor-mt.fr.txt")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = normalize.String(s)
	}
}

func benchNormalize(b *testing.B, s string) {
	n, err := normalize.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := n.Normalize(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNormalizeGarbled(b *testing.B) {
	benchNormalize(b, readSample(b, "scale-mercor-mt.fr.txt"))
}

func BenchmarkNormalizeClean(b *testing.B) { benchNormalize(b, readSample(b, "scale-mercor.fr.txt")) }

// allocated returns the bytes Normalize allocates on s.
func allocated(t *testing.T, n *normalize.Normalizer, s string) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := n.Normalize(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLinearSize checks that the work grows linearly with the input, by
// the memory Normalize allocates: ten times the text must cost about ten
// times the memory, not a hundred.
func TestLinearSize(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	n := newNormalizer(t)
	const unit = "l’échelle de l’IA "
	small := allocated(t, n, strings.Repeat(unit, 10_000))
	large := allocated(t, n, strings.Repeat(unit, 100_000))
	if large > 20*small {
		t.Errorf("10 000 repetitions allocate %d bytes, 100 000 allocate %d: more than linear", small, large)
	}
}

// BenchmarkNew measures the first use of the tables: parsing the word
// tables and the default gazetteer and building the name index.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := normalize.New(); err != nil {
			b.Fatal(err)
		}
	}
}
