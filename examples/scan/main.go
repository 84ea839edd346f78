// Scan runs the depeche pipeline on articles and prints, readably, what
// it found in each: languages, repaired names, entities, amounts, dates and
// events.
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
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/extract"
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
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "scan:", err)
			os.Exit(1)
		}
		doc, err := p.Extract(context.Background(), extract.Article{ID: f, Text: string(text), Published: published})
		if err != nil {
			fmt.Fprintf(os.Stderr, "scan: %s: %v\n", f, err)
			os.Exit(1)
		}
		show(doc)
	}
}

// show prints one document.
func show(doc *extract.Document) {
	fmt.Printf("# %s\nlanguage: %s (%.2f)\n", doc.ID, doc.Language.Code, doc.Language.Confidence)
	for _, s := range doc.Segments {
		if s.Language != doc.Language.Code {
			fmt.Printf("  passage in %s: %s\n", s.Language, strings.TrimSpace(doc.Text[s.Start:s.End]))
		}
	}
	for _, e := range doc.Edits {
		if e.Kind == "name" {
			fmt.Printf("repaired: %q at %d → %s\n", e.Original, e.Start, e.Replacement)
		}
	}
	for _, e := range doc.Entities {
		fmt.Printf("entity %s %s, %d mentions\n", e.Type, e.Name, len(e.Mentions))
	}
	for _, a := range doc.Amounts {
		fmt.Printf("amount %q: %s %s (%s)\n", a.Text, a.Value, a.Currency, a.Qualifier)
	}
	for _, d := range doc.Dates {
		fmt.Printf("date %q: %s\n", d.Text, d.Value)
	}
	for _, ev := range doc.Events {
		var args []string
		for _, a := range ev.Arguments {
			v := a.Name
			if v == "" {
				v = strings.TrimSpace(a.Value + " " + a.Currency + string(a.Unit))
			}
			args = append(args, string(a.Role)+"="+v)
		}
		fmt.Printf("event %s (%s): %s\n", ev.Type, ev.Modality, strings.Join(args, ", "))
	}
	fmt.Println()
}
