package events

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestTypeAndModalityNames(t *testing.T) {
	types, err := Types()
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range types {
		got, err := ParseType(ty.String())
		if err != nil || got != ty {
			t.Errorf("ParseType(%q) = %v, %v", ty.String(), got, err)
		}
		if b, err := ty.MarshalText(); err != nil || string(b) != ty.String() {
			t.Errorf("%v.MarshalText() = %q, %v", ty, b, err)
		}
	}
	for m := Asserted; m <= Denied; m++ {
		got, err := ParseModality(m.String())
		if err != nil || got != m {
			t.Errorf("ParseModality(%q) = %v, %v", m.String(), got, err)
		}
	}
	if _, err := ParseType("merger"); !errors.Is(err, ErrUnknownType) {
		t.Errorf("ParseType(merger) error = %v, want ErrUnknownType", err)
	}
	if _, err := TypeUnknown.MarshalText(); !errors.Is(err, ErrUnknownType) {
		t.Errorf("TypeUnknown.MarshalText() error = %v", err)
	}
	if _, err := ParseModality("rumoured"); !errors.Is(err, ErrUnknownModality) {
		t.Errorf("ParseModality(rumoured) error = %v", err)
	}
	if _, err := Modality(42).MarshalText(); !errors.Is(err, ErrUnknownModality) {
		t.Errorf("Modality(42).MarshalText() error = %v", err)
	}
}

func TestTablesParse(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"fr", "en", "de", "es", "it"} {
		if lt := tb.langs[l]; lt == nil || len(lt.index) == 0 {
			t.Errorf("no triggers for %s", l)
		}
	}
	for _, ty := range tb.typeOrder {
		if len(tb.types[ty].roles) == 0 || len(tb.types[ty].require) == 0 {
			t.Errorf("type %v has no roles or requirements", ty)
		}
	}
}

func TestTablesErrors(t *testing.T) {
	good := func(name string) string {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		name, file, text string
		line             int
	}{
		{"columns", "triggers.tsv", "fr\tlayoff\tx\t0.5\tlicencier\n", 1},
		{"weight", "triggers.tsv", "# c\nfr\tlayoff\tx\t2\tlicencier\tsubj=employer\n", 2},
		{"unknown role", "triggers.tsv", "fr\tlayoff\tx\t0.5\tlicencier\tsubj=boss\n", 1},
		{"bad type name", "types.tsv", "Merger!\tbuyer\tORG\tcore\n", 1},
		{"no require line", "types.tsv", "merger\tbuyer\tORG\tcore\n", 0},
		{"trigger of an unknown type", "triggers.tsv", "fr\tmerger\tx\t0.5\tfusion\tsubj=acquirer\n", 1},
		{"empty pattern", "modality.tsv", "fr\tplanned\tbefore\t ; \n", 1},
		{"scope", "modality.tsv", "fr\tplanned\tsomewhere\tprevoit\n", 1},
		{"gap last", "values.tsv", "fr\tround\tseed\tseed ~\n", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range []string{"types.tsv", "lexicon.tsv", "triggers.tsv", "modality.tsv", "values.tsv"} {
				fsys["data/"+f] = &fstest.MapFile{Data: []byte(good(f))}
			}
			fsys["data/"+tc.file] = &fstest.MapFile{Data: []byte(tc.text)}
			_, err := parseTables(fsys)
			var te *TableError
			if !errors.Is(err, ErrTable) || !errors.As(err, &te) || te.File != tc.file || te.Line != tc.line {
				t.Errorf("parseTables error = %v, want a TableError at %s:%d", err, tc.file, tc.line)
			}
		})
	}
}

func TestOptionsAndErrors(t *testing.T) {
	if _, err := New(WithMinConfidence(1.5)); !errors.Is(err, ErrOption) {
		t.Errorf("New(WithMinConfidence(1.5)) error = %v, want ErrOption", err)
	}
	x, err := New(WithMinConfidence(0.99))
	if err != nil {
		t.Fatal(err)
	}
	in := build(t, en("Adobe acquired Figma.", ss{"ORG:Adobe", "ORG:Figma"}, nil, nil, nil))
	if evs := extractChecked(t, x, in); len(evs) != 0 {
		t.Errorf("WithMinConfidence(0.99) kept %v", evs)
	}
	bad := in
	bad.Amounts = []Amount{{Span: Span{5, 500}}}
	_, err = x.Extract(context.Background(), bad)
	var se *SpanError
	if !errors.Is(err, ErrSpan) || !errors.As(err, &se) || se.Field != "Amounts" || se.Index != 0 {
		t.Errorf("Extract with a bad span: error = %v, want a SpanError on Amounts[0]", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, in); !errors.Is(err, context.Canceled) {
		t.Errorf("Extract with a cancelled context: error = %v", err)
	}
	if evs, err := x.Extract(context.Background(), Input{}); err != nil || len(evs) != 0 {
		t.Errorf("Extract(empty) = %v, %v", evs, err)
	}
}

// TestEvidenceAndConfidence checks the fields summary does not print.
func TestEvidenceAndConfidence(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Vinci a racheté Edeis. Le rachat a été finalisé en juin."
	evs := extractChecked(t, x, build(t, fr(text, ss{"ORG:Vinci", "ORG:Edeis"}, nil, nil, ss{"en juin=2025-06"})))
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	e := evs[0]
	var ev []string
	for _, s := range e.Evidence {
		ev = append(ev, text[s.Start:s.End])
	}
	if diff := cmp.Diff([]string{"Vinci a racheté Edeis.", "Le rachat a été finalisé en juin."}, ev); diff != "" {
		t.Errorf("evidence (-want +got)\n%s", diff)
	}
	if e.Span != e.Evidence[0] || e.Rule != "fr.acquisition.racheter" || e.Date == nil || text[e.Date.Start:e.Date.End] != "en juin" {
		t.Errorf("event = %+v", e)
	}
	weak := extractChecked(t, x, build(t, fr("Selon Bloomberg, Safran rachèterait Collins.", ss{"ORG:Bloomberg", "ORG:Safran", "ORG:Collins"}, nil, nil, nil)))
	if len(weak) != 1 || !(weak[0].Confidence < e.Confidence) || weak[0].Confidence <= 0 {
		t.Errorf("reported confidence %v should be below asserted %v", weak, e.Confidence)
	}
}

func TestDatesAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2025", "2025-06-12", true},
		{"2025-06", "2025-06-30", true},
		{"2025-06", "2025-07-01", false},
		{"2025-W36", "2025-09-06", true}, // Monday 1 to Sunday 7 September 2025
		{"2025-W36", "2025-09-08", false},
		{"2025-W01", "2024-12-30", true}, // ISO week 1 of 2025 starts in 2024
		{"2025-Q3", "2025-09", true},
		{"2025-Q3", "2025-10-01", false},
		{"2025-H1", "2025-06-30", true},
		{"2025-H2", "2025-06-30", false},
		{"2025-06", "2024-06", false},
		{"soon", "soon", true},
	}
	for _, tc := range tests {
		if got := datesAgree(&Date{Value: tc.a}, &Date{Value: tc.b}); got != tc.want {
			t.Errorf("datesAgree(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := datesAgree(&Date{Value: tc.b}, &Date{Value: tc.a}); got != tc.want {
			t.Errorf("datesAgree(%s, %s) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestGroup(t *testing.T) {
	inv := func(investor, target, amount, date string) Event {
		e := Event{Type: Investment, Arguments: []Argument{{Role: "investor", Name: investor}, {Role: "target", Name: target}}}
		if amount != "" {
			e.Arguments = append(e.Arguments, Argument{Role: "amount", Value: amount, Currency: "USD"})
		}
		if date != "" {
			e.Date = &Date{Value: date}
		}
		return e
	}
	quote := func(speaker, words string) Event {
		return Event{Type: Quote, Arguments: []Argument{{Role: "speaker", Name: speaker}, {Role: "quote", Value: words}}}
	}
	tests := []struct {
		name   string
		docs   [][]Event
		want   []Cluster
		reason string
	}{
		{name: "same investment", docs: [][]Event{{inv("Meta", "Scale AI", "14300000000", "2025-06")}, {inv("meta", "Scale AI", "", "2025-06-12")}},
			want: []Cluster{{Investment, []Member{{0, 0}, {1, 0}}}}, reason: "names compare case-folded; a day date fits its month"},
		{name: "other amount", docs: [][]Event{{inv("Meta", "Scale AI", "14300000000", "")}, {inv("Meta", "Scale AI", "1000", "")}}},
		{name: "other date", docs: [][]Event{{inv("Meta", "Scale AI", "", "2025-06")}, {inv("Meta", "Scale AI", "", "2024-01")}}},
		{name: "other target", docs: [][]Event{{inv("Meta", "Scale AI", "", "")}, {inv("Meta", "Mercor", "", "")}}},
		{name: "same document", docs: [][]Event{{inv("Meta", "Scale AI", "", ""), inv("Meta", "Scale AI", "", "")}}},
		{name: "three documents", docs: [][]Event{{inv("Meta", "Scale AI", "", "")}, {quote("Gil Luria", "x y z w")}, {inv("Meta", "Scale AI", "", "")}, {inv("Meta", "Scale AI", "", "")}},
			want: []Cluster{{Investment, []Member{{0, 0}, {2, 0}, {3, 0}}}}},
		{name: "quotes need the same words", docs: [][]Event{{quote("Gil Luria", "a b c d"), quote("Gil Luria", "e f g h")}, {quote("Gil Luria", "E F  g h")}},
			want: []Cluster{{Quote, []Member{{0, 1}, {1, 0}}}}},
		{name: "empty", docs: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Group(tc.docs)); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.reason, diff)
			}
		})
	}
}

// TestConcurrent runs one Extractor from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := build(t, mtSpec(t))
	want := extractChecked(t, x, in)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := x.Extract(context.Background(), in)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("concurrent Extract differs: %v", err)
			}
		})
	}
	wg.Wait()
}

// fuzzInput derives a full Input from arbitrary text: sentences at full
// stops, capitalized words as organizations, digit runs as amounts, words
// ending in % as percentages, four-digit numbers as years.
func fuzzInput(text string) Input {
	in := Input{Text: text, Lang: "fr"}
	if strings.Contains(text, "the ") {
		in.Lang = "en"
	}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' || text[i] == '\n' {
			in.Sentences = append(in.Sentences, Sentence{Span: Span{start, i + 1}})
			start = i + 1
		}
	}
	in.Sentences = append(in.Sentences, Sentence{Span: Span{start, len(text)}})
	i := 0
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		j := strings.Index(text[i:], f) + i
		i = j + len(f)
		sp := Span{j, i}
		r := []rune(f)[0]
		switch {
		case unicode.IsUpper(r):
			typ := "ORG"
			if len(in.Entities)%3 == 2 {
				typ = "PERSON"
			}
			in.Entities = append(in.Entities, Entity{ID: fmt.Sprint("E", len(in.Entities)), Type: typ, Name: f, Mentions: []Span{sp}})
		case strings.HasSuffix(f, "%"):
			in.Quantities = append(in.Quantities, Quantity{Span: sp, Value: strings.TrimSuffix(f, "%"), Unit: "percent"})
		case len(f) == 4 && unicode.IsDigit(r):
			in.Dates = append(in.Dates, Date{Span: sp, Value: f, Precision: "year"})
		case unicode.IsDigit(r):
			in.Amounts = append(in.Amounts, Amount{Span: sp, Value: f, Currency: "EUR", Qualifier: "exact"})
		}
	}
	return in
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Meta a investi 14 milliards dans Scale en 2025. L’accord donne à Meta une participation de 49%.",
		"Scale a déposé une plainte contre Mercor et contre Ling. La plainte allègue que Ling a copié.",
		"Adobe was acquired by Figma for 20 billion in 2022, the deal said.",
		"Midha a déclaré:”Bien que Mercor ait embauché 200 personnes, nous dirigeons.” «x",
		"« Nous sommes très confiants pour l’avenir », a déclaré Patrick.",
		"Chez Ubisoft, 185 emplois ont été supprimés. Sa valorisation atteint 2 milliards.",
		"\xff\xfe « » “ ” \" : ; , . À à l’ d’ qu’ Mercor’s",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := fuzzInput(text)
		a, err := x.Extract(context.Background(), in)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkSpans(t, in, a)
		b, _ := x.Extract(context.Background(), in)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Extract is not deterministic")
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	in := build(b, mtSpec(b))
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJoinOrder checks that Join gives the same clusters whatever the
// order of the links, as a distributed run would give them.
func TestJoinOrder(t *testing.T) {
	links := []Link{
		{Type: Investment, A: Member{3, 0}, B: Member{1, 2}},
		{Type: Lawsuit, A: Member{0, 1}, B: Member{2, 0}},
		{Type: Investment, A: Member{1, 2}, B: Member{0, 0}},
		{Type: Investment, A: Member{4, 1}, B: Member{3, 0}},
	}
	want := []Cluster{
		{Type: Investment, Members: []Member{{0, 0}, {1, 2}, {3, 0}, {4, 1}}},
		{Type: Lawsuit, Members: []Member{{0, 1}, {2, 0}}},
	}
	for i := range len(links) {
		rotated := append(slices.Clone(links[i:]), links[:i]...)
		if diff := cmp.Diff(want, Join(rotated)); diff != "" {
			t.Errorf("links rotated by %d (-want +got):\n%s", i, diff)
		}
	}
}
