package dates

import (
	"strings"
	"testing"
)

// TestLinearWork checks that chains of expressions that look ahead are read in linear
// work: the number of rule evaluations per token stays bounded.
func TestLinearWork(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"a day before ", "un jour après ", "fin de ", "il y a deux semaines après ", "au T1 ", "début de la fin de l'année "} {
		for _, lenient := range []bool{false, true} {
			p := newParser(strings.Repeat(unit, 500), lx, buildOptions([]Option{WithReference(ref)}), lenient)
			if lenient {
				p.at(0)
			} else {
				p.findAll()
			}
			if per := p.work / len(p.toks); per > 40 {
				t.Errorf("%q×500 (lenient %v): %d core calls per token", unit, lenient, per)
			}
		}
	}
}
