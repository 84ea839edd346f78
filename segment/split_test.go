package segment_test

import (
	"testing"

	"github.com/depeche-nlp/depeche/segment"
	"github.com/google/go-cmp/cmp"
)

// texts returns the sentences of text as strings.
func texts(text string, ss []segment.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text(text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		reason string
	}{
		// Plain sentences.
		{name: "en/two sentences", text: "It rained. We stayed home.", want: []string{"It rained.", "We stayed home."}},
		{name: "fr/two sentences", text: "Il pleut. Nous restons.", want: []string{"Il pleut.", "Nous restons."}},
		{name: "en/question exclamation", text: "Why? Because! Done.", want: []string{"Why?", "Because!", "Done."}},
		{name: "fr/spaced question mark", text: "Va-t-il gagner ? Personne ne sait.", want: []string{"Va-t-il gagner ?", "Personne ne sait."},
			reason: "French puts a (narrow) space before ? ! : ;"},
		{name: "fr/question then lower case", text: "« Pourquoi ? » demanda-t-il.", want: []string{"« Pourquoi ? » demanda-t-il."}},
		{name: "en/interrobang cluster", text: "Really?! Yes.", want: []string{"Really?!", "Yes."}},
		{name: "empty", text: "", want: []string{}},
		{name: "only space", text: " \n\t\u00a0 ", want: []string{}},
		{name: "surrounding space trimmed", text: "  Hello world.  ", want: []string{"Hello world."}},
		{name: "no final punctuation", text: "A sentence without end", want: []string{"A sentence without end"}},

		// Abbreviations.
		{name: "fr/M. title", text: "M. Dupont est parti. Il reviendra.", want: []string{"M. Dupont est parti.", "Il reviendra."}},
		{name: "fr/Mme without period", text: "Mme Martin dirige la société. Elle part.", want: []string{"Mme Martin dirige la société.", "Elle part."}},
		{name: "fr/Mme. with period", text: "Selon Mme. Martin, tout va bien.", want: []string{"Selon Mme. Martin, tout va bien."}},
		{name: "fr/M. before a starter-looking name", text: "M. Le Pen a parlé.", want: []string{"M. Le Pen a parlé."},
			reason: "a title never ends a sentence, even before a word that often opens one"},
		{name: "en/Dr. title", text: "Dr. Smith arrived. She spoke.", want: []string{"Dr. Smith arrived.", "She spoke."}},
		{name: "en/Mr. and Mrs.", text: "Mr. and Mrs. Jones left.", want: []string{"Mr. and Mrs. Jones left."}},
		{name: "en/D.A. Davidson", text: "Analyst at D.A. Davidson, Gil Luria, said so.", want: []string{"Analyst at D.A. Davidson, Gil Luria, said so."}},
		{name: "fr/D.A. Davidson", text: "Analyste chez D.A. Davidson, Gil Luria a parlé.", want: []string{"Analyste chez D.A. Davidson, Gil Luria a parlé."}},
		{name: "en/U.S. before a name", text: "The U.S. Treasury acted. Markets rose.", want: []string{"The U.S. Treasury acted.", "Markets rose."}},
		{name: "en/U.S. at sentence end", text: "It is based in the U.S. The company grew.", want: []string{"It is based in the U.S.", "The company grew."},
			reason: "a dotted acronym ends a sentence before a common sentence opener"},
		{name: "en/Inc. mid sentence", text: "Apple Inc. said it would.", want: []string{"Apple Inc. said it would."}},
		{name: "en/Inc. before a title word", text: "Apple Inc. Chief Executive Tim Cook spoke.", want: []string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{name: "en/Inc. at sentence end", text: "He joined Apple Inc. The move surprised.", want: []string{"He joined Apple Inc.", "The move surprised."}},
		{name: "en/Corp. at sentence end", text: "It sold to Oracle Corp. It was 2010.", want: []string{"It sold to Oracle Corp.", "It was 2010."}},
		{name: "fr/févr. before a year", text: "Le 3 févr. 2025, la société a levé des fonds.", want: []string{"Le 3 févr. 2025, la société a levé des fonds."}},
		{name: "fr/févr. at sentence end", text: "Elle a levé des fonds en févr. La suite est connue.", want: []string{"Elle a levé des fonds en févr.", "La suite est connue."}},
		{name: "fr/env. before a number", text: "Elle emploie env. 200 personnes.", want: []string{"Elle emploie env. 200 personnes."}},
		{name: "fr/p. ex.", text: "Des géants, p. ex. Google, suivent.", want: []string{"Des géants, p. ex. Google, suivent."}},
		{name: "fr/etc. then capital", text: "Des pommes, des poires, etc. Le reste suit.", want: []string{"Des pommes, des poires, etc.", "Le reste suit."},
			reason: "etc. closes an enumeration; a capitalized word after it opens a new sentence"},
		{name: "en/etc. then lower case", text: "Apples, pears, etc. are sold here.", want: []string{"Apples, pears, etc. are sold here."}},
		{name: "en/etc. then name", text: "Apples, pears, etc. Google sells none.", want: []string{"Apples, pears, etc.", "Google sells none."}},
		{name: "en/initials", text: "J. K. Rowling wrote it. It sold.", want: []string{"J. K. Rowling wrote it.", "It sold."}},
		{name: "en/middle initial", text: "George W. Bush spoke. He left.", want: []string{"George W. Bush spoke.", "He left."}},
		{name: "en/initial before A.", text: "J. A. Smith spoke.", want: []string{"J. A. Smith spoke."}, reason: "an initial before another initial"},
		{name: "en/e.g. lower case", text: "Big firms, e.g. banks, agree.", want: []string{"Big firms, e.g. banks, agree."}},
		{name: "fr/av. J.-C.", text: "En 52 av. J.-C. César gagna.", want: []string{"En 52 av. J.-C. César gagna."}},
		{name: "en/No. before number", text: "It ranks No. 1 worldwide. Rivals lag.", want: []string{"It ranks No. 1 worldwide.", "Rivals lag."}},
		{name: "de/z. B.", text: "Einige Firmen, z. B. Siemens, wachsen.", want: []string{"Einige Firmen, z. B. Siemens, wachsen."}},
		{name: "es/Sr. title", text: "El Sr. García habló. Todos escucharon.", want: []string{"El Sr. García habló.", "Todos escucharon."}},
		{name: "it/S.p.A.", text: "Eni S.p.A. Milano cresce. Il titolo sale.", want: []string{"Eni S.p.A. Milano cresce.", "Il titolo sale."}},
		{name: "en/year then new sentence", text: "It was founded in 2024. Sales doubled.", want: []string{"It was founded in 2024.", "Sales doubled."}},
		{name: "en/plain word then digit", text: "Sales fell. 200 jobs went.", want: []string{"Sales fell.", "200 jobs went."}},
		{name: "en/plain word then lower case", text: "It cost approx. five dollars.", want: []string{"It cost approx. five dollars."}},
		{name: "en/plain word then currency", text: "It grew. $5 billion came in.", want: []string{"It grew.", "$5 billion came in."}},

		// Numbers and ellipses.
		{name: "en/decimal", text: "Revenue rose 14.3 percent. Costs fell.", want: []string{"Revenue rose 14.3 percent.", "Costs fell."}},
		{name: "fr/decimal comma", text: "Le PIB a crû de 4,8 %. Le chômage baisse.", want: []string{"Le PIB a crû de 4,8 %.", "Le chômage baisse."}},
		{name: "en/url", text: "Visit www.example.com for more. Thanks.", want: []string{"Visit www.example.com for more.", "Thanks."}},
		{name: "fr/ellipsis then lower case", text: "Nous ne permettons… la réponse vient.", want: []string{"Nous ne permettons… la réponse vient."}},
		{name: "fr/ellipsis then capital", text: "Il hésite… Puis il part.", want: []string{"Il hésite…", "Puis il part."}},
		{name: "en/three dots then capital", text: "Wait... Then go.", want: []string{"Wait...", "Then go."}},
		{name: "en/three dots then lower case", text: "Wait... then go.", want: []string{"Wait... then go."}},
		{name: "fr/ellipsis opening a quote", text: "Un investissement «… ne pas même acheter», dit-il.", want: []string{"Un investissement «… ne pas même acheter», dit-il."}},
		{name: "fr/bracketed ellipsis", text: "« Nous voulons (…) Gagner. »", want: []string{"« Nous voulons (…) Gagner. »"},
			reason: "(…) marks a cut in a quotation"},

		// Quotes.
		{name: "fr/guillemets after a space", text: "Il a dit : « Non. » Puis il est parti.", want: []string{"Il a dit : « Non. »", "Puis il est parti."}},
		{name: "fr/guillemets glued", text: "Il a dit «Non.» Puis il est parti.", want: []string{"Il a dit «Non.»", "Puis il est parti."}},
		{name: "fr/curly quote glued to colon", text: "Elle a déclaré:”Bien que rien … différente.”\n\nLa suite.",
			want: []string{"Elle a déclaré:”Bien que rien … différente.”", "La suite."}, reason: "the closing ” belongs to the sentence it closes"},
		{name: "en/curly quotes", text: "He said “We won.” Then he left.", want: []string{"He said “We won.”", "Then he left."}},
		{name: "en/straight quotes", text: `He said "We won." Then he left.`, want: []string{`He said "We won."`, "Then he left."}},
		{name: "en/single curly quotes", text: "He said ‘fine.’ She agreed.", want: []string{"He said ‘fine.’", "She agreed."}},
		{name: "en/opening quote after period", text: `It ended. "We won," he said.`, want: []string{"It ended.", `"We won," he said.`}},
		{name: "fr/period after guillemet", text: "«la neutralité est essentielle». Le marché suit.", want: []string{"«la neutralité est essentielle».", "Le marché suit."}},
		{name: "de/German quotes", text: "Er sagte: „Wir gewinnen.“ Dann ging er.", want: []string{"Er sagte: „Wir gewinnen.“", "Dann ging er."}},
		{name: "en/parenthesis", text: "It rose (see above.) Costs fell.", want: []string{"It rose (see above.)", "Costs fell."}},
		{name: "fr/curly quote ending a line after space", text: "Il dit “ Bien. ”\nLa suite.", want: []string{"Il dit “ Bien. ”", "La suite."}},

		// Lines.
		{name: "fr/heading", text: "La défense de Mercor\nFace aux accusations, il nie.", want: []string{"La défense de Mercor", "Face aux accusations, il nie."}},
		{name: "en/heading after blank line", text: "A Tale of Two Trajectories\n\nThe firm grew.", want: []string{"A Tale of Two Trajectories", "The firm grew."}},
		{name: "fr/list items", text: "Lire aussi :\n- Google va-t-il gagner ?\n- Le plan de Tesla", want: []string{"Lire aussi :", "- Google va-t-il gagner ?", "- Le plan de Tesla"}},
		{name: "en/line break after period", text: "It rained.\nWe stayed.", want: []string{"It rained.", "We stayed."}},
		{name: "en/hard-wrapped line", text: "The company said on Monday\nthat it would grow.", want: []string{"The company said on Monday\nthat it would grow."},
			reason: "a line followed by a lower-case line continues the sentence"},
		{name: "en/title at line end", text: "Meet Dr.\nSmith arrived.", want: []string{"Meet Dr.", "Smith arrived."}, reason: "a line break before a capital ends the line's sentence"},
		{name: "en/CRLF", text: "Heading\r\nBody text.\r\n", want: []string{"Heading", "Body text."}},
		{name: "en/blank line before lower case", text: "First part\n\nsecond part", want: []string{"First part", "second part"}},
		{name: "fr/paragraph separator", text: "Un.\u2029Deux.", want: []string{"Un.", "Deux."}},
		{name: "en/numbered list", text: "Steps:\n1. Open the file.\n2. Read it.", want: []string{"Steps:", "1. Open the file.", "2. Read it."},
			reason: "a number opening a line is a list marker, not a sentence"},
		{name: "es/inverted marks", text: "¿Qué pasó? ¡Ganamos! El resto sigue.", want: []string{"¿Qué pasó?", "¡Ganamos!", "El resto sigue."}},
		{name: "fr/dialogue dashes", text: "— Oui. — Non, dit-il.", want: []string{"— Oui.", "— Non, dit-il."}},
		{name: "ja/full-width stops", text: "東京は晴れ。大阪は雨。", want: []string{"東京は晴れ。", "大阪は雨。"}},
		{name: "en/year mid sentence", text: "In 2024. Sales rose.", want: []string{"In 2024.", "Sales rose."}, reason: "a number that does not open the sentence is no list marker"},
		{name: "fr/nbsp around", text: "\u00a0Il part.\u202fElle reste.\u00a0", want: []string{"Il part.", "Elle reste."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := segment.Split(tt.text)
			checkInvariants(t, tt.text, got)
			if diff := cmp.Diff(tt.want, texts(tt.text, got)); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
