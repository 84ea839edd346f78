package nercorpus

import (
	"fmt"
	"io"
	"slices"

	"github.com/depeche-nlp/depeche/gazetteer"
)

// Counts are the matches of one type: true positives strict and lenient,
// predicted and gold names.
type Counts struct {
	Strict, Lenient, Pred, Gold int
}

// F1 returns the strict and lenient F1.
func (c Counts) F1() (strict, lenient float64) {
	f := func(tp int) float64 {
		if c.Pred+c.Gold == 0 {
			return 0
		}
		return 2 * float64(tp) / float64(c.Pred+c.Gold)
	}
	return f(c.Strict), f(c.Lenient)
}

// Score accumulates counts per type over documents.
type Score struct {
	ByKind [4]Counts // indexed by gazetteer.Kind; 0 = all
}

// ScoredKinds are the types scored, in report order.
var ScoredKinds = []gazetteer.Kind{gazetteer.KindPerson, gazetteer.KindOrg, gazetteer.KindLoc}

// Add scores the predicted names of one document against its gold. Gold
// MISC names are not counted as gold; a prediction on one is an error.
// Types the document does not annotate are left out on both sides.
func (s *Score) Add(d Doc, pred []Name) {
	annotated := func(k gazetteer.Kind) bool { return slices.Contains(d.Annotated, k) }
	for _, k := range ScoredKinds {
		if !annotated(k) {
			continue
		}
		var g, p []Name
		for _, n := range d.Names {
			if n.Kind == k {
				g = append(g, n)
			}
		}
		for _, n := range pred {
			if n.Kind == k {
				p = append(p, n)
			}
		}
		c := match(g, p)
		s.ByKind[k].add(c)
		s.ByKind[0].add(c)
	}
}

func (c *Counts) add(o Counts) {
	c.Strict += o.Strict
	c.Lenient += o.Lenient
	c.Pred += o.Pred
	c.Gold += o.Gold
}

// match counts exact and overlapping matches, each gold and predicted
// name used at most once.
func match(gold, pred []Name) Counts {
	c := Counts{Pred: len(pred), Gold: len(gold)}
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	for i, p := range pred {
		for j, g := range gold {
			if !usedG[j] && g.Start == p.Start && g.End == p.End {
				usedG[j], usedP[i] = true, true
				c.Strict++
				break
			}
		}
	}
	c.Lenient = c.Strict
	for i, p := range pred {
		if usedP[i] {
			continue
		}
		for j, g := range gold {
			if !usedG[j] && g.Start < p.End && p.Start < g.End {
				usedG[j], usedP[i] = true, true
				c.Lenient++
				break
			}
		}
	}
	return c
}

// Report writes one line per type and one for all: strict and lenient F1,
// gold and predicted counts.
func (s *Score) Report(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n", title)
	for _, k := range append([]gazetteer.Kind{0}, ScoredKinds...) {
		c := s.ByKind[k]
		st, le := c.F1()
		name := "ALL"
		if k != 0 {
			name = k.String()
		}
		fmt.Fprintf(w, "  %-6s strict F1 %.3f  lenient F1 %.3f  (gold %d, predicted %d, exact %d)\n", name, st, le, c.Gold, c.Pred, c.Strict)
	}
}
