// Command datescmp scores depeche's dates.Find on a date evaluation set the
// way bench/dates-peer.js scores Recognizers-Text, so that
// bench/dates-peer.sh can print both side by side.
//
// Each row of the JSONL file gives a sentence ("text"), its language
// ("lang", "fr" or "en"), the reference date ("ref", YYYY-MM-DD), the
// expected expression ("find", a substring of the sentence, null for a
// sentence without any date) and its expected value ("value", ISO 8601 as in
// dates.Expr.Value). A row passes when an expression found with the row's
// reference date and language overlaps the first occurrence of "find" and
// has exactly the expected value; a row without "find" passes when nothing
// is found. The time per row is the time of the Find calls divided by the
// rows, averaged over a hundred rounds after one untimed round (a row takes
// microseconds, so fewer rounds would measure the scheduler).
//
// Usage:
//
//	go run ./bench/datescmp [-failures] FILE.jsonl
//
// It prints one line per group of rows (fr, en, negative, all):
// "depeche GROUP ROWS PASSED NS_PER_ROW". With -failures it names the rows
// that fail on stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/depeche-nlp/depeche/bench/internal/jsonl"
	"io"
	"os"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/dates"
	"golang.org/x/text/language"
)

// rounds is how many times the rows are timed, after one untimed round.
const rounds = 100

// groups are the groups of rows reported, in order.
var groups = []string{"fr", "en", "negative", "all"}

// row is one line of the evaluation set.
type row struct {
	Lang  string  `json:"lang"`
	Ref   string  `json:"ref"`
	Text  string  `json:"text"`
	Find  *string `json:"find"`
	Value *string `json:"value"`

	opts []dates.Option
}

// group returns the group a row belongs to besides "all".
func (r row) group() string {
	if r.Find == nil {
		return "negative"
	}
	return r.Lang
}

// errNotInText reports an expected expression missing from its sentence.
var errNotInText = errors.New(`"find" is not in "text"`)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("datescmp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	failures := fs.Bool("failures", false, "name the rows that fail on stderr")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: datescmp [-failures] FILE.jsonl")
		return 2
	}
	rows, err := readRows(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "datescmp: %v\n", err)
		return 2
	}
	total := make(map[string]int)
	passed := make(map[string]int)
	for _, r := range rows { // untimed round: builds the tables and scores
		found := dates.Find(r.Text, r.opts...)
		ok := pass(r, found)
		for _, g := range []string{r.group(), "all"} {
			total[g]++
			if ok {
				passed[g]++
			}
		}
		if !ok && *failures {
			fmt.Fprintf(stderr, "datescmp: fail %s %q want %v got %s\n", r.Ref, r.Text, deref(r.Value), describe(found))
		}
	}
	elapsed := make(map[string]time.Duration)
	for range rounds {
		for _, r := range rows {
			start := time.Now()
			dates.Find(r.Text, r.opts...)
			d := time.Since(start)
			elapsed[r.group()] += d
			elapsed["all"] += d
		}
	}
	for _, g := range groups {
		perRow := int64(0)
		if total[g] > 0 {
			perRow = elapsed[g].Nanoseconds() / int64(total[g]*rounds)
		}
		fmt.Fprintf(stdout, "depeche\t%s\t%d\t%d\t%d\n", g, total[g], passed[g], perRow)
	}
	return 0
}

// readRows reads the evaluation set and prepares each row's options.
func readRows(path string) ([]row, error) {
	return jsonl.Read(path, func(_ int, r *row) (bool, error) {
		ref, err := time.Parse(time.DateOnly, r.Ref)
		if err != nil {
			return false, err
		}
		if r.Find != nil && !strings.Contains(r.Text, *r.Find) {
			return false, errNotInText
		}
		r.opts = []dates.Option{dates.WithReference(ref), dates.WithLanguage(language.Make(r.Lang))}
		return true, nil
	})
}

// pass reports whether the expressions found are right for the row.
func pass(r row, found []dates.Expr) bool {
	if r.Find == nil {
		return len(found) == 0
	}
	start := strings.Index(r.Text, *r.Find)
	end := start + len(*r.Find)
	for _, e := range found {
		if e.End > start && e.Start < end && r.Value != nil && e.Value == *r.Value {
			return true
		}
	}
	return false
}

// describe lists the expressions found, for -failures.
func describe(found []dates.Expr) string {
	parts := make([]string, len(found))
	for i, e := range found {
		parts[i] = fmt.Sprintf("%q=%s", e.Text, e.Value)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// deref returns *s, or "none" for nil.
func deref(s *string) string {
	if s == nil {
		return "none"
	}
	return *s
}
