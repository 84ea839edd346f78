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
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
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
	if err := write(os.Stdout, files, *n, *seed, *minParas, *maxParas); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

// record is one line of depeche's --jsonl input.
type record struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

func write(w *os.File, files []string, n int, seed uint64, minParas, maxParas int) error {
	if minParas < 1 || maxParas < minParas {
		return fmt.Errorf("want 1 <= -min <= -max, got %d and %d", minParas, maxParas)
	}
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		for p := range strings.SplitSeq(string(b), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
	}
	if len(paras) == 0 {
		return fmt.Errorf("no paragraphs in %q (run from the repository root)", files)
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range n {
		k := minParas + r.IntN(maxParas-minParas+1)
		picked := make([]string, k)
		for j := range picked {
			picked[j] = paras[r.IntN(len(paras))]
		}
		rec := record{
			ID:        fmt.Sprintf("synthetic-%05d", i+1),
			Text:      strings.Join(picked, "\n\n"),
			Published: base.AddDate(0, 0, r.IntN(365)).Format(time.DateOnly),
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return bw.Flush()
}
