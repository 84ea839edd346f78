// Package entities finds the organizations, people and places of a news
// article, names each once, canonically, and lists every mention with its
// byte span.
//
// # Method
//
// Names come from three sources, combined per document:
//
//   - the gazetteer (package gazetteer): known names and their aliases, in
//     any casing ("SCALE", "Méta" once repaired);
//   - rules for unknown names: runs of capitalized words across
//     apostrophes and hyphens, joined by "de"/"du"/"des" ("of" in English)
//     between two capitals ("Terres du Sud"), organization cues ("la
//     société X", "chez X", "X Inc.", "X Capital"), descriptor nouns per
//     language, which are cues and never part of the name ("der
//     Finanzinvestor X", German compounds such as "Softwarefirma X",
//     appositions such as "X, the private equity firm"), person cues
//     (given names, titles, roles and appositions: "Gil Luria, analyste
//     chez D.A. Davidson", "Siemens-Vorstandschef Roland Busch"), verbs
//     that follow a name ("a levé", "said"), place cues ("vallée du X",
//     "X (Aisne)", "in X, Michigan"), and tables of stop words so that
//     sentence-initial capitals and title-case headings give no junk;
//   - place rules: datelines ("CAMBRIDGE, England —"), a known place
//     after a comma ("Plouha, en Bretagne"), German adjectives of origin
//     before a noun ("Stuttgarter Firma" → Stuttgart) and court names
//     ("Arbeitsgericht Krefeld" → Krefeld);
//   - a capitalized particle after a given name starts the surname
//     ("Manon Le Goff", "Jean de La Fontaine"); a French article written
//     with a capital inside a sentence belongs to the name ("selon La
//     Gazette Bretonne"); initials before a known name join it ("A.P.
//     Moller-Maersk");
//   - a known name continued by capitalized words is the longer name
//     ("Samsung Heavy Industries", "Orange Belgium", "Times Square");
//     after "au"/"du" a name listed with "Le" is found ("au Parisien");
//   - in German, which capitalizes every noun, one capitalized word with
//     no cue of its own is a noun, not a name;
//   - amount text is never a name: currency and scale words next to a
//     figure or a currency sign ("900 Millionen Euro", "1,5 Md€", "US$"),
//     and any span the caller excludes with [Recognizer.RecognizeExcept]
//     (the amounts package money found);
//   - optionally a statistical recognizer (an implementation of [NER],
//     passed with [WithNER]), which raises confidence and types names the
//     rules found, never alone. extract.New plugs in prose's English
//     recognizer this way; a program using entities alone brings its own.
//
// Coreference then ties the forms of a name together within the document:
// "Eugene Ling" and "Ling", "Scale AI" and "Scale", casing variants,
// possessives ("Mercor’s"), acronyms. A person's role and organization
// are read from appositions and titles.
//
// # Data
//
// Word tables are embedded text files under data/, one entry per line,
// each headed by its source: given names, stop words per language,
// organization words (legal forms, designators, heads, place words), cues
// and roles, descriptor nouns per language, German common nouns, and
// currency and scale words.
//
// # Concurrency
//
// A [Recognizer] is immutable after [New] and safe for concurrent use;
// build one and share it. Tables are built once, on first use.
//
//	r, err := entities.New()
//	if err != nil { … }
//	ents, err := r.Recognize(ctx, text, nil)
//	for _, e := range ents {
//		fmt.Println(e.ID, e.Kind, e.Name, len(e.Mentions))
//	}
package entities
