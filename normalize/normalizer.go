package normalize

import (
	"context"
	"fmt"
	"sync"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// Option configures a Normalizer built by [New].
type Option func(*options)

type options struct {
	gaz      *gazetteer.Gazetteer
	words    []Word
	idioms   []string
	noNames  bool
	gazIsSet bool
}

// WithGazetteer sets the table of known entities whose garbled names are
// repaired. It defaults to [gazetteer.Default].
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(o *options) { o.gaz, o.gazIsSet = g, true }
}

// WithWords adds entries to the bilingual word table (see [ParseWords]
// for reading them from a file).
func WithWords(words ...Word) Option {
	return func(o *options) { o.words = append(o.words, words...) }
}

// WithIdioms adds expressions that never name an entity, such as
// "mettre à l'échelle": a candidate whose translated words fall inside
// one of them is not repaired.
func WithIdioms(idioms ...string) Option {
	return func(o *options) { o.idioms = append(o.idioms, idioms...) }
}

// WithNames turns name repair on (the default) or off.
func WithNames(on bool) Option {
	return func(o *options) { o.noNames = !on }
}

// Normalizer repairs text and, unless disabled, garbled names. Its tables
// are built once by [New] and never modified: a Normalizer is safe for
// concurrent use by multiple goroutines.
type Normalizer struct {
	names *nameIndex // nil when name repair is off
}

// New builds a Normalizer. It returns an error when an embedded table
// cannot be read or the default gazetteer cannot be loaded.
func New(opts ...Option) (*Normalizer, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.noNames {
		return &Normalizer{}, nil
	}
	if !o.gazIsSet {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, fmt.Errorf("normalize: %w", err)
		}
		o.gaz = g
	}
	t, err := defaultTables()
	if err != nil {
		return nil, fmt.Errorf("normalize: %w", err)
	}
	return &Normalizer{names: buildIndex(o.gaz, t, o.words, o.idioms)}, nil
}

// Normalize repairs text: the text repair steps of [String], in order,
// then name repair. Every change is an Edit of the Result, whose offset
// map leads back to text. It returns ctx's error, wrapped, if ctx is done
// before the end.
func (n *Normalizer) Normalize(ctx context.Context, text string) (Result, error) {
	cur := text
	var edits []Edit
	for range maxPasses {
		changed := false
		for _, st := range steps {
			if err := ctx.Err(); err != nil {
				return Result{}, fmt.Errorf("normalize: %w", err)
			}
			for range maxPasses {
				reps := st.scan(cur, nil)
				if len(reps) == 0 {
					break
				}
				cur, edits = compose(text, cur, edits, reps)
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	if n != nil && n.names != nil {
		reps, err := n.names.repair(ctx, cur)
		if err != nil {
			return Result{}, fmt.Errorf("normalize: %w", err)
		}
		cur, edits = compose(text, cur, edits, reps)
	}
	return Result{Original: text, Text: cur, Edits: edits}, nil
}

var defaultNormalizer = sync.OnceValues(func() (*Normalizer, error) { return New() })

// Normalize repairs text with a default Normalizer (the default
// gazetteer, name repair on), built on first use.
func Normalize(text string) (Result, error) {
	n, err := defaultNormalizer()
	if err != nil {
		return Result{}, err
	}
	return n.Normalize(context.Background(), text)
}
