// Package render draws depeche's Documents as self-contained HTML pages,
// for people to look at rather than read JSON: one page per Document, and
// an index of a batch.
//
// # Mechanism
//
// A Document's page shows its text paragraph by paragraph. Every span the
// Document reports becomes a mark: entity mentions, amounts, quantities
// and dates (a repaired name too, where no mention covers it). Marks never
// nest: where two overlap, the longer wins, then the entity. Each mark
// holds a tooltip (type, canonical name, value) that shows on hover and on
// keyboard focus; a repaired name shows the name it was restored to before
// what the article said ("Scale AI ← l’échelle de l’IA"). Runs of the text
// in another language than the document's are framed and labelled with
// their language, and a badge marks where each event's evidence starts.
// Event cards give the type, modality, confidence, date and arguments,
// and link to their evidence.
//
// The index counts events by type, lists them by month, and gives the
// groups of events that several documents tell (extract.GroupEvents).
//
// Pages are built with html/template, and the annotated text from pieces
// escaped one by one, so that an article's text can never become markup.
// Each page carries its one style sheet inline and a Content-Security-
// Policy that lets nothing load and no script run (default-src 'none',
// the style sheet allowed by its hash): a page needs no network and no
// script to be read.
//
// # Usage
//
//	err := render.Document(w, doc, render.Options{})
//	err = render.Index(w, docs, render.IndexOptions{})
//
// # Why this package imports extract
//
// It is a view of extract's Document, above the pipeline as the command
// line is; the module's architecture test allows it. Programs that only
// analyse text do not import it.
//
// # Concurrency
//
// Document and Index are safe for concurrent use.
package render
