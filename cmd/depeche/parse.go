package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/depeche-nlp/depeche/analysis"
	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/lang"
	"golang.org/x/text/language"
)

// parseBatch is how many CoNLL-U sentences "parse --conllu" analyses at a time.
const parseBatch = 512

func runParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("parse", "[--lang TAG] [--conllu] [FILE]", stderr)
	code := fs.String("lang", "", "language `TAG` of the text, BCP 47 (default: detected)")
	isCoNLLU := fs.Bool("conllu", false, "the input is CoNLL-U: keep its words and fill in the analysis")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "depeche parse: at most one FILE")
		return exitUsage
	}
	in, name := stdin, "standard input"
	if n := fs.Arg(0); n != "" && n != "-" {
		f, err := os.Open(n)
		if err != nil {
			fmt.Fprintf(stderr, "depeche parse: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		in, name = f, n
	}
	w := bufio.NewWriter(stdout)
	var err error
	if *code != "" {
		var tag language.Tag
		if tag, err = lang.Parse(*code); err == nil {
			*code, err = lang.Code(tag)
		}
	}
	switch {
	case err != nil:
	case *isCoNLLU:
		err = parseCoNLLU(ctx, *code, in, w)
	default:
		err = parseText(ctx, *code, in, w)
	}
	if err == nil {
		err = w.Flush()
	}
	switch {
	case err == nil:
		return exitOK
	case brokenPipe(err):
		return exitOK
	case errors.Is(err, analysis.ErrNoModel), errors.Is(err, lang.ErrUnknownLanguage):
		fmt.Fprintf(stderr, "depeche parse: %v (have %v)\n", err, analysis.Languages())
		return exitUsage
	}
	fmt.Fprintf(stderr, "depeche parse: %s: %v\n", name, err)
	return exitFailed
}

func parseText(ctx context.Context, code string, in io.Reader, w io.Writer) error {
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	text := string(b)
	if code == "" {
		var tags []language.Tag
		for _, c := range analysis.Languages() {
			tags = append(tags, language.Make(c))
		}
		d, err := lang.New(tags)
		if err != nil {
			return err
		}
		if code = d.Detect(text).Code; code == "" {
			return fmt.Errorf("cannot tell the language: give --lang")
		}
	}
	a, err := analysis.New(code)
	if err != nil {
		return err
	}
	doc, err := a.Analyze(ctx, text)
	if err != nil {
		return err
	}
	return doc.WriteCoNLLU(w)
}

// parseCoNLLU fills the analysis columns of CoNLL-U input, keeping its words, comments,
// multiword tokens and MISC column.
func parseCoNLLU(ctx context.Context, code string, in io.Reader, w io.Writer) error {
	if code == "" {
		return fmt.Errorf("--conllu needs --lang")
	}
	a, err := analysis.New(code)
	if err != nil {
		return err
	}
	r := conllu.NewReader(in)
	for done := false; !done; {
		var batch []*conllu.Sentence
		for len(batch) < parseBatch {
			s, err := r.Next()
			if err == io.EOF {
				done = true
				break
			}
			if err != nil {
				return err
			}
			batch = append(batch, s)
		}
		words := make([][]string, len(batch))
		for i, s := range batch {
			for _, wd := range s.Words {
				words[i] = append(words[i], wd.Form)
			}
		}
		doc, err := a.AnalyzeWords(ctx, words)
		if err != nil {
			return err
		}
		k := 0
		for _, s := range batch {
			for i := range s.Words {
				t := doc.Tokens[k]
				wd := &s.Words[i]
				wd.Lemma, wd.UPOS, wd.Feats, wd.Deprel, wd.Deps = doc.Lemma(k), t.UPOS.String(), t.Feats.String(), t.Rel.String(), "_"
				wd.Head = 0
				if t.Head >= 0 {
					wd.Head = t.Head - (k - i) + 1
				}
				k++
			}
			if err := conllu.Write(w, s); err != nil {
				return err
			}
		}
	}
	return nil
}
