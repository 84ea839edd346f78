package analysis

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/elision.txt
var elisionData string

//go:embed data/clitics.txt
var cliticData string

//go:embed data/suffixes.txt
var suffixData string

//go:embed data/abbreviations.txt
var abbreviationData string

// langTables are the tokenizer's word lists for one language.
type langTables struct {
	elision  []string // longest first, apostrophe written '
	clitics  []string // longest first
	suffixes []string // in file order
	abbrevs  []string // sorted
}

// TableError reports a malformed line of an embedded table.
type TableError struct {
	Table string
	Line  int
	Text  string
}

// Error names the table and the line.
func (e *TableError) Error() string {
	return fmt.Sprintf("analysis: %s line %d: malformed entry %q", e.Table, e.Line, e.Text)
}

// readLangTable reads "lang entry" lines into a map from language to entries.
func readLangTable(name, data string) (map[string][]string, error) {
	out := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, &TableError{Table: name, Line: n, Text: line}
		}
		out[f[0]] = append(out[f[0]], f[1])
	}
	return out, sc.Err()
}

var tables = sync.OnceValues(func() (map[string]*langTables, error) {
	el, err := readLangTable("data/elision.txt", elisionData)
	if err != nil {
		return nil, err
	}
	cl, err := readLangTable("data/clitics.txt", cliticData)
	if err != nil {
		return nil, err
	}
	su, err := readLangTable("data/suffixes.txt", suffixData)
	if err != nil {
		return nil, err
	}
	ab, err := readLangTable("data/abbreviations.txt", abbreviationData)
	if err != nil {
		return nil, err
	}
	out := map[string]*langTables{}
	for _, lang := range Languages() {
		t := &langTables{elision: el[lang], clitics: cl[lang], suffixes: su[lang]}
		byLength := func(a, b string) int { return len(b) - len(a) }
		slices.SortStableFunc(t.elision, byLength)
		slices.SortStableFunc(t.clitics, byLength)
		t.abbrevs = append(slices.Clone(ab["*"]), ab[lang]...)
		slices.Sort(t.abbrevs)
		out[lang] = t
	}
	return out, nil
})
