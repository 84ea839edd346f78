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
//   - rules for unknown names, in French and English: runs of capitalized
//     words across apostrophes and hyphens, organization cues ("la société
//     X", "chez X", "X Inc.", "X Capital"), person cues (given names, titles,
//     roles and appositions: "Gil Luria, analyste chez D.A. Davidson"),
//     verbs that follow a name ("a levé", "said"), and tables of stop words
//     so that sentence-initial capitals and title-case headings give no
//     junk;
//   - optionally a statistical recognizer ([NER], see internal/prosener),
//     which raises confidence and types names the rules found, never alone.
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
// organization words (legal forms, designators, heads), cues and roles.
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
