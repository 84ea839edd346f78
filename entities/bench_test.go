package entities_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRecognize measures throughput on the sample articles, repeated
// to about 100 KB (target: at least 1 MB/s per core).
func BenchmarkRecognize(b *testing.B) {
	dir := sharedDir(b)
	var sb strings.Builder
	for _, name := range []string{"scale-mercor.fr.txt", "scale-mercor-mt.fr.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n")
	}
	text := strings.Repeat(sb.String(), 10)
	r := newRecognizer(b)
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Recognize(ctx, text, nil); err != nil {
			b.Fatal(err)
		}
	}
}
