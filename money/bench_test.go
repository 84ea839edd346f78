package money_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/money"
)

func BenchmarkFind(b *testing.B) {
	arts := articles(b)
	names := make([]string, 0, len(arts))
	for n := range arts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		text := arts[name]
		b.Run(name, func(b *testing.B) {
			money.Find(text) // build the tables outside the loop
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				money.Find(text)
			}
		})
	}
}

func BenchmarkFindQuantities(b *testing.B) {
	arts := articles(b)
	text := strings.Join(slices.Sorted(func(yield func(string) bool) {
		for _, v := range arts {
			if !yield(v) {
				return
			}
		}
	}), "\n")
	money.FindQuantities(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		money.FindQuantities(text)
	}
}

// BenchmarkFindHostile shows that time grows linearly with the size of
// hostile inputs: ns/op should grow tenfold from n=1000 to n=10000.
func BenchmarkFindHostile(b *testing.B) {
	for _, in := range []struct {
		name string
		gen  func(int) string
	}{
		{"digits", func(n int) string { return strings.Repeat("9", 10*n) }},
		{"milliards_de", func(n int) string { return strings.Repeat("milliards de ", n) }},
	} {
		for _, n := range []int{1000, 10000} {
			text := in.gen(n)
			b.Run(in.name+"/n="+itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					money.Find(text)
				}
			})
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = money.Parse("jusqu’à 14,3 milliards de dollars")
	}
}

func itoa(n int) string {
	if n >= 10000 {
		return "10000"
	}
	return "1000"
}
