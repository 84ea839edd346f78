package tagger

import (
	"github.com/depeche-nlp/depeche/gazetteer"
)

// Kind is the type of a name: gazetteer.KindOrg, KindPerson or KindLoc.
type Kind = gazetteer.Kind

// Hint is a set of facts about a token that the caller knows from its own
// tables (gazetteer, given names, legal forms, cue phrases…). Each set bit
// is one feature of the token and of its neighbours.
type Hint uint32

// The hints a caller may set. Their meaning is fixed by the model's
// training: a model trained with one caller must be used with the same.
const (
	HintGazOrg     Hint = 1 << iota // inside a known organization name
	HintGazPerson                   // inside a known person name
	HintGazLoc                      // inside a known place name
	HintGazFirst                    // first token of a known name
	HintGiven                       // a given name
	HintLegal                       // a legal form ("SA", "Inc.", "GmbH", "AG")
	HintOrgWord                     // a designator or institution head ("Group", "Bank")
	HintPlaceWord                   // a word that ends place names ("Square")
	HintStop                        // a stop word of the sentence's language
	HintNoun                        // a common noun of the language (German nouns)
	HintCueOrg                      // a cue or descriptor announcing an organization ends just before
	HintCuePerson                   // a cue or role announcing a person ends just before
	HintCueLoc                      // a cue announcing a place ends just before
	HintRole                        // a role or title starts here ("PDG", "CEO")
	HintInitial                     // first word of a sentence, line or quotation
	HintHeading                     // on a title-case heading line
	HintRuleOrg                     // inside a name the rules typed as an organization
	HintRulePerson                  // inside a name the rules typed as a person
	HintRuleLoc                     // inside a name the rules typed as a place
	HintRuleName                    // inside a name the rules found, of no kind yet
	HintRuleFirst                   // first token of a name the rules found
	HintRuleSure                    // the rules' name reaches their threshold alone
	numHints       = iota
)

// Token is one token of the text: its half-open byte span and the hints
// the caller knows about it.
type Token struct {
	Start, End int
	Hints      Hint
}

// Span is a name found by the tagger: tokens [First, Last] and its kind.
type Span struct {
	First, Last int
	Kind        Kind
	// Margin is how much more the tagger believes Kind than any other
	// kind at the first token (on the scale of the model's weights; 0 for
	// gold spans).
	Margin float32
}

// label is a BILOU tag: O, or Begin/Inside/Last/Unit of a kind.
type label uint8

// labelO is the label of a token outside any name.
const labelO label = 0

// The sizes of the label set and the positions of BILOU.
const (
	numLabels = 13
	posBegin  = 0
	posInside = 1
	posLast   = 2
	posUnit   = 3
	numPos    = 4
	numKinds  = 3
)

// kinds lists the kinds in label order.
var kinds = [numKinds]Kind{gazetteer.KindPerson, gazetteer.KindOrg, gazetteer.KindLoc}

func makeLabel(k Kind, pos int) label {
	for i, x := range kinds {
		if x == k {
			return label(1 + i*numPos + pos)
		}
	}
	return labelO
}

func (l label) kind() Kind {
	if l == labelO {
		return gazetteer.KindUnknown
	}
	return kinds[(l-1)/numPos]
}

func (l label) pos() int { return int(l-1) % numPos }

// allowed reports whether label l may follow label prev in BILOU, and may
// open a name on a token that can (canBegin).
func allowed(prev, l label, canBegin bool) bool {
	open := prev != labelO && (prev.pos() == posBegin || prev.pos() == posInside)
	if open {
		return l != labelO && l.kind() == prev.kind() && (l.pos() == posInside || l.pos() == posLast)
	}
	if l == labelO {
		return true
	}
	return canBegin && (l.pos() == posBegin || l.pos() == posUnit)
}

// spans turns a label sequence into names, with the kind margin of each
// token.
func spans(labels []label, margin []float32) []Span {
	var out []Span
	first := -1
	for i, l := range labels {
		switch {
		case l == labelO:
			first = -1
		case l.pos() == posUnit:
			out = append(out, Span{First: i, Last: i, Kind: l.kind(), Margin: margin[i]})
			first = -1
		case l.pos() == posBegin:
			first = i
		case l.pos() == posLast && first >= 0:
			out = append(out, Span{First: first, Last: i, Kind: l.kind(), Margin: margin[first]})
			first = -1
		}
	}
	return out
}

// Labels returns the BILOU labels of gold names given as token spans, for
// training; names that overlap one already placed are skipped.
func labels(n int, names []Span) []label {
	out := make([]label, n)
	for _, s := range names {
		if s.First < 0 || s.Last >= n || s.First > s.Last {
			continue
		}
		free := true
		for i := s.First; i <= s.Last; i++ {
			free = free && out[i] == labelO
		}
		if !free || makeLabel(s.Kind, 0) == labelO {
			continue
		}
		if s.First == s.Last {
			out[s.First] = makeLabel(s.Kind, posUnit)
			continue
		}
		out[s.First] = makeLabel(s.Kind, posBegin)
		for i := s.First + 1; i < s.Last; i++ {
			out[i] = makeLabel(s.Kind, posInside)
		}
		out[s.Last] = makeLabel(s.Kind, posLast)
	}
	return out
}
