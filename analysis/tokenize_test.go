package analysis

import (
	"strings"
	"testing"
)

// stubMWT stands for the learned multiword table in tokenizer tests.
func stubMWT(s string) ([]string, bool) {
	m := map[string][]string{"du": {"de", "le"}, "au": {"à", "le"}, "del": {"de", "el"}, "al": {"a", "el"},
		"zum": {"zu", "dem"}, "im": {"in", "dem"}, "della": {"di", "la"}, "nel": {"in", "il"},
		"don't": {"do", "n't"}, "dell'": {"di", "l'"}}
	w, ok := m[strings.ToLower(s)]
	return w, ok
}

func TestTokenize(t *testing.T) {
	ts, err := tables()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang, text, want string
	}{
		{"fr multiword", "fr", "Il parle du chat au maire.", "Il parle du=de du=le chat au=à au=le maire ."},
		{"fr capital multiword", "fr", "Du pain.", "Du=De Du=le pain ."},
		{"fr elision", "fr", "L'entreprise qu'il dirige d’Apple", "L' entreprise qu' il dirige d’ Apple"},
		{"fr inversion", "fr", "Que va-t-elle dire, a-t-il demandé ?", "Que va -t-elle dire , a -t-il demandé ?"},
		{"fr numbers", "fr", "Il a versé 1 000 000 euros et 12 500,50 €.", "Il a versé 1 000 000 euros et 12 500,50 € ."},
		{"fr guillemets", "fr", "« Non », dit-il.", "« Non » , dit -il ."},
		{"es", "es", "La venta del grupo al Estado.", "La venta del=de del=el grupo al=a al=el Estado ."},
		{"de", "de", "Er geht zum Arzt im Mai.", "Er geht zum=zu zum=dem Arzt im=in im=dem Mai ."},
		{"it", "it", "La storia della città nel 2020 dell'azienda.", "La storia della=di della=la città nel=in nel=il 2020 dell'=di dell'=l' azienda ."},
		{"en clitics", "en", "I don't think the company's shares (NYSE: X) rose.", "I don't=do don't=n't think the company 's shares ( NYSE : X ) rose ."},
		{"en quotes", "en", "He said ``no'' to U.S. Steel Inc. today...", "He said `` no '' to U.S. Steel Inc. today ..."},
		{"en no number groups", "en", "In 2019 200 people", "In 2019 200 people"},
		{"abbreviation", "fr", "M. Dupont, J. K. Rowling.", "M. Dupont , J. K. Rowling ."},
		{"only punctuation", "fr", "?!...", "? ! ..."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk := tokenizer{t: ts[tc.lang], groups: tc.lang != "en", mwt: stubMWT}
			ps := tk.sentence(tc.text, 0, len(tc.text), nil)
			var got []string
			for _, p := range ps {
				if p.start < 0 || p.end > len(tc.text) || p.start >= p.end {
					t.Fatalf("bad span %+v", p)
				}
				s := tc.text[p.start:p.end]
				if p.part > 0 {
					s += "=" + p.form
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

func TestTokenizeLinear(t *testing.T) {
	ts, _ := tables()
	tk := tokenizer{t: ts["fr"], groups: true, mwt: stubMWT}
	long := strings.Repeat("a", 1<<20) + " " + strings.Repeat("mot, ", 100000) + strings.Repeat("\xff\xfe", 1000)
	ps := tk.sentence(long, 0, len(long), nil)
	if len(ps) < 200000 {
		t.Errorf("%d pieces", len(ps))
	}
}
