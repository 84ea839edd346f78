package money

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRandomRoundTrip parses random sequences of the grammar's own words and
// checks that every success reads back from its String form. It complements
// FuzzParse, which rarely builds multi-word expressions by mutation.
func TestRandomRoundTrip(t *testing.T) {
	alpha := []string{"1", "0", "9", "12", ".", ",", " ", "\u00a0", "$", "€", "-", "et", "and", "a", "un", "half", "demi",
		"milliard", "billion", "million", "de", "d’", "entre", "between", "from", "to", "cents", "USD", "%", "k", "m",
		"quarter", "vingt", "cent", "mille", "one", "dix", "'", "’", "plusieurs", "jusqu’à", "up to", "à", "M", "Md", "Mio", "kr"}
	r := rand.New(rand.NewSource(1))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
			if r.Intn(3) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		a, err := Parse(s)
		if err != nil {
			continue
		}
		if back, err := Parse(a.String()); err != nil || back != a {
			t.Errorf("Parse(%q) = %q, which reads back as %q, %v", s, a, back, err)
		}
	}
}
