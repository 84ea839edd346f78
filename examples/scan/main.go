// Scan runs the depeche pipeline on articles and prints, readably, what
// it found in each: languages, repaired names, entities, amounts, dates and
// events, in the layout of "depeche extract --format text".
//
// Usage:
//
//	go run ./examples/scan [FILE ...]
//
// Without arguments it reads the two sample articles in examples/testdata,
// as published on 2025-09-05.
package main

import (
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/summary"
)

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("examples", "testdata", "*.txt"))
	}
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "scan: no article given and none in examples/testdata (run from the repository root)")
		os.Exit(2)
	}
	p, err := extract.New(extract.Config{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "scan:", err)
		os.Exit(1)
	}
	published := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
	status := 0
	// unreadable is set by the reading goroutine, and read once the loop
	// has ended
	unreadable := false
	for r := range p.ExtractAll(context.Background(), articles(files, published, &unreadable)) {
		if r.Err != nil {
			fmt.Fprintf(os.Stderr, "scan: %s: %v\n", r.Article.ID, r.Err)
			status = 1
			continue
		}
		if err := summary.Write(os.Stdout, r.Document); err != nil {
			fmt.Fprintln(os.Stderr, "scan:", err)
			os.Exit(1)
		}
	}
	if unreadable {
		status = 1
	}
	os.Exit(status)
}

// articles reads each file as one article. A file that cannot be read is
// reported and skipped, and *unreadable set.
func articles(files []string, published time.Time, unreadable *bool) iter.Seq[extract.Article] {
	return func(yield func(extract.Article) bool) {
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, "scan:", err)
				*unreadable = true
				continue
			}
			if !yield(extract.Article{ID: f, Text: string(text), Published: published}) {
				return
			}
		}
	}
}
