// Package nercorpus reads the named-entity corpora of ../shared/corpora/ner
// (JSON Lines, one record per sentence or per document), groups their
// records into documents, and assigns each document to the train, dev or
// test split by a hash of its identity, so that the split never depends
// on the order of the files or on what else is read. It also scores
// predicted names against the gold, strictly (same span and type) and
// leniently (overlapping span, same type).
//
// It serves the tagger's training and evaluation program and its tests;
// nothing at run time reads it.
package nercorpus
