package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/jsonl"
	"github.com/depeche-nlp/depeche/lang"
	"github.com/depeche-nlp/depeche/webpage"
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
	timeout   time.Duration
	tokens    bool
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
	fs.BoolVar(&f.html, "html", false, "input files are HTML pages (a FILE named .html or .htm always is)")
	fs.StringVar(&f.format, "format", "json", "output `format`: json, or text (a human summary, not a stable format)")
	fs.IntVar(&f.workers, "j", runtime.GOMAXPROCS(0), "number of `workers` for batch input")
	fs.BoolVar(&f.quiet, "quiet", false, "show no progress on standard error")
	fs.BoolVar(&f.quiet, "q", false, "short for --quiet")
	fs.Var(&f.gazetteer, "gazetteer", "add the names of `FILE` (TSV or JSON, see package gazetteer) to the known ones; repeatable")
	fs.DurationVar(&f.timeout, "timeout", 0, "time `budget` of one article (0: none); a slower article gives a deadline_exceeded error record")
	fs.BoolVar(&f.tokens, "tokens", false, "add the analysed words (lemma, part of speech, dependency tree) to each document")
	fs.StringVar(&f.group, "group", "", "also write to `FILE` the groups of events that several inputs tell of the same real-world event (JSON)")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	published, err := jsonl.ParseDate(f.published)
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
	p, err := newPipeline(ctx, extract.Config{GazetteerFiles: f.gazetteer, Workers: f.workers, Timeout: f.timeout, Preload: show && f.lang == "", HTML: webpage.Reader{}, Tokens: f.tokens})
	loading.end()
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "depeche extract: stopped (%v) while loading the models; no record was read\n", ctx.Err())
		return exitFailed
	}
	if err != nil {
		fmt.Fprintf(stderr, "depeche extract: %s\n", jsonl.Message(err))
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

// record is one input to analyse, or the error that kept it from being
// read. file and line say where it came from; size is the number of
// input bytes it took, for the progress display.
type record struct {
	file    string
	line    int
	size    int64
	article extract.Article
	err     *jsonl.Error
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
				rec.err = &jsonl.Error{Code: jsonl.CodeUnreadable, Message: err.Error()}
			} else if html || isHTMLFile(name) {
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

// isHTMLFile reports whether a file's name says it is an HTML page.
func isHTMLFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm"
}

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
					rec := record{file: name, article: extract.Article{ID: name}, err: &jsonl.Error{Code: jsonl.CodeUnreadable, Message: err.Error()}}
					if !yield(rec) {
						return
					}
					continue
				}
				defer fh.Close()
				r = fh
			}
			for rec := range jsonl.Records(r, defaults) {
				if !yield(record{file: name, line: rec.Line, size: rec.Size, article: rec.Article, err: rec.Err}) {
					return
				}
			}
		}
	}
}

// fileLine names where a record came from in diagnostics.
func fileLine(r record) string {
	return fmt.Sprintf("%s:%d", r.file, r.line)
}

// oneLine keeps a message on one line for diagnostics.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
