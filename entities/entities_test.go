package entities_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/google/go-cmp/cmp"
)

func newRecognizer(t testing.TB, opts ...entities.Option) *entities.Recognizer {
	t.Helper()
	r, err := entities.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// names returns "KIND Name [mention…]" for each entity.
func names(ents []entities.Entity) []string {
	var out []string
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, e.Kind.String()+" "+e.Name+" ["+strings.Join(ms, "|")+"]")
	}
	return out
}

func TestRecognize(t *testing.T) {
	r := newRecognizer(t)
	tests := []struct {
		name, lang, text string
		want             []string
		reason           string
	}{
		{name: "short alias that is an ordinary word", lang: "en",
			text:   "Surge pricing returned to the app on Friday. Scale matters in retail.",
			want:   nil,
			reason: "a one-word alias of a longer name that is also a common word names nothing at a sentence start on its own"},
		{name: "short alias with its entity attested", lang: "en",
			text: "Surge AI raised money. Surge said it would hire.",
			want: []string{"ORG Surge AI [Surge AI|Surge]"}},
		{name: "casing and possessive", lang: "en",
			text: "Scale AI sued Mercor. SCALE said Mercor’s hires took files. Mercor's lawyers disagree.",
			want: []string{"ORG Scale AI [Scale AI|SCALE]", "ORG Mercor [Mercor|Mercor|Mercor]"}},
		{name: "short form to long form", lang: "fr",
			text: "La start-up Voltaria Systems a levé 10 millions. Voltaria compte 50 salariés.",
			want: []string{"ORG Voltaria Systems [Voltaria Systems|Voltaria]"}},
		{name: "surname to full name", lang: "fr",
			text: "Selon Hugo Martel, le marché ralentit. Martel reste prudent.",
			want: []string{"PERSON Hugo Martel [Hugo Martel|Martel]"}},
		{name: "acronym", lang: "en",
			text: "Northern Grid Partners bought a stake. NGP declined to comment.",
			want: []string{"ORG Northern Grid Partners [Northern Grid Partners|NGP]"}},
		{name: "legal form dropped from the name", lang: "en",
			text: "Gantry Corp. kept its dividend. Gantry shares rose.",
			want: []string{"ORG Gantry [Gantry Corp.|Gantry]"}},
		{name: "sentence-initial words are no names", lang: "fr",
			text: "Cette semaine, le marché a chuté. Selon les analystes, rien ne change. Alors que tout baisse, rien ne bouge. Potentiel de croissance énorme.",
			want: nil, reason: "a capital at the start of a sentence says nothing"},
		{name: "title-case heading", lang: "en",
			text: "A Tale of Two Trajectories: Rapid Growth Ahead\nThe market grew.",
			want: nil, reason: "heading capitals are typography"},
		{name: "translated place", lang: "fr",
			text: "Un tribunal de Californie examine la plainte déposée à Londres.",
			want: []string{"LOC California [Californie]", "LOC London [Londres]"}},
		{name: "surname after a given name is not a place", lang: "en",
			text: "Analyst Michael Jordan said Jordan is a growing market.",
			want: []string{"PERSON Michael Jordan [Michael Jordan]", "LOC Jordan [Jordan]"}},
		{name: "MT leftovers in French text", lang: "fr",
			text:   "La société allègue de Theft of Trade Secrets contre Brisegrain.",
			want:   []string{"ORG Brisegrain [Brisegrain]"},
			reason: "untranslated English fragments next to English function words count for nothing alone"},
		{name: "capitalized common nouns", lang: "fr",
			text:   "Les Actions de Nexora montent, dit Tom Brandt, Analyste Senior, car les Clients Entreprise achètent.",
			want:   []string{"ORG Nexora [Nexora]", "PERSON Tom Brandt [Tom Brandt]"},
			reason: "machine translation capitalizes common nouns; they never make a name alone"},
		{name: "common noun continues a name", lang: "fr",
			text: "L’entreprise Sarcelle Énergie recrute.",
			want: []string{"ORG Sarcelle Énergie [Sarcelle Énergie]"}},
		{name: "products and titles with numbers", lang: "en",
			text: "The model Atlas-2 beat GPT-4 and entered the Fortune 500 list.",
			want: nil, reason: "a word with or before a number is a product or a title"},
		{name: "empty", lang: "fr", text: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.Recognize(context.Background(), tt.text, []entities.Sentence{{Start: 0, End: len(tt.text), Lang: tt.lang}})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, names(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestAttributes(t *testing.T) {
	r := newRecognizer(t)
	tests := []struct {
		name, text, person, role, org string
	}{
		{"apposition after", "Gil Luria, analyste chez D.A. Davidson, reste prudent.", "Gil Luria", "analyst", "D.A. Davidson"},
		{"role of org before", "Comme le PDG de Turing, Jonathan Siddharth, l’a dit.", "Jonathan Siddharth", "CEO", "Turing"},
		{"org role name", "Kestrel Aerospace CEO Daniel Whitmore spoke.", "Daniel Whitmore", "CEO", "Kestrel Aerospace"},
		{"title only", "La cofondatrice Surya Midha a déclaré que non.", "Surya Midha", "co-founder", ""},
		{"english apposition", "Priya Raman, founder of Dosa Labs, said so.", "Priya Raman", "founder", "Dosa Labs"},
		{"possessive org before role", "Marlin Foods grew. Marlin’s CFO, Dana Whitfield, said so.", "Dana Whitfield", "CFO", "Marlin Foods"},
		{"german compound org-role", "Das sagte Bosch-Vorstandschef Stefan Hartung am Montag.", "Stefan Hartung", "CEO", "Bosch"},
		{"german compound unknown org", "„Wir wachsen“, sagte Velox-Finanzchefin Marie Adler.", "Marie Adler", "CFO", "Velox"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := ""
			if strings.Contains(tt.name, "german") {
				lang = "de"
			}
			ents, err := r.Recognize(context.Background(), tt.text, []entities.Sentence{{Start: 0, End: len(tt.text), Lang: lang}})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ents {
				if e.Name == tt.person {
					if e.Kind != entities.KindPerson || e.Role != tt.role || e.Org != tt.org {
						t.Errorf("got %s role=%q org=%q, want PERSON role=%q org=%q", e.Kind, e.Role, e.Org, tt.role, tt.org)
					}
					return
				}
			}
			t.Errorf("%s not found in %v", tt.person, names(ents))
		})
	}
}

// TestRecognizeExcept checks that spans the caller excludes (the amounts
// package money found) hold no name and cut the names around them.
func TestRecognizeExcept(t *testing.T) {
	r := newRecognizer(t)
	tests := []struct {
		name, text string
		except     []string // substrings of text to exclude
		want       []string
		reason     string
	}{
		{name: "nothing excluded", text: "Orvane Systems a levé 3 Giga Dollars auprès de Keel Ventures.",
			want:   []string{"ORG Orvane Systems [Orvane Systems]", "ORG Giga Dollars [Giga Dollars]", "ORG Keel Ventures [Keel Ventures]"},
			reason: "without the amount span, capitalized amount words look like a name"},
		{name: "amount excluded", text: "Orvane Systems a levé 3 Giga Dollars auprès de Keel Ventures.",
			except: []string{"3 Giga Dollars"},
			want:   []string{"ORG Orvane Systems [Orvane Systems]", "ORG Keel Ventures [Keel Ventures]"}},
		{name: "known name inside an amount", text: "Le contrat de 2 milliards US$ lie Orvane Systems et Keel Ventures.",
			except: []string{"2 milliards US$"},
			want:   []string{"ORG Orvane Systems [Orvane Systems]", "ORG Keel Ventures [Keel Ventures]"},
			reason: "US is the United States elsewhere, not inside an amount"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var spans []entities.Span
			for _, x := range tt.except {
				i := strings.Index(tt.text, x)
				spans = append(spans, entities.Span{Start: i, End: i + len(x)})
			}
			got, err := r.RecognizeExcept(context.Background(), tt.text, []entities.Sentence{{Start: 0, End: len(tt.text), Lang: "fr"}}, spans)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, names(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestSentenceErrors(t *testing.T) {
	r := newRecognizer(t)
	_, err := r.Recognize(context.Background(), "abc", []entities.Sentence{{Start: 0, End: 3}, {Start: 2, End: 9}})
	var se *entities.SentenceError
	if !errors.As(err, &se) || !errors.Is(err, entities.ErrSentence) || se.Index != 1 {
		t.Errorf("err = %v, want a *SentenceError for sentence 1 wrapping ErrSentence", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := r.Recognize(ctx, "Mercor et Google.", nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestOptions(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "mine.tsv")
	if err := os.WriteFile(good, []byte("# source: test\nORG\tZorglub Industries\tZorglub\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("# source: test\nORG\tAcme\nBOAT\tNautilus\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := entities.New(entities.WithGazetteerFile(bad))
	var le *gazetteer.LineError
	if !errors.As(err, &le) || le.File != bad || le.Line != 3 || !errors.Is(err, gazetteer.ErrKind) {
		t.Errorf("bad file: err = %v, want a LineError at %s:3 wrapping ErrKind", err, bad)
	}
	if _, err := entities.New(entities.WithMinConfidence(2)); !errors.Is(err, entities.ErrOption) {
		t.Errorf("WithMinConfidence(2): err = %v, want ErrOption", err)
	}
	if _, err := entities.New(entities.WithGazetteer(nil)); !errors.Is(err, entities.ErrOption) {
		t.Errorf("WithGazetteer(nil): err = %v, want ErrOption", err)
	}
	r := newRecognizer(t, entities.WithGazetteerFile(good), entities.WithEntries(gazetteer.Entry{Kind: gazetteer.KindPerson, Name: "Ada Quill"}))
	text := "zorglub: Zorglub vend. Ada Quill part."
	got, err := r.Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ORG Zorglub Industries [Zorglub]", "PERSON Ada Quill [Ada Quill]"}
	if diff := cmp.Diff(want, names(got)); diff != "" {
		t.Errorf("user gazetteer (-want +got):\n%s", diff)
	}
}

// fakeNER proposes fixed candidates, to test how the signal is used.
type fakeNER []entities.Candidate

func (f fakeNER) Entities(_ context.Context, _ string, s entities.Sentence) ([]entities.Candidate, error) {
	if s.Lang != "en" {
		return nil, nil
	}
	return f, nil
}

func TestNERSignal(t *testing.T) {
	text := "Investors cheered as the Harlow Street deal closed. Blue sky. Jordan spoke."
	i := strings.Index(text, "Harlow Street")
	j := strings.Index(text, "sky")
	k := strings.Index(text, "Jordan")
	ner := fakeNER{
		{Start: i, End: i + len("Harlow Street"), Kind: entities.KindPerson},
		{Start: j, End: j + 3, Kind: entities.KindOrg},
		{Start: k, End: k + len("Jordan"), Kind: entities.KindPerson},
	}
	r := newRecognizer(t, entities.WithNER(ner), entities.WithMinConfidence(0.55),
		entities.WithEntries(gazetteer.Entry{Kind: gazetteer.KindPerson, Name: "Jordan"}))
	got, err := r.Recognize(context.Background(), text, []entities.Sentence{{Start: 0, End: len(text), Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ORG Harlow Street [Harlow Street]", "PERSON Jordan [Jordan]"}
	if diff := cmp.Diff(want, names(got)); diff != "" {
		t.Errorf("NER raises confidence and picks among gazetteer kinds; it never makes a name nor types an unknown one (-want +got):\n%s", diff)
	}
}

// TestConcurrent shares one Recognizer between goroutines (run with -race)
// and checks that the output does not change.
func TestConcurrent(t *testing.T) {
	r := newRecognizer(t)
	text := "Scale AI a déposé une plainte contre Mercor. Surya Midha, cofondateur de Mercor, nie. Ling conteste, dit Eugene Ling."
	want, err := r.Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, err := r.Recognize(context.Background(), text, nil)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("output changed (-want +got):\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestNoHeavyImports keeps lingua-go and prose out of the package.
func TestNoHeavyImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/pemistahl/lingua-go") || strings.HasPrefix(dep, "github.com/jdkato/prose") {
			t.Errorf("entities depends on %s", dep)
		}
	}
}
