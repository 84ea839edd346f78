// Package lang detects the language of a document and of each of its
// sentences.
//
// It wraps lingua-go, restricted to a configurable set of languages (by
// default English, French, German, Spanish, Italian, Portuguese and Dutch).
// lingua's models are heavy, so a detector for a given set of languages is
// built once per process, on first use, and shared.
//
// # Sentences
//
// [Detector.Sentences] gives every sentence a language. A sentence whose
// function words settle the question (for example "le", "des", "qui" and no
// word that only English uses) is decided by that cheap signal without
// calling lingua. A short fragment, such as a name or a few words, takes
// the language of its neighbours unless lingua and its function words both
// say clearly that it is another one.
//
// # Languages
//
// Languages are named with language.Tag values, as in money and dates
// (lang.Parse reads "fr-FR"); only the base language counts. Results give
// ISO 639-1 codes ("fr"), the form of the depeche/v1 document.
//
// # Concurrency
//
// A Detector is safe for concurrent use by multiple goroutines.
//
//	d, err := lang.New(nil)
//	if err != nil { … }
//	doc := d.Detect("Le procès déposé par la société…") // doc.Code == "fr"
//
// This package is the only one in depeche that imports lingua-go; money,
// normalize and entities stay free of its models.
package lang
