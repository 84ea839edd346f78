// Package summary writes a depeche/v1 Document for people to read: what
// `depeche extract --format text` and examples/scan print.
//
// # Layout
//
// One block per document: its id and language, passages in other
// languages, the repairs (counted by kind; name repairs grouped per name,
// with every garbled form), the entities with their number of mentions,
// the amounts and dates as they read (14.3 billion USD, 2025-06), and the
// events with their arguments. Figures are written from the exact decimal
// strings of the Document, never through floating point.
//
// The layout is for reading, not for parsing: it may change from one
// version to the next. Programs read the JSON.
//
//	summary.Write(os.Stdout, doc)
package summary
