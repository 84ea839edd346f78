package events

import (
	"errors"
	"fmt"
)

// Span is a half-open range of byte offsets [Start, End) into Input.Text.
type Span struct{ Start, End int }

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Input is one document prepared by the pipeline: the (normalized) text and the
// items the other stages found in it. Every span indexes Text. Extract reads an
// Input and never modifies it.
type Input struct {
	Text       string     // the (normalized) article text
	Lang       string     // document language, "fr", "en", …
	Sentences  []Sentence // in order, covering the text
	Entities   []Entity
	Amounts    []Amount
	Quantities []Quantity
	Dates      []Date
}

// Sentence is one sentence of Input.Text with its language ("" means the
// document's language).
type Sentence struct {
	Span
	Lang string
}

// Entity is a named entity with its mentions in the text.
type Entity struct {
	ID, Type, Name string // Type: "ORG", "PERSON", "LOC"
	Mentions       []Span
	Role, Org      string // person attributes when known, e.g. Role "cofondateur", Org "Mercor"
}

// Amount is a money amount found in the text. Value, Min and Max are exact
// decimal strings ("14300000000"); Qualifier is one of "exact", "about",
// "up_to", "at_least", "more_than", "less_than", "range".
type Amount struct {
	Span
	Value, Currency, Qualifier, Min, Max string
	Vague                                bool
}

// Quantity is a number with a unit: "percent", "people", "jobs", "shares", …
type Quantity struct {
	Span
	Value, Unit string
}

// Date is a date found in the text; Value is ISO 8601 cut to Precision.
// Duration marks spans such as "six mois" that are lengths, not dates.
type Date struct {
	Span
	Value, Precision string
	Relative         bool
	Duration         bool
}

// Type is an event type, named as docs/SCHEMA.md names it ("funding_round",
// "lawsuit", …). The vocabulary is data: data/types.tsv lists every type
// with its roles, their kinds and the role sets an event must fill, and a
// table given to WithTables may add types. The constants name the types
// the extraction code treats apart. The zero value, TypeUnknown, is no
// type; Extract never returns it.
type Type string

// The types the extraction code names. Others (departure, partnership,
// bankruptcy, ipo, …) exist only in the tables.
const (
	TypeUnknown  Type = ""
	FundingRound Type = "funding_round"
	Valuation    Type = "valuation"
	Investment   Type = "investment"
	Acquisition  Type = "acquisition"
	Lawsuit      Type = "lawsuit"
	Layoff       Type = "layoff"
	Contract     Type = "contract"
	Hire         Type = "hire"
	Quote        Type = "quote"
)

// String returns the name of t ("funding_round", …), or "" for TypeUnknown.
func (t Type) String() string { return string(t) }

// MarshalText implements encoding.TextMarshaler. TypeUnknown is an error
// wrapping ErrUnknownType.
func (t Type) MarshalText() ([]byte, error) {
	if t == TypeUnknown {
		return nil, fmt.Errorf("events: marshal type: %w", ErrUnknownType)
	}
	return []byte(t), nil
}

// ParseType returns the Type named s, one of the embedded data/types.tsv.
// The error wraps ErrUnknownType (or ErrTable if the tables are malformed).
// Types added by WithTables are known to their Extractor only (see
// Extractor.Types).
func ParseType(s string) (Type, error) {
	tb, err := loadTables()
	if err != nil {
		return TypeUnknown, err
	}
	return tb.parseType(s)
}

// Modality says how the text presents an event. The zero value is
// ModalityUnknown, which Extract never returns: an event without any cue is
// Asserted.
type Modality uint8

// The modalities of the depeche/v1 contract.
const (
	ModalityUnknown Modality = iota
	Asserted                 // stated as fact
	Reported                 // hearsay: French conditional, "selon", "reportedly"
	Alleged                  // claimed in a complaint: "allègue", "alleges"
	Planned                  // intended: "prévoit de", "plans to"
	Denied                   // denied: "dément", "denies"
)

var modalityNames = [...]string{"", "asserted", "reported", "alleged", "planned", "denied"}

// String returns the contract name of m ("asserted", …), or "" for ModalityUnknown.
func (m Modality) String() string {
	if int(m) < len(modalityNames) {
		return modalityNames[m]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (m Modality) MarshalText() ([]byte, error) {
	if m == ModalityUnknown || int(m) >= len(modalityNames) {
		return nil, fmt.Errorf("events: marshal modality %d: %w", m, ErrUnknownModality)
	}
	return []byte(m.String()), nil
}

// ParseModality returns the Modality named s. The error wraps ErrUnknownModality.
func ParseModality(s string) (Modality, error) {
	for i, n := range modalityNames {
		if i > 0 && n == s {
			return Modality(i), nil
		}
	}
	return ModalityUnknown, fmt.Errorf("events: modality %q: %w", s, ErrUnknownModality)
}

// Event is one business event found in a document. Span is its primary
// evidence (the first sentence that tells it); Evidence lists every sentence
// that tells it, in text order. Rule names the table entry that produced it,
// as "<lang>.<type>.<name>". Events are plain values: Extract returns new
// ones on each call and keeps no reference to them.
type Event struct {
	Type       Type
	Modality   Modality
	Confidence float64 // in [0, 1]
	Rule       string
	Span
	Evidence  []Span
	Date      *Date // nil when the text gives none
	Arguments []Argument
}

// Argument is one role of an event. An entity argument carries Entity (the
// entity ID) and Name; a money argument Value and Currency (and Min, Max,
// Qualifier); a number Value and Unit; a word such as a round Value alone.
// Span is the argument's surface text in Input.Text.
type Argument struct {
	Role   string
	Entity string // entity ID
	Name   string
	Span
	Value, Currency, Min, Max, Qualifier, Unit string
}

// Errors returned by this package. Each is wrapped with details; test with errors.Is.
var (
	ErrUnknownType     = errors.New("events: unknown event type")
	ErrUnknownModality = errors.New("events: unknown modality")
	ErrTable           = errors.New("events: malformed data table")
	ErrSpan            = errors.New("events: span outside the text")
	ErrOption          = errors.New("events: invalid option")
)

// TableError reports a malformed line in an embedded data table.
type TableError struct {
	File string
	Line int
	Err  error
}

// Error gives the file, the line and what is wrong.
func (e *TableError) Error() string {
	return fmt.Sprintf("events: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *TableError) Unwrap() error { return e.Err }

// SpanError reports an input item whose span does not fit Input.Text.
type SpanError struct {
	Field string // "Sentences", "Entities", "Amounts", "Quantities", "Dates"
	Index int    // index of the item in that field
	Span  Span
	Len   int // len(Input.Text)
}

// Error says which span is outside the text.
func (e *SpanError) Error() string {
	return fmt.Sprintf("events: %s[%d] span [%d,%d) outside text of %d bytes", e.Field, e.Index, e.Span.Start, e.Span.End, e.Len)
}

// Unwrap returns ErrSpan.
func (e *SpanError) Unwrap() error { return ErrSpan }
