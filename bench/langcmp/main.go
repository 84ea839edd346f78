// Command langcmp scores depeche's sentence language detection on labelled
// sentences the way bench/lang-peer.js scores franc, so that
// bench/lang-peer.sh can print both side by side.
//
// Each article given on the command line is split with segment.Split and
// its sentences get their languages from one (*lang.Detector).Sentences
// call, so that depeche sees each sentence in its article, as in the
// pipeline. A labelled row of the JSONL file (fields "file", the article's
// path relative to the repository root, "sentence" and "lang", an ISO 639-1
// code) passes when the sentence with the same text in that article gets
// the expected language. A labelled row whose sentence the splitter no
// longer produces counts as a failure and is named on stderr. The time per
// sentence is the time of the Sentences calls divided by the number of
// sentences, averaged over five rounds after one untimed round that loads
// the models.
//
// Usage:
//
//	go run ./bench/langcmp LABELS.jsonl ARTICLE.txt...
//	go run ./bench/langcmp -list ARTICLE.txt...
//
// It prints one line: "depeche SENTENCES PASSED NS_PER_SENTENCE". With
// -list it prints instead every sentence of the articles as a JSONL row with
// depeche's language, a starting point for labelling by hand.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/depeche-nlp/depeche/bench/internal/jsonl"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/depeche-nlp/depeche/lang"
	"github.com/depeche-nlp/depeche/segment"
)

// label is one row of the labelled file.
type label struct {
	File     string `json:"file"`
	Sentence string `json:"sentence"`
	Lang     string `json:"lang"`
}

// key identifies a sentence of an article.
type key struct{ file, sentence string }

// rounds is how many times each article is timed, after one untimed round.
const rounds = 5

// errUsage reports bad command-line arguments.
var errUsage = errors.New("usage: langcmp LABELS.jsonl ARTICLE.txt…, or langcmp -list ARTICLE.txt…")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("langcmp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	list := fs.Bool("list", false, "print the sentences of the articles as JSONL with depeche's language")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var err error
	if *list {
		err = listSentences(fs.Args(), stdout)
	} else {
		err = score(fs.Args(), stdout, stderr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "langcmp: %v\n", err)
		return 2
	}
	return 0
}

// detected is the language depeche gives each sentence of one article.
type detected struct {
	file      string
	sentences []string
	codes     []string
	elapsed   time.Duration
}

// detectAll splits and detects every article, timing only the detection.
func detectAll(paths []string) ([]detected, error) {
	d, err := lang.New(nil)
	if err != nil {
		return nil, err
	}
	d.Preload()
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	out := make([]detected, 0, len(paths))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		text := string(b)
		sents := segment.Split(text)
		spans := make([]lang.Span, len(sents))
		texts := make([]string, len(sents))
		for i, s := range sents {
			spans[i] = lang.Span{Start: s.Start, End: s.End}
			texts[i] = s.Text(text)
		}
		res, err := d.Sentences(context.Background(), text, spans) // untimed round
		if err != nil {
			return nil, err
		}
		start := time.Now()
		for range rounds {
			if _, err := d.Sentences(context.Background(), text, spans); err != nil {
				return nil, err
			}
		}
		elapsed := time.Since(start) / rounds
		codes := make([]string, len(res))
		for i, r := range res {
			codes[i] = r.Code
		}
		out = append(out, detected{file: relTo(root, path), sentences: texts, codes: codes, elapsed: elapsed})
	}
	return out, nil
}

// listSentences prints every sentence with depeche's language.
func listSentences(paths []string, stdout io.Writer) error {
	if len(paths) == 0 {
		return errUsage
	}
	arts, err := detectAll(paths)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		for i, s := range a.sentences {
			if err := enc.Encode(label{File: a.file, Sentence: s, Lang: a.codes[i]}); err != nil {
				return err
			}
		}
	}
	return nil
}

// score prints the accuracy and time per sentence of depeche on the labels.
func score(args []string, stdout, stderr io.Writer) error {
	if len(args) < 2 {
		return errUsage
	}
	labels, err := readLabels(args[0])
	if err != nil {
		return err
	}
	arts, err := detectAll(args[1:])
	if err != nil {
		return err
	}
	got := make(map[key]string)
	var elapsed time.Duration
	sentences := 0
	for _, a := range arts {
		elapsed += a.elapsed
		sentences += len(a.sentences)
		for i, s := range a.sentences {
			got[key{a.file, s}] = a.codes[i]
		}
	}
	passed := 0
	for _, l := range labels {
		code, ok := got[key{l.File, l.Sentence}]
		switch {
		case !ok:
			fmt.Fprintf(stderr, "langcmp: not a sentence of %s any more: %q\n", l.File, l.Sentence)
		case code == l.Lang:
			passed++
		}
	}
	perSentence := int64(0)
	if sentences > 0 {
		perSentence = elapsed.Nanoseconds() / int64(sentences)
	}
	fmt.Fprintf(stdout, "depeche\t%d\t%d\t%d\n", len(labels), passed, perSentence)
	return nil
}

// readLabels reads the labelled JSONL file.
func readLabels(path string) ([]label, error) {
	return jsonl.Read[label](path, nil)
}

// repoRoot returns the directory holding go.mod, searching up from the
// working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// relTo returns path relative to root with forward slashes, or path itself
// when it is not under root.
func relTo(root, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}
