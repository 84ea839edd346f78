package jsonl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestParse(t *testing.T) {
	defaults := extract.Article{Lang: language.French, Published: time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		name   string
		line   string
		want   extract.Article
		code   string // the error code, "" for none
		reason string // a substring of the error message
	}{
		{name: "full record", line: `{"id":"a","text":"Bonjour","published":"2025-01-02","lang":"de","url":"u"}`,
			want: extract.Article{ID: "a", Text: "Bonjour", Lang: language.German, URL: "u", Published: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}},
		{name: "defaults fill missing fields", line: `{"text":"x"}`,
			want: extract.Article{Text: "x", Lang: language.French, Published: defaults.Published}},
		{name: "numeric id", line: `{"id":12,"text":"x"}`, want: extract.Article{ID: "12", Text: "x", Lang: language.French, Published: defaults.Published}},
		{name: "html", line: `{"html":"<p>x</p>","lang":null}`, want: extract.Article{HTML: "<p>x</p>", Lang: language.French, Published: defaults.Published}},
		{name: "not JSON", line: `bonjour`, code: CodeInvalidJSON, reason: "byte 0:"},
		{name: "truncated", line: `{"text":"x"`, code: CodeInvalidJSON, reason: "unexpected end"},
		{name: "offset of the bad byte", line: `{"text": "a",,}`, code: CodeInvalidJSON, reason: "byte 13:"},
		{name: "an array", line: `[1,2]`, code: CodeInvalidJSON, reason: "byte 0: not a JSON object"},
		{name: "deep nesting", line: `{"text":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, code: CodeInvalidJSON, reason: "depth"},
		{name: "invalid UTF-8", line: "{\"text\":\"caf\xe9\"}", code: CodeInvalidUTF8, reason: "byte 12"},
		{name: "text not a string", line: `{"text":3}`, code: CodeInvalidField, reason: `"text"`},
		{name: "bad date", line: `{"text":"x","published":"hier"}`, code: CodeInvalidField, reason: "published"},
		{name: "date not a string", line: `{"text":"x","published":1}`, code: CodeInvalidField, reason: "published"},
		{name: "bad language", line: `{"text":"x","lang":"x!"}`, code: CodeInvalidField, reason: "lang"},
		{name: "no text", line: `{"id":"a"}`, code: CodeMissingText, reason: "neither"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.line), defaults)
			if tt.code != "" {
				if err == nil || err.Code != tt.code || !strings.Contains(err.Message, tt.reason) {
					t.Fatalf("error %v; want code %s and %q", err, tt.code, tt.reason)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestRecords(t *testing.T) {
	long := `{"text":"` + strings.Repeat("a", MaxLine) + `"}`
	in := "{\"id\":\"a\",\"text\":\"x\"}\n\n  \nnot json\r\n" + long + "\n{\"id\":\"b\",\"text\":\"y\"}"
	type line struct {
		N    int
		ID   string
		Code string
	}
	var got []line
	for r := range Records(strings.NewReader(in), extract.Article{}) {
		l := line{N: r.Line, ID: r.Article.ID}
		if r.Err != nil {
			l.Code = r.Err.Code
		}
		got = append(got, l)
	}
	want := []line{{1, "a", ""}, {4, "", CodeInvalidJSON}, {5, "", CodeTooLarge}, {6, "b", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader("{\"text\":\"a\"}\n{\"te"), iotest.ErrReader(io.ErrUnexpectedEOF))
	var last Record
	n := 0
	for rec := range Records(r, extract.Article{}) {
		last = rec
		n++
	}
	if n != 2 || last.Line != 2 || last.Err.Code != CodeUnreadable || !errors.Is(last.ReadErr, io.ErrUnexpectedEOF) {
		t.Errorf("%d records, the last %+v; want an unreadable record at line 2 keeping io.ErrUnexpectedEOF", n, last)
	}
}

func TestCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"too large", extract.ErrTooLarge, CodeTooLarge},
		{"encoding", &extract.EncodingError{Offset: 3}, CodeInvalidUTF8},
		{"html", extract.ErrHTMLUnsupported, CodeUnsupported},
		{"binary html", fmt.Errorf("extract: html: %w", extract.ErrNotHTML), CodeNotHTML},
		{"config", extract.ErrConfig, CodeInvalidField},
		{"deadline", errors.Join(errors.New("x"), context.DeadlineExceeded), CodeCanceled},
		{"time budget", fmt.Errorf("%w: %w", extract.ErrTimeout, context.DeadlineExceeded), CodeDeadline},
		{"other", errors.New("boom"), CodeFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Code(tt.err); got != tt.want {
				t.Errorf("Code(%v) = %s; want %s", tt.err, got, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"text":"x"}`, `{"id":1,"html":"<p>","published":"2025-01-01"}`, "\xff", `[`, `{"lang":"zz","text":""}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := Parse(line, extract.Article{})
		if err == nil && !utf8.Valid(line) {
			t.Errorf("Parse(%q) took a line that is not UTF-8: %+v", line, a)
		}
		if err != nil && (err.Code == "" || err.Message == "") {
			t.Errorf("Parse(%q): error without code or message: %+v", line, err)
		}
	})
}
