package money

import (
	"strings"
	"testing"
)

// hostile are inputs built to make a careless parser quadratic.
var hostile = map[string]func(n int) string{
	"digits":          func(n int) string { return strings.Repeat("9", n) },
	"grouped digits":  func(n int) string { return "1" + strings.Repeat(" 000", n/4) },
	"milliards de":    func(n int) string { return strings.Repeat("milliards de ", n) },
	"figure scales":   func(n int) string { return strings.Repeat("5 milliards de ", n) },
	"number words":    func(n int) string { return strings.Repeat("vingt et un ", n) },
	"ranges":          func(n int) string { return strings.Repeat("entre 5 et ", n) },
	"signs":           func(n int) string { return strings.Repeat("$", n) },
	"hyphenated":      func(n int) string { return strings.Repeat("quatre-", n) },
	"apostrophes":     func(n int) string { return strings.Repeat("d’", n) },
	"dots and commas": func(n int) string { return strings.Repeat("1.2,", n) },
	"centavos":        func(n int) string { return strings.Repeat("centavos ", n) },
	"compound words":  func(n int) string { return strings.Repeat("siebenhundertzwei tweeënveertig ", n) },
	"one long word":   func(n int) string { return strings.Repeat("zwei", n) + " Euro" },
	"country dollars": func(n int) string { return strings.Repeat("5 Canada dólares de Hong Kong ", n) },
}

// TestLinearScan checks, by counting the phrase lookups rather than timing,
// that a scan does a bounded amount of work per byte on hostile inputs of
// 100,000 digits and 10,000 repeated scale words.
func TestLinearScan(t *testing.T) {
	for name, gen := range hostile {
		t.Run(name, func(t *testing.T) {
			small := scan(gen(1000), nil, func(*scanner, expr) {})
			large := scan(gen(10000), nil, func(*scanner, expr) {})
			if large > 12*small+100 {
				t.Errorf("lookups grow faster than the input: %d for n=1000, %d for n=10000", small, large)
			}
			if text := gen(10000); large > 200*len(text)+100 {
				t.Errorf("%d lookups for %d bytes", large, len(text))
			}
		})
	}
	if ms := Find(strings.Repeat("9", 100000) + " $"); len(ms) != 0 {
		t.Errorf("100,000 digits: got %v, want nothing (out of range)", ms)
	}
	if _, err := Parse(strings.Repeat("9", 100000) + " USD"); err == nil {
		t.Error("Parse of 100,000 digits succeeded")
	}
	if ms := Find(strings.Repeat("milliards de ", 10000) + "dollars"); len(ms) != 0 {
		t.Errorf("10,000 × milliards de: got %d matches", len(ms))
	}
}

// TestTablesLoad checks that every data table parses, and that each starts
// with a comment naming its source.
func TestTablesLoad(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.phrases) < 500 {
		t.Errorf("only %d phrases loaded", len(lx.phrases))
	}
	files, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := dataFS.ReadFile("data/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "# source: ") {
			t.Errorf("%s does not start with a source comment", f.Name())
		}
	}
}
