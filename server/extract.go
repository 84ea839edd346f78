package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/jsonl"
	"github.com/depeche-nlp/depeche/lang"
)

// extractOne answers POST /v1/extract: one article in, its Document out.
func (s *Server) extractOne(w *response, r *http.Request) {
	x := s.ready(w)
	if x == nil {
		return
	}
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(s.cfg.ReadTimeout))
	kind, ok := s.bodyKind(w, r)
	if !ok {
		return
	}
	defaults, ok := queryArticle(w, r)
	if !ok {
		return
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, jsonl.CodeTooLarge, tooLarge(r.ContentLength, s.cfg.MaxBodyBytes))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		s.readFailed(w, err)
		return
	}
	a := defaults
	switch kind {
	case contentTypeJSON:
		var rerr *jsonl.Error
		if a, rerr = jsonl.Parse(body, defaults); rerr != nil {
			writeError(w, http.StatusBadRequest, rerr.Code, rerr.Message)
			return
		}
	case "text/html":
		a.HTML = string(body)
	default:
		a.Text = string(body)
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	doc, err := x.Extract(ctx, a)
	if err != nil {
		s.extractFailed(w, r, err)
		return
	}
	w.articles++
	s.metrics.article(len(a.Text) + len(a.HTML))
	b, err := json.Marshal(doc)
	if err != nil {
		writeError(w, http.StatusInternalServerError, jsonl.CodeFailed, "encoding the document: "+err.Error())
		return
	}
	rc.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout))
	w.Header().Set("Content-Type", contentTypeJSON)
	w.Write(append(b, '\n'))
}

// ready returns the Extractor, or answers 503 and returns nil while the
// models load.
func (s *Server) ready(w *response) Extractor {
	x := s.extractor()
	if x == nil {
		w.Header().Set("Retry-After", retryAfterNotReady)
		writeError(w, http.StatusServiceUnavailable, codeNotReady, "the models are loading; retry later")
	}
	return x
}

// bodyKind gives the media type of the body: application/json (also
// when none is given), text/plain or text/html, in UTF-8. Anything else is
// answered with 415.
func (s *Server) bodyKind(w *response, r *http.Request) (string, bool) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return contentTypeJSON, true
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		writeError(w, http.StatusUnsupportedMediaType, codeUnsupportedMedia, fmt.Sprintf("Content-Type %q: %v", ct, err))
		return "", false
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		writeError(w, http.StatusUnsupportedMediaType, codeUnsupportedMedia, fmt.Sprintf("charset %q: send UTF-8", cs))
		return "", false
	}
	switch mt {
	case contentTypeJSON, "text/plain", "text/html":
		return mt, true
	}
	writeError(w, http.StatusUnsupportedMediaType, codeUnsupportedMedia, fmt.Sprintf("Content-Type %q: send application/json, text/plain or text/html", mt))
	return "", false
}

// queryArticle reads the query parameters id, published and lang: the
// fields of a text or HTML body, the defaults of JSON records.
func queryArticle(w *response, r *http.Request) (extract.Article, bool) {
	q := r.URL.Query()
	a := extract.Article{ID: q.Get("id")}
	var err error
	if a.Published, err = jsonl.ParseDate(q.Get("published")); err != nil {
		writeError(w, http.StatusBadRequest, jsonl.CodeInvalidField, "published: "+err.Error())
		return a, false
	}
	if code := q.Get("lang"); code != "" {
		if a.Lang, err = lang.Parse(code); err != nil {
			writeError(w, http.StatusBadRequest, jsonl.CodeInvalidField, "lang: "+err.Error())
			return a, false
		}
	}
	return a, true
}

// readFailed answers a body that could not be read.
func (s *Server) readFailed(w *response, err error) {
	status, code, msg := s.readError(err)
	writeError(w, status, code, msg)
}

// readError gives the status, code and message for a body that could not
// be read: too large (413), too slow (408) or cut (400).
func (s *Server) readError(err error) (status int, code, message string) {
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, jsonl.CodeTooLarge, fmt.Sprintf("the body is over the limit of %d bytes", tooBig.Limit)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return http.StatusRequestTimeout, codeRequestTimeout, fmt.Sprintf("the body was not received within %s", s.cfg.ReadTimeout)
	}
	return http.StatusBadRequest, codeBadRequest, "reading the body: " + err.Error()
}

// extractFailed answers a failed extraction with the status its error
// calls for, or nothing when the client has left.
func (s *Server) extractFailed(w *response, r *http.Request, err error) {
	s.metrics.failed()
	w.failed++
	code := jsonl.Code(err)
	status := http.StatusInternalServerError
	switch {
	case r.Context().Err() != nil:
		w.gone, w.code = true, jsonl.CodeCanceled
		return
	case errors.Is(err, context.DeadlineExceeded):
		status, code = http.StatusGatewayTimeout, codeTimeout
		err = fmt.Errorf("the extraction took over %s", s.cfg.Timeout)
	case code == jsonl.CodeTooLarge:
		status = http.StatusRequestEntityTooLarge
	case code == jsonl.CodeInvalidUTF8, code == jsonl.CodeInvalidField:
		status = http.StatusBadRequest
	case code == jsonl.CodeUnsupported:
		status = http.StatusUnsupportedMediaType
	}
	writeError(w, status, code, jsonl.Message(err))
}

func tooLarge(n, limit int64) string {
	return fmt.Sprintf("the body is %d bytes, over the limit of %d bytes", n, limit)
}
