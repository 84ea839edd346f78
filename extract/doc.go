// Package extract wires depeche's stages into one pipeline: it takes an
// article and returns a Document, the depeche/v1 JSON document described
// field by field in docs/SCHEMA.md of the repository
// (https://github.com/depeche-nlp/depeche/blob/main/docs/SCHEMA.md).
//
// # Stages
//
// A Pipeline repairs the text (package normalize), splits it into sentences
// (segment), detects the language of the document and of every sentence
// (lang), finds money amounts, percentages and counts (money), dates
// resolved against the publication date (dates), organizations, people and
// places (entities), and business events (events). Stages read the
// repaired text; every span they report is mapped back through the
// repair's offset map, so that Document.Text[Start:End] is always the
// surface text in the article as given.
//
// # Usage
//
//	p, err := extract.New(extract.Config{})
//	if err != nil { … }
//	doc, err := p.Extract(ctx, extract.Article{Text: text, Published: published})
//	if err != nil { … }
//	json.NewEncoder(os.Stdout).Encode(doc)
//
// For many articles, ExtractAll takes an iterator of Articles and yields
// the Results in input order, analysing Config.Workers articles at once in
// bounded memory; GroupEvents then finds the events that several
// Documents tell of the same real-world event.
//
// # Types and languages
//
// Every field of a Document is a JSON value of depeche/v1. Closed sets of
// names are typed (EventType, Modality, Role, Unit, EntityType, EditKind,
// Qualifier, Precision), with a constant for each name. Languages given
// to the pipeline are language.Tag values (only the base language counts:
// fr-FR is French), as in packages lang, money and dates; a Document
// names languages by their ISO 639-1 code ("fr").
//
// # Errors
//
// Text over Config.MaxBytes gives ErrTooLarge; text that is not valid UTF-8
// is rejected with an *EncodingError giving the offset of the first bad
// byte (depeche reports byte offsets into the text as given, which JSON
// cannot carry for invalid bytes); empty text gives an empty Document.
//
// # Concurrency
//
// A Pipeline is safe for concurrent use by multiple goroutines: create one
// with New and share it (the zero Pipeline returns ErrNoPipeline). Every
// setting is a field of Config, whose zero value gives the defaults. Heavy
// models (lingua's) load once per process, on first use or in New with
// Config.Preload. Extract starts no goroutine of its own (lingua computes
// its probabilities in short-lived goroutines) and honours its context;
// ExtractAll runs Config.Workers goroutines for the length of a batch.
package extract
