package prosener

import (
	"context"
	"fmt"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
)

// Recognizer runs prose's tokenizer, tagger and entity classifier on
// English sentences. It is safe for concurrent use.
type Recognizer struct {
	tok    *tokenize.Tokenizer
	tagger tag.Interface
	ext    *ner.Extracter
}

var _ entities.NER = (*Recognizer)(nil)

// New loads prose's English models (once per process) and returns a
// Recognizer.
func New() (*Recognizer, error) {
	tg, err := tag.Open(tag.Default)
	if err != nil {
		return nil, fmt.Errorf("prosener: tagger: %w", err)
	}
	ex, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("prosener: entity model: %w", err)
	}
	return &Recognizer{tok: tokenize.New(), tagger: tg, ext: ex}, nil
}

// Kind maps a prose entity label to an entities.Kind; it returns
// KindUnknown for labels that name no organization, person or place.
func Kind(label string) entities.Kind {
	switch label {
	case "PERSON":
		return entities.KindPerson
	case "GPE", "LOC", "FAC":
		return entities.KindLoc
	case "ORG":
		return entities.KindOrg
	}
	return entities.KindUnknown
}

// Entities returns prose's entities in text[s.Start:s.End] as candidates
// with byte offsets into text. It returns nil for a sentence whose Lang is
// not "en" or whose bounds do not fit text.
func (r *Recognizer) Entities(ctx context.Context, text string, s entities.Sentence) ([]entities.Candidate, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if s.Lang != "en" || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return nil, nil
	}
	src := text[s.Start:s.End]
	toks := r.tok.Tokenize(src)
	if len(toks) == 0 {
		return nil, nil
	}
	r.tagger.TagTokens(toks)
	r.ext.Label(toks)
	var out []entities.Candidate
	for _, e := range r.ext.Chunk(src, toks) {
		k := Kind(e.Label)
		if k == entities.KindUnknown || e.Start < 0 || e.End() > len(src) {
			continue
		}
		out = append(out, entities.Candidate{Start: s.Start + e.Start, End: s.Start + e.End(), Kind: k})
	}
	return out, nil
}
