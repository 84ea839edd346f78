package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/depeche-nlp/depeche/internal/jsonl"
	"github.com/depeche-nlp/depeche/internal/summary"
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

func (e *encoder) write(res result) error {
	var b []byte
	var err error
	switch {
	case e.format == "text":
		b = []byte(readable(res))
	case res.doc == nil:
		b, err = json.Marshal(jsonl.Failure{ID: res.rec.article.ID, Line: res.rec.line, Error: res.rec.err})
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

// readable is the human-readable form of a result (package summary). It is
// not a stable format.
func readable(res result) string {
	if res.doc == nil {
		return fmt.Sprintf("%s: error %s: %s\n\n", fileLine(res.rec), res.rec.err.Code, res.rec.err.Message)
	}
	return summary.String(res.doc)
}
