package dates

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// Precision says how much of a date an expression states. The zero value,
// PrecisionUnknown, is the precision of a relative expression that could not be resolved.
type Precision uint8

// Precisions, coarsest first.
const (
	PrecisionUnknown Precision = iota
	PrecisionDecade            // "199": the 1990s (ISO 8601 reduced precision)
	PrecisionYear              // "2025"
	PrecisionHalf              // "2025-H1"
	PrecisionQuarter           // "2025-Q1"
	PrecisionSeason            // "2025-22": ISO 8601-2 season code (21 spring … 24 winter)
	PrecisionMonth             // "2025-06"
	PrecisionWeek              // "2025-W36": ISO week
	PrecisionDay               // "2025-06-12"
	PrecisionHour              // durations only: "PT24H"
)

var precisionNames = [...]string{"unknown", "decade", "year", "half", "quarter", "season", "month", "week", "day", "hour"}

// String returns the lower-case name of p: "unknown", "decade", "year", "half",
// "quarter", "season", "month", "week", "day" or "hour".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", uint8(p))
}

// MarshalText returns the name of p, for JSON.
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// Kind says what an expression denotes. The zero value, KindUnknown, is never returned by
// Find or Parse.
type Kind uint8

// Kinds of expressions.
const (
	KindUnknown  Kind = iota
	KindDate          // a point or period of the calendar: "en juin", "hier", "T1 2025"
	KindDuration      // a length of time: "six mois", "four years"
)

// String returns "unknown", "date" or "duration".
func (k Kind) String() string {
	switch k {
	case KindDate:
		return "date"
	case KindDuration:
		return "duration"
	}
	return "unknown"
}

// MarshalText returns the name of k, for JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Mod qualifies the period an expression names: a part of it ("début juin", "late 2024")
// or a bound ("depuis 2014", "d'ici 2030"). The zero value, ModNone, means the period itself.
type Mod uint8

// Modifiers.
const (
	ModNone   Mod = iota
	ModStart      // début, early, Anfang, principios, inizio
	ModMid        // mi-, mid, Mitte, mediados, metà
	ModEnd        // fin, late, end, Ende, finales, fine
	ModSince      // depuis, since, from, seit, desde, dal
	ModBy         // d'ici, by, bis, para, entro
	ModUntil      // jusqu'en, until, hasta, fino al
	ModBefore     // avant, before
	ModAfter      // après, after
	ModRange      // "du 25 au 27 janvier", "2014-2018": From and To give both ends
)

var modStrings = [...]string{"none", "start", "mid", "end", "since", "by", "until", "before", "after", "range"}

// String returns the name of m: "none", "start", "mid", "end", "since", "by", "until",
// "before", "after" or "range".
func (m Mod) String() string {
	if int(m) < len(modStrings) {
		return modStrings[m]
	}
	return fmt.Sprintf("Mod(%d)", uint8(m))
}

// MarshalText returns the name of m, for JSON.
func (m Mod) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Bound is one end of a range: its Value in ISO 8601 cut to its Precision.
type Bound struct {
	Value     string
	Precision Precision
}

// Note flags what a reader should know about an expression. Notes combine as bits;
// the zero value notes nothing.
type Note uint8

// Notes.
const (
	// NoteWeekdayMismatch: the weekday written with a date is not that date's
	// ("vendredi 7 juin 2025" is a Saturday). The date wins; the weekday is noted.
	NoteWeekdayMismatch Note = 1 << iota
	// NoteReversed: a range whose end precedes its start ("de 2018 à 2014"). It is
	// kept as written.
	NoteReversed
)

var noteNames = [...]string{"weekday_mismatch", "reversed_range"}

// Strings returns the names of the notes of n, in bit order: "weekday_mismatch",
// "reversed_range".
func (n Note) Strings() []string {
	var out []string
	for i, name := range noteNames {
		if n&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

// Expr is one time expression. It is a plain value, safe to copy and share.
type Expr struct {
	// Start and End are byte offsets, half-open, into the text given to Find or Parse;
	// Text is text[Start:End].
	Start, End int
	Text       string
	Kind       Kind
	// Value is ISO 8601 cut to Precision: "199" (the 1990s), "2025", "2025-H1", "2025-Q1", "2025-22"
	// (summer, ISO 8601-2), "2025-06", "2025-W36", "2025-06-12"; for durations an ISO 8601
	// duration such as "P6M". It is "" when a relative expression had no reference date.
	Value     string
	Precision Precision
	// Mod qualifies the period: part of it or a bound.
	Mod Mod
	// Relative is true when the reference date (or an earlier date of the text) was
	// needed to resolve the expression.
	Relative bool
	// Base is what a relative expression was resolved against, as an ISO 8601 day
	// ("2025-09-05"); "" when the expression is absolute or unresolved.
	Base string
	// From and To are the two ends of a range (Mod ModRange), each with its own
	// precision ("Jan-Feb 2017": 2017-01 and 2017-02); Value and Precision are
	// then those of From. They are zero for other expressions.
	From Bound `json:",omitzero"`
	To   Bound `json:",omitzero"`
	// Notes flags a weekday that does not match its date, or a reversed range.
	Notes Note `json:",omitzero"`
}

// Errors returned by Parse, wrapped in a *ParseError.
var (
	ErrEmpty  = errors.New("dates: empty input")
	ErrSyntax = errors.New("dates: not a time expression")
	ErrRange  = errors.New("dates: value out of range")
)

// ParseError records where Parse failed. Offset is a byte offset into Input. It is a
// plain value, safe to share once returned.
type ParseError struct {
	Input  string
	Offset int
	Err    error
}

// Error returns the message of the error with its position.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%v at byte %d of %q", e.Err, e.Offset, e.Input)
}

// Unwrap returns the sentinel error (ErrEmpty, ErrSyntax, ErrRange).
func (e *ParseError) Unwrap() error { return e.Err }

// Option configures Find and Parse. Options are plain functions without state, safe
// to share between goroutines.
type Option func(*options)

type options struct {
	ref  time.Time
	mask langMask
	en   bool // month-first numeric dates
}

// WithReference sets the reference date, usually the publication date of the article.
// Only its calendar date (in its own location) is used. Without it, or with the zero
// time, relative expressions keep their text with PrecisionUnknown and an empty Value.
func WithReference(t time.Time) Option {
	return func(o *options) { o.ref = t }
}

// WithLanguage restricts the vocabulary to the base language of tag when it is one of
// French, English, German, Spanish or Italian (other tags are ignored), and makes
// numeric dates month-first for English ("09/05/2025" is September 5). Without it all
// five vocabularies are tried and numeric dates are day-first unless only month-first
// is possible.
func WithLanguage(tag language.Tag) Option {
	return func(o *options) {
		base, _ := tag.Base()
		if m := maskOf(base.String()); m != 0 {
			o.mask = m
			o.en = base.String() == "en"
		}
	}
}

func buildOptions(opts []Option) options {
	o := options{mask: allLangs}
	for _, f := range opts {
		if f != nil {
			f(&o)
		}
	}
	return o
}

// Find returns the time expressions of text, sorted by Start, without overlaps. Spans are
// byte offsets into text. Find never fails: text that is not a time expression is skipped,
// and invalid UTF-8 is treated as punctuation.
func Find(text string, opts ...Option) []Expr {
	lx, err := loadLexicon()
	if err != nil {
		return nil
	}
	p := newParser(text, lx, buildOptions(opts), false)
	return p.findAll()
}

// Parse reads s as exactly one time expression, surrounding spaces allowed. It is more
// lenient than Find: bare years ("2025"), ambiguous words ("mars", "may") and ISO 8601
// values as produced in Expr.Value ("2025-Q1", "2025-W36", "P6M") are accepted. Offsets
// in the result are into s.
//
// On failure it returns the zero Expr and a *ParseError wrapping ErrEmpty, ErrSyntax
// (Offset is where the expression stopped being readable) or ErrRange (a field out of
// range, such as "31 février 2025").
func Parse(s string, opts ...Option) (Expr, error) {
	lx, err := loadLexicon()
	if err != nil {
		return Expr{}, err
	}
	trimmed := strings.TrimSpace(s)
	if trimmed == "" {
		return Expr{}, &ParseError{Input: s, Offset: 0, Err: ErrEmpty}
	}
	lead := strings.Index(s, trimmed)
	o := buildOptions(opts)
	if e, ok, err := parseISOValue(s, lead, len(trimmed)); ok || err != nil {
		return e, err
	}
	p := newParser(s, lx, o, true)
	if len(p.toks) == 0 {
		return Expr{}, &ParseError{Input: s, Offset: lead, Err: ErrSyntax}
	}
	e, end, ok := p.at(0)
	switch {
	case p.rangeErr >= 0 && (!ok || end < len(p.toks)):
		return Expr{}, &ParseError{Input: s, Offset: p.rangeErr, Err: ErrRange}
	case !ok:
		return Expr{}, &ParseError{Input: s, Offset: lead, Err: ErrSyntax}
	case end < len(p.toks):
		return Expr{}, &ParseError{Input: s, Offset: p.toks[end].start, Err: ErrSyntax}
	case p.rangeErr >= 0 && e.Value == "" && e.Kind != KindDuration:
		return Expr{}, &ParseError{Input: s, Offset: p.rangeErr, Err: ErrRange} // resolves outside years 1–9999
	}
	return e, nil
}
