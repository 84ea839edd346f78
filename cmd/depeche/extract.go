package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/lang"
)

// extractFlags are the flags of "depeche extract".
type extractFlags struct {
	published string
	lang      string
	jsonl     bool
	html      bool
	format    string
	workers   int
	quiet     bool
	group     string
	gazetteer stringList
}

// stringList is a flag that may be given several times.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

// Set adds one value.
func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "[flags] [FILE ...]", stderr)
	var f extractFlags
	fs.StringVar(&f.published, "published", "", "publication `DATE` (YYYY-MM-DD or RFC 3339), the base for relative dates")
	fs.StringVar(&f.lang, "lang", "", "language `CODE` of the input (ISO 639-1); skips detection")
	fs.BoolVar(&f.jsonl, "jsonl", false, `input is JSON Lines: {"id", "text" or "html", "published", "lang", "url"} a line`)
	fs.BoolVar(&f.html, "html", false, "input files are HTML pages")
	fs.StringVar(&f.format, "format", "json", "output `format`: json, or text (a human summary, not a stable format)")
	fs.IntVar(&f.workers, "j", runtime.GOMAXPROCS(0), "number of `workers` for batch input")
	fs.BoolVar(&f.quiet, "quiet", false, "show no progress on standard error")
	fs.Var(&f.gazetteer, "gazetteer", "add the names of `FILE` (TSV or JSON, see package gazetteer) to the known ones; repeatable")
	fs.StringVar(&f.group, "group", "", "also write to `FILE` the groups of events that several inputs tell of the same real-world event (JSON)")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	published, err := parsePublished(f.published)
	if err != nil {
		fmt.Fprintf(stderr, "depeche extract: --published: %v\n", err)
		return exitUsage
	}
	if f.lang != "" {
		if err := lang.Check(f.lang); err != nil {
			fmt.Fprintf(stderr, "depeche extract: --lang: %v\n", err)
			return exitUsage
		}
	}
	if f.format != "json" && f.format != "text" {
		fmt.Fprintf(stderr, "depeche extract: --format must be json or text, not %q\n", f.format)
		return exitUsage
	}
	if f.workers < 1 {
		fmt.Fprintf(stderr, "depeche extract: -j must be at least 1, not %d\n", f.workers)
		return exitUsage
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		if name == "-" {
			continue
		}
		if _, err := os.Stat(name); err != nil {
			fmt.Fprintf(stderr, "depeche extract: %v\n", err)
			return exitUsage
		}
	}
	p, err := extract.New(extract.Config{GazetteerFiles: f.gazetteer})
	if err != nil {
		fmt.Fprintf(stderr, "depeche extract: %v\n", err)
		return exitUsage
	}
	defaults := extract.Article{Published: published, Lang: f.lang}
	out := newEncoder(stdout, f.format, !f.jsonl && len(files) == 1)
	b := &batch{pipeline: p, workers: f.workers, out: out, stderr: stderr, quiet: f.quiet || out.single, group: f.group != ""}
	var records func(yield func(record) bool) error
	if f.jsonl {
		records = jsonlRecords(files, stdin, defaults)
	} else {
		records = fileRecords(files, stdin, defaults, f.html)
		b.total = len(files)
	}
	status := b.run(ctx, records)
	if f.group != "" && status != exitUsage {
		if err := writeGroups(f.group, b.docs); err != nil {
			fmt.Fprintf(stderr, "depeche extract: --group: %v\n", err)
			return exitFailed
		}
	}
	return status
}

// groupsFile is what --group writes: the groups of events that several
// inputs tell of the same real-world event. Members name inputs by their
// position in the input (from 0) and their id.
type groupsFile struct {
	Schema string          `json:"schema"`
	Groups []extract.Group `json:"groups"`
}

// writeGroups writes the groups of docs' events to path.
func writeGroups(path string, docs []*extract.Document) error {
	b, err := json.MarshalIndent(groupsFile{Schema: "depeche/v1-groups", Groups: extract.GroupEvents(docs)}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// parsePublished reads a date as YYYY-MM-DD or RFC 3339; "" is no date.
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither YYYY-MM-DD nor RFC 3339", s)
	}
	return t, nil
}

// record is one input to analyse, or the error that kept it from being
// read. file and line say where it came from.
type record struct {
	file    string
	line    int
	article extract.Article
	err     *recordError
}

// recordError is the "error" object of an error record.
type recordError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// fileRecords yields one record per file, the whole file being one article.
func fileRecords(files []string, stdin io.Reader, defaults extract.Article, html bool) func(func(record) bool) error {
	return func(yield func(record) bool) error {
		for i, name := range files {
			var b []byte
			var err error
			if name == "-" {
				b, err = io.ReadAll(stdin)
				name = "<stdin>"
			} else {
				b, err = os.ReadFile(name)
			}
			if err != nil {
				return err
			}
			a := defaults
			a.ID = name
			if html {
				a.HTML = string(b)
			} else {
				a.Text = string(b)
			}
			if !yield(record{file: name, line: i + 1, article: a}) {
				return nil
			}
		}
		return nil
	}
}

// maxLine bounds a JSON Lines record: a longer line is skipped, with an
// error record, without being held in memory.
const maxLine = 2*extract.DefaultMaxBytes + 1<<20

// jsonlRecords yields one record per line of each JSON Lines input.
func jsonlRecords(files []string, stdin io.Reader, defaults extract.Article) func(func(record) bool) error {
	return func(yield func(record) bool) error {
		for _, name := range files {
			r := stdin
			if name == "-" {
				name = "<stdin>"
			} else {
				fh, err := os.Open(name)
				if err != nil {
					return err
				}
				defer fh.Close()
				r = fh
			}
			br := bufio.NewReaderSize(r, 64<<10)
			for n := 1; ; n++ {
				line, tooLong, err := readLine(br, maxLine)
				if err == io.EOF && len(line) == 0 && !tooLong {
					break
				}
				if err != nil && err != io.EOF {
					return fmt.Errorf("%s:%d: %w", name, n, err)
				}
				if len(bytes.TrimSpace(line)) == 0 && !tooLong {
					if err == io.EOF {
						break
					}
					continue // a blank line is not a record
				}
				rec := record{file: name, line: n}
				if tooLong {
					rec.err = &recordError{Code: "too_large", Message: fmt.Sprintf("line longer than %d bytes", maxLine)}
				} else {
					rec.article, rec.err = parseRecord(line, defaults)
				}
				if !yield(rec) || err == io.EOF {
					break
				}
			}
		}
		return nil
	}
}

// readLine reads one line without its newline. A line longer than max is
// read to its end and dropped, and tooLong is set.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

// parseRecord reads one JSON Lines record. Fields missing from the record
// take their value from defaults (the command's flags).
func parseRecord(line []byte, defaults extract.Article) (extract.Article, *recordError) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return extract.Article{}, &recordError{Code: "invalid_json", Message: err.Error()}
	}
	a := defaults
	a.ID = recordID(raw["id"])
	fields := []struct {
		name string
		dst  *string
	}{{"text", &a.Text}, {"html", &a.HTML}, {"lang", &a.Lang}, {"url", &a.URL}}
	for _, f := range fields {
		if v, ok := raw[f.name]; ok && string(v) != "null" {
			if err := json.Unmarshal(v, f.dst); err != nil {
				return a, &recordError{Code: "invalid_field", Message: fmt.Sprintf("%q must be a string", f.name)}
			}
		}
	}
	if v, ok := raw["published"]; ok && string(v) != "null" {
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return a, &recordError{Code: "invalid_field", Message: `"published" must be a string`}
		}
		t, err := parsePublished(s)
		if err != nil {
			return a, &recordError{Code: "invalid_field", Message: `"published": ` + err.Error()}
		}
		a.Published = t
	}
	if a.Lang != "" {
		if err := lang.Check(a.Lang); err != nil {
			return a, &recordError{Code: "invalid_field", Message: `"lang": ` + err.Error()}
		}
	}
	_, hasText := raw["text"]
	_, hasHTML := raw["html"]
	if !hasText && !hasHTML {
		return a, &recordError{Code: "missing_text", Message: `the record has neither "text" nor "html"`}
	}
	return a, nil
}

// recordID gives a record's id as a string: a JSON string's value, or a
// number's literal; anything else is no id.
func recordID(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(v, &n) == nil {
		return n.String()
	}
	return ""
}

// errorCode gives the error record code for a pipeline error.
func errorCode(err error) string {
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return "too_large"
	case errors.Is(err, extract.ErrInvalidUTF8):
		return "invalid_utf8"
	case errors.Is(err, extract.ErrHTMLUnsupported):
		return "unsupported"
	case errors.Is(err, extract.ErrConfig):
		return "invalid_field"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "canceled"
	}
	return "failed"
}

// fileLine names where a record came from in diagnostics.
func fileLine(r record) string {
	return fmt.Sprintf("%s:%d", r.file, r.line)
}

// oneLine keeps a message on one line for diagnostics.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
