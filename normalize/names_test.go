package normalize_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/normalize"
	"github.com/google/go-cmp/cmp"
)

// nameEdits returns the name edits of r as "original → replacement".
func nameEdits(r normalize.Result) []string {
	var out []string
	for _, e := range r.Edits {
		if e.Kind == normalize.KindName {
			out = append(out, e.Original+" → "+e.Replacement)
		}
	}
	return out
}

func TestCleanSentences(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "clean.fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := newNormalizer(t, normalize.WithGazetteer(withTestNames(t)))
	count := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		count++
		r, err := n.Normalize(context.Background(), line)
		if err != nil {
			t.Fatal(err)
		}
		if got := nameEdits(r); len(got) > 0 {
			t.Errorf("%q: name edits %q, want none", line, got)
		}
	}
	if count < 50 {
		t.Errorf("only %d clean sentences, want at least 50", count)
	}
}

// withTestNames returns the default gazetteer plus entities the tests
// need whatever the default holds: name repair works for any entity.
func withTestNames(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	var extra []gazetteer.Entry
	for _, name := range []string{"Apple", "Financial Times", "Snowflake", "Stripe", "Shell", "Oracle", "Meta", "OpenAI", "Surge AI", "Protocol", "Square", "Block", "The Times", "Le Temps"} {
		extra = append(extra, gazetteer.Entry{Kind: gazetteer.KindOrg, Name: name})
	}
	if g, err = g.With(extra...); err != nil {
		t.Fatal(err)
	}
	return g
}

func TestNameRepair(t *testing.T) {
	n := newNormalizer(t, normalize.WithGazetteer(withTestNames(t)))
	tests := []repairCase{
		{name: "bare translated subject", in: "Pomme a annoncé mardi un nouveau téléphone.", want: "Apple a annoncé mardi un nouveau téléphone.",
			reason: "capitalized noun without article, subject of a business verb"},
		{name: "adjective after noun", in: "Selon le Temps Financier, la banque va licencier.", want: "Selon Financial Times, la banque va licencier.",
			reason: "French noun–adjective order; the article belongs to the mention"},
		{name: "publication reports", in: "Le Temps Financier rapporte que la fusion est proche.", want: "Financial Times rapporte que la fusion est proche."},
		{name: "multi-word translation", in: "Flocon de neige a annoncé l'acquisition d'une start-up.", want: "Snowflake a annoncé l'acquisition d'une start-up."},
		{name: "payments", in: "La société de paiement Bande a levé 600 millions de dollars.", want: "La société de paiement Stripe a levé 600 millions de dollars."},
		{name: "oil major", in: "Le géant pétrolier Coquille a licencié 300 salariés.", want: "Le géant pétrolier Shell a licencié 300 salariés."},
		{name: "capitals", in: "ORACLE a publié ses résultats trimestriels.", want: "Oracle a publié ses résultats trimestriels."},
		{name: "accents", in: "Méta a investi dans la start-up.", want: "Meta a investi dans la start-up."},
		{name: "inner capital lost", in: "Openai a levé de nouveaux fonds.", want: "OpenAI a levé de nouveaux fonds."},
		{name: "mixed AI", in: "Des concurrents comme Surge IA cherchent des capitaux.", want: "Des concurrents comme Surge AI cherchent des capitaux."},
		{name: "German", in: "Apfel hat angekündigt, neue Geräte zu bauen.", want: "Apple hat angekündigt, neue Geräte zu bauen."},
		{name: "Spanish", in: "Manzana anunció un nuevo producto.", want: "Apple anunció un nuevo producto."},
		{name: "publication with article", in: "Le Protocole a révélé les détails du contrat.", want: "Protocol a révélé les détails du contrat."},
		{name: "attested elsewhere", in: "Bloc a licencié 900 personnes. Block est la maison mère de Cash App.", want: "Block a licencié 900 personnes. Block est la maison mère de Cash App."},
		{name: "another entity's name", in: "Selon Le Temps, la banque genevoise va fusionner.", want: "Selon Le Temps, la banque genevoise va fusionner.",
			reason: "the Swiss daily Le Temps is known: its name is not a translation of The Times"},
		{name: "idiom kept", in: "Le Protocole de Kyoto a été signé en 1997.", want: "Le Protocole de Kyoto a été signé en 1997.", reason: "an idiom is never a name"},
		{name: "lower case plain word", in: "la pomme a été cueillie hier.", want: "la pomme a été cueillie hier."},
		{name: "weak form supported by a strong one", in: "Carré a annoncé un terminal. Les clients de carré sont ravis.",
			want: "Square a annoncé un terminal. Les clients de Square sont ravis.", reason: "the document shows MT renders the name by this word"},
		{name: "determiner keeps the plain word", in: "Pomme a racheté la société. Il mange une pomme et vante sa pomme.",
			want: "Apple a racheté la société. Il mange une pomme et vante sa pomme.", reason: "after an indefinite or possessive determiner, a lower-case word is an ordinary noun"},
		{name: "noun-adjective, two translated words", in: "La start-up Visage étreignant a levé 40 millions de dollars.", want: "La start-up Hugging Face a levé 40 millions de dollars.",
			reason: "face → visage, hugging → étreignant, in French order"},
		{name: "noun-adjective capitalized", in: "Selon Visage Étreignant, la demande de modèles explose.", want: "Selon Hugging Face, la demande de modèles explose."},
		{name: "messaging app", in: "La messagerie Relâche a annoncé un nouvel abonnement.", want: "La messagerie Slack a annoncé un nouvel abonnement."},
		{name: "alias words", in: "Méta Plateformes a annoncé un plan d'économies.", want: "Meta a annoncé un plan d'économies.", reason: "Meta Platforms is an alias of Meta"},
		{name: "publication with French article", in: "Selon L'Information, la start-up prépare une levée.", want: "Selon The Information, la start-up prépare une levée.",
			reason: "The Information: the same word in French, only its article is translated"},
		{name: "article and plain word", in: "Selon l'information disponible, la levée est proche.", want: "Selon l'information disponible, la levée est proche.",
			reason: "lower case: the ordinary noun"},
		{name: "idiom right-hand man", in: "Arm a annoncé ses résultats. Son bras droit a quitté la société.", want: "Arm a annoncé ses résultats. Son bras droit a quitté la société."},
		{name: "idiom arm wrestling", in: "Arm a annoncé un accord après un bras de fer avec Qualcomm.", want: "Arm a annoncé un accord après un bras de fer avec Qualcomm."},
		{name: "river", in: "Amazon a annoncé un centre près des rives de l'Amazone.", want: "Amazon a annoncé un centre près des rives de l'Amazone.", reason: "a river, not the company"},
		{name: "place cue vetoes", in: "Coquille a annoncé des résultats. Le fleuve Coquille a débordé, a annoncé la préfecture.",
			want: "Shell a annoncé des résultats. Le fleuve Coquille a débordé, a annoncé la préfecture.", reason: "after 'fleuve', a place, never the company"},
		{name: "German determiner", in: "Apfel hat angekündigt, neue Geräte zu bauen. Er isst einen apfel.",
			want: "Apple hat angekündigt, neue Geräte zu bauen. Er isst einen apfel."},
	}
	runRepairs(t, n, tests)
}

// repairCase is a sentence and its text after name repair.
type repairCase struct {
	name, in, want string
	reason         string
}

// runRepairs normalizes each case and compares the text; no name edit
// may leave its text unchanged, and the offsets must map back.
func runRepairs(t *testing.T, n *normalize.Normalizer, tests []repairCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := n.Normalize(context.Background(), tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, r.Text); diff != "" {
				t.Errorf("(-want +got):\n%s(%s)\nedits %q", diff, tt.reason, nameEdits(r))
			}
			for _, e := range r.Edits {
				if e.Kind == normalize.KindName && e.Original == e.Replacement {
					t.Errorf("no-op name edit %q", e.Original)
				}
			}
			checkMap(t, r)
		})
	}
}

// TestNameRepairDocument follows one garbled entity through a document:
// sure repairs make the weaker forms of the same words count.
func TestNameRepairDocument(t *testing.T) {
	n := newNormalizer(t, normalize.WithGazetteer(withTestNames(t)))
	in := "Le Temps Financier rapporte que Flocon de neige a licencié 200 personnes. " +
		"Selon le journal, les clients du flocon de neige s’inquiètent. " +
		"Flocon de neige a déclaré au Temps Financier que la décision était nécessaire, " +
		"mais les pommes de terre et le temps plein ne changent pas."
	want := "Financial Times rapporte que Snowflake a licencié 200 personnes. " +
		"Selon le journal, les clients du Snowflake s'inquiètent. " +
		"Snowflake a déclaré au Financial Times que la décision était nécessaire, " +
		"mais les pommes de terre et le temps plein ne changent pas."
	r, err := n.Normalize(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, r.Text); diff != "" {
		t.Errorf("(-want +got):\n%s\nedits %q", diff, nameEdits(r))
	}
	for _, e := range r.Edits {
		if e.Kind == normalize.KindName && (e.Confidence < 0.5 || e.Confidence > 1) {
			t.Errorf("edit %q → %q: confidence %v out of [0.5, 1]", e.Original, e.Replacement, e.Confidence)
		}
	}
	checkMap(t, r)
}

func TestNameRepairUserTables(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{
		{Kind: gazetteer.KindOrg, Name: "Blue Origin"},
		{Kind: gazetteer.KindOrg, Name: "Nimbus Labs", Aliases: []string{"Nimbus"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := newNormalizer(t, normalize.WithGazetteer(g),
		normalize.WithWords(normalize.Word{English: "nimbus", Translations: []string{"nimbe"}}),
		normalize.WithIdioms("nimbe de gloire"))
	runRepairs(t, n, []repairCase{
		{name: "adjective order", in: "Origine Bleue a lancé une fusée.", want: "Blue Origin a lancé une fusée."},
		{name: "user word", in: "Nimbe a annoncé un partenariat.", want: "Nimbus Labs a annoncé un partenariat."},
		{name: "user idiom", in: "Nimbe de gloire a annoncé la fin.", want: "Nimbe de gloire a annoncé la fin."},
		{name: "not in this gazetteer, inferred", in: "Pomme a annoncé un téléphone.", want: "Apple a annoncé un téléphone.",
			reason: "a capitalized word no list knows, subject of a business verb, is read back into English"},
	})
}

// TestNameRepairEvidence covers the evidence a weak form needs: a
// reversed form ("IA au pont" for Bridge AI) is ordinary French unless
// the document backs it; an adjective between a determiner and a
// lower-case word keeps it a noun; an elided word before a repaired name
// takes its full form; a name written as such is never an edit.
func TestNameRepairEvidence(t *testing.T) {
	g, err := withTestNames(t).With(
		gazetteer.Entry{Kind: gazetteer.KindOrg, Name: "Bridge AI"},
		gazetteer.Entry{Kind: gazetteer.KindOrg, Name: "Bluefin Partners"},
	)
	if err != nil {
		t.Fatal(err)
	}
	n := newNormalizer(t, normalize.WithGazetteer(g))
	tests := []repairCase{
		{name: "reversed form after d'", in: "Les ingénieurs posent des capteurs d'IA au pont, sans travaux.",
			want: "Les ingénieurs posent des capteurs d'IA au pont, sans travaux.", reason: "after de/d' the reversed form is a noun complement"},
		{name: "reversed form alone", in: "Ils testent l'IA au pont depuis mars.",
			want: "Ils testent l'IA au pont depuis mars.", reason: "no cue, no mention of the entity elsewhere"},
		{name: "reversed form with a cue", in: "Selon IA au pont, la levée est bouclée.",
			want: "Selon Bridge AI, la levée est bouclée."},
		{name: "reversed form attested", in: "Bridge AI recrute. Le procès intenté par IA au pont avance.",
			want: "Bridge AI recrute. Le procès intenté par Bridge AI avance."},
		{name: "reversed form after d' with a cue", in: "Le fondateur d'IA au pont a déclaré que tout va bien.",
			want: "Le fondateur de Bridge AI a déclaré que tout va bien.", reason: "the elided d' takes its full form before a consonant"},
		{name: "elided de before a consonant", in: "Les clients d'Échelle AI ont migré vers Bridge AI.",
			want: "Les clients de Scale AI ont migré vers Bridge AI."},
		{name: "elided que before a consonant", in: "Il dit qu'Échelle AI a licencié 200 personnes.",
			want: "Il dit que Scale AI a licencié 200 personnes."},
		{name: "capital elision", in: "D'Échelle AI, on ne sait rien.", want: "De Scale AI, on ne sait rien."},
		{name: "elision kept before a vowel", in: "Il a appris qu'ORACLE a annoncé une baisse.", want: "Il a appris qu'Oracle a annoncé une baisse."},
		{name: "determiner and adjective", in: "Bande a levé 600 millions. Il n'a pas la moindre bande sur son bilan.",
			want: "Stripe a levé 600 millions. Il n'a pas la moindre bande sur son bilan.", reason: "supported by the first repair, but 'la moindre' makes it a noun"},
		{name: "determiner and two adjectives", in: "Carré a annoncé un terminal. Il a dessiné un petit nouveau carré.",
			want: "Square a annoncé un terminal. Il a dessiné un petit nouveau carré."},
		{name: "article and adjective", in: "Carré a annoncé un terminal. Le premier carré a été vendu.",
			want: "Square a annoncé un terminal. Le premier carré a été vendu."},
		{name: "Italian article and adjective", in: "Quadrato ha annunciato un terminale. Il primo quadrato è piccolo.",
			want: "Square ha annunciato un terminale. Il primo quadrato è piccolo."},
		{name: "name as written", in: "Bluefin Partners ha guidato il round.", want: "Bluefin Partners ha guidato il round.",
			reason: "a generated form equal to the name is no repair"},
	}
	runRepairs(t, n, tests)
}
