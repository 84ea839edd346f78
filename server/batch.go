package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/jsonl"
)

// extractBatch answers POST /v1/extract/batch: JSON Lines in, JSON Lines
// out, one line per record in input order, streamed as the Extractor's
// ExtractAll finishes them. A record that cannot be analysed gives an
// error record, as on the command line. The status goes out with the
// first line, so a failure after it (the body over its limit or stalled,
// the batch over its deadline) ends the output with an error record naming
// the line where reading stopped.
func (s *Server) extractBatch(w *response, r *http.Request) {
	x := s.ready(w)
	if x == nil {
		return
	}
	if r.ContentLength > s.cfg.MaxBatchBytes {
		writeError(w, http.StatusRequestEntityTooLarge, jsonl.CodeTooLarge, tooLarge(r.ContentLength, s.cfg.MaxBatchBytes))
		return
	}
	defaults, ok := queryArticle(w, r)
	if !ok {
		return
	}
	rc := http.NewResponseController(w)
	// read the body while answering: HTTP/1.1 allows it when asked
	rc.EnableFullDuplex()
	rc.SetReadDeadline(time.Now().Add(s.cfg.ReadTimeout))
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBatchBytes)
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.BatchTimeout)
	defer cancel()

	// The records read wait in pending for their results, which come in
	// the same order. A record that could not be parsed goes through the
	// pipeline as an empty article, which costs nothing, to keep its
	// place; its error record replaces the result.
	var mu sync.Mutex
	var pending []jsonl.Record
	var stop jsonl.Record // the record that ended reading, if not the input's end
	articles := func(yield func(extract.Article) bool) {
		for rec := range jsonl.Records(body, defaults) {
			rc.SetReadDeadline(time.Now().Add(s.cfg.ReadTimeout))
			mu.Lock()
			if rec.ReadErr != nil {
				stop = rec
				mu.Unlock()
				return
			}
			a := rec.Article
			if rec.Err != nil {
				a = extract.Article{ID: a.ID}
			}
			rec.Article.Text, rec.Article.HTML = "", ""
			pending = append(pending, rec)
			mu.Unlock()
			if !yield(a) {
				return
			}
		}
	}

	out := &lineWriter{w: w, rc: rc, timeout: s.cfg.WriteTimeout}
	next := 1 // the line after the last record answered
	for res := range x.ExtractAll(ctx, articles) {
		mu.Lock()
		rec := pending[0]
		pending = pending[1:]
		mu.Unlock()
		next = rec.Line + 1
		if rec.Err == nil && res.Err != nil {
			rec.Err = jsonl.FromError(res.Err)
		}
		var line any = res.Document
		if rec.Err != nil {
			line = rec.Failure()
			w.failed++
			s.metrics.failed()
		} else {
			w.articles++
			s.metrics.article(len(res.Article.Text) + len(res.Article.HTML))
		}
		if !out.write(line) {
			break
		}
	}
	mu.Lock()
	defer mu.Unlock()
	// a client that leaves cancels the request's context, and so does a
	// body stalled past its read deadline, which is answered
	gone := out.err != nil || r.Context().Err() != nil && !errors.Is(stop.ReadErr, os.ErrDeadlineExceeded)
	switch {
	case gone:
		w.gone = true
	case stop.ReadErr != nil && !out.started:
		s.readFailed(w, stop.ReadErr)
	case stop.ReadErr != nil:
		_, code, msg := s.readError(stop.ReadErr)
		w.code = code
		out.write(jsonl.Failure{Line: stop.Line, Error: &jsonl.Error{Code: code, Message: fmt.Sprintf("reading stopped at line %d: %s", stop.Line, msg)}})
	case ctx.Err() != nil:
		w.code = codeTimeout
		out.write(jsonl.Failure{Line: next, Error: &jsonl.Error{Code: codeTimeout, Message: fmt.Sprintf("the batch took over %s; the records from line %d on were not read", s.cfg.BatchTimeout, next)}})
	}
}

// lineWriter writes the lines of a batch answer, each flushed under its
// own write deadline.
type lineWriter struct {
	w       *response
	rc      *http.ResponseController
	timeout time.Duration
	started bool
	err     error
}

// write writes v as one JSON line and reports whether it went out.
func (l *lineWriter) write(v any) bool {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(jsonl.Failure{Error: &jsonl.Error{Code: jsonl.CodeFailed, Message: "encoding the document: " + err.Error()}})
	}
	if !l.started {
		// the body may end up read only in part (over its limit, stalled,
		// late): the connection cannot serve another request
		l.w.Header().Set("Connection", "close")
		l.w.Header().Set("Content-Type", contentTypeJSONLines)
		l.w.WriteHeader(http.StatusOK)
		l.started = true
	}
	l.rc.SetWriteDeadline(time.Now().Add(l.timeout))
	if _, l.err = l.w.Write(append(b, '\n')); l.err == nil {
		l.err = l.rc.Flush()
	}
	return l.err == nil
}
