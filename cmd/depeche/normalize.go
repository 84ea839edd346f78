package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/utf8pos"
	"github.com/depeche-nlp/depeche/normalize"
)

// normalized is the output of "depeche normalize --edits".
type normalized struct {
	Text       string         `json:"text"`
	Normalized string         `json:"normalized"`
	Edits      []extract.Edit `json:"edits"`
}

// inputName names an input file in messages.
func inputName(name string) string {
	if name == "" || name == "-" {
		return "<stdin>"
	}
	return name
}

func runNormalize(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("normalize", "[--edits] [FILE]", stderr)
	withEdits := fs.Bool("edits", false, `print JSON {"text", "normalized", "edits"} instead of the text`)
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "depeche normalize: at most one FILE")
		return exitUsage
	}
	var b []byte
	var err error
	if name := fs.Arg(0); name == "" || name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "depeche normalize: %v\n", err)
		return exitUsage
	}
	// the edits' spans index the text as given, which JSON cannot carry
	// when it is not UTF-8
	if *withEdits && !utf8.Valid(b) {
		fmt.Fprintf(stderr, "depeche normalize: %s: invalid UTF-8 at byte %d (without --edits, normalize repairs it)\n", inputName(fs.Arg(0)), utf8pos.FirstInvalid(b))
		return exitFailed
	}
	n, err := normalize.New()
	if err != nil {
		fmt.Fprintf(stderr, "depeche normalize: %v\n", err)
		return exitFailed
	}
	res, err := n.Normalize(ctx, string(b))
	if err != nil {
		fmt.Fprintf(stderr, "depeche normalize: %v\n", err)
		return exitFailed
	}
	out := []byte(res.Text)
	if *withEdits {
		v := normalized{Text: res.Original, Normalized: res.Text, Edits: []extract.Edit{}}
		for _, e := range res.Edits {
			v.Edits = append(v.Edits, extract.EditFrom(e))
		}
		if out, err = json.MarshalIndent(v, "", "  "); err != nil {
			fmt.Fprintf(stderr, "depeche normalize: %v\n", err)
			return exitFailed
		}
		out = append(out, '\n')
	}
	if _, err := stdout.Write(out); err != nil {
		return writeFailed(stderr, "normalize", err)
	}
	return exitOK
}
