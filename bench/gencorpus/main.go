// Gencorpus writes a JSON Lines corpus of synthetic articles for batch
// benchmarks, built from the project's own fixtures so that anyone can
// reproduce it byte for byte.
//
// Usage:
//
//	go run ./bench/gencorpus [-n 1000] [-seed 1] [FIXTURE ...] > corpus.jsonl
//
// Each article is a shuffled selection of the fixtures' paragraphs (by
// default those of examples/testdata/*.txt), with an id and a publication
// date, in depeche's --jsonl input format.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/depeche-nlp/depeche/internal/gen"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed")
	minParas := flag.Int("min", 3, "fewest paragraphs in an article")
	maxParas := flag.Int("max", 20, "most paragraphs in an article")
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("examples", "testdata", "*.txt"))
	}
	if err := write(files, *n, *seed, *minParas, *maxParas); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func write(files []string, n int, seed uint64, minParas, maxParas int) error {
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		texts = append(texts, string(b))
	}
	recs, err := gen.Articles(gen.Paragraphs(texts...), n, seed, minParas, maxParas)
	if err != nil {
		return fmt.Errorf("%w (run from the repository root)", err)
	}
	bw := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}
