// Slim finds the money amounts and dates of a text with depeche's light
// packages alone (normalize, money and dates), without the pipeline: its
// binary carries no language model and takes about 4 MB, where the depeche
// command carries lingua's 128 MB of models.
//
// Usage:
//
//	go run ./examples/slim [--published DATE] < article.txt
//
// It repairs the text, then prints each amount and date with its span in
// the text as given.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/depeche-nlp/depeche/dates"
	"github.com/depeche-nlp/depeche/money"
	"github.com/depeche-nlp/depeche/normalize"
)

func main() {
	published := flag.String("published", "", "publication `DATE` (YYYY-MM-DD), the base for relative dates")
	flag.Parse()
	var opts []dates.Option
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			fmt.Fprintln(os.Stderr, "slim: --published:", err)
			os.Exit(2)
		}
		opts = append(opts, dates.WithReference(t))
	}
	text, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "slim:", err)
		os.Exit(1)
	}
	n, err := normalize.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "slim:", err)
		os.Exit(1)
	}
	res, err := n.Normalize(context.Background(), string(text))
	if err != nil {
		fmt.Fprintln(os.Stderr, "slim:", err)
		os.Exit(1)
	}
	// the stages read the repaired text; Span maps back to the original
	for _, m := range money.Find(res.Text) {
		s, e := res.Span(m.Start, m.End)
		fmt.Printf("amount [%d,%d) %q = %s\n", s, e, res.Original[s:e], m.Amount)
	}
	for _, d := range dates.Find(res.Text, opts...) {
		if d.Kind != dates.KindDate {
			continue
		}
		s, e := res.Span(d.Start, d.End)
		fmt.Printf("date   [%d,%d) %q = %s (%s)\n", s, e, res.Original[s:e], d.Value, d.Precision)
	}
}
