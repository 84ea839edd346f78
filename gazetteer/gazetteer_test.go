package gazetteer_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"case and accents", "Méta", "meta"},
		{"curly apostrophe", "L’Oréal", "l'oreal"},
		{"spaces collapse", "  Scale \u00a0 AI ", "scale ai"},
		{"dash variants", "Rolls‑Royce", "rolls-royce"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gazetteer.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDefaultLookup(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		want        []string // "KIND name"
	}{
		{"alias", "meta platforms", []string{"ORG Meta"}},
		{"translated place", "Californie", []string{"LOC California"}},
		{"canonical folded", "MICROSOFT", []string{"ORG Microsoft"}},
		{"unknown", "Zorglub Industries", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range g.Lookup(tt.query) {
				got = append(got, e.Kind.String()+" "+e.Name)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%q) (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

func TestNewMergesAndValidates(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{
		{Kind: gazetteer.KindOrg, Name: "Acme", Aliases: []string{"Acme Corp."}},
		{Kind: gazetteer.KindOrg, Name: "Acme", Aliases: []string{"ACME Inc.", "Acme Corp."}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []gazetteer.Entry{{Kind: gazetteer.KindOrg, Name: "Acme", Aliases: []string{"Acme Corp.", "ACME Inc."}}}
	if diff := cmp.Diff(want, g.Entries()); diff != "" {
		t.Errorf("merged entries (-want +got):\n%s", diff)
	}
	if _, err := gazetteer.New([]gazetteer.Entry{{Kind: gazetteer.KindOrg}}); !errors.Is(err, gazetteer.ErrEmpty) {
		t.Errorf("empty name: err = %v, want ErrEmpty", err)
	}
	if _, err := gazetteer.New([]gazetteer.Entry{{Name: "X"}}); !errors.Is(err, gazetteer.ErrKind) {
		t.Errorf("no kind: err = %v, want ErrKind", err)
	}
	h, err := g.With(gazetteer.Entry{Kind: gazetteer.KindPerson, Name: "Ada Lovelace"})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries()) != 1 || len(h.Entries()) != 2 {
		t.Errorf("With changed the receiver or lost entries: %d, %d", len(g.Entries()), len(h.Entries()))
	}
}

func TestLoadFileBadLine(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, data string
		line             int
		want             error
	}{
		{"tsv unknown kind", "a.tsv", "# source: test\nORG\tAcme\nCOMPANY\tFoo\n", 3, gazetteer.ErrKind},
		{"tsv missing name", "b.tsv", "ORG\tAcme\nPERSON\t \n", 2, gazetteer.ErrEmpty},
		{"tsv too many fields", "c.tsv", "ORG\tAcme\tA\tB\n", 1, gazetteer.ErrSyntax},
		{"json bad kind", "d.json", `[{"kind":"ORG","name":"A"},{"kind":"BOAT","name":"B"}]`, 1, gazetteer.ErrSyntax},
		{"json entry on line 4", "d2.json", "[\n  {\"kind\": \"ORG\", \"name\": \"A\"},\n\n  {\"kind\": \"ORG\",\n   \"name\": \" \"}\n]\n", 4, gazetteer.ErrEmpty},
		{"json not an array", "d3.json", "\n{\"kind\": \"ORG\"}", 2, gazetteer.ErrSyntax},
		{"json truncated", "d4.json", "[\n{\"kind\": \"ORG\", \"name\": \"A\"},\n", 3, gazetteer.ErrSyntax},
		{"json invalid UTF-8", "d5.json", "[\n{\"kind\": \"ORG\",\n \"name\": \"Caf\xe9\"}]", 3, gazetteer.ErrEncoding},
		{"tsv invalid UTF-8", "d6.tsv", "ORG\tAcme\nORG\tCaf\xe9 Noir\n", 2, gazetteer.ErrEncoding},
		{"json missing name", "e.json", `[{"kind":"ORG"}]`, 1, gazetteer.ErrEmpty},
		{"json syntax", "f.json", "[\n{\"kind\":\"ORG\",\n\"name\":}]", 3, gazetteer.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := gazetteer.LoadFile(path)
			var le *gazetteer.LineError
			if !errors.As(err, &le) || le.File != path || le.Line != tt.line || !errors.Is(err, tt.want) {
				t.Errorf("LoadFile: err = %v, want a LineError at %s:%d wrapping %v", err, path, tt.line, tt.want)
			}
		})
	}
}

func TestLoadFileGood(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.json")
	if err := os.WriteFile(path, []byte(`[{"kind":"ORG","name":"Acme","aliases":["Acme Corp."]}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	es, err := gazetteer.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []gazetteer.Entry{{Kind: gazetteer.KindOrg, Name: "Acme", Aliases: []string{"Acme Corp."}}}
	if diff := cmp.Diff(want, es); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func ExampleGazetteer_Lookup() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range g.Lookup("meta platforms") {
		fmt.Println(e.Kind, e.Name)
	}
	// Output: ORG Meta
}
