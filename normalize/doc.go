// Package normalize repairs the text of news articles before analysis and
// restores names that machine translation garbled, keeping a map from the
// repaired text back to the text as given.
//
// # Text repair
//
// [String] applies small pure steps, each idempotent and each returning
// its input unchanged (without allocating) when there is nothing to do.
// The order matters and is:
//
//  1. [FixUTF8]: each run of invalid bytes becomes U+FFFD (kind encoding);
//  2. [UnescapeEntities]: HTML character references such as "&eacute;"
//     (kind unicode: they encode a character), before mojibake, since an
//     escaped page may hold escaped mojibake;
//  3. [FixMojibake]: UTF-8 read as Windows-1252 or Latin-1, "Ã©" → "é"
//     (kind encoding);
//  4. [RemoveInvisible]: soft hyphens, zero-width spaces, word joiners,
//     byte order marks (kind unicode), before NFC, since a removed
//     character may separate a letter from its accent;
//  5. [NFC]: Unicode Normalization Form C (kind unicode);
//  6. [Typography]: the canonical forms used for matching (kind
//     typography): the apostrophe is ASCII "'", double quotes are “ when
//     they open and ” when they close (« and » stay), hyphen variants and
//     the minus sign are "-";
//  7. [Spacing]: Unicode spaces (no-break, narrow no-break, thin…) become
//     " ", and a missing space is inserted after ':' or ';' before a
//     letter and around quotes glued to words (kind spacing).
//
// A step is repeated until it changes nothing (a double-escaped entity,
// mojibake of mojibake), and so is the whole sequence, since a later step
// may complete a pattern an earlier one repairs; for clean text there is
// a single scan per step.
//
// # Name repair
//
// [Normalizer.Normalize] then repairs names. Machine translation renders
// "Scale AI" as "l'échelle de l'IA" and "Financial Times" as "le Temps
// Financier". From the known entities (a [gazetteer.Gazetteer]) and a
// bilingual word table (data/words.tsv, extensible with [WithWords]), the
// Normalizer generates the literal translations of every name and alias:
// word by word, with the French noun–adjective order, with "de"/"à"
// constructions ("l'échelle de l'IA", "IA à l'échelle"), AI rendered IA,
// plurals; it also knows the name in capitals or with accents ("SCALE",
// "Méta", "XAI"). Each match in the text is a candidate, scored from
// evidence: the form itself (an untranslated word next to a translated
// one is stronger than a lone common noun), a capital letter, a business
// verb after it or a cue such as "selon" or "fondateur de" before it
// (data/cues.tsv), the name appearing as such in the document, and a sure
// repair of the same entity by the same word elsewhere in the document.
// A candidate inside an idiom that is never a name ("mettre à l'échelle",
// "pomme de terre", data/idioms.tsv, extensible with [WithIdioms]) is
// dropped, and so is one after a place expression ("les rives de
// l'Amazone", "le fleuve", the "place" lines of data/cues.tsv). A name of
// an English article and a word French writes the same ("The
// Information") is found with a French article ("L'Information") only
// when the word is capitalized. A reversed form ("IA à l'échelle") is also ordinary French
// ("des pipelines d'IA à l'échelle"): it needs a cue, the name written as
// such in the document or a sure repair of the same entity, and after
// "de"/"d'" it needs a cue. A lower-case word after a determiner, or after
// a determiner or article and one or two adjectives ("une pomme", "la
// moindre rayure", data/determiners.tsv and data/premodifiers.tsv), is an
// ordinary noun; a lower-case candidate with no capital, no cue and no
// sure repair of the same words elsewhere is dropped. Candidates scoring
// at least 0.5 become edits of kind name, whose Confidence is the score;
// a form equal to the name as written is no edit.
//
// A repair replaces the whole garbled mention, with the definite article
// that belongs to it (l', le, la, les), by the canonical name: "le
// rival, l'échelle AI, a déposé" becomes "le rival, Scale AI, a déposé",
// and "selon le Temps Financier" becomes "selon Financial Times".
// Prepositions and contracted articles stay ("du", "au", "de"). An
// elided word glued to the mention takes its full form when the name
// starts with a consonant (data/elisions.tsv): "les clients d'Échelle
// AI" becomes "les clients de Scale AI", never "d'Scale AI"; a repair
// after an elided word the table does not know is not made.
//
// # Names in no list
//
// A capitalized French word of the word table (or such a noun with an
// adjective, a second noun or "IA" after it) that stands where a company
// stands is read back into English, in English word order: "Discorde a
// levé" → "Discord", "Entrepôt Domestique" → "Home Depot". Where a
// company stands is data: a business verb right after the words (the
// "after" cues), a cue before them ("selon", "chez", "au sein de"), or a
// comma and a company descriptor ("Bloc, la société de paiement", the
// "apposition" cues). Never inside a quotation, never a lower-case head,
// a given name (data/firstnames.tsv), a known name as written (any kind,
// "La Poste", "Tours"), a word after a determiner, a word glued to
// another capitalized word or the complement of one ("Laboratoire de
// Fusées"). Such an edit has Confidence 0.55 and Inferred set; when the
// back-translation is a known name, it takes the known spelling ("IA
// ouverte" → "Open AI" → "OpenAI") and is not marked inferred.
//
// Two entities with the same form are settled by a rule: a form of a
// canonical name beats a form of an alias, then the entity loaded first
// wins (gazetteer.Default loads kinds in the order ORG, PERSON, LOC,
// files in name order, lines in order).
//
// # Offsets
//
// A [Result] holds the original text, the normalized text and the edits,
// sorted, each with its span in both texts; between edits the two texts
// are the same. [Result.Span] maps a span of the normalized text back to
// the original, widening it over any replaced region it touches, so that
// a mention found in the normalized text shows the garbled original.
//
//	n, err := normalize.New()
//	if err != nil { … }
//	r, err := n.Normalize(ctx, text)
//	if err != nil { … }
//	i := strings.Index(r.Text, "Scale AI")
//	start, end := r.Span(i, i+len("Scale AI"))
//	fmt.Println(text[start:end]) // l’échelle AI
//
// # Concurrency
//
// The step functions are pure. A [Normalizer] is immutable after [New]
// and safe for concurrent use by multiple goroutines; per-call state is
// local. Tables are parsed on first use, never at import.
package normalize
