// Package events finds business events in a prepared article: funding
// rounds, valuations, investments, acquisitions, lawsuits, layoffs,
// contracts, hires and quotations, each with its arguments, modality, date,
// evidence, rule and confidence, as the depeche/v1 contract describes them.
//
// # Input
//
// events does not read raw text. The pipeline (package extract) gives it an
// Input: the normalized text, its sentences, and the entities, money amounts,
// quantities and dates other packages found, all as byte spans into the text.
// Extract reads nothing else, so it is independent of how those were found.
//
// # Rules as data
//
// What a trigger is and which arguments it takes lives in embedded tables
// (data/*.tsv), one entry per line, per language (French and English in
// depth; German, Spanish and Italian basic):
//
//   - triggers.tsv: trigger patterns ("licenci*", "rompre ~ contrat") and a
//     frame saying which role the subject, the object and each preposition
//     give ("subj=investor dans=target de=investor"), before or after the
//     trigger, with passive voice swapping subject and object (a name right
//     after a passive trigger that ends in its agent, "poursuivie par Y", is
//     the doer); stop phrases
//     ("banque d'investissement") that keep their words from being triggers;
//   - modality.tsv: cues for reported, alleged, planned and denied events;
//     the strongest cue wins (denied, alleged, hearsay, planned, reported):
//     hearsay, a cited source or "aurait"/"serait", outranks a plan, so
//     "Selon le FT, X est en pourparlers" is reported; an agreement not yet
//     closed ("has agreed to acquire", "a accepté de racheter") and the
//     simple future ("licenciera", "will cut") are planned; a headline's
//     present tense takes the modality of the body sentence it merges with;
//   - values.tsv: word-valued arguments (rounds, claims, job titles);
//   - lexicon.tsv: function words (prepositions, auxiliaries, speech verbs);
//   - types.tsv: the event types, the roles of each, their entity kinds, and
//     the roles an event must fill to be reported. A type is a name in this
//     table: a new line there and its triggers make a new type, with no Go
//     code; the Go code names only the types and roles it treats apart, and
//     a test ties those names to the table. WithTables adds the rows of
//     further tables in the same formats.
//
// A name is governed by the preposition before it ("contre Mercor"), unless a
// comma makes it an apposition ("le fondateur de Scale AI, Alexandr Wang") or
// a bare "de" governs a noun in between ("l'éditeur de logiciels X"); lists
// share one preposition. A subject that is a pronoun or a generic noun ("il",
// "it", "le groupe") is the last fitting subject of the three sentences
// before; the antecedent of a relative pronoun ("ASML, qui …") is its
// clause's subject; a name right after a trigger is its object, never the
// subject of a later one. A name in apposition to a marked determiner phrase
// takes its marker ("auprès de son actionnaire historique, Accel"); an
// acronym used as a common noun ("developing RNA drugs") fills no role; an
// organization, when there is one, is the acquirer or investor rather than a
// person; a valuation told after a bid in its sentence ("an offer for X,
// valuing it at $N") is the bid's amount. A pronoun speaker ("sagte er") is
// the last person told before, unless a role noun ("ein Sprecher") follows
// that person.
//
// Some frames carry flags: "mutual" (a symmetric verb, "signer un contrat
// avec Y": the purpose clause or a relative clause after Y decides who
// supplies), "follow" (a continuation cue, "the complaint", "le montant",
// "the cuts": its sentence only adds arguments to an event of its type from
// the three sentences before, and is dropped otherwise), "undergo" (the
// subject's role after a verb of undergoing, "X fait face à une poursuite
// de Y") and "dative" ("avec Y pour lui racheter X": Y is the seller). A
// generic noun after a marker near the trigger ("una quota della società")
// names the most salient organization told before, even over the subject
// ("job cuts at the company"). After "acheter la start-up …", the first name
// of that descriptor is the object. A sum priced "at a valuation of …" is a
// funding round; a round recalled about a pronoun in a "when" clause,
// without an amount, is background and not reported.
//
// Amounts, percentages, headcounts and words go to the nearest trigger whose
// type has a role for them; the date is the nearest date of the sentence that
// is neither a duration nor a founding date ("fondée en 2020"). A role an
// event is about (the company valued, the employer) may come from the
// previous sentences when the sentence gives a figure but no name. Quotations of four words or more in «…», “…”, "…" or
// after a colon become quote events when their speaker is found.
//
// The same event told several times in one article (a shared entity in the
// same role, or a definite reference such as "la plainte") is one event with
// all its evidence; a denial is never merged into an event of another
// sentence. Group clusters the same real-world event across articles:
// same type, a core entity in the same role, no conflicting amount or other
// single-valued argument, and dates whose periods overlap ("2025-W36" and
// "2025-09-06").
//
// # Confidence
//
// An event's confidence is its trigger's weight, scaled by the share of core
// roles filled (from 0.55 with none to 1 with all), lowered for reported,
// alleged, planned and denied events and for a role taken from a previous
// sentence, and raised a little for each further sentence telling it.
//
// # Usage
//
//	x, err := events.New()
//	if err != nil { … }
//	evs, err := x.Extract(ctx, events.Input{Text: text, Lang: "fr", Sentences: …, Entities: …})
//	for _, e := range evs {
//		fmt.Println(e.Type, e.Modality, e.Rule, text[e.Start:e.End])
//	}
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use by multiple
// goroutines; the embedded tables are parsed once per process (tables added
// with WithTables, once per New). Group is a pure function.
package events
