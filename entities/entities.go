package entities

import (
	"context"
	"errors"
	"fmt"

	"github.com/depeche-nlp/depeche/entities/tagger"
	"github.com/depeche-nlp/depeche/gazetteer"
)

// Kind is the type of an entity: KindOrg, KindPerson or KindLoc. The zero
// Kind is KindUnknown.
type Kind = gazetteer.Kind

// The kinds of entity, re-exported from the gazetteer package.
const (
	KindUnknown = gazetteer.KindUnknown
	KindOrg     = gazetteer.KindOrg
	KindPerson  = gazetteer.KindPerson
	KindLoc     = gazetteer.KindLoc
)

// Mention is one occurrence of an entity: the half-open byte span
// [Start, End) of the text given to Recognize, and Text == text[Start:End].
type Mention struct {
	Start, End int
	Text       string
}

// Entity is an organization, person or place named in a document, once,
// with every mention.
type Entity struct {
	// ID is "E1", "E2"… in order of first mention.
	ID   string
	Kind Kind
	// Name is the canonical name: the gazetteer's when the entity is
	// known, else the fullest form the document uses.
	Name string
	// Confidence is in [0, 1]: 0.95 for a gazetteer name, about 0.8 for a
	// name with a cue (legal form, role, given name, "la société X"), 0.5
	// for a bare capitalized name mid-sentence; more mentions raise it.
	Confidence float64
	// Mentions are sorted by Start.
	Mentions []Mention
	// Role and Org are set for a person when the text gives them: Role is
	// a canonical English job title ("CEO", "co-founder"), Org the
	// canonical name of the organization.
	Role string
	Org  string
}

// Sentence is a span of the text with its language ("fr", "en", … or ""
// when unknown).
type Sentence struct {
	Start, End int
	Lang       string
}

// Span is a half-open byte range [Start, End) of the text given to
// RecognizeExcept.
type Span struct {
	Start, End int
}

// Candidate is a span that a named-entity recognizer proposes, with a kind.
type Candidate struct {
	Start, End int
	Kind       Kind
}

// NER is the extension point for a statistical recognizer, passed with
// WithNER (package extract passes its adapter of prose's English model,
// which is internal to depeche). Its candidates are one signal among several: they
// raise the confidence of names that the rules found and choose between
// gazetteer entries of different kinds, but never make an entity on their
// own nor override the kind the rules give. Implementations must be safe for concurrent
// use and return offsets into text.
type NER interface {
	Entities(ctx context.Context, text string, s Sentence) ([]Candidate, error)
}

// ErrSentence reports a sentence whose bounds do not fit the text.
var ErrSentence = errors.New("entities: sentence out of bounds")

// SentenceError is the error for a bad sentence: its index in the slice
// given to Recognize and its bounds.
type SentenceError struct {
	Index      int
	Start, End int
	Len        int // length of the text
}

// Error describes the sentence and the text's length.
func (e *SentenceError) Error() string {
	return fmt.Sprintf("entities: sentence %d [%d,%d) out of bounds for text of %d bytes", e.Index, e.Start, e.End, e.Len)
}

// Unwrap returns ErrSentence.
func (e *SentenceError) Unwrap() error { return ErrSentence }

// Option configures a Recognizer.
type Option func(*config) error

type config struct {
	gaz     *gazetteer.Gazetteer
	files   []string
	extra   []gazetteer.Entry
	ner     NER
	minConf float64
	// tagger turns the name tagger on; taggers replaces the embedded
	// model of a language
	tagger  bool
	taggers map[string]*tagger.Model
}

// WithTagger turns on the learned name tagger (package entities/tagger)
// for the languages it has a model for (French, English, German): it
// proposes names and kinds, which the gazetteer and the rules' evidence
// confirm, canonicalize and merge. Other languages keep the rules alone.
func WithTagger() Option {
	return func(c *config) error {
		c.tagger = true
		return nil
	}
}

// WithTaggerModel turns on the name tagger with m instead of the embedded
// model of its language.
func WithTaggerModel(m *tagger.Model) Option {
	return func(c *config) error {
		if m == nil {
			return fmt.Errorf("%w: nil tagger model", ErrOption)
		}
		if c.taggers == nil {
			c.taggers = map[string]*tagger.Model{}
		}
		c.taggers[m.Lang()] = m
		c.tagger = true
		return nil
	}
}

// WithGazetteer replaces the default gazetteer (gazetteer.Default()).
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(c *config) error {
		if g == nil {
			return fmt.Errorf("%w: nil gazetteer", ErrOption)
		}
		c.gaz = g
		return nil
	}
}

// WithGazetteerFile adds the entries of a user TSV or JSON file (see
// gazetteer.LoadFile) to the gazetteer. A bad line makes New fail with a
// *gazetteer.LineError naming the file and line.
func WithGazetteerFile(path string) Option {
	return func(c *config) error {
		c.files = append(c.files, path)
		return nil
	}
}

// WithEntries adds entries to the gazetteer.
func WithEntries(entries ...gazetteer.Entry) Option {
	return func(c *config) error {
		c.extra = append(c.extra, entries...)
		return nil
	}
}

// WithNER adds a statistical recognizer as one more signal.
func WithNER(n NER) Option {
	return func(c *config) error {
		c.ner = n
		return nil
	}
}

// WithMinConfidence sets the confidence below which entities are dropped
// (default 0.5). It must be in [0, 1].
func WithMinConfidence(min float64) Option {
	return func(c *config) error {
		if !(min >= 0 && min <= 1) {
			return fmt.Errorf("%w: min confidence %v not in [0, 1]", ErrOption, min)
		}
		c.minConf = min
		return nil
	}
}

// ErrOption reports an invalid option.
var ErrOption = errors.New("entities: invalid option")
