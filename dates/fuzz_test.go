package dates

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var valuePatterns = map[Precision]*regexp.Regexp{
	PrecisionDecade:  regexp.MustCompile(`^\d{3}$`),
	PrecisionYear:    regexp.MustCompile(`^\d{4}$`),
	PrecisionHalf:    regexp.MustCompile(`^\d{4}-H[12]$`),
	PrecisionQuarter: regexp.MustCompile(`^\d{4}-Q[1-4]$`),
	PrecisionSeason:  regexp.MustCompile(`^\d{4}-2[1-4]$`),
	PrecisionMonth:   regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`),
	PrecisionWeek:    regexp.MustCompile(`^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$`),
}

var durationPattern = regexp.MustCompile(`^P(\d+[YMWD]|T\d+H)$`)

// checkValue reports what is wrong with the value of e, or "".
func checkValue(e Expr) string {
	switch {
	case e.Kind == KindDuration:
		if !durationPattern.MatchString(e.Value) {
			return "bad duration"
		}
	case e.Kind != KindDate:
		return "unknown kind"
	case e.Precision == PrecisionUnknown:
		if e.Value != "" || !e.Relative {
			return "unknown precision with a value or not relative"
		}
	case e.Precision == PrecisionDay:
		if _, err := time.Parse(time.DateOnly, e.Value); err != nil {
			return "bad day"
		}
	default:
		re, ok := valuePatterns[e.Precision]
		if !ok || !re.MatchString(e.Value) {
			return "bad value for precision"
		}
	}
	if e.Mod == ModRange && e.Value != "" {
		for _, b := range []Bound{e.From, e.To} {
			if msg := checkValue(Expr{Kind: KindDate, Value: b.Value, Precision: b.Precision}); msg != "" || b.Precision == PrecisionUnknown {
				return "bad range end: " + msg
			}
		}
		if e.From.Value != e.Value || e.From.Precision != e.Precision {
			return "range value is not its start"
		}
	}
	if e.Relative && e.Value != "" {
		if _, err := time.Parse(time.DateOnly, e.Base); err != nil {
			return "bad base"
		}
	}
	return ""
}

func fuzzSeeds(f *testing.F) {
	for _, r := range rows {
		f.Add(r.in)
	}
	for _, n := range negatives {
		f.Add(n.in)
	}
	for _, r := range classRows {
		f.Add(r.in)
	}
	for _, h := range hostileDates {
		f.Add(h.gen(20))
	}
	f.Add("")
	f.Add("\xff\xfe en juin \xc3")
	f.Add("il y a 99999999999999 jours")
	f.Add("dans 9999 décennies")
	f.Add("31/12/9999 et 01/01/0001")
}

func FuzzFind(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, opts := range [][]Option{{WithReference(ref)}, nil} {
			prevEnd := 0
			for _, e := range Find(text, opts...) {
				if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) || text[e.Start:e.End] != e.Text {
					t.Fatalf("bad span %d:%d after %d in %q", e.Start, e.End, prevEnd, text)
				}
				if msg := checkValue(e); msg != "" {
					t.Fatalf("%s: %+v in %q", msg, e, text)
				}
				prevEnd = e.End
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Add("2025-W53")
	f.Add("P0D")
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s, WithReference(ref))
		if err != nil {
			var perr *ParseError
			if !errors.As(err, &perr) || perr.Offset < 0 || perr.Offset > len(s) || perr.Input != s {
				t.Fatalf("Parse(%q): %v is not a positioned *ParseError", s, err)
			}
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("Parse(%q): %v wraps no sentinel", s, err)
			}
			return
		}
		if e.Start < 0 || e.End > len(s) || s[e.Start:e.End] != e.Text || strings.TrimSpace(s) != e.Text {
			t.Fatalf("Parse(%q): bad span %+v", s, e)
		}
		if msg := checkValue(e); msg != "" {
			t.Fatalf("Parse(%q): %s: %+v", s, msg, e)
		}
		// A value reads back as itself.
		if e.Value != "" {
			back, err := Parse(e.Value)
			if err != nil || back.Value != e.Value || back.Precision != e.Precision {
				t.Fatalf("Parse(%q) = %q, which reads back as %+v, %v", s, e.Value, back, err)
			}
		}
	})
}

func BenchmarkFindSamples(b *testing.B) {
	samples := readSamples(b)
	var all strings.Builder
	for _, name := range []string{"scale-mercor.fr.txt", "scale-mercor-mt.fr.txt"} {
		all.WriteString(samples[name])
		all.WriteString("\n")
	}
	text := all.String()
	if _, err := loadLexicon(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, WithReference(ref))
	}
}

// BenchmarkFindDense measures text full of expressions, the slow path.
func BenchmarkFindDense(b *testing.B) {
	var sb strings.Builder
	for _, r := range rows {
		sb.WriteString(r.in)
		sb.WriteString(". ")
	}
	text := sb.String()
	if !utf8.ValidString(text) {
		b.Fatal("invalid seed text")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, WithReference(ref))
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("au premier trimestre de l’année dernière", WithReference(ref)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}
