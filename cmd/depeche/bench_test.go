package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"testing"

	"github.com/depeche-nlp/depeche/internal/gen"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
)

// BenchmarkBatch runs "depeche extract --jsonl -j 2" on 1,000 synthetic
// articles drawn from the sample articles (the corpus of
// bench/gencorpus). It reports articles per second; the pipeline's models
// are loaded before the timer starts.
func BenchmarkBatch(b *testing.B) {
	paras := gen.Paragraphs(testcorpus.Example(b, "scale-mercor-mt.fr.txt"), testcorpus.Example(b, "scale-mercor.fr.txt"))
	recs, err := gen.Articles(paras, 1000, 1, 3, 20)
	if err != nil {
		b.Fatal(err)
	}
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			b.Fatal(err)
		}
	}
	args := []string{"extract", "--jsonl", "-j", "2", "--quiet"}
	first := in.Bytes()[:bytes.IndexByte(in.Bytes(), '\n')+1]
	if code := run(context.Background(), args, bytes.NewReader(first), io.Discard, io.Discard); code != exitOK {
		b.Fatalf("warming up: exit %d", code)
	}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if code := run(context.Background(), args, bytes.NewReader(in.Bytes()), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(len(recs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
