package dates

import (
	"fmt"
	"strings"
	"testing"
)

// hostileDates are inputs built to make a careless reader panic or go quadratic.
var hostileDates = []struct {
	name string
	gen  func(n int) string
}{
	{"dashed-years", func(n int) string {
		var b strings.Builder
		for k := range n {
			if k > 0 {
				b.WriteByte('-')
			}
			fmt.Fprintf(&b, "%d", 2014+k%10)
		}
		return b.String()
	}},
	{"holidays", func(n int) string { return strings.Repeat("Noël Christmas Pâques 2025 Thanksgiving ", n/4+1) }},
	{"ranges", func(n int) string { return strings.Repeat("du 25 au 27 janvier ", n) }},
	{"offsets", func(n int) string { return strings.Repeat("two days after ", n) + "tomorrow" }},
	{"weeks", func(n int) string { return strings.Repeat("la dernière semaine de ", n) + "juillet" }},
	{"spelled", func(n int) string { return strings.Repeat("vingt-neuf ", n) + "mai" }},
	{"days-alone", func(n int) string { return strings.Repeat("le 23, ", n) }},
}

// TestHostileLinear counts the rule evaluations on hostile inputs of 1,000 and
// 10,000 units (and 100,000 dashed years): the work per token stays bounded, so time
// is linear, and nothing panics.
func TestHostileLinear(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hostileDates {
		t.Run(h.name, func(t *testing.T) {
			sizes := []int{1000, 10000}
			if h.name == "dashed-years" {
				sizes = append(sizes, 100000)
			}
			for _, n := range sizes {
				p := newParser(h.gen(n), lx, buildOptions([]Option{WithReference(ref)}), false)
				found := p.findAll()
				if per := p.work / max(len(p.toks), 1); per > 40 {
					t.Errorf("n=%d: %d core calls per token", n, per)
				}
				if h.name == "dashed-years" && len(found) != 0 {
					t.Errorf("n=%d: a run of dashed years gave %d expressions, want none", n, len(found))
				}
			}
		})
	}
}

// TestOutOfRangeYears checks that years 0 and 99999, and dates built on them, are
// refused or read without a panic and never give a value outside 0001–9999.
func TestOutOfRangeYears(t *testing.T) {
	for _, in := range []string{
		"en 0000", "en 99999", "01/01/0000", "31/12/99999", "le 29 février 0000", "Noël 0000", "Pâques 99999",
		"de 0000 à 99999", "0000-99999", "Thanksgiving 0000", "the first week of 0000", "deux jours avant le 1er janvier 0001",
		"two days after 31 December 9999", "in 9999-13",
	} {
		for _, e := range Find(in, WithReference(ref)) {
			if msg := checkValue(e); msg != "" {
				t.Errorf("Find(%q): %s: %+v", in, msg, e)
			}
		}
		if e, err := Parse(in, WithReference(ref)); err == nil {
			if msg := checkValue(e); msg != "" {
				t.Errorf("Parse(%q): %s: %+v", in, msg, e)
			}
		}
	}
	for _, y := range []int{0, 10000, 99999} {
		if _, ok := (holidayRule{easter: true}).on(y); ok {
			t.Errorf("Easter of year %d was computed", y)
		}
	}
}

// TestEaster checks the computed Easter Sundays against published dates.
func TestEaster(t *testing.T) {
	for y, want := range map[int]string{1961: "1961-04-02", 2000: "2000-04-23", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25", 2285: "2285-03-22"} {
		if got := easter(y).Format("2006-01-02"); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}

// BenchmarkFindHostile shows that time grows linearly with hostile inputs: ns/op
// grows tenfold from n=1000 to n=10000 (and to n=100000 for the dashed years).
func BenchmarkFindHostile(b *testing.B) {
	if _, err := loadLexicon(); err != nil {
		b.Fatal(err)
	}
	for _, h := range hostileDates {
		for _, n := range []int{1000, 10000, 100000} {
			if n == 100000 && h.name != "dashed-years" {
				continue
			}
			text := h.gen(n)
			b.Run(fmt.Sprintf("%s/n=%d", h.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Find(text, WithReference(ref))
				}
			})
		}
	}
}
