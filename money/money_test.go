package money_test

import (
	"errors"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/depeche-nlp/depeche/money"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

// amt builds an Amount from its canonical string form.
func amt(t *testing.T, s string) money.Amount {
	t.Helper()
	a, err := money.Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return a
}

var cmpOpts = cmpopts.EquateComparable(money.Decimal{}, money.Currency{})

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		lang   string
		want   []string // "surface => canonical amount"
		reason string
	}{
		{name: "fr milliards de dollars", text: "Meta a investi 14,3 milliards de dollars.", want: []string{"14,3 milliards de dollars => 14300000000 USD"}},
		{name: "two amounts in one sentence", text: "Potentiel de 10 milliards de dollars d’évaluation de 10 milliards de dollars",
			want:   []string{"10 milliards de dollars => 10000000000 USD", "10 milliards de dollars => 10000000000 USD"},
			reason: "the opener \"de\" stays out of a span that is not a range"},
		{name: "millions ascii apostrophe", text: "100 millions de dollars et 5 millions d'euros", want: []string{"100 millions de dollars => 100000000 USD", "5 millions d'euros => 5000000 EUR"}},
		{name: "up to curly", text: "jusqu’à 200 millions de dollars", want: []string{"jusqu’à 200 millions de dollars => up to 200000000 USD"}},
		{name: "up to ascii", text: "jusqu'à 200 millions de dollars", want: []string{"jusqu'à 200 millions de dollars => up to 200000000 USD"}},
		{name: "vague", text: "il a gagné plusieurs millions de dollars", want: []string{"plusieurs millions de dollars => several USD"}},
		{name: "shares are not money", text: "52,4 milliards d’actions", want: nil},
		{name: "series B", text: "une série B, a Series B round", want: nil},
		{name: "de sa valeur", text: "perdu 10 de sa valeur", want: nil},
		{name: "years", text: "en 2024 et 2025", want: nil},
		{name: "bare figure", text: "un ratio de 14,3", want: nil},
		{name: "phone number", text: "appelez le 01 23 45 67 89", want: nil},
		{name: "bn", text: "a $14.3bn deal", want: []string{"$14.3bn => 14300000000 USD"}},
		// currency names that are also ordinary words need a real figure
		{name: "won as a verb before an amount", text: "Lockheed said it had won a US$ 3.4 billion order.", want: []string{"US$ 3.4 billion => 3400000000 USD"},
			reason: "won is flagged ordinary: never a prefix currency, and 'a' is no figure before it"},
		{name: "won as a verb before digits", text: "Hanwha won 12 billion orders last year.", want: nil, reason: "an ordinary word is never a prefix currency"},
		{name: "won after digits", text: "a fee of 500 won per ticket", want: []string{"500 won => 500 KRW"}},
		{name: "won after a number word", text: "it cost one won", want: []string{"one won => 1 KRW"}, reason: "one is a number, not an article"},
		{name: "real as an adjective", text: "a real gain and a rand note", want: nil},
		{name: "real after digits", text: "paid 40 real", lang: "en", want: []string{"40 real => 40 BRL"}},
		{name: "pound as a verb", text: "investors pound a table", want: nil},
		{name: "pounds after digits", text: "cost 12 pounds", want: []string{"12 pounds => 12 GBP"}},
		{name: "Spanish reales adjective", text: "con una reales ganancias", lang: "es", want: nil, reason: "una is an article before an ordinary word"},
		{name: "article before a plain currency", text: "a dollar and un euro", want: []string{"a dollar => 1 USD", "un euro => 1 EUR"},
			reason: "dollar and euro are no ordinary words: the article counts one"},
		{name: "Md€", text: "1,5 Md€", want: []string{"1,5 Md€ => 1500000000 EUR"}},
		{name: "US$ billion", text: "US$ 7.4 billion", want: []string{"US$ 7.4 billion => 7400000000 USD"}},
		{name: "German", text: "900 Millionen US-Dollar", want: []string{"900 Millionen US-Dollar => 900000000 USD"}},
		{name: "German Mrd.", text: "rund 1,5 Mrd. Euro", want: []string{"rund 1,5 Mrd. Euro => about 1500000000 EUR"}},
		{name: "range fr", text: "entre 5 et 10 M€", want: []string{"entre 5 et 10 M€ => between 5000000 and 10000000 EUR"}},
		{name: "range en", text: "$5-10 million", want: []string{"$5-10 million => between 5000000 and 10000000 USD"}},
		{name: "range in words", text: "entre cinq et dix millions d’euros", want: []string{"entre cinq et dix millions d’euros => between 5000000 and 10000000 EUR"}},
		{name: "range words then figure", text: "from five to 10 million dollars", want: []string{"from five to 10 million dollars => between 5000000 and 10000000 USD"}},
		{name: "range de à", text: "de 5 à 10 M€", want: []string{"de 5 à 10 M€ => between 5000000 and 10000000 EUR"}},
		{name: "NBSP group", text: "1\u00a0250\u00a0000 euros", want: []string{"1\u00a0250\u00a0000 euros => 1250000 EUR"}},
		{name: "NNBSP before sign", text: "12\u202f€", want: []string{"12\u202f€ => 12 EUR"}},
		{name: "english grouping", text: "12,345 $", lang: "en", want: []string{"12,345 $ => 12345 USD"}},
		{name: "french decimal comma", text: "12,345 $", lang: "fr", want: []string{"12,345 $ => 12.345 USD"}, reason: "under fr the comma is the decimal point"},
		{name: "sign after the figure", text: "Preis: 1.234 €", want: []string{"1.234 € => 1234 EUR"}, reason: "a sign written after the figure follows the continental convention"},
		{name: "sign after, trailing zero", text: "73,460 €", want: []string{"73,460 € => 73460 EUR"}, reason: "a guessed decimal comma is not followed by a trailing zero"},
		{name: "sign before", text: "€1.5 billion", want: []string{"€1.5 billion => 1500000000 EUR"}},
		{name: "french billion", text: "1 billion de dollars", want: []string{"1 billion de dollars => 1000000000000 USD"}, reason: "French billion is 10^12"},
		{name: "english billion", text: "$1 billion", want: []string{"$1 billion => 1000000000 USD"}},
		{name: "words fr", text: "quatre-vingt-dix-neuf euros", want: []string{"quatre-vingt-dix-neuf euros => 99 EUR"}},
		{name: "words fr half", text: "un milliard et demi de dollars", want: []string{"un milliard et demi de dollars => 1500000000 USD"}},
		{name: "figure and a half", text: "2 millions et demi d’euros", want: []string{"2 millions et demi d’euros => 2500000 EUR"}},
		{name: "three thousand millions", text: "three thousand million dollars", want: []string{"three thousand million dollars => 3000000000 USD"}},
		{name: "words en half", text: "one and a half billion dollars", want: []string{"one and a half billion dollars => 1500000000 USD"}},
		{name: "adjective", text: "125 millions de dollars canadiens", want: []string{"125 millions de dollars canadiens => 125000000 CAD"}},
		{name: "livres sterling", text: "3 millions de livres sterling", want: []string{"3 millions de livres sterling => 3000000 GBP"}},
		{name: "more than", text: "more than $2 billion", want: []string{"more than $2 billion => more than 2000000000 USD"}},
		{name: "plus de", text: "plus de 3 millions d’euros", want: []string{"plus de 3 millions d’euros => more than 3000000 EUR"}},
		{name: "spanish", text: "5 mil millones de dólares", want: []string{"5 mil millones de dólares => 5000000000 USD"}},
		{name: "italian", text: "3 miliardi di euro", want: []string{"3 miliardi di euro => 3000000000 EUR"}},
		{name: "a dollar", text: "a $ 300 million contract", want: []string{"$ 300 million => 300000000 USD"}, reason: "the article is not a figure before a sign"},
		{name: "sign of the next figure", text: "one of $5 billion", want: []string{"$5 billion => 5000000000 USD"}, reason: "a sign followed by a figure is that figure's prefix"},
		{name: "percent then money", text: "sank 27 % in the quarter to $ 254 million", want: []string{"$ 254 million => 254000000 USD"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []money.Option
			if tt.lang != "" {
				opts = append(opts, money.WithLanguage(language.Make(tt.lang)))
			}
			got := findStrings(t, tt.text, opts)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// findStrings returns "surface => canonical amount" for each amount Find
// gives, and checks that each span is the surface text.
func findStrings(t *testing.T, text string, opts []money.Option) []string {
	t.Helper()
	var got []string
	for _, m := range money.Find(text, opts...) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("span [%d:%d] is %q, Text %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		got = append(got, m.Text+" => "+m.Amount.String())
	}
	return got
}

func TestFindQuantities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "surface => value unit qualifier"
	}{
		{name: "percent spaced", text: "49 %", want: []string{"49 % => 49 percent exact"}},
		{name: "percent tight", text: "49%", want: []string{"49% => 49 percent exact"}},
		{name: "percent comma", text: "4,8 %", want: []string{"4,8 % => 4.8 percent exact"}},
		{name: "per cent", text: "9 per cent", want: []string{"9 per cent => 9 percent exact"}},
		{name: "pour cent", text: "environ 9 pour cent", want: []string{"environ 9 pour cent => 9 percent about"}},
		{name: "employés", text: "200 employés à temps plein", want: []string{"200 employés => 200 people exact"}},
		{name: "contractors", text: "500 contractors", want: []string{"500 contractors => 500 people exact"}},
		{name: "job cuts", text: "10,000 job cuts", want: []string{"10,000 job cuts => 10000 jobs exact"}},
		{name: "emplois", text: "820 emplois", want: []string{"820 emplois => 820 jobs exact"}},
		{name: "postes", text: "plus de 820 postes", want: []string{"plus de 820 postes => 820 jobs more_than"}},
		{name: "shares", text: "52,4 milliards d’actions", want: []string{"52,4 milliards d’actions => 52400000000 shares exact"}},
		{name: "drei Milliarden", text: "drei Milliarden", want: []string{"drei Milliarden => 3000000000  exact"}},
		{name: "money is not a quantity", text: "14,3 milliards de dollars", want: nil},
		{name: "year", text: "en 2024", want: nil},
		{name: "abbreviation alone", text: "a 5 m drop and 3k steps", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range money.FindQuantities(tt.text) {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d:%d] is %q, Text %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
				q := m.Quantity
				got = append(got, m.Text+" => "+q.Value.String()+" "+q.Unit.String()+" "+q.Qualifier.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindQuantities(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		opts    []money.Option
		want    string // canonical form
		wantErr error
		offset  int
	}{
		{name: "continental", in: "1.234,56 €", want: "1234.56 EUR"},
		{name: "m suffix", in: "US$5m", want: "5000000 USD"},
		{name: "indian grouping", in: "₹1,23,456", want: "123456 INR"},
		{name: "code after", in: "1000 EUR", want: "1000 EUR"},
		{name: "swiss apostrophe", in: "CHF 1'234.50", want: "1234.5 CHF"},
		{name: "curly apostrophe group", in: "CHF 1’234.50", want: "1234.5 CHF"},
		{name: "negative", in: "-5 USD", want: "-5 USD"},
		{name: "range", in: "between 5 and 10 USD", want: "between 5 and 10 USD"},
		{name: "at least", in: "au moins 10 euros", want: "at least 10 EUR"},
		{name: "less than", in: "moins de 10 dollars", want: "less than 10 USD"},
		{name: "bare figure", in: "14,3", want: "14.3"},
		{name: "bare with hint", in: "28", opts: []money.Option{money.WithCurrency(money.MustParseCurrency("EUR"))}, want: "28 EUR"},
		{name: "hint overrides $", in: "$5", opts: []money.Option{money.WithCurrency(money.MustParseCurrency("CAD"))}, want: "5 CAD"},
		{name: "hint of another family", in: "¥5", opts: []money.Option{money.WithCurrency(money.MustParseCurrency("CAD"))}, want: "5 JPY"},
		{name: "hint for dollars", in: "5 dollars", opts: []money.Option{money.WithCurrency(money.MustParseCurrency("AUD"))}, want: "5 AUD"},
		{name: "hint for an ambiguous word", in: "100 kr", opts: []money.Option{money.WithCurrency(money.MustParseCurrency("SEK"))}, want: "100 SEK"},
		{name: "cents", in: "15 dollars et 15 cents", want: "15.15 USD"},
		{name: "vague", in: "plusieurs millions de dollars", want: "several USD"},
		{name: "empty", in: "", wantErr: money.ErrSyntax, offset: 0},
		{name: "words only", in: "hello", wantErr: money.ErrSyntax, offset: 0},
		{name: "trailing text", in: "5 USD now", wantErr: money.ErrSyntax, offset: 6},
		{name: "unknown code", in: "5 XYZ", wantErr: money.ErrUnknownCurrency, offset: 2},
		{name: "percent", in: "5 %", wantErr: money.ErrSyntax, offset: 2},
		{name: "too large", in: "$" + strings.Repeat("9", 40), wantErr: money.ErrRange, offset: 1},
		{name: "ambiguous", in: "100 kr", wantErr: money.ErrAmbiguousCurrency, offset: 4, want: "100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := money.Parse(tt.in, tt.opts...)
			if tt.wantErr != nil {
				var pe *money.ParseError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &pe) {
					t.Fatalf("Parse(%q) error %v, want %v", tt.in, err, tt.wantErr)
				}
				if pe.Offset != tt.offset || pe.Input != tt.in {
					t.Errorf("Parse(%q) offset %d, want %d", tt.in, pe.Offset, tt.offset)
				}
				if !strings.HasPrefix(err.Error(), "money: ") {
					t.Errorf("error %q lacks the money: prefix", err)
				}
				if tt.want != "" && a.String() != tt.want {
					t.Errorf("partial result %q, want %q", a, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, a.String()); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
			if back := amt(t, a.String()); back != a && len(tt.opts) == 0 {
				t.Errorf("round trip: %v != %v", back, a)
			}
		})
	}
}

func TestAmountFields(t *testing.T) {
	a := amt(t, "jusqu’à 200 millions de dollars")
	want := money.Amount{Value: money.MustParseDecimal("200000000"), Max: money.MustParseDecimal("200000000"),
		Currency: money.MustParseCurrency("USD"), Qualifier: money.UpTo}
	if diff := cmp.Diff(want, a, cmpOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	r := amt(t, "entre 5 et 10 M€")
	if r.Value.IsValid() || r.Min.String() != "5000000" || r.Max.String() != "10000000" || r.Qualifier != money.Range {
		t.Errorf("range: %+v", r)
	}
	v := amt(t, "plusieurs millions de dollars")
	if !v.Vague || v.Value.IsValid() {
		t.Errorf("vague: %+v", v)
	}
	b, err := a.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	var back money.Amount
	if err := back.UnmarshalText(b); err != nil || back != a {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
	}
}

func TestQualifierNames(t *testing.T) {
	want := []string{"exact", "about", "up_to", "at_least", "more_than", "less_than", "range"}
	var got []string
	for q := money.Exact; q <= money.Range; q++ {
		got = append(got, q.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDecimal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"14300000000", "14300000000"}, {"1.50", "1.5"}, {"-0.25", "-0.25"}, {"0", "0"}, {"+7", "7"},
		{"0.001", "0.001"}, {"1" + strings.Repeat("0", 30), "1" + strings.Repeat("0", 30)},
	}
	for _, tt := range tests {
		d, err := money.ParseDecimal(tt.in)
		if err != nil || d.String() != tt.want {
			t.Errorf("ParseDecimal(%q) = %q, %v; want %q", tt.in, d, err, tt.want)
		}
	}
	for _, bad := range []string{"", "-", "1.", "1e5", "1,5", strings.Repeat("7", 30)} {
		if _, err := money.ParseDecimal(bad); err == nil {
			t.Errorf("ParseDecimal(%q) succeeded", bad)
		}
	}
	if _, err := money.NewDecimal(1, 1000); !errors.Is(err, money.ErrRange) {
		t.Errorf("NewDecimal(1, 1000) error %v", err)
	}
	if (money.Decimal{}).String() != "" || (money.Decimal{}).IsValid() {
		t.Error("zero Decimal must be invalid and print as empty")
	}
}

func TestCurrency(t *testing.T) {
	if _, err := money.ParseCurrency("ZZZ"); !errors.Is(err, money.ErrUnknownCurrency) {
		t.Errorf("ParseCurrency(ZZZ) error %v", err)
	}
	if c := money.MustParseCurrency("eur"); c.String() != "EUR" || c.IsZero() {
		t.Errorf("eur = %v", c)
	}
	if (money.Currency{}).String() != "" || (money.Currency{}).Unit().String() != "XXX" {
		t.Error("zero Currency must be unknown")
	}
}

// articles returns the sample articles under ../shared/articles.
func articles(t testing.TB) map[string]string {
	dir := testcorpus.Shared(t, "articles")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Skip("sample articles absent")
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}

func TestArticleSpans(t *testing.T) {
	for name, text := range articles(t) {
		prev := -1
		for _, m := range money.Find(text) {
			if m.Start < prev || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: bad span %d:%d %q", name, m.Start, m.End, m.Text)
			}
			prev = m.End
		}
		prev = -1
		for _, m := range money.FindQuantities(text) {
			if m.Start < prev || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: bad quantity span %d:%d %q", name, m.Start, m.End, m.Text)
			}
			prev = m.End
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	texts := []string{"14,3 milliards de dollars", "$5-10 million", "49 %", "200 employés"}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = len(money.Find(s)) + len(money.FindQuantities(s))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for i, s := range texts {
				if n := len(money.Find(s)) + len(money.FindQuantities(s)); n != want[i] {
					t.Errorf("%q: %d results, want %d", s, n, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// TestNoHeavyImports keeps lingua-go and prose out of money's dependencies.
func TestNoHeavyImports(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command(goBin, "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, bad := range []string{"github.com/pemistahl/lingua-go", "github.com/jdkato/prose"} {
		if strings.Contains(string(out), bad) {
			t.Errorf("money depends on %s", bad)
		}
	}
}
