// Package analysis turns text into one analysed document that later stages read: tokens
// with byte offsets, lemmas, universal parts of speech, a subset of morphological features,
// and a labelled dependency tree per sentence, in the style of Universal Dependencies (UD).
//
// # The document
//
// A Doc holds one flat []Token. A Token is a small struct without pointers: byte offsets
// into the text, interned form and lemma (Doc.Str reads them), UPOS, Feats (VerbForm, Tense,
// Mood, Voice, Number, Person, Polarity packed in four bits each), the index of its head and
// its relation. Sentences are ranges of token indices. Offsets always point into the caller's
// text: Text[Start:End] is the token as written.
//
// # Tokenization
//
// Each sentence is cut at white space; opening and closing punctuation comes off each
// chunk (doubled backquotes and doubled apostrophes, the quotes of tokenized news text, are
// quote tokens; a period stays on listed abbreviations, single letters and dotted acronyms). Then language tables (data/*.txt) cut elisions ("l'", "qu'"), hyphenated
// clitics ("a-t-elle" → "a" "-t-elle") and English endings ("'s", "n't"). Multiword tokens
// ("du" = "de" "le", "del", "zum", "della", "don't") are expanded with a table learned from the
// treebanks: a surface enters it when the treebanks write it as several words more often than
// as one. Numbers written in groups of three digits with spaces ("1 000 000") are one word,
// except in English.
//
// # Models
//
// Each language has a bundle trained from UD treebanks by internal/cmd/trainud (see
// models/*.md for data, licences and scores), embedded compressed and loaded on first use,
// once per process. The tagger is a greedy averaged perceptron predicting UPOS and each
// feature from the same hashed features; the lemmatizer looks the word and its UPOS up in a
// lexicon of the training words, else applies the edit rule most seen with that UPOS and the
// longest shared suffix; the parser is a labelled arc-hybrid transition parser trained with
// a dynamic oracle. Sentences longer than MaxWords words are cut, so time and memory stay
// linear.
//
// # Usage
//
//	a, err := analysis.New("fr")
//	doc, err := a.Analyze(ctx, "Le groupe a racheté la start-up.")
//	for i, t := range doc.Tokens {
//		fmt.Println(doc.Text[t.Start:t.End], doc.Lemma(i), t.UPOS, t.Rel)
//	}
//
// # Concurrency
//
// An Analyzer is safe for concurrent use by multiple goroutines; a Doc is not modified after
// it is returned and may be read concurrently.
package analysis
