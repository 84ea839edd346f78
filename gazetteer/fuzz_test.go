package gazetteer_test

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// FuzzParseTSV checks that any table either loads into a gazetteer whose
// every name can be looked up, or fails with a *LineError inside the file.
func FuzzParseTSV(f *testing.F) {
	f.Add("# source: test\nORG\tAcme\tAcme Corp.|ACME\n")
	f.Add("PERSON\tAda Lovelace\n\nLOC\tCalifornie\n")
	f.Add("BOAT\tX\n")
	f.Add("ORG\t\t\n")
	f.Add("ORG\tA\tB\tC\n")
	f.Fuzz(func(t *testing.T, data string) {
		es, err := gazetteer.ParseTSV(data, "fuzz.tsv")
		if err != nil {
			var le *gazetteer.LineError
			if !errors.As(err, &le) || le.File != "fuzz.tsv" || le.Line < 1 {
				t.Fatalf("error %v is not a *LineError with a line", err)
			}
			return
		}
		g, err := gazetteer.New(es)
		if err != nil {
			t.Fatalf("parsed entries do not build: %v", err)
		}
		for _, e := range g.Entries() {
			for _, n := range e.Names() {
				if len(g.Lookup(n)) == 0 {
					t.Errorf("Lookup(%q) finds nothing", n)
				}
			}
		}
	})
}

// FuzzParseJSON checks that any JSON table either loads into a gazetteer
// whose names are valid UTF-8, or fails with a *LineError whose line is in
// the file.
func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`[{"kind":"ORG","name":"Acme","aliases":["ACME"]}]`))
	f.Add([]byte("[\n {\"kind\": \"PERSON\", \"name\": \"Ada\"},\n {\"kind\": \"LOC\"}\n]"))
	f.Add([]byte("[{\"kind\":\"ORG\",\"name\":\"Caf\xe9\"}]"))
	f.Add([]byte(`{"kind":"ORG"}`))
	f.Add([]byte("[\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := gazetteer.ParseJSON(data, "fuzz.json")
		if err != nil {
			var le *gazetteer.LineError
			if !errors.As(err, &le) || le.File != "fuzz.json" || le.Line < 1 || le.Line > 1+bytes.Count(data, []byte("\n")) {
				t.Fatalf("error %v is not a *LineError with a line in the file", err)
			}
			return
		}
		if _, err := gazetteer.New(es); err != nil {
			t.Fatalf("parsed entries do not build: %v", err)
		}
		for _, e := range es {
			for _, n := range e.Names() {
				if !utf8.ValidString(n) {
					t.Errorf("name %q is not valid UTF-8", n)
				}
			}
		}
	})
}
