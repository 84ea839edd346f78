package gazetteer_test

import (
	"errors"
	"testing"

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
