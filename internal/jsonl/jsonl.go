package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/utf8pos"
	"github.com/depeche-nlp/depeche/lang"
)

// MaxLine bounds a record: a longer line is skipped, with an error record,
// without being held in memory. It leaves room for a text of
// extract.DefaultMaxBytes with every byte escaped.
const MaxLine = 2*extract.DefaultMaxBytes + 1<<20

// Error codes of error records.
const (
	CodeInvalidJSON  = "invalid_json"      // the line is not a JSON object
	CodeInvalidField = "invalid_field"     // a field has the wrong type or value
	CodeMissingText  = "missing_text"      // neither "text" nor "html"
	CodeTooLarge     = "too_large"         // over a size limit
	CodeInvalidUTF8  = "invalid_utf8"      // bytes that are not UTF-8
	CodeUnsupported  = "unsupported"       // input the pipeline does not take
	CodeNotHTML      = "not_html"          // binary data given as an HTML page
	CodeUnreadable   = "unreadable"        // the input could not be read
	CodeCanceled     = "canceled"          // the work was canceled or timed out
	CodeDeadline     = "deadline_exceeded" // over the time budget of one article
	CodeFailed       = "failed"            // any other failure
)

// Error is the "error" object of an error record: a stable code and a
// message for people.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Error gives the code and the message.
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Failure is the output line of a record that could not be analysed.
type Failure struct {
	ID    string `json:"id"`
	Line  int    `json:"line"`
	Error *Error `json:"error"`
}

// Record is one input line: the article it holds, or the error that keeps
// it from being analysed.
type Record struct {
	Line    int   // line number, from 1
	Size    int64 // bytes of input the line took, its newline included
	Article extract.Article
	Err     *Error
	// ReadErr is the reader's error when the input could not be read
	// (Err's code is then "unreadable"); it is the last record.
	ReadErr error
}

// Failure gives the output line of r, which must carry an error.
func (r Record) Failure() Failure {
	return Failure{ID: r.Article.ID, Line: r.Line, Error: r.Err}
}

// Line is one line of input, not blank, as Lines reads it.
type Line struct {
	N       int    // line number, from 1
	Size    int64  // bytes of input the line took, its newline included
	Text    []byte // the line without its newline; nil when TooLong
	TooLong bool   // the line was over MaxLine and was skipped
	Err     error  // the reader's error, which ends the lines
}

// Lines yields the lines of r that are not blank, in order. A line over
// MaxLine is yielded without its text; an error of r ends the lines with
// a Line carrying it.
func Lines(r io.Reader) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			text, size, tooLong, err := ReadLine(br, MaxLine)
			if err == io.EOF && len(text) == 0 && !tooLong {
				return
			}
			l := Line{N: n, Size: size, Text: text, TooLong: tooLong}
			switch {
			case err != nil && err != io.EOF:
				l.Text, l.Err = nil, err
				yield(l)
				return
			case len(bytes.TrimSpace(text)) == 0 && !tooLong:
				if err == io.EOF {
					return
				}
				continue // a blank line is not a record
			}
			if !yield(l) || err == io.EOF {
				return
			}
		}
	}
}

// Record reads the record of l. Fields it lacks take their value from
// defaults.
func (l Line) Record(defaults extract.Article) Record {
	rec := Record{Line: l.N, Size: l.Size}
	switch {
	case l.Err != nil:
		rec.Err, rec.ReadErr = &Error{Code: CodeUnreadable, Message: l.Err.Error()}, l.Err
	case l.TooLong:
		rec.Err = &Error{Code: CodeTooLarge, Message: fmt.Sprintf("line longer than %d bytes", MaxLine)}
	default:
		rec.Article, rec.Err = Parse(l.Text, defaults)
	}
	return rec
}

// Records yields the records of the JSON Lines in r, in order: the
// Record of each of Lines. Fields a record lacks take their value from
// defaults. A blank line is no record; a line over MaxLine gives a record
// with a too_large error; an error of r gives a last record with an
// unreadable error.
func Records(r io.Reader, defaults extract.Article) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for l := range Lines(r) {
			if !yield(l.Record(defaults)) {
				return
			}
		}
	}
}

// ReadLine reads one line without its newline, and the number of bytes it
// took. A line longer than max is read to its end and dropped, and tooLong
// is set.
func ReadLine(br *bufio.Reader, max int) (line []byte, size int64, tooLong bool, err error) {
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

// Parse reads one record, a JSON object. Fields missing from it take their
// value from defaults.
//
// encoding/json would read invalid UTF-8 as U+FFFD and the record would be
// analysed; it is rejected instead, with the offset of the first bad byte
// in the line, as extract rejects an article's invalid text. A syntax
// error names its byte offset too.
func Parse(line []byte, defaults extract.Article) (extract.Article, *Error) {
	if !utf8.Valid(line) {
		return extract.Article{}, &Error{Code: CodeInvalidUTF8, Message: fmt.Sprintf("invalid UTF-8 at byte %d of the line", utf8pos.FirstInvalid(line))}
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return extract.Article{}, &Error{Code: CodeInvalidJSON, Message: jsonMessage(err)}
	}
	a := defaults
	a.ID = id(raw["id"])
	var code string
	fields := []struct {
		name string
		dst  *string
	}{{"text", &a.Text}, {"html", &a.HTML}, {"lang", &code}, {"url", &a.URL}, {"content_type", &a.ContentType}}
	for _, f := range fields {
		if v, ok := raw[f.name]; ok && string(v) != "null" {
			if err := json.Unmarshal(v, f.dst); err != nil {
				return a, &Error{Code: CodeInvalidField, Message: fmt.Sprintf("%q must be a string", f.name)}
			}
		}
	}
	if v, ok := raw["published"]; ok && string(v) != "null" {
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return a, &Error{Code: CodeInvalidField, Message: `"published" must be a string`}
		}
		t, err := ParseDate(s)
		if err != nil {
			return a, &Error{Code: CodeInvalidField, Message: `"published": ` + err.Error()}
		}
		a.Published = t
	}
	if code != "" {
		tag, err := lang.Parse(code)
		if err != nil {
			return a, &Error{Code: CodeInvalidField, Message: `"lang": ` + err.Error()}
		}
		a.Lang = tag
	}
	if !present(raw, "text") && !present(raw, "html") {
		return a, &Error{Code: CodeMissingText, Message: `the record has neither "text" nor "html" (or they are null)`}
	}
	return a, nil
}

// present reports whether a record has a field that is not null.
func present(raw map[string]json.RawMessage, field string) bool {
	v, ok := raw[field]
	return ok && string(v) != "null"
}

// jsonMessage describes a decoding error with the offset of the byte
// where it was found, when encoding/json gives one (its offsets count the
// bytes read, the bad one included).
func jsonMessage(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("byte %d: %v", max(syn.Offset-1, 0), err)
	case errors.As(err, &typ):
		return fmt.Sprintf("byte %d: not a JSON object", max(typ.Offset-1, 0))
	}
	return err.Error()
}

// ParseDate reads a publication date as YYYY-MM-DD or RFC 3339; "" is no
// date.
func ParseDate(s string) (time.Time, error) {
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

// id gives a record's id as a string: a JSON string's value, or a number's
// literal; anything else is no id.
func id(v json.RawMessage) string {
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

// Code gives the error record code of an error from extract.Pipeline.
func Code(err error) string {
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return CodeTooLarge
	case errors.Is(err, extract.ErrInvalidUTF8):
		return CodeInvalidUTF8
	case errors.Is(err, extract.ErrHTMLUnsupported):
		return CodeUnsupported
	case errors.Is(err, extract.ErrNotHTML):
		return CodeNotHTML
	case errors.Is(err, extract.ErrConfig):
		return CodeInvalidField
	case errors.Is(err, extract.ErrTimeout):
		return CodeDeadline
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return CodeCanceled
	}
	return CodeFailed
}

// Message gives an error's text without the "extract: " its package puts
// first, since the program reporting it names itself.
func Message(err error) string { return strings.TrimPrefix(err.Error(), "extract: ") }

// FromError gives the error object of a pipeline error.
func FromError(err error) *Error {
	return &Error{Code: Code(err), Message: Message(err)}
}
