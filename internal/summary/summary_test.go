package summary_test

import (
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/summary"
)

func TestNumber(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"billions with a decimal", "14300000000", "14.3 billion"},
		{"round millions", "600000000", "600 million"},
		{"millions with three decimals", "1250000", "1.25 million"},
		{"too precise for a scale word", "14312345678", "14,312,345,678"},
		{"thousands grouped", "250000", "250,000"},
		{"small", "49", "49"},
		{"fraction", "4.8", "4.8"},
		{"trillions", "2000000000000", "2 trillion"},
		{"negative", "-3000000", "-3 million"},
		{"not a decimal", "1e6", "1e6"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary.Number(tt.in); got != tt.want {
				t.Errorf("Number(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAmount(t *testing.T) {
	tests := []struct {
		name               string
		q                  extract.Qualifier
		value, lo, hi, cur string
		vague              bool
		want               string
	}{
		{name: "exact", q: extract.Exact, value: "14300000000", cur: "USD", want: "14.3 billion USD"},
		{name: "up to", q: extract.UpTo, hi: "200000000", cur: "EUR", want: "up to 200 million EUR"},
		{name: "about", q: extract.About, value: "5000000", cur: "EUR", want: "about 5 million EUR"},
		{name: "range", q: extract.Range, lo: "5000000", hi: "10000000", cur: "USD", want: "5 million–10 million USD"},
		{name: "vague", q: extract.Exact, cur: "USD", vague: true, want: "an unstated amount of USD"},
		{name: "vague qualifier", q: extract.Vague, cur: "EUR", want: "an unstated amount of EUR"},
		{name: "no currency", q: extract.Exact, value: "1000", want: "1,000 (currency unknown)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary.Amount(tt.q, tt.value, tt.lo, tt.hi, tt.cur, tt.vague); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestString checks the points of the layout: repairs counted by kind and
// grouped per name, "1 mention", amounts as numbers, and dates that say
// why they have no value.
func TestString(t *testing.T) {
	doc := &extract.Document{
		ID: "a", Text: "x", Language: extract.Language{Code: "fr", Confidence: 0.97},
		Edits: []extract.Edit{
			{Kind: extract.EditTypography, Original: "’", Replacement: "'"},
			{Kind: extract.EditTypography, Original: "’", Replacement: "'"},
			{Kind: extract.EditName, Original: "l’échelle AI", Replacement: "Scale AI"},
			{Kind: extract.EditName, Original: "Échelle Ai", Replacement: "Scale AI"},
			{Kind: extract.EditName, Original: "l’échelle AI", Replacement: "Scale AI"},
			{Kind: extract.EditName, Original: "Méta", Replacement: "Meta"},
		},
		Entities: []extract.Entity{{Type: extract.Org, Name: "Meta", Mentions: []extract.Mention{{}}}},
		Amounts:  []extract.Amount{{Text: "14,3 milliards de dollars", Value: "14300000000", Currency: "USD", Qualifier: extract.Exact}},
		Dates: []extract.Date{
			{Text: "hier", Precision: extract.PrecisionUnknown, Relative: true},
			{Text: "en juin 2025", Value: "2025-06", Precision: extract.PrecisionMonth},
		},
		Events: []extract.Event{{Type: extract.Investment, Modality: extract.Asserted, Confidence: 0.9, Arguments: []extract.Argument{
			{Role: extract.RoleInvestor, Name: "Meta"},
			{Role: extract.RoleAmount, Value: "14300000000", Currency: "USD", Qualifier: extract.Exact},
			{Role: extract.RoleStake, Value: "49", Unit: extract.Percent},
		}}},
	}
	want := `== a (fr, 0.97)
repairs: 2 typography, 4 name
  Scale AI ← "l’échelle AI", "Échelle Ai" (3 places)
  Meta ← "Méta" (1 place)
entities:
  ORG    Meta (1 mention)
amounts:
  "14,3 milliards de dollars" = 14.3 billion USD
dates:
  "hier" = not resolved: relative, and no publication date given
  "en juin 2025" = 2025-06 (month)
events:
  investment [asserted, 0.90] investor=Meta amount=14.3 billion USD stake=49%

`
	if got := summary.String(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	var sb strings.Builder
	if err := summary.Write(&sb, doc); err != nil || sb.String() != want {
		t.Errorf("Write: %v, %q", err, sb.String())
	}
	doc.Published = "2025-09-05"
	if got := summary.String(doc); !strings.Contains(got, `"hier" = not resolved: relative to a date the text does not give before`) {
		t.Errorf("with a publication date, the unresolved date does not say why:\n%s", got)
	}
}
