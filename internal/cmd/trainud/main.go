// Command trainud trains the analysis models of every language from the Universal
// Dependencies treebanks in the shared corpora, writes one compressed bundle and one model
// card per language, and prints accuracy on the tuning and test sets.
//
//	go run ./internal/cmd/trainud -corpora ../shared/corpora -out analysis/models
//
// Training is deterministic: fixed seeds, files read in a fixed order, so the same corpora
// give the same bytes.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/udmodel"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "the shared corpora folder (holding ud/)")
	out := flag.String("out", "analysis/models", "where to write the bundles and model cards")
	only := flag.String("lang", "", "train only these languages (comma-separated)")
	tagEpochs := flag.Int("tag-epochs", 0, "override the tagger epochs (tuning)")
	parseEpochs := flag.Int("parse-epochs", 0, "override the parser epochs (tuning)")
	tagBits := flag.Int("tag-bits", 0, "override the tagger hash bits (tuning)")
	parseBits := flag.Int("parse-bits", 0, "override the parser hash bits (tuning)")
	tagDict := flag.Int("tag-dict", -1, "override the tag dictionary's minimum count (tuning; 0: none)")
	test := flag.Bool("test", true, "score the test sets too")
	evalOnly := flag.Bool("eval", false, "do not train: score the bundles already in -out")
	raw := flag.Bool("raw", false, "with -eval: also score the embedded models on the test sets' raw sentence text")
	flag.Parse()
	if *evalOnly {
		if err := evaluate(*corpora, *out, *only, *raw); err != nil {
			fmt.Fprintln(os.Stderr, "trainud:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*corpora, *out, *only, udmodel.Config{TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs, TagBits: *tagBits, ParseBits: *parseBits, TagDict: *tagDict}, *test); err != nil {
		fmt.Fprintln(os.Stderr, "trainud:", err)
		os.Exit(1)
	}
}

// run trains the recipes of only (all when empty); the non-zero fields of over replace the
// recipe's settings.
func run(corpora, out, only string, over udmodel.Config, test bool) error {
	for _, r := range recipes {
		if only != "" && !strings.Contains(","+only+",", ","+r.cfg.Lang+",") {
			continue
		}
		cfg := r.cfg
		for _, o := range []struct {
			dst *int
			v   int
		}{{&cfg.TagEpochs, over.TagEpochs}, {&cfg.ParseEpochs, over.ParseEpochs},
			{&cfg.TagBits, over.TagBits}, {&cfg.ParseBits, over.ParseBits}} {
			if o.v > 0 {
				*o.dst = o.v
			}
		}
		if over.TagDict >= 0 {
			cfg.TagDict = over.TagDict
		}
		if err := trainOne(corpora, out, r, cfg, test); err != nil {
			return fmt.Errorf("%s: %w", r.cfg.Lang, err)
		}
	}
	return nil
}

func trainOne(corpora, out string, r recipe, cfg udmodel.Config, test bool) error {
	ud := filepath.Join(corpora, "ud")
	train, err := readParts(ud, r.train)
	if err != nil {
		return err
	}
	start := time.Now()
	b, err := udmodel.Train(cfg, train)
	if err != nil {
		return err
	}
	took := time.Since(start)
	raw, err := b.MarshalBinary()
	if err != nil {
		return err
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Printf("%s: %d sentences, %d words, trained in %s; %d bytes, %d compressed\n",
		cfg.Lang, len(train), countWords(train), took.Round(time.Second), len(raw), z.Len())
	loaded, err := udmodel.Load(raw)
	if err != nil {
		return err
	}
	var card strings.Builder
	for _, set := range r.tune {
		if err := score(&card, ud, loaded, "tune", set); err != nil {
			return err
		}
	}
	if test {
		for _, set := range r.test {
			if err := score(&card, ud, loaded, "test", set); err != nil {
				return err
			}
		}
	}
	if out == "" {
		return nil
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, cfg.Lang+".bin.gz"), z.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, cfg.Lang+".md"), []byte(modelCard(r, cfg, train, raw, z.Len(), card.String())), 0o644)
}

// evaluate scores the bundles of dir on the tuning and test sets of their recipes.
func evaluate(corpora, dir, only string, rawText bool) error {
	ud := filepath.Join(corpora, "ud")
	for _, r := range recipes {
		if only != "" && !strings.Contains(","+only+",", ","+r.cfg.Lang+",") {
			continue
		}
		f, err := os.Open(filepath.Join(dir, r.cfg.Lang+".bin.gz"))
		if err != nil {
			return err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return err
		}
		raw, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			return err
		}
		b, err := udmodel.Load(raw)
		if err != nil {
			return err
		}
		for _, set := range append(slices.Clone(r.tune), r.test...) {
			if err := score(io.Discard, ud, b, r.cfg.Lang, set); err != nil {
				return err
			}
		}
		for _, set := range r.test {
			if !rawText {
				break
			}
			rs, err := evalRaw(ud, r.cfg.Lang, set)
			if err != nil {
				return err
			}
			printRaw(r.cfg.Lang, set, rs)
		}
	}
	return nil
}

func score(w io.Writer, ud string, b *udmodel.Bundle, kind string, set part) error {
	gold, err := readParts(ud, []part{set})
	if err != nil {
		return err
	}
	s := b.Evaluate(gold)
	line := fmt.Sprintf("| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |\n", kind, set.name(), s.Words, s.UPOS, s.Feats, s.Lemma, s.UAS, s.LAS)
	fmt.Print(line)
	_, err = io.WriteString(w, line)
	return err
}

func countWords(ss []*conllu.Sentence) int {
	n := 0
	for _, s := range ss {
		n += len(s.Words)
	}
	return n
}
