package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/render"
)

// runRender is "depeche render": it draws the output of "depeche extract"
// as HTML. One document gives its page; several (JSON Lines) give an index,
// and with --out a page per document beside it.
func runRender(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", "[--out DIR] [FILE]", stderr)
	out := fs.String("out", "", "write an index.html and a page per document into `DIR` (for a batch)")
	title := fs.String("title", "", "the index's `title`")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "depeche render: one FILE at most, not %d\n", fs.NArg())
		return exitUsage
	}
	in := stdin
	name := "<stdin>"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "depeche render: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		in = f
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintf(stderr, "depeche render: %v\n", err)
			return exitUsage
		}
	}
	dec := json.NewDecoder(bufio.NewReaderSize(in, 1<<20))
	// The first two values say whether the input is one document or a
	// batch; they are kept raw until then.
	var head []json.RawMessage
	for len(head) < 2 {
		var raw json.RawMessage
		if err := dec.Decode(&raw); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			fmt.Fprintf(stderr, "depeche render: %s: record %d: %v\n", name, len(head)+1, err)
			return exitUsage
		}
		head = append(head, raw)
	}
	if len(head) == 0 {
		fmt.Fprintf(stderr, "depeche render: %s: no document\n", name)
		return exitUsage
	}
	if len(head) == 1 && *out == "" {
		var d extract.Document
		if err := json.Unmarshal(head[0], &d); err != nil || d.Schema == "" {
			fmt.Fprintf(stderr, "depeche render: %s: not a depeche document (%v)\n", name, err)
			return exitUsage
		}
		if err := render.Document(stdout, &d, render.Options{}); err != nil {
			fmt.Fprintf(stderr, "depeche render: %v\n", err)
			return exitFailed
		}
		return exitOK
	}
	var docs []*extract.Document
	failed := 0
	// add takes one record of the batch: a page for it with --out, and
	// what the index needs of it.
	add := func(d *extract.Document) error {
		if d.Schema == "" { // an error record
			failed++
			return nil
		}
		if *out != "" {
			if err := writePage(filepath.Join(*out, pageName(len(docs))), d); err != nil {
				return err
			}
			d = render.Trim(d)
		}
		docs = append(docs, d)
		return nil
	}
	// Without --out only the index is drawn, and only what it shows is
	// decoded: a batch's texts are most of its bytes.
	decode := func(unmarshal func(any) error) (*extract.Document, error) {
		if *out != "" {
			var d extract.Document
			err := unmarshal(&d)
			return &d, err
		}
		var d indexDocument
		err := unmarshal(&d)
		return &extract.Document{Schema: d.Schema, ID: d.ID, Published: d.Published, Language: d.Language, Source: d.Source, Events: d.Events}, err
	}
	status := exitOK
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "depeche render: %v\n", ctx.Err())
			return exitFailed
		}
		var d *extract.Document
		var err error
		if n <= len(head) {
			d, err = decode(func(v any) error { return json.Unmarshal(head[n-1], v) })
		} else {
			d, err = decode(dec.Decode)
			if errors.Is(err, io.EOF) {
				break
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "depeche render: %s: record %d: %v\n", name, n, err)
			status = exitFailed
			break
		}
		if err := add(d); err != nil {
			fmt.Fprintf(stderr, "depeche render: %v\n", err)
			return exitFailed
		}
	}
	var index io.Writer = stdout
	opts := render.IndexOptions{Title: *title, Failed: failed}
	if *out != "" {
		f, err := os.Create(filepath.Join(*out, "index.html"))
		if err != nil {
			fmt.Fprintf(stderr, "depeche render: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		index = f
		opts.Href = pageName
	}
	if err := render.Index(index, docs, opts); err != nil {
		fmt.Fprintf(stderr, "depeche render: %v\n", err)
		return exitFailed
	}
	return status
}

// indexDocument is what the index shows of a document.
type indexDocument struct {
	Schema    string           `json:"schema"`
	ID        string           `json:"id"`
	Published string           `json:"published"`
	Language  extract.Language `json:"language"`
	Source    *extract.Source  `json:"source"`
	Events    []extract.Event  `json:"events"`
}

// pageName names the page of the i-th document of a batch.
func pageName(i int) string { return fmt.Sprintf("doc-%05d.html", i+1) }

// writePage writes the page of one document of a batch, linking back to
// the index.
func writePage(path string, d *extract.Document) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := render.Document(w, d, render.Options{Back: "index.html"}); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
