package money_test

import (
	"testing"

	"github.com/depeche-nlp/depeche/money"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// TestFindByClass covers, in every language of the tables, the forms that
// other parsers' suites ask for: Portuguese and Dutch, named currencies, a
// country's dollar, cents merged into the amount, negated bounds and
// amounts spelled out. Each row says why it reads as it does.
func TestFindByClass(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string // "surface => canonical amount"
		reason           string
	}{
		// Portuguese and Dutch: numbers, scales, currency words, qualifiers
		{name: "pt/milhões de reais", lang: "pt", text: "A empresa investiu 3,5 milhões de reais.", want: []string{"3,5 milhões de reais => 3500000 BRL"}, reason: "decimal comma; milhões is 10^6"},
		{name: "pt/mil milhões", lang: "pt", text: "um empréstimo de 2 mil milhões de euros", want: []string{"2 mil milhões de euros => 2000000000 EUR"}, reason: "European Portuguese writes 10^9 as mil milhões"},
		{name: "pt/bilhões", lang: "pt", text: "US$ 1,2 bilhão", want: []string{"US$ 1,2 bilhão => 1200000000 USD"}, reason: "Brazilian bilhão is 10^9"},
		{name: "pt/R$ bi", lang: "pt", text: "receita de R$ 2 bi", want: []string{"R$ 2 bi => 2000000000 BRL"}, reason: "bi abbreviates bilhões in the Brazilian press"},
		{name: "pt/grouping", lang: "pt", text: "R$ 1.234,56", want: []string{"R$ 1.234,56 => 1234.56 BRL"}},
		{name: "pt/cerca de", lang: "pt", text: "cerca de 10 milhões de dólares", want: []string{"cerca de 10 milhões de dólares => about 10000000 USD"}},
		{name: "pt/pelo menos", lang: "pt", text: "pelo menos 5 mil euros", want: []string{"pelo menos 5 mil euros => at least 5000 EUR"}},
		{name: "pt/entre e", lang: "pt", text: "entre 5 e 10 milhões de euros", want: []string{"entre 5 e 10 milhões de euros => between 5000000 and 10000000 EUR"}},
		{name: "pt/words", lang: "pt", text: "cento e vinte reais", want: []string{"cento e vinte reais => 120 BRL"}, reason: "e joins hundreds and tens"},
		{name: "pt/quinhentos mil", lang: "pt", text: "quinhentos mil euros", want: []string{"quinhentos mil euros => 500000 EUR"}},
		{name: "nl/miljoen euro", lang: "nl", text: "Het bedrijf haalde 7 miljoen euro op.", want: []string{"7 miljoen euro => 7000000 EUR"}},
		{name: "nl/miljard", lang: "nl", text: "1,5 miljard euro", want: []string{"1,5 miljard euro => 1500000000 EUR"}},
		{name: "nl/mln", lang: "nl", text: "€ 3,2 mln", want: []string{"€ 3,2 mln => 3200000 EUR"}},
		{name: "nl/grouping", lang: "nl", text: "€ 1.234,56", want: []string{"€ 1.234,56 => 1234.56 EUR"}},
		{name: "nl/ongeveer", lang: "nl", text: "ongeveer 20 miljoen dollar", want: []string{"ongeveer 20 miljoen dollar => about 20000000 USD"}},
		{name: "nl/van tot", lang: "nl", text: "van 5 tot 10 euro", want: []string{"van 5 tot 10 euro => between 5 and 10 EUR"}},
		{name: "nl/tweeduizend", lang: "nl", text: "tweeduizend euro", want: []string{"tweeduizend euro => 2000 EUR"}, reason: "a number written as one word is cut into the table's words"},
		{name: "nl/drieëntwintig", lang: "nl", text: "drieëntwintig euro", want: []string{"drieëntwintig euro => 23 EUR"}, reason: "units before tens, joined by ën"},
		{name: "nl/anderhalf", lang: "nl", text: "anderhalf miljoen euro", want: []string{"anderhalf miljoen euro => 1500000 EUR"}},
		// named dollars and other currencies
		{name: "de/kanadische Dollar", lang: "de", text: "5 Millionen kanadische Dollar", want: []string{"5 Millionen kanadische Dollar => 5000000 CAD"}},
		{name: "de/Hongkong-Dollar", lang: "de", text: "10 Hongkong-Dollar", want: []string{"10 Hongkong-Dollar => 10 HKD"}},
		{name: "es/dólares de Hong Kong", lang: "es", text: "10 dólares de Hong Kong", want: []string{"10 dólares de Hong Kong => 10 HKD"}},
		{name: "fr/dollars australiens", lang: "fr", text: "3 dollars australiens", want: []string{"3 dollars australiens => 3 AUD"}},
		{name: "fr/francs suisses", lang: "fr", text: "50 francs suisses", want: []string{"50 francs suisses => 50 CHF"}},
		{name: "fr/roupies indiennes", lang: "fr", text: "100 roupies indiennes", want: []string{"100 roupies indiennes => 100 INR"}},
		{name: "en/yuan", lang: "en", text: "10 yuan", want: []string{"10 yuan => 10 CNY"}},
		{name: "it/dollari canadesi", lang: "it", text: "4 milioni di dollari canadesi", want: []string{"4 milioni di dollari canadesi => 4000000 CAD"}},
		{name: "pt/dólares canadenses", lang: "pt", text: "7 dólares canadenses", want: []string{"7 dólares canadenses => 7 CAD"}},
		{name: "nl/Zwitserse frank", lang: "nl", text: "8 Zwitserse frank", want: []string{"8 Zwitserse frank => 8 CHF"}},
		// a bare dollar next to a country's name
		{name: "en/Canada dollars", lang: "en", text: "5 Canada dollars", want: []string{"5 Canada dollars => 5 CAD"}, reason: "the country's name right before the word"},
		{name: "de/Singapur-Dollar", lang: "de", text: "10 Singapur-Dollar", want: []string{"10 Singapur-Dollar => 10 SGD"}},
		{name: "fr/dollars de Singapour", lang: "fr", text: "10 dollars de Singapour", want: []string{"10 dollars de Singapour => 10 SGD"}, reason: "the country's name after de"},
		{name: "es/pesos de México", lang: "es", text: "100 pesos de México", want: []string{"100 pesos de México => 100 MXN"}, reason: "an ambiguous word takes the country's currency"},
		{name: "fr/country elsewhere", lang: "fr", text: "Au Canada, la facture atteint 5 dollars.", want: []string{"5 dollars => 5 USD"}, reason: "a country named elsewhere in the sentence does not decide"},
		{name: "de/country with another currency", lang: "de", text: "5 Kanada Euro", want: nil, reason: "the euro is not Canada's: no amount is made of the pair"},
		// cents merged into the amount
		{name: "fr/centimes", lang: "fr", text: "3 euros et 20 centimes", want: []string{"3 euros et 20 centimes => 3.2 EUR"}},
		{name: "es/centavos", lang: "es", text: "15 dólares y 15 centavos", want: []string{"15 dólares y 15 centavos => 15.15 USD"}},
		{name: "pt/centavos", lang: "pt", text: "20 reais e 50 centavos", want: []string{"20 reais e 50 centavos => 20.5 BRL"}},
		{name: "de/Cent", lang: "de", text: "5 Euro und 30 Cent", want: []string{"5 Euro und 30 Cent => 5.3 EUR"}, reason: "und is data/numbers.tsv's and-word for German"},
		{name: "it/centesimi", lang: "it", text: "2 euro e 40 centesimi", want: []string{"2 euro e 40 centesimi => 2.4 EUR"}},
		{name: "nl/cent", lang: "nl", text: "4 euro en 10 cent", want: []string{"4 euro en 10 cent => 4.1 EUR"}},
		{name: "pt/centavos alone", lang: "pt", text: "centavos", want: nil, reason: "a minor unit without an amount is nothing"},
		// bounds, and negated bounds
		{name: "es/no más de", lang: "es", text: "no más de 10 $", want: []string{"no más de 10 $ => up to 10 USD"}, reason: "negated more: the figure is the maximum"},
		{name: "es/no menos de", lang: "es", text: "no menos de 3 millones de euros", want: []string{"no menos de 3 millones de euros => at least 3000000 EUR"}},
		{name: "nl/minder dan", lang: "nl", text: "minder dan 7 euro", want: []string{"minder dan 7 euro => less than 7 EUR"}},
		{name: "nl/niet meer dan", lang: "nl", text: "niet meer dan 7 euro", want: []string{"niet meer dan 7 euro => up to 7 EUR"}},
		{name: "fr/pas moins de", lang: "fr", text: "pas moins de 5 millions d'euros", want: []string{"pas moins de 5 millions d'euros => at least 5000000 EUR"}, reason: "negated less: the figure is the minimum"},
		{name: "fr/pas moins d'", lang: "fr", text: "pas moins d'un million d'euros", want: []string{"pas moins d'un million d'euros => at least 1000000 EUR"}},
		{name: "de/nicht mehr als", lang: "de", text: "nicht mehr als 5 Millionen Euro", want: []string{"nicht mehr als 5 Millionen Euro => up to 5000000 EUR"}},
		{name: "de/höchstens", lang: "de", text: "höchstens 20 Euro", want: []string{"höchstens 20 Euro => up to 20 EUR"}},
		{name: "it/non meno di", lang: "it", text: "non meno di 2 milioni di euro", want: []string{"non meno di 2 milioni di euro => at least 2000000 EUR"}},
		{name: "pt/não mais de", lang: "pt", text: "não mais de 30 reais", want: []string{"não mais de 30 reais => up to 30 BRL"}},
		{name: "en/not less than", lang: "en", text: "not less than $4 million", want: []string{"not less than $4 million => at least 4000000 USD"}},
		// amounts spelled out
		{name: "de/siebenhundert", lang: "de", text: "siebenhundert Euro", want: []string{"siebenhundert Euro => 700 EUR"}, reason: "German writes the number as one word"},
		{name: "de/einundzwanzig", lang: "de", text: "zweihunderteinundzwanzig Euro", want: []string{"zweihunderteinundzwanzig Euro => 221 EUR"}},
		{name: "de/Millionen", lang: "de", text: "dreihundert Millionen Euro", want: []string{"dreihundert Millionen Euro => 300000000 EUR"}},
		{name: "es/dos millones", lang: "es", text: "dos millones de pesos mexicanos", want: []string{"dos millones de pesos mexicanos => 2000000 MXN"}},
		{name: "es/doscientos cincuenta", lang: "es", text: "doscientos cincuenta dólares", want: []string{"doscientos cincuenta dólares => 250 USD"}, reason: "hundreds then tens add up"},
		{name: "es/veintitrés", lang: "es", text: "veintitrés euros", want: []string{"veintitrés euros => 23 EUR"}},
		{name: "it/duecentomila", lang: "it", text: "duecentomila euro", want: []string{"duecentomila euro => 200000 EUR"}},
		{name: "it/ventuno", lang: "it", text: "ventuno euro", want: []string{"ventuno euro => 21 EUR"}, reason: "elided tens (vent) are read only inside a compound"},
		{name: "fr/vingt-cinq", lang: "fr", text: "vingt-cinq millions d'euros", want: []string{"vingt-cinq millions d'euros => 25000000 EUR"}},
		{name: "en/seven hundred", lang: "en", text: "seven hundred dollars", want: []string{"seven hundred dollars => 700 USD"}},
		{name: "nl/vijfhonderd", lang: "nl", text: "vijfhonderd euro", want: []string{"vijfhonderd euro => 500 EUR"}},
		{name: "pt/três milhões", lang: "pt", text: "três milhões de reais", want: []string{"três milhões de reais => 3000000 BRL"}},
		// what is not a compound number
		{name: "de/word that starts like a number", lang: "de", text: "Einhundertstel und achtbar Euro", want: nil, reason: "a word is a number only if it is cut into number words entirely"},
		{name: "it/vent alone", lang: "it", text: "vent euro", want: nil, reason: "an elided tens word is no number on its own"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, opts := range [][]money.Option{{money.WithLanguage(language.Make(tt.lang))}, nil} {
				got := findStrings(t, tt.text, opts)
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("Find(%q) with %d options (-want +got):\n%s", tt.text, len(opts), diff)
				}
			}
		})
	}
}

// TestVagueQualifier checks the one representation of an amount named
// without a figure: qualifier vague, no value, no bounds.
func TestVagueQualifier(t *testing.T) {
	for _, text := range []string{"plusieurs millions de dollars", "several million euros", "mehrere Millionen Euro", "vários milhões de reais", "enkele miljoen euro"} {
		ms := money.Find(text)
		if len(ms) != 1 {
			t.Errorf("Find(%q): %d amounts, want 1", text, len(ms))
			continue
		}
		a := ms[0].Amount
		if a.Qualifier != money.Vague || !a.Vague || a.Value.IsValid() || a.Min.IsValid() || a.Max.IsValid() {
			t.Errorf("Find(%q) = %+v, want qualifier vague without value or bounds", text, a)
		}
		if a.Qualifier.String() != "vague" {
			t.Errorf("Qualifier.String() = %q", a.Qualifier.String())
		}
	}
}
