// Command moneycmp scores depeche's money.Find on money corpus files the way
// bench/money-peer.js scores Recognizers-Text, so that bench/money-peer.sh
// can print both side by side.
//
// A row counts when it asserts one amount (kind "amount" with a value). It
// passes when a found amount overlaps the expected span (the whole text when
// the row gives none) and has the expected value; currencies are not
// compared, because the two libraries name units differently. The time per
// row is the time of the Find calls divided by the rows, after one warm-up
// call.
//
// Usage:
//
//	go run ./bench/moneycmp FILE.jsonl...
//
// It prints one line per file: "depeche FILE ROWS PASSED NS_PER_ROW".
package main

import (
	"fmt"
	"github.com/depeche-nlp/depeche/bench/internal/jsonl"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/depeche-nlp/depeche/money"
	"golang.org/x/text/language"
)

type row struct {
	Text  *string `json:"text"`
	Value *string `json:"value"`
	Kind  string  `json:"kind"`
	Lang  string  `json:"lang"`
	Span  []int   `json:"span"`
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: moneycmp FILE.jsonl...")
		return 2
	}
	money.Find("warm up: 1 $") // build the tables before timing
	for _, path := range args {
		rows, err := readRows(path)
		if err != nil {
			fmt.Fprintf(stderr, "moneycmp: %v\n", err)
			return 2
		}
		passed := 0
		var elapsed time.Duration
		for _, r := range rows {
			var opts []money.Option
			if r.Lang != "" {
				opts = append(opts, money.WithLanguage(language.Make(r.Lang)))
			}
			start := time.Now()
			ms := money.Find(*r.Text, opts...)
			elapsed += time.Since(start)
			if pass(r, ms) {
				passed++
			}
		}
		perRow := int64(0)
		if len(rows) > 0 {
			perRow = elapsed.Nanoseconds() / int64(len(rows))
		}
		fmt.Fprintf(stdout, "depeche\t%s\t%d\t%d\t%d\n", filepath.Base(path), len(rows), passed, perRow)
	}
	return 0
}

// readRows returns the rows of path that assert one amount.
func readRows(path string) ([]row, error) {
	return jsonl.Read(path, func(_ int, r *row) (bool, error) {
		return r.Kind == "amount" && r.Value != nil && r.Text != nil, nil
	})
}

// pass reports whether a match overlaps the expected span with the
// expected value.
func pass(r row, ms []money.Match) bool {
	want, err := money.ParseDecimal(*r.Value)
	if err != nil {
		return false
	}
	text := *r.Text
	start, end := 0, len(text)
	if len(r.Span) == 2 {
		start, end = byteSpan(text, r.Span[0], r.Span[1])
	}
	for _, m := range ms {
		if m.End <= start || m.Start >= end {
			continue
		}
		v := m.Amount.Value
		if !v.IsValid() {
			v = m.Amount.Min
		}
		if v == want || centsOf(v) == want {
			return true
		}
	}
	return false
}

// centsOf returns v × 100, for rows that count in cents or pence.
func centsOf(v money.Decimal) money.Decimal {
	d, err := money.NewDecimal(v.Coefficient(), v.Exponent()+2)
	if err != nil {
		return money.Decimal{}
	}
	return d
}

// byteSpan converts a code-point span of text to bytes.
func byteSpan(text string, s, e int) (int, int) {
	start, end, n := len(text), len(text), 0
	for i := range text {
		if n == s {
			start = i
		}
		if n == e {
			end = i
		}
		n++
	}
	return start, end
}
