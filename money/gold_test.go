package money_test

import (
	"encoding/json"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/money"
)

// goldAmount is an amount of ../shared/articles/gold/*.json (see its README).
type goldAmount struct {
	Find     string `json:"find"`
	Within   string `json:"within"`
	Nth      int    `json:"nth"`
	Value    string `json:"value"`
	Currency string `json:"currency"`
}

// locate returns the byte span of the nth occurrence of find (inside the
// first occurrence of within, when given).
func locate(text string, g goldAmount) (int, int, bool) {
	base := 0
	if g.Within != "" {
		w := strings.Index(text, g.Within)
		if w < 0 {
			return 0, 0, false
		}
		base, text = w, g.Within
	}
	nth := max(g.Nth, 1)
	from := 0
	for n := 1; ; n++ {
		i := strings.Index(text[from:], g.Find)
		if i < 0 {
			return 0, 0, false
		}
		if n == nth {
			s := base + from + i
			return s, s + len(g.Find), true
		}
		from += i + len(g.Find)
	}
}

// TestGoldAmounts checks every gold amount of the sample articles: a found
// amount must overlap it with its value (or a bound) and currency.
func TestGoldAmounts(t *testing.T) {
	dir := testcorpus.Shared(t, "articles")
	golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if len(golds) == 0 {
		t.Skip("gold files absent")
	}
	for _, g := range golds {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Article string       `json:"article"`
			Amounts []goldAmount `json:"amounts"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		name := strings.TrimSuffix(filepath.Base(g), ".json") + ".txt"
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: no article %s", g, name)
			continue
		}
		text := string(raw)
		ms := money.Find(text)
		for _, ga := range doc.Amounts {
			s, e, ok := locate(text, ga)
			if !ok {
				t.Errorf("%s: %q not in the article", name, ga.Find)
				continue
			}
			found := false
			for _, m := range ms {
				a := m.Amount
				if m.End > s && m.Start < e && a.Currency.String() == ga.Currency &&
					(a.Value.String() == ga.Value || a.Min.String() == ga.Value || a.Max.String() == ga.Value) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no amount %s %s at %q", name, ga.Value, ga.Currency, ga.Find)
			}
		}
	}
}
