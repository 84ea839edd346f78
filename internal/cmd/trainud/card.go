package main

import (
	"fmt"
	"strings"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/udmodel"
)

// modelCard writes the card kept beside a bundle: data, licences, settings, scores, size
// and the command that rebuilds it.
func modelCard(r recipe, cfg udmodel.Config, train []*conllu.Sentence, raw []byte, zsize int, scores string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Analysis model: %s\n\n", cfg.Lang)
	fmt.Fprintf(&b, "Tagger (UPOS and %s), lemmatizer, labelled arc-hybrid parser and multiword-token table, "+
		"trained by `internal/cmd/trainud`.\n\n", strings.Join(udmodel.Attrs[:], ", "))
	b.WriteString("## Data\n\nTraining (shared corpora, `ud/`):\n\n")
	for _, p := range r.train {
		fmt.Fprintf(&b, "- %s\n", p.name())
	}
	fmt.Fprintf(&b, "\n%d sentences, %d words. Tuned on: ", len(train), countWords(train))
	for i, p := range r.tune {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.name())
	}
	b.WriteString(". Test sets (never trained or tuned on): ")
	for i, p := range r.test {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.name())
	}
	b.WriteString(".\n\n## Licence and attribution\n\n")
	b.WriteString(r.notes)
	b.WriteString(" Share-alike applied to trained models is unsettled: this model is distributed under " +
		"CC BY-SA 4.0 to be safe.\n\n")
	fmt.Fprintf(&b, "## Settings\n\nTagger: 2^%d hashed rows, %d epochs. Parser: 2^%d rows, %d epochs, dynamic oracle "+
		"with error exploration. Seed %d. Weights quantized to int8, one scale per head.\n\n",
		cfg.TagBits, cfg.TagEpochs, cfg.ParseBits, cfg.ParseEpochs, cfg.Seed)
	b.WriteString("## Scores (gold tokenization, percent of words)\n\n")
	b.WriteString("| set | file | words | UPOS | Feats | lemma | UAS | LAS |\n|---|---|---|---|---|---|---|---|\n")
	b.WriteString(scores)
	b.WriteString("\nFeats: all of the predicted attributes right. LAS compares universal relations (subtypes " +
		"ignored), as the CoNLL 2017/2018 shared tasks did.\n\n")
	fmt.Fprintf(&b, "## Size\n\n%d bytes, %d compressed (`%s.bin.gz`).\n\n", len(raw), zsize, cfg.Lang)
	b.WriteString("## Rebuild\n\n```\ngo run ./internal/cmd/trainud -corpora ../shared/corpora -out analysis/models -lang " + cfg.Lang + "\n```\n")
	return b.String()
}
