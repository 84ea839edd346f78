package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/depeche-nlp/depeche/extract"
)

// encoder writes results: one indented JSON document for a single input,
// JSON Lines for batches, or a human summary with format "text". Each
// output goes out in a single Write, so an interrupted run leaves only
// whole lines.
type encoder struct {
	w      io.Writer
	format string
	single bool
}

func newEncoder(w io.Writer, format string, single bool) *encoder {
	return &encoder{w: w, format: format, single: single}
}

// errorRecord is the output line of a record that could not be analysed.
type errorRecord struct {
	ID    string       `json:"id"`
	Line  int          `json:"line"`
	Error *recordError `json:"error"`
}

func (e *encoder) write(res result) error {
	var b []byte
	var err error
	switch {
	case e.format == "text":
		b = []byte(summary(res))
	case res.doc == nil:
		b, err = json.Marshal(errorRecord{ID: res.rec.article.ID, Line: res.rec.line, Error: res.rec.err})
	case e.single:
		b, err = json.MarshalIndent(res.doc, "", "  ")
	default:
		b, err = json.Marshal(res.doc)
	}
	if err != nil {
		return err
	}
	_, err = e.w.Write(append(b, '\n'))
	return err
}

// summary is the human-readable form of a result. It is not a stable
// format.
func summary(res result) string {
	var sb strings.Builder
	if res.doc == nil {
		fmt.Fprintf(&sb, "%s: error %s: %s\n", fileLine(res.rec), res.rec.err.Code, res.rec.err.Message)
		return sb.String()
	}
	d := res.doc
	fmt.Fprintf(&sb, "== %s (%s, %.2f)\n", d.ID, d.Language.Code, d.Language.Confidence)
	for _, s := range d.Segments {
		if s.Language != d.Language.Code {
			fmt.Fprintf(&sb, "  %s passage: %q\n", s.Language, clip(d.Text[s.Start:s.End], 80))
		}
	}
	section := func(title string, n int) {
		if n > 0 {
			fmt.Fprintf(&sb, "%s:\n", title)
		}
	}
	section("repairs", countNames(d.Edits))
	for _, e := range d.Edits {
		if e.Kind == "name" {
			fmt.Fprintf(&sb, "  %q → %s (%.2f)\n", e.Original, e.Replacement, e.Confidence)
		}
	}
	section("entities", len(d.Entities))
	for _, e := range d.Entities {
		fmt.Fprintf(&sb, "  %-6s %s (%d mentions)\n", e.Type, e.Name, len(e.Mentions))
	}
	section("amounts", len(d.Amounts))
	for _, a := range d.Amounts {
		fmt.Fprintf(&sb, "  %q = %s %s %s\n", a.Text, a.Qualifier, a.Value, a.Currency)
	}
	section("dates", len(d.Dates))
	for _, t := range d.Dates {
		fmt.Fprintf(&sb, "  %q = %s (%s)\n", t.Text, t.Value, t.Precision)
	}
	section("events", len(d.Events))
	for _, ev := range d.Events {
		fmt.Fprintf(&sb, "  %s [%s, %.2f]", ev.Type, ev.Modality, ev.Confidence)
		for _, a := range ev.Arguments {
			v := a.Name
			if v == "" {
				v = strings.TrimSpace(a.Value + " " + a.Currency + string(a.Unit))
			}
			fmt.Fprintf(&sb, " %s=%s", a.Role, v)
		}
		if ev.Date != nil {
			fmt.Fprintf(&sb, " date=%s", ev.Date.Value)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func countNames(edits []extract.Edit) int {
	n := 0
	for _, e := range edits {
		if e.Kind == "name" {
			n++
		}
	}
	return n
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
