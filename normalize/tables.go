package normalize

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// Errors returned when a word, idiom or cue table cannot be read. They
// come wrapped in a *LineError that says where.
var (
	ErrSyntax = errors.New("normalize: syntax error")
	ErrEmpty  = errors.New("normalize: empty entry")
)

// LineError reports a bad line in a table, with the file and the 1-based
// line.
type LineError struct {
	File string
	Line int
	Err  error
}

// Error gives the file, the line and what is wrong, as "file:line: …".
func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error, such as ErrSyntax.
func (e *LineError) Unwrap() error { return e.Err }

// Word is an entry of the bilingual word table: a common English word
// found in names and the words machine translation renders it by, in
// French, German, Spanish or Italian. Adjective marks words that French
// puts after the noun ("Financial Times" → "Temps Financier"); Function
// marks articles and prepositions ("the", "of"), which are translated but
// say nothing about a name.
type Word struct {
	English      string
	Adjective    bool
	Function     bool
	Translations []string
	// French holds the French translations (the first cell), also part
	// of Translations: name inference reads them back into English.
	French []string
}

//go:embed data/*.tsv
var dataFS embed.FS

// tables holds the parsed embedded data.
type tables struct {
	words  []Word
	idioms []string
	// determiners before which a lower-case word is an ordinary noun
	determiners []string
	after       []string // cues that follow a name
	before      []string // cues that precede a name
	place       []string // expressions before a place name, which veto a repair
	// articles and adjectives that make a lower-case word after them an
	// ordinary noun ("la moindre rayure")
	articles, adjectives []string
	elisions             map[string]string // elided word → full form
	// descriptors: after a comma, they put the words before them in
	// apposition to a company ("Bloc, la société de paiement")
	descriptors []string
	// first names, which are never inferred as company names
	firstNames []string
}

var defaultTables = sync.OnceValues(func() (*tables, error) {
	t := &tables{}
	files, err := fs.Glob(dataFS, "data/words*.tsv") // sorted: words.tsv first
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		ws, err := ParseWords(string(b), f)
		if err != nil {
			return nil, err
		}
		t.words = append(t.words, ws...)
	}
	b, err := dataFS.ReadFile("data/firstnames.tsv")
	if err != nil {
		return nil, err
	}
	t.firstNames = lines(string(b))
	if b, err = dataFS.ReadFile("data/idioms.tsv"); err != nil {
		return nil, err
	}
	t.idioms = lines(string(b))
	if b, err = dataFS.ReadFile("data/determiners.tsv"); err != nil {
		return nil, err
	}
	t.determiners = lines(string(b))
	if err := t.readPremodifiers(); err != nil {
		return nil, err
	}
	if b, err = dataFS.ReadFile("data/cues.tsv"); err != nil {
		return nil, err
	}
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
			continue
		}
		pos, cue, ok := strings.Cut(l, "\t")
		switch {
		case ok && pos == "after":
			t.after = append(t.after, cue)
		case ok && pos == "before":
			t.before = append(t.before, cue)
		case ok && pos == "place":
			t.place = append(t.place, cue)
		case ok && pos == "apposition":
			t.descriptors = append(t.descriptors, cue)
		default:
			return nil, &LineError{File: "data/cues.tsv", Line: i + 1, Err: fmt.Errorf("%w: want after|before|place|apposition<TAB>expression", ErrSyntax)}
		}
	}
	return t, nil
})

// readPremodifiers reads data/premodifiers.tsv and data/elisions.tsv.
func (t *tables) readPremodifiers() error {
	pairs, err := readPairs("data/premodifiers.tsv")
	if err != nil {
		return err
	}
	for _, p := range pairs {
		switch p.key {
		case "art":
			t.articles = append(t.articles, p.value)
		case "adj":
			t.adjectives = append(t.adjectives, p.value)
		default:
			return &LineError{File: "data/premodifiers.tsv", Line: p.line, Err: fmt.Errorf("%w: kind %q (want art or adj)", ErrSyntax, p.key)}
		}
	}
	if pairs, err = readPairs("data/elisions.tsv"); err != nil {
		return err
	}
	t.elisions = make(map[string]string, len(pairs))
	for _, p := range pairs {
		t.elisions[p.key] = p.value
	}
	return nil
}

// pair is a key<TAB>value line of a table, with its 1-based line.
type pair struct {
	line       int
	key, value string
}

// readPairs reads an embedded table of key<TAB>value lines.
func readPairs(file string) ([]pair, error) {
	b, err := dataFS.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []pair
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(l, "\t")
		if !ok || k == "" || v == "" {
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w: want key<TAB>value", ErrSyntax)}
		}
		out = append(out, pair{line: i + 1, key: k, value: v})
	}
	return out, nil
}

// lines returns the non-blank, non-comment lines of a table.
func lines(data string) []string {
	var out []string
	for l := range strings.SplitSeq(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}

// ParseWords reads a word table: one word a line, as
// english<TAB>pos<TAB>French<TAB>German<TAB>Spanish<TAB>Italian, with
// alternatives separated by "|" and pos one of n (noun), a (adjective),
// acr (acronym) or x (function word). Empty cells are allowed; blank
// lines and lines starting with "#" are skipped. file names the source in
// errors; a bad line gives a *LineError.
func ParseWords(data, file string) ([]Word, error) {
	var out []Word
	for i, l := range strings.Split(data, "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w: want english<TAB>pos<TAB>translations…, got %d fields", ErrSyntax, len(f))}
		}
		w := Word{English: strings.TrimSpace(f[0])}
		if w.English == "" {
			return nil, &LineError{File: file, Line: i + 1, Err: ErrEmpty}
		}
		switch strings.TrimSpace(f[1]) {
		case "a":
			w.Adjective = true
		case "x":
			w.Function = true
		case "n", "acr":
		default:
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w: part of speech %q (want n, a, acr or x)", ErrSyntax, f[1])}
		}
		for k, cell := range f[2:] {
			for tr := range strings.SplitSeq(cell, "|") {
				if tr = strings.TrimSpace(tr); tr != "" {
					w.Translations = append(w.Translations, tr)
					if k == 0 {
						w.French = append(w.French, tr)
					}
				}
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// Words returns the embedded bilingual word table: the common English
// words found in names, with their translations. Other stages use it to
// tell which names are also ordinary words. The caller may modify the
// returned slice.
func Words() ([]Word, error) {
	t, err := defaultTables()
	if err != nil {
		return nil, err
	}
	return slices.Clone(t.words), nil
}
