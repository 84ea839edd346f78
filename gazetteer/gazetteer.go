package gazetteer

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Errors returned when a table cannot be read. They come wrapped in a
// *LineError that says where.
var (
	ErrSyntax = errors.New("gazetteer: syntax error")
	ErrKind   = errors.New("gazetteer: unknown kind")
	ErrEmpty  = errors.New("gazetteer: empty name")
	// ErrEncoding: the table is not valid UTF-8.
	ErrEncoding = errors.New("gazetteer: invalid UTF-8")
)

// LineError reports a bad entry in a table, with the file and the 1-based
// line (for JSON, the line where the entry starts).
type LineError struct {
	File string
	Line int
	Err  error
}

// Error gives the file, the line and what is wrong, as "file:line: …".
func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error, such as ErrKind.
func (e *LineError) Unwrap() error { return e.Err }

// Entry is one known entity: its kind, its canonical name (as the entity is
// known in international news) and other names it goes by.
type Entry struct {
	Kind    Kind     `json:"kind"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// Names returns the canonical name followed by the aliases.
func (e Entry) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// Gazetteer is an immutable table of entries indexed by folded name. The
// zero Gazetteer is empty and usable. A Gazetteer is safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	index   map[string][]int // Fold(name) → indexes into entries, ascending
}

// New builds a gazetteer from entries. Entries with the same kind and
// canonical name are merged, their aliases united. It returns an error
// wrapping ErrEmpty or ErrKind for an invalid entry.
func New(entries []Entry) (*Gazetteer, error) {
	g := &Gazetteer{index: make(map[string][]int)}
	byKey := make(map[string]int)
	for i, e := range entries {
		if strings.TrimSpace(e.Name) == "" {
			return nil, fmt.Errorf("entry %d: %w", i+1, ErrEmpty)
		}
		if e.Kind == KindUnknown || e.Kind > KindLoc {
			return nil, fmt.Errorf("entry %d (%s): %w %d", i+1, e.Name, ErrKind, e.Kind)
		}
		key := e.Kind.String() + "\x00" + e.Name
		j, ok := byKey[key]
		if !ok {
			j = len(g.entries)
			byKey[key] = j
			g.entries = append(g.entries, Entry{Kind: e.Kind, Name: e.Name})
		}
		for _, a := range e.Aliases {
			if a = strings.TrimSpace(a); a != "" && a != e.Name && !slices.Contains(g.entries[j].Aliases, a) {
				g.entries[j].Aliases = append(g.entries[j].Aliases, a)
			}
		}
	}
	for i, e := range g.entries {
		for _, n := range e.Names() {
			k := Fold(n)
			if ids := g.index[k]; len(ids) == 0 || ids[len(ids)-1] != i {
				g.index[k] = append(ids, i)
			}
		}
	}
	return g, nil
}

// With returns a new gazetteer holding g's entries and then extra. g is not
// modified.
func (g *Gazetteer) With(extra ...Entry) (*Gazetteer, error) {
	return New(append(slices.Clone(g.Entries()), extra...))
}

// Entries returns the entries in load order. The caller must not modify
// the returned slice.
func (g *Gazetteer) Entries() []Entry {
	if g == nil {
		return nil
	}
	return g.entries
}

// Lookup returns the entries one of whose names folds to the same key as
// name, in load order.
func (g *Gazetteer) Lookup(name string) []Entry {
	if g == nil {
		return nil
	}
	ids := g.index[Fold(name)]
	out := make([]Entry, len(ids))
	for i, id := range ids {
		out[i] = g.entries[id]
	}
	return out
}

// Fold returns the key under which names are compared: lower case, without
// diacritics, with typographic apostrophes, hyphens and runs of spaces made
// plain. Fold("L’Oréal") == Fold("l'oreal").
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			r = '\''
		case r == '‐' || r == '‑' || r == '–' || r == '—':
			r = '-'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

//go:embed data/*.tsv
var dataFS embed.FS

// Default returns the embedded gazetteer. It is parsed on first use and
// shared; later calls are cheap.
func Default() (*Gazetteer, error) { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var all []Entry
	for _, name := range names {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		es, err := ParseTSV(string(b), name)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	slices.SortStableFunc(all, func(a, b Entry) int { return cmp.Compare(a.Kind, b.Kind) })
	return New(all)
})
