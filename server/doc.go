// Package server is depeche's HTTP JSON API, on net/http: the handler
// behind "depeche serve", usable in a program's own http.Server or mux.
//
// # Routes
//
// POST /v1/extract takes one article (an Article as JSON, or text/plain or
// text/html with id, published and lang as query parameters) and returns
// its depeche/v1 Document. POST /v1/extract/batch takes JSON Lines and
// streams JSON Lines back, one line per record in input order, with error
// records as on the command line (package internal/jsonl reads records for
// both). GET /healthz says the process is alive, GET /readyz that the
// models are loaded, GET /metrics gives Prometheus metrics and GET
// /openapi.json describes all of it.
//
// # Limits
//
// Every limit is a Config field with a default. A body over its limit gets
// 413 without being read further; more requests in flight than
// MaxInFlight get 429 with Retry-After; an extraction runs under a
// deadline passed down as its context and gets 504 beyond it; a body read
// too slowly gets 408. Reading and writing deadlines are set per request
// with http.ResponseController, and renewed for each record of a batch, so
// a long batch is not cut while a stalled client is. Every error is a JSON
// object {"error": {"code", "message"}}; malformed JSON names the byte
// offset.
//
// # Usage
//
//	s, err := server.New(server.Config{Logger: logger})
//	if err != nil { … }
//	go func() {
//		p, err := extract.New(extract.Config{Preload: true})
//		…
//		s.Ready(p)
//	}()
//	err = s.Serve(ctx, ln) // returns when ctx is done and requests have finished
//
// # Logs and concurrency
//
// Each request gives one log line (method, route, status, duration, bytes
// in and out, articles analysed and failed, error code), never the
// article's text. A Server is safe for concurrent use; its Extractor must
// be too, as *extract.Pipeline is.
package server
