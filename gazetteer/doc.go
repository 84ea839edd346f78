// Package gazetteer holds the names depeche knows in advance: organizations,
// people and places, each with a canonical name and its aliases.
//
// The table is data, not code. The default gazetteer is embedded from
// plain TSV files (see data/) and built on first use; users add their own
// entries through [New], [Gazetteer.With] and [LoadFile].
//
// # File format
//
// A TSV file has one entry per line: the kind (ORG, PERSON or LOC), the
// canonical name and, optionally, aliases separated by "|". Blank lines
// and lines starting with "#" are ignored; the first comment names the
// source of the data.
//
//	ORG	Meta	Meta Platforms|Facebook
//	LOC	California	Californie|Kalifornien|California
//
// A JSON file holds an array of objects {"kind", "name", "aliases"}.
// A bad line fails the load with a [*LineError] naming the file and line.
//
// # Matching
//
// Lookups compare folded keys (see [Fold]): case, diacritics and
// apostrophe variants do not matter. Finding names in running text is the
// job of the entities and normalize packages, which use this table.
//
// # Concurrency
//
// A Gazetteer is immutable once built and safe for concurrent use.
//
//	g, err := gazetteer.Default()
//	if err != nil { … }
//	for _, e := range g.Lookup("meta platforms") {
//		fmt.Println(e.Kind, e.Name) // ORG Meta
//	}
package gazetteer
