package events

import (
	"cmp"
	"math"
	"slices"
)

// cueMatch is a modality cue found in a sentence.
type cueMatch struct {
	rank   int // cueRank of its modality
	scope  int
	t0, t1 int
}

// cueIndex answers, for a trigger, the strongest modality cue that applies.
type cueIndex struct {
	all       []cueMatch // sorted by t0
	any       int        // rank of the strongest cue of scope any
	beforeMax []int      // beforeMax[i]: rank of the strongest "before" cue among byEnd[:i+1]
	byEnd     []cueMatch // "before" cues sorted by t1
}

// Cue ranks: when several cues apply the highest wins. Hearsay (a cited
// source, "selon", "according to", "aurait", "serait") outranks a plan: "Selon
// le FT, X est en pourparlers" is reported.
var cueRanks = [...]int{Asserted: 1, Reported: 2, Planned: 3, Alleged: 5, Denied: 6}

const hearsayRank = 4

func cueRank(m Modality, hearsay bool) int {
	if hearsay {
		return hearsayRank
	}
	return cueRanks[m]
}

func rankModality(r int) Modality {
	if r == hearsayRank {
		return Reported
	}
	for m, x := range cueRanks {
		if x == r {
			return Modality(m)
		}
	}
	return Asserted
}

func newCueIndex(cues []cueMatch) *cueIndex {
	ix := &cueIndex{all: cues, any: cueRanks[Asserted]}
	for _, c := range cues {
		switch c.scope {
		case scopeAny:
			ix.any = max(ix.any, c.rank)
		case scopeBefore:
			ix.byEnd = append(ix.byEnd, c)
		}
	}
	slices.SortStableFunc(ix.byEnd, func(a, b cueMatch) int { return cmp.Compare(a.t1, b.t1) })
	best := cueRanks[Asserted]
	for _, c := range ix.byEnd {
		best = max(best, c.rank)
		ix.beforeMax = append(ix.beforeMax, best)
	}
	return ix
}

// at returns the modality of trigger m.
func (ix *cueIndex) at(m match) Modality {
	best := ix.any
	if i, _ := slices.BinarySearchFunc(ix.byEnd, m.t0+1, func(c cueMatch, t int) int { return cmp.Compare(c.t1, t) }); i > 0 {
		best = max(best, ix.beforeMax[i-1])
	}
	lo, _ := slices.BinarySearchFunc(ix.all, m.t0-4, func(c cueMatch, t int) int { return cmp.Compare(c.t0, t) })
	for k := lo; k < len(ix.all) && ix.all[k].t0 < m.t1+4; k++ {
		if ix.all[k].scope == scopeNear {
			best = max(best, ix.all[k].rank)
		}
	}
	return rankModality(best)
}

func (d *doc) cues(sd *sentData) *cueIndex {
	var out []cueMatch
	for i := range sd.toks {
		if !sd.toks[i].word || d.inLongQuote(sd.toks[i].start) {
			continue
		}
		sd.lt.cueIx.each(sd.toks[i].norm, func(r patRef) {
			c := &sd.lt.cues[r.row]
			if end := c.pats[r.pat].match(sd.toks, i); end >= 0 {
				out = append(out, cueMatch{cueRank(c.mod, c.hearsay), c.scope, i, end})
			}
		})
	}
	return newCueIndex(out)
}

// confidence calibrates an event's confidence from its trigger weight, the
// share of core roles filled, the modality, a role taken from context and the
// number of sentences that tell it.
func confidence(spec *typeSpec, e *Event, weight float64, fromContext bool) float64 {
	core, filled := 0, 0
	for _, rs := range spec.roles {
		if rs.core {
			core++
			if argOf(e, rs.name) != nil {
				filled++
			}
		}
	}
	f := 1.0
	if core > 0 {
		f = float64(filled) / float64(core)
	}
	c := weight * (0.55 + 0.45*f)
	switch e.Modality {
	case Reported, Planned:
		c *= 0.85
	case Alleged:
		c *= 0.9
	case Denied:
		c *= 0.8
	}
	if fromContext {
		c *= 0.85
	}
	c += 0.03 * float64(min(len(e.Evidence)-1, 3))
	return math.Round(min(max(c, 0), 0.99)*100) / 100
}
