// Package jsonl reads depeche's JSON Lines input and names the errors of
// the records it cannot analyse, for every program that takes batches: the
// command line, the HTTP server and the Beam pipeline. They share it so
// that one input line gives the same document or the same error record
// whichever of them reads it.
//
// # Records
//
// A record is one line of JSON: {"id", "text" or "html", "published",
// "lang", "url", "content_type"}. Records numbers lines from 1, skips blank lines, and
// turns a line it cannot use (not JSON, invalid UTF-8, a field of the wrong
// type or value, longer than MaxLine) into a Record carrying an *Error
// instead of failing the batch. An error of the reader itself ends the
// records with an "unreadable" one.
//
//	for rec := range jsonl.Records(r, defaults) {
//		if rec.Err != nil {
//			emit(rec.Failure())
//			continue
//		}
//		… rec.Article …
//	}
//
// # Errors
//
// Code gives the stable code of a pipeline error ("too_large",
// "invalid_utf8", …) and FromError its error object; Failure is the output
// line of a record that failed, {"id", "line", "error": {"code",
// "message"}}.
package jsonl
