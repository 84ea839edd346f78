// Package tagger is a learned name tagger for French, English and German
// news: it marks the people, organizations and places of a tokenized text.
//
// # Method
//
// The tagger reads the tokens left to right and gives each a BILOU label
// (Begin, Inside, Last or Unit of a PERSON, ORG or LOC name, or O). Each
// decision is the best-scoring label of an averaged perceptron over hashed
// sparse features (package internal/perceptron) among the labels that may
// follow the previous one. The features of a token are:
//
//   - its lower-cased form, shape ("Xx", "XX", "Xx-Xx", "d"), prefix and
//     suffixes, and those of its neighbours, two on each side;
//   - its place: the first word of a sentence or line, a title-case
//     heading, a line written in capitals;
//   - the caller's hints (type Hint): gazetteer matches, given names, legal
//     forms ("SA", "Inc.", "GmbH", "AG"), cue phrases and descriptor nouns
//     before it ("la start-up", "der Finanzinvestor"), roles, stop words,
//     German common nouns, and the names the caller's rules found;
//   - the document: whether the word is also written in lower case, or
//     capitalized inside a sentence, elsewhere in the text, and the kind
//     given to it earlier;
//   - the two previous labels.
//
// A name never starts on a token without a capital or a digit; there the
// tagger does not score at all, which keeps it fast on running text.
//
// # Models
//
// The models are embedded, compressed (models/*.dptg), and decoded once
// per language on first use by ForLang. models/README.md is their card:
// data, licences, scores and the command that rebuilds them. Training
// (Train) is deterministic: the same examples give the same bytes.
//
// # Concurrency
//
// A Model is immutable and safe for concurrent use.
//
//	m, err := tagger.ForLang("fr")
//	if err != nil { … }
//	for _, s := range m.Tag(text, toks) {
//		fmt.Println(s.Kind, text[toks[s.First].Start:toks[s.Last].End])
//	}
package tagger
