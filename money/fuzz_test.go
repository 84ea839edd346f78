package money_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/money"
)

var fuzzSeeds = []string{
	"14,3 milliards de dollars", "$14.3bn", "1,5 Md€", "US$ 7.4 billion", "900 Millionen US-Dollar",
	"jusqu’à 200 millions de dollars", "entre 5 et 10 M€", "$5-10 million", "plusieurs millions de dollars",
	"1.234,56 €", "US$5m", "₹1,23,456", "quatre-vingt-dix-neuf euros", "one and a half billion dollars",
	"15 dollars et 15 cents", "between 5 and 10 USD", "-5 USD", "about 0.001 EUR", "49 %", "100 kr",
	"1\u00a0250\u00a0000 euros", ".75 €", "320.000", "d'", "a", "$", "1e5", "\xff\xfe", "9999999999999999999 $",
	// numbers written as one word, Portuguese and Dutch, countries, cents
	"siebenhundert Euro", "zweihunderteinundzwanzig Euro", "drieëntwintig euro", "duecentomila euro", "ventuno",
	"2 mil milhões de euros", "R$ 2 bi", "cento e vinte reais", "van 5 tot 10 euro", "anderhalf miljoen euro",
	"5 Canada dollars", "10 dólares de Hong Kong", "Singapur-Dollar", "3 euros et 20 centimes", "centavos",
	"no más de 10 $", "pas moins d'un million d'euros", "zweizweizweizweizweizweizweizweizweizweizweizweizweizweizweizweizwei",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := money.Parse(s)
		if err != nil {
			var pe *money.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T %v is not a *ParseError", s, err, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q) offset %d out of range", s, pe.Offset)
			}
			return
		}
		back, err := money.Parse(a.String())
		if err != nil || back != a {
			t.Fatalf("Parse(%q) = %q, which reads back as %q, %v", s, a, back, err)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s + " et " + s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, m := range money.Find(text) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("Find(%q): bad span %d:%d %q", text, m.Start, m.End, m.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("Find(%q): span cuts a rune: %q", text, m.Text)
			}
			prev = m.End
		}
		prev = 0
		for _, m := range money.FindQuantities(text) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("FindQuantities(%q): bad span %d:%d %q", text, m.Start, m.End, m.Text)
			}
			prev = m.End
		}
	})
}
