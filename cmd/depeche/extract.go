package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/lang"
	"golang.org/x/text/language"
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
	fs.StringVar(&f.lang, "lang", "", "language `TAG` of the input (BCP 47: fr, fr-FR); skips detection")
	fs.BoolVar(&f.jsonl, "jsonl", false, `input is JSON Lines: {"id", "text" or "html", "published", "lang", "url"} a line`)
	fs.BoolVar(&f.html, "html", false, "input files are HTML pages")
	fs.StringVar(&f.format, "format", "json", "output `format`: json, or text (a human summary, not a stable format)")
	fs.IntVar(&f.workers, "j", runtime.GOMAXPROCS(0), "number of `workers` for batch input")
	fs.BoolVar(&f.quiet, "quiet", false, "show no progress on standard error")
	fs.BoolVar(&f.quiet, "q", false, "short for --quiet")
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
	var tag language.Tag
	if f.lang != "" {
		if tag, err = lang.Parse(f.lang); err != nil {
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
	// one unreadable file is a usage error; among several, an error record
	if len(files) == 1 && files[0] != "-" {
		if _, err := os.Stat(files[0]); err != nil {
			fmt.Fprintf(stderr, "depeche extract: %v\n", err)
			return exitUsage
		}
	}
	out := newEncoder(stdout, f.format, !f.jsonl && len(files) == 1)
	show := !f.quiet && isTerminal(stderr)
	loading := startLoading(stderr, show)
	// lingua's models are only needed when the language is not given
	p, err := newPipeline(ctx, extract.Config{GazetteerFiles: f.gazetteer, Workers: f.workers, Preload: show && f.lang == ""})
	loading.end()
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "depeche extract: stopped (%v) while loading the models; no record was read\n", ctx.Err())
		return exitFailed
	}
	if err != nil {
		fmt.Fprintf(stderr, "depeche extract: %s\n", message(err))
		return exitUsage
	}
	defaults := extract.Article{Published: published, Lang: tag}
	b := &batch{pipeline: p, out: out, stderr: stderr, group: f.group != ""}
	var records iter.Seq[record]
	if f.jsonl {
		records = jsonlRecords(files, stdin, defaults)
	} else {
		records = fileRecords(files, stdin, defaults, f.html)
	}
	if show && !out.single && !sameTerminal(stdout, stderr) {
		total, size := 0, inputSize(files, stdin)
		if !f.jsonl {
			total = len(files)
		}
		b.prog = startProgress(stderr, total, size)
	}
	status := b.run(ctx, records)
	b.prog.end()
	if f.group != "" {
		if err := writeGroups(f.group, b.docs); err != nil {
			fmt.Fprintf(stderr, "depeche extract: --group: %v\n", err)
			return exitFailed
		}
	}
	return status
}

// newPipeline builds the pipeline, or gives up when ctx is done first:
// loading lingua's models takes seconds and cannot be interrupted, and a
// signal must stop the command at once.
func newPipeline(ctx context.Context, cfg extract.Config) (*extract.Pipeline, error) {
	type built struct {
		p   *extract.Pipeline
		err error
	}
	done := make(chan built, 1)
	go func() {
		p, err := extract.New(cfg)
		done <- built{p, err}
	}()
	select {
	case b := <-done:
		return b.p, b.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
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
// read. file and line say where it came from; size is the number of
// input bytes it took, for the progress display.
type record struct {
	file    string
	line    int
	size    int64
	article extract.Article
	err     *recordError
}

// recordError is the "error" object of an error record.
type recordError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// fileRecords yields one record per file, the whole file being one article.
// A file that cannot be read gives an error record.
func fileRecords(files []string, stdin io.Reader, defaults extract.Article, html bool) iter.Seq[record] {
	return func(yield func(record) bool) {
		for i, name := range files {
			var b []byte
			var err error
			if name == "-" {
				b, err = io.ReadAll(stdin)
				name = "<stdin>"
			} else {
				b, err = os.ReadFile(name)
			}
			a := defaults
			a.ID = name
			rec := record{file: name, line: i + 1, size: int64(len(b))}
			if err != nil {
				rec.err = &recordError{Code: "unreadable", Message: err.Error()}
			} else if html {
				a.HTML = string(b)
			} else {
				a.Text = string(b)
			}
			rec.article = a
			if !yield(rec) {
				return
			}
		}
	}
}

// maxLine bounds a JSON Lines record: a longer line is skipped, with an
// error record, without being held in memory.
const maxLine = 2*extract.DefaultMaxBytes + 1<<20

// jsonlRecords yields one record per line of each JSON Lines input. A file
// that cannot be opened or read gives an error record, and the next file
// is read.
func jsonlRecords(files []string, stdin io.Reader, defaults extract.Article) iter.Seq[record] {
	return func(yield func(record) bool) {
		for _, name := range files {
			r := stdin
			if name == "-" {
				name = "<stdin>"
			} else {
				fh, err := os.Open(name)
				if err != nil {
					if !yield(record{file: name, err: &recordError{Code: "unreadable", Message: err.Error()}}) {
						return
					}
					continue
				}
				defer fh.Close()
				r = fh
			}
			if !jsonlFile(name, r, defaults, yield) {
				return
			}
		}
	}
}

// jsonlFile yields the records of one JSON Lines input and reports
// whether to go on.
func jsonlFile(name string, r io.Reader, defaults extract.Article, yield func(record) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, size, tooLong, err := readLine(br, maxLine)
		if err == io.EOF && len(line) == 0 && !tooLong {
			return true
		}
		rec := record{file: name, line: n, size: size}
		switch {
		case err != nil && err != io.EOF:
			rec.err = &recordError{Code: "unreadable", Message: err.Error()}
			return yield(rec)
		case len(bytes.TrimSpace(line)) == 0 && !tooLong:
			if err == io.EOF {
				return true
			}
			continue // a blank line is not a record
		case tooLong:
			rec.err = &recordError{Code: "too_large", Message: fmt.Sprintf("line longer than %d bytes", maxLine)}
		default:
			rec.article, rec.err = parseRecord(line, defaults)
		}
		if !yield(rec) {
			return false
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line without its newline, and the number of bytes it
// took. A line longer than max is read to its end and dropped, and tooLong
// is set.
func readLine(br *bufio.Reader, max int) (line []byte, size int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
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
		return bytes.TrimRight(line, "\r\n"), size, tooLong, err
	}
}

// parseRecord reads one JSON Lines record. Fields missing from the record
// take their value from defaults (the command's flags).
//
// encoding/json would read invalid UTF-8 as U+FFFD and analyse the
// record; it is rejected instead, with the offset of the first bad byte
// in the line, as extract rejects an article's invalid text.
func parseRecord(line []byte, defaults extract.Article) (extract.Article, *recordError) {
	if !utf8.Valid(line) {
		return extract.Article{}, &recordError{Code: "invalid_utf8", Message: fmt.Sprintf("invalid UTF-8 at byte %d of the line", invalidByte(line))}
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return extract.Article{}, &recordError{Code: "invalid_json", Message: err.Error()}
	}
	a := defaults
	a.ID = recordID(raw["id"])
	var code string
	fields := []struct {
		name string
		dst  *string
	}{{"text", &a.Text}, {"html", &a.HTML}, {"lang", &code}, {"url", &a.URL}}
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
	if code != "" {
		tag, err := lang.Parse(code)
		if err != nil {
			return a, &recordError{Code: "invalid_field", Message: `"lang": ` + err.Error()}
		}
		a.Lang = tag
	}
	if !present(raw, "text") && !present(raw, "html") {
		return a, &recordError{Code: "missing_text", Message: `the record has neither "text" nor "html" (or they are null)`}
	}
	return a, nil
}

// present reports whether a record has a field that is not null.
func present(raw map[string]json.RawMessage, field string) bool {
	v, ok := raw[field]
	return ok && string(v) != "null"
}

// invalidByte gives the offset of the first byte of b that is not valid
// UTF-8.
func invalidByte(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
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

// message gives an error's text without the "extract: " its package puts
// first, since the command names itself.
func message(err error) string { return strings.TrimPrefix(err.Error(), "extract: ") }

// oneLine keeps a message on one line for diagnostics.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
