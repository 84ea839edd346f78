package server

import (
	_ "embed"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/depeche-nlp/depeche/internal/jsonl"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Error codes of the API's JSON errors, beside those of error records
// (invalid_json, invalid_utf8, too_large, …).
const (
	codeNotFound          = "not_found"
	codeMethodNotAllowed  = "method_not_allowed"
	codeUnsupportedMedia  = "unsupported_media_type"
	codeOverloaded        = "overloaded"
	codeNotReady          = "not_ready"
	codeTimeout           = "timeout"
	codeRequestTimeout    = "request_timeout"
	codeBadRequest        = "bad_request"
	statusClientClosed    = 499 // nginx's code for a client gone before the answer
	routeOther            = "other"
	contentTypeJSON       = "application/json"
	contentTypeJSONLines  = "application/x-ndjson"
	retryAfterOverloaded  = "1"
	retryAfterNotReady    = "5"
	openAPIPath           = "/openapi.json"
	extractPath           = "/v1/extract"
	extractBatchPath      = "/v1/extract/batch"
	healthPath, readyPath = "/healthz", "/readyz"
	metricsPath           = "/metrics"
)

//go:embed openapi.json
var openAPI []byte

// routes registers every route of the API.
func (s *Server) routes() {
	s.mux = http.NewServeMux()
	s.route(http.MethodPost, extractPath, s.limited(s.extractOne))
	s.route(http.MethodPost, extractBatchPath, s.limited(s.extractBatch))
	s.route(http.MethodGet, healthPath, func(w *response, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	s.route(http.MethodGet, readyPath, func(w *response, r *http.Request) {
		if s.extractor() == nil {
			w.Header().Set("Retry-After", retryAfterNotReady)
			writeError(w, http.StatusServiceUnavailable, codeNotReady, "the models are loading")
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	metrics := promhttp.HandlerFor(s.metrics.registry, promhttp.HandlerOpts{})
	s.route(http.MethodGet, metricsPath, func(w *response, r *http.Request) { metrics.ServeHTTP(w, r) })
	s.route(http.MethodGet, openAPIPath, func(w *response, r *http.Request) {
		w.Header().Set("Content-Type", contentTypeJSON)
		w.Write(openAPI)
	})
	s.mux.Handle("/", s.instrument(routeOther, func(w *response, r *http.Request) {
		writeError(w, http.StatusNotFound, codeNotFound, "no route "+r.URL.Path+"; see "+openAPIPath)
	}))
}

// handler answers a request through a response that records what the log
// line and the metrics need.
type handler func(w *response, r *http.Request)

// route registers h for method on path; other methods get 405.
func (s *Server) route(method, path string, h handler) {
	s.mux.Handle(path, s.instrument(path, func(w *response, r *http.Request) {
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			writeError(w, http.StatusMethodNotAllowed, codeMethodNotAllowed, r.Method+" "+path+": use "+method)
			return
		}
		h(w, r)
	}))
}

// limited lets at most Config.MaxInFlight requests into h at once; the
// others get 429 with Retry-After.
func (s *Server) limited(h handler) handler {
	return func(w *response, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		default:
			w.Header().Set("Retry-After", retryAfterOverloaded)
			writeError(w, http.StatusTooManyRequests, codeOverloaded, "too many requests in flight; retry later")
			return
		}
		h(w, r)
	}
}

// instrument counts, times and logs the requests of route.
func (s *Server) instrument(route string, h handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Inc()
		defer s.metrics.inFlight.Dec()
		body := &countingReader{r: r.Body, eof: r.ContentLength == 0}
		r.Body = body
		w := &response{ResponseWriter: rw, body: body}
		h(w, r)
		status := w.status
		switch {
		case w.gone:
			status = statusClientClosed
		case status == 0:
			status = http.StatusOK
		}
		d := time.Since(start)
		code := strconv.Itoa(status)
		s.metrics.requests.WithLabelValues(route, code).Inc()
		s.metrics.duration.WithLabelValues(route).Observe(d.Seconds())
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Duration("duration", d),
			slog.Int64("bytes_in", body.n),
			slog.Int64("bytes_out", w.n),
			slog.String("remote", r.RemoteAddr),
		}
		if w.articles > 0 || w.failed > 0 {
			attrs = append(attrs, slog.Int("articles", w.articles), slog.Int("failed", w.failed))
		}
		if w.code != "" {
			attrs = append(attrs, slog.String("error", w.code))
		}
		level := slog.LevelInfo
		if status == http.StatusInternalServerError {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// response records the status, the size and the outcome of a response.
type response struct {
	http.ResponseWriter
	status   int
	n        int64
	code     string // the error code answered, if any
	articles int    // articles analysed
	failed   int    // records that could not be analysed
	gone     bool   // the client left before the answer was written
	body     *countingReader
}

// WriteHeader records the status.
func (w *response) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

// Write counts the bytes written.
func (w *response) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// Unwrap gives the underlying writer to http.ResponseController.
func (w *response) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// countingReader counts the bytes read from a request body, and whether
// it was read to its end.
type countingReader struct {
	r   io.ReadCloser
	n   int64
	eof bool
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.eof = c.eof || err == io.EOF
	return n, err
}

func (c *countingReader) Close() error { return c.r.Close() }

// apiError is the body of every error response.
type apiError struct {
	Error *jsonl.Error `json:"error"`
}

// writeError answers with status and a JSON error. When the body was not
// read to its end, the connection closes after the answer, so that the
// rest of the body is not read as the next request.
func writeError(w *response, status int, code, message string) {
	w.code = code
	if w.body != nil && !w.body.eof {
		w.Header().Set("Connection", "close")
	}
	writeJSON(w, status, apiError{&jsonl.Error{Code: code, Message: message}})
}

// writeJSON answers with status and v as JSON.
func writeJSON(w *response, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":{"code":"failed","message":"encoding the answer"}}`)
	}
	w.Header().Set("Content-Type", contentTypeJSON)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
