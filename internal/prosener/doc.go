// Package prosener adapts prose v3's English named-entity recognizer to
// the [entities.NER] extension point.
//
// # Scope
//
// prose's model is English: the adapter runs it on sentences whose Lang
// is "en" and returns nothing for other languages. Its labels are mapped
// to [entities.Kind]: PERSON to KindPerson; GPE, LOC and FAC to KindLoc;
// ORG to KindOrg. Other labels are
// dropped. The entities package treats these candidates as one signal
// among several, never alone.
//
// # Concurrency
//
// The models are loaded once, by [New]; a Recognizer is immutable and safe
// for concurrent use.
//
//	ner, err := prosener.New()
//	if err != nil { … }
//	r, err := entities.New(entities.WithNER(ner))
package prosener
