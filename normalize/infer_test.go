package normalize_test

import (
	"context"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/normalize"
)

// TestInferredNames covers names in no list: proposed where a company
// stands, never in a quotation, never a given name, a place, a known
// name or an ordinary noun.
func TestInferredNames(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{
		{Kind: gazetteer.KindOrg, Name: "La Poste"},
		{Kind: gazetteer.KindLoc, Name: "Tours"},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := newNormalizer(t, normalize.WithGazetteer(g))
	runRepairs(t, n, []repairCase{
		{name: "subject of a business verb", in: "Discorde a levé 500 millions.", want: "Discord a levé 500 millions."},
		{name: "apposition", in: "Bloc, la société de paiement de Jack Dorsey, licencie.", want: "Block, la société de paiement de Jack Dorsey, licencie."},
		{name: "after chez", in: "Il travaille chez Mou depuis 2019.", want: "Il travaille chez Slack depuis 2019."},
		{name: "noun and adjective", in: "Superintelligence sûre a levé un milliard.", want: "Safe Superintelligence a levé un milliard."},
		{name: "acronym last", in: "Bouclier IA a signé un contrat.", want: "Shield AI a signé un contrat."},
		{name: "article belongs to the mention", in: "Le Gardien a révélé la vente.", want: "Guardian a révélé la vente."},
		{name: "no position", in: "Discorde et rancœur marquent la réunion.", want: "Discorde et rancœur marquent la réunion."},
		{name: "lower case", in: "La discorde a levé le voile sur nos divisions.", want: "La discorde a levé le voile sur nos divisions."},
		{name: "quotation", in: "« Discorde a levé le voile », dit-elle.", want: "« Discorde a levé le voile », dit-elle."},
		{name: "given name", in: "Rose a levé 2 millions d'euros.", want: "Rose a levé 2 millions d'euros."},
		{name: "known name", in: "La Poste a annoncé des fermetures.", want: "La Poste a annoncé des fermetures."},
		{name: "place", in: "Tours a annoncé un budget.", want: "Tours a annoncé un budget."},
		{name: "part of a longer name", in: "Discorde Martin a annoncé sa venue.", want: "Discorde Martin a annoncé sa venue."},
		{name: "complement of a name", in: "Laboratoire de Fusées a annoncé un tir.", want: "Laboratoire de Fusées a annoncé un tir."},
		{name: "after a determiner", in: "Une Discorde a levé des doutes.", want: "Une Discorde a levé des doutes."},
		{name: "verb after a comma", in: "Le directeur de l'hebdomadaire Vie, a affirmé que non.", want: "Le directeur de l'hebdomadaire Vie, a affirmé que non."},
	})
	r, err := n.Normalize(context.Background(), "Discorde a levé 500 millions.")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Edits) != 1 || !r.Edits[0].Inferred || r.Edits[0].Confidence >= 0.6 {
		t.Errorf("edits %+v, want one inferred edit with a confidence below 0.6", r.Edits)
	}
}

// TestInferredKnown: a back-translation that is a known name takes the
// known spelling and is no longer inferred.
func TestInferredKnown(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{{Kind: gazetteer.KindOrg, Name: "OpenAI", Aliases: []string{"Open AI"}}})
	if err != nil {
		t.Fatal(err)
	}
	n := newNormalizer(t, normalize.WithGazetteer(g))
	r, err := n.Normalize(context.Background(), "IA ouverte a présenté un modèle.")
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "OpenAI a présenté un modèle." || len(r.Edits) != 1 || r.Edits[0].Inferred {
		t.Errorf("got %q, edits %+v; want OpenAI, not inferred", r.Text, r.Edits)
	}
}

// TestSharedAlias: two entities with the same form are settled by a
// rule, not by map order: a canonical name beats an alias, then the
// entry loaded first wins.
func TestSharedAlias(t *testing.T) {
	for _, tt := range []struct {
		name    string
		entries []gazetteer.Entry
		want    string
	}{
		{name: "canonical beats alias", entries: []gazetteer.Entry{
			{Kind: gazetteer.KindOrg, Name: "Block", Aliases: []string{"Square"}},
			{Kind: gazetteer.KindOrg, Name: "Square"},
		}, want: "Square a annoncé un terminal."},
		{name: "first loaded wins", entries: []gazetteer.Entry{
			{Kind: gazetteer.KindOrg, Name: "Block", Aliases: []string{"Square"}},
			{Kind: gazetteer.KindOrg, Name: "Square Enix", Aliases: []string{"Square"}},
		}, want: "Block a annoncé un terminal."},
		{name: "first loaded wins, reversed", entries: []gazetteer.Entry{
			{Kind: gazetteer.KindOrg, Name: "Square Enix", Aliases: []string{"Square"}},
			{Kind: gazetteer.KindOrg, Name: "Block", Aliases: []string{"Square"}},
		}, want: "Square Enix a annoncé un terminal."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g, err := gazetteer.New(tt.entries)
			if err != nil {
				t.Fatal(err)
			}
			for range 5 { // a map order would show in a few runs
				r, err := newNormalizer(t, normalize.WithGazetteer(g)).Normalize(context.Background(), "Carré a annoncé un terminal.")
				if err != nil {
					t.Fatal(err)
				}
				if r.Text != tt.want {
					t.Fatalf("got %q, want %q", r.Text, tt.want)
				}
			}
		})
	}
}

// TestLinearCapitalized checks that a text of capitalized common nouns
// costs memory linear in its length.
func TestLinearCapitalized(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	n := newNormalizer(t)
	const unit = "Discorde Bloc Nid Anneau, la société Mou a levé "
	small := allocated(t, n, strings.Repeat(unit, 1_000))
	large := allocated(t, n, strings.Repeat(unit, 10_000))
	if large > 20*small {
		t.Errorf("1,000 repetitions allocate %d bytes, 10,000 allocate %d: more than linear", small, large)
	}
}
