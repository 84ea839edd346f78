package segment

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Sentence is one sentence of a text: the half-open byte range [Start, End) into the text it
// was split from, trimmed of surrounding white space. Its zero value is an empty sentence.
type Sentence struct {
	Start, End int
}

// Text returns text[s.Start:s.End], or "" when the range does not fit text.
func (s Sentence) Text(text string) string {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return ""
	}
	return text[s.Start:s.End]
}

// Kind says how an abbreviation behaves before the next word. The zero value, KindUnknown,
// is not a valid kind for an Abbreviation.
type Kind uint8

// The kinds of abbreviation.
const (
	// KindUnknown is the zero Kind: not an abbreviation.
	KindUnknown Kind = iota
	// Ordinary abbreviations ("etc.", "févr.") end a sentence like any word, except before
	// a digit ("févr. 2025").
	Ordinary
	// Title abbreviations ("M.", "Dr.", "Mr.") precede a name and never end a sentence.
	Title
	// Inner abbreviations ("Inc.", "env.", "p.") usually stand inside a sentence: they end
	// one only before a common sentence-opening word ("The", "Le", …) or an opening quote.
	Inner
)

// String returns the name of the kind.
func (k Kind) String() string {
	switch k {
	case Ordinary:
		return "ordinary"
	case Title:
		return "title"
	case Inner:
		return "inner"
	}
	return "unknown"
}

// Abbreviation is an extra abbreviation for New. Text is written as in running text, final
// period optional ("Bros." or "Bros"); the lookup is case-sensitive, and a lower-case entry of
// kind Ordinary or Inner also matches with its first letter capitalized.
type Abbreviation struct {
	Text string
	Kind Kind
}

// ErrInvalidAbbreviation is the sentinel for an abbreviation that is empty, too long, contains
// white space, or has no valid Kind.
var ErrInvalidAbbreviation = errors.New("segment: invalid abbreviation")

// ErrConflict is the sentinel for an abbreviation given twice with different kinds.
var ErrConflict = errors.New("segment: abbreviation given with two kinds")

// ErrInvalidWord is the sentinel for a sentence-opening word that is empty or contains white
// space in an embedded table.
var ErrInvalidWord = errors.New("segment: invalid sentence-opening word")

// OptionError reports an invalid abbreviation given to WithAbbreviations. Index is the
// position of the entry among all abbreviations passed to New.
type OptionError struct {
	Index int
	Entry string
	Err   error
}

// Error implements error.
func (e *OptionError) Error() string {
	return fmt.Sprintf("segment: abbreviation %d (%q): %v", e.Index, e.Entry, e.Err)
}

// Unwrap returns the underlying error.
func (e *OptionError) Unwrap() error { return e.Err }

// TableError reports an invalid line in an embedded data table.
type TableError struct {
	File  string
	Line  int
	Entry string
	Err   error
}

// Error implements error.
func (e *TableError) Error() string {
	return fmt.Sprintf("segment: %s:%d: %q: %v", e.File, e.Line, e.Entry, e.Err)
}

// Unwrap returns the underlying error.
func (e *TableError) Unwrap() error { return e.Err }

func (a Abbreviation) validate() error {
	key := strings.TrimSuffix(a.Text, ".")
	switch {
	case key == "", len(key) > maxAbbrevLen, strings.ContainsFunc(key, unicode.IsSpace):
		return ErrInvalidAbbreviation
	case a.Kind != Ordinary && a.Kind != Title && a.Kind != Inner:
		return ErrInvalidAbbreviation
	}
	return nil
}

// Option configures a Splitter.
type Option func(*config)

type config struct {
	extra []Abbreviation
}

// WithAbbreviations adds abbreviations to the embedded tables; an entry replaces an embedded
// one with the same text.
func WithAbbreviations(abbrs ...Abbreviation) Option {
	abbrs = append([]Abbreviation(nil), abbrs...)
	return func(c *config) { c.extra = append(c.extra, abbrs...) }
}

// Splitter splits text into sentences with a given set of abbreviations. It is immutable
// after New and safe for concurrent use by multiple goroutines.
type Splitter struct {
	t *tables
}

// New returns a Splitter using the embedded abbreviation tables of all supported languages
// plus the options. It returns an *OptionError wrapping ErrInvalidAbbreviation for a bad
// extra abbreviation, an error wrapping ErrConflict when two extra abbreviations with the same
// text have different kinds, and a *TableError if an embedded table is malformed.
func New(opts ...Option) (*Splitter, error) {
	t, err := defaultTables()
	if err != nil {
		return nil, err
	}
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	for i, a := range c.extra {
		if err := a.validate(); err != nil {
			return nil, &OptionError{Index: i, Entry: a.Text, Err: err}
		}
	}
	if len(c.extra) > 0 {
		if t, err = t.withExtra(c.extra); err != nil {
			return nil, err
		}
	}
	return &Splitter{t: t}, nil
}

// emptyTables is used by Split if the embedded tables ever failed to load.
var emptyTables = &tables{abbrevs: map[string]Kind{}, starters: map[string]struct{}{}}

// Split splits text into sentences with the default Splitter (the embedded tables of all
// supported languages). See the package documentation for the rules.
func Split(text string) []Sentence {
	t, err := defaultTables()
	if err != nil {
		t = emptyTables
	}
	return split(text, t)
}

// Split splits text into sentences. A nil Splitter behaves like the package-level Split.
func (s *Splitter) Split(text string) []Sentence {
	if s == nil || s.t == nil {
		return Split(text)
	}
	return split(text, s.t)
}
