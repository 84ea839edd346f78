package extract

import (
	"context"
	"errors"
	"fmt"

	"github.com/depeche-nlp/depeche/analysis"
	"github.com/depeche-nlp/depeche/segment"
)

// Token is one word of the analysis layer, in the document only when Config.Tokens is set
// (an addition to depeche/v1). Text[Start:End] is the word as written; the words of a
// multiword token ("du" = "de" + "le") share its span and Form gives each one. Head is the
// index in Document.Tokens of the word's head, -1 for the root of a sentence. UPOS, Feats and
// Rel are Universal Dependencies names.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Form  string `json:"form,omitempty"`
	Lemma string `json:"lemma"`
	UPOS  string `json:"upos"`
	Feats string `json:"feats,omitempty"`
	Head  int    `json:"head"`
	Rel   string `json:"rel,omitempty"`
}

// tokensOf analyses each sentence with the models of its language (else the document's);
// sentences of a language without models get no tokens.
func (st *state) tokensOf(ctx context.Context) ([]Token, error) {
	out := []Token{}
	nt := st.norm.Text
	for i, s := range st.sentences {
		code := st.langs[i].Code
		a, err := analysis.New(code)
		if errors.Is(err, analysis.ErrNoModel) {
			a, err = analysis.New(st.docLang.Code)
		}
		if errors.Is(err, analysis.ErrNoModel) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("extract: tokens: %w", err)
		}
		d, err := a.AnalyzeSentences(ctx, nt, []segment.Sentence{{Start: s.Start, End: s.End}})
		if err != nil {
			return nil, fmt.Errorf("extract: tokens: %w", err)
		}
		base := len(out)
		for k, t := range d.Tokens {
			tok := Token{Lemma: d.Lemma(k), UPOS: t.UPOS.String(), Head: -1}
			tok.Start, tok.End, tok.Text = st.span(t.Start, t.End)
			if t.Part > 0 {
				tok.Form = d.Form(k)
			}
			if f := t.Feats.String(); f != "_" {
				tok.Feats = f
			}
			if t.Rel != analysis.RelUnknown {
				tok.Rel = t.Rel.String()
			}
			if t.Head >= 0 {
				tok.Head = base + t.Head
			}
			out = append(out, tok)
		}
	}
	return out, nil
}
