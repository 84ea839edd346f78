package events

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sharedDir returns ../shared/articles relative to the repository root, or
// skips the test when it is absent.
func sharedArticle(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "articles", name))
	if err != nil {
		t.Skipf("sample article not available: %v", err)
	}
	return string(b)
}

var mtEntities = []string{
	"ORG:Scale AI", "ORG:Mercor", "ORG:Meta", "ORG:Google", "ORG:Microsoft", "ORG:xAI",
	"ORG:Turing", "ORG:Surge AI", "ORG:D.A. Davidson", "PERSON:Eugene Ling|Eugene Ling|Ling",
	"PERSON:Surya Midha", "PERSON:Alexandr Wang", "PERSON:Gil Luria", "PERSON:Jonathan Siddharth",
	"PERSON:Elon Musk", "LOC:California|Californie",
}

func mtSpec(t testing.TB) spec {
	b, err := os.ReadFile(filepath.Join("testdata", "scale-mercor-mt.repaired.fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return spec{lang: "fr", text: string(b), ents: mtEntities,
		money: []string{"10 milliards de dollars=10000000000 USD", "2 milliards de dollars=2000000000 USD",
			"100 millions de dollars=100000000 USD", "14,3 milliards de dollars=14300000000 USD",
			"jusqu’à 200 millions de dollars=200000000 USD up_to"},
		qty:   []string{"400%=400 percent", "14%=14 percent", "49%=49 percent", "200 employés=200 people", "500 entrepreneurs=500 people"},
		dates: []string{"en février 2025=2025-02", "en juin=2025-06", "En juillet=2025-07", "six mois=6M duration", "un mois=1M duration", "un jour=1D duration"},
	}
}

// TestSampleMT checks the garbled sample, as normalize repairs it: the
// events a careful reader sees (gold: ../shared/articles/gold/scale-mercor-mt.fr.json).
func TestSampleMT(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := build(t, mtSpec(t))
	var got []string
	for _, e := range extractChecked(t, x, in) {
		got = append(got, summary(e))
	}
	want := []string{
		"lawsuit asserted plaintiff=Scale AI defendant=Mercor defendant=Eugene Ling court=California claim=trade_secrets",
		"valuation asserted company=Mercor valuation=10000000000",
		"funding_round asserted investee=Mercor amount=100000000 round=series_b valuation=2000000000 @2025-02",
		"hire alleged person=Eugene Ling organization=Mercor", // optional in the gold
		"quote asserted speaker=Surya Midha",
		"investment asserted investor=Meta target=Scale AI amount=14300000000 stake=49 @2025-06",
		"hire asserted person=Alexandr Wang organization=Meta",
		"quote asserted speaker=Gil Luria",
		"contract planned customer=Google supplier=Scale AI amount=200000000",
		"quote asserted speaker=Jonathan Siddharth",
		"layoff asserted employer=Scale AI headcount=200 percent=14 @2025-07",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestSampleClean checks the clean sample (gold: ../shared/articles/gold/scale-mercor.fr.json).
func TestSampleClean(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := build(t, spec{lang: "fr", text: sharedArticle(t, "scale-mercor.fr.txt"),
		ents: []string{"ORG:Scale AI|Scale AI|Scale", "ORG:Mercor", "ORG:Meta", "ORG:Google Drive", "ORG:Google",
			"ORG:Tesla", "PERSON:Eugene Ling|Eugene Ling|Ling", "PERSON:Surya Midha", "ORG:Customer A"},
		money: []string{"14,3 milliards de dollars=14300000000 USD"},
		qty:   []string{"49 %=49 percent", "100 documents=100 documents"},
		dates: []string{"Cette semaine=2025-W36"},
	})
	var got []string
	for _, e := range extractChecked(t, x, in) {
		got = append(got, summary(e))
	}
	want := []string{
		"lawsuit asserted plaintiff=Scale AI defendant=Eugene Ling defendant=Mercor claim=trade_secrets @2025-W36",
		"hire reported person=Eugene Ling organization=Mercor", // optional in the gold
		"investment asserted investor=Meta target=Scale AI amount=14300000000 stake=49",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
