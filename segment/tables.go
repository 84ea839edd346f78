package segment

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// abbrevFiles lists the embedded abbreviation tables, in the order they are merged.
var abbrevFiles = []string{
	"data/abbrev.en.txt",
	"data/abbrev.fr.txt",
	"data/abbrev.de.txt",
	"data/abbrev.es.txt",
	"data/abbrev.it.txt",
}

const startersFile = "data/starters.txt"

// maxAbbrevLen bounds the byte length of an abbreviation (without its final period); longer
// words are never looked up, which keeps the work per period constant.
const maxAbbrevLen = 32

// tables holds the lookup sets a Splitter uses. It is immutable once built.
type tables struct {
	// abbrevs maps an abbreviation without its final period to its kind. Entries of kind
	// Ordinary and Inner also appear with their first letter upper-cased, as written at the
	// start of a sentence, unless that form is itself an entry.
	abbrevs map[string]Kind
	// starters holds common sentence-opening words; elided forms appear with both the
	// straight and the typographic apostrophe.
	starters map[string]struct{}
	// entries and words are the sources of abbrevs and starters, kept to rebuild the sets
	// with extra abbreviations.
	entries []Abbreviation
	words   []string
}

// defaultTables parses the embedded tables once, on first use.
var defaultTables = sync.OnceValues(func() (*tables, error) {
	var entries []Abbreviation
	for _, name := range abbrevFiles {
		es, err := readAbbrevFile(name)
		if err != nil {
			return nil, err
		}
		entries = append(entries, es...)
	}
	starters, err := readStarters(startersFile)
	if err != nil {
		return nil, err
	}
	return buildTables(entries, starters)
})

// dataLines returns the entries of an embedded file with their 1-based line numbers,
// skipping blank lines and # comments.
func dataLines(name string) ([]string, []int, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, nil, fmt.Errorf("segment: %s: %w", name, err)
	}
	var lines []string
	var nums []int
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
		nums = append(nums, i+1)
	}
	return lines, nums, nil
}

func readAbbrevFile(name string) ([]Abbreviation, error) {
	lines, nums, err := dataLines(name)
	if err != nil {
		return nil, err
	}
	out := make([]Abbreviation, 0, len(lines))
	for i, line := range lines {
		text, class, _ := strings.Cut(line, "\t")
		k, ok := kindByName(class)
		if !ok {
			return nil, &TableError{File: name, Line: nums[i], Entry: line, Err: ErrInvalidAbbreviation}
		}
		a := Abbreviation{Text: text, Kind: k}
		if err := a.validate(); err != nil {
			return nil, &TableError{File: name, Line: nums[i], Entry: line, Err: err}
		}
		out = append(out, a)
	}
	return out, nil
}

func readStarters(name string) ([]string, error) {
	lines, nums, err := dataLines(name)
	if err != nil {
		return nil, err
	}
	for i, w := range lines {
		if w != strings.TrimSpace(w) || strings.ContainsFunc(w, unicode.IsSpace) {
			return nil, &TableError{File: name, Line: nums[i], Entry: w, Err: ErrInvalidWord}
		}
	}
	return lines, nil
}

// kindByName maps the class column of a table line to a Kind.
func kindByName(s string) (Kind, bool) {
	switch s {
	case "":
		return Ordinary, true
	case "title":
		return Title, true
	case "inner":
		return Inner, true
	}
	return 0, false
}

// buildTables merges abbreviation entries (later explicit entries of another kind are an
// error) and starter words into lookup sets.
func buildTables(entries []Abbreviation, starters []string) (*tables, error) {
	t := &tables{
		abbrevs:  make(map[string]Kind, 2*len(entries)),
		starters: make(map[string]struct{}, 2*len(starters)),
		entries:  entries,
		words:    starters,
	}
	for _, a := range entries {
		key := strings.TrimSuffix(a.Text, ".")
		if k, ok := t.abbrevs[key]; ok && k != a.Kind {
			return nil, fmt.Errorf("segment: abbreviation %q listed as %v and as %v: %w", key, k, a.Kind, ErrConflict)
		}
		t.abbrevs[key] = a.Kind
	}
	// Capitalized variants, added after all explicit entries so that these win.
	for _, a := range entries {
		if a.Kind == Title {
			continue
		}
		key := strings.TrimSuffix(a.Text, ".")
		if v := capitalize(key); v != key {
			if _, ok := t.abbrevs[v]; !ok {
				t.abbrevs[v] = a.Kind
			}
		}
	}
	for _, w := range starters {
		t.starters[w] = struct{}{}
		if base, ok := strings.CutSuffix(w, "'"); ok {
			t.starters[base+"’"] = struct{}{}
		}
	}
	return t, nil
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// withExtra returns new tables with extra abbreviations added; an extra entry replaces an
// embedded one with the same text (final period aside).
func (t *tables) withExtra(extra []Abbreviation) (*tables, error) {
	replaced := make(map[string]bool, len(extra))
	for _, a := range extra {
		replaced[strings.TrimSuffix(a.Text, ".")] = true
	}
	entries := make([]Abbreviation, 0, len(t.entries)+len(extra))
	for _, a := range t.entries {
		if !replaced[strings.TrimSuffix(a.Text, ".")] {
			entries = append(entries, a)
		}
	}
	return buildTables(append(entries, extra...), t.words)
}
