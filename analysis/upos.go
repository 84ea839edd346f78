package analysis

// UPOS is a universal part-of-speech tag. The zero value, UPOSUnknown, means not tagged.
type UPOS uint8

// The universal parts of speech (https://universaldependencies.org/u/pos/).
const (
	UPOSUnknown UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
)

var uposNames = [...]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// String returns the UD name of the tag, or "_" for UPOSUnknown.
func (u UPOS) String() string {
	if int(u) < len(uposNames) {
		return uposNames[u]
	}
	return "_"
}

// ParseUPOS returns the tag named s, or UPOSUnknown.
func ParseUPOS(s string) UPOS {
	for i, n := range uposNames[1:] {
		if n == s {
			return UPOS(i + 1)
		}
	}
	return UPOSUnknown
}

// Rel is a dependency relation: a universal relation or one of the common language-specific
// subtypes. The zero value, RelUnknown, means not parsed.
type Rel uint8

// The universal relations (https://universaldependencies.org/u/dep/), then common subtypes.
const (
	RelUnknown Rel = iota
	RelACL
	RelAdvcl
	RelAdvmod
	RelAmod
	RelAppos
	RelAux
	RelCase
	RelCC
	RelCcomp
	RelClf
	RelCompound
	RelConj
	RelCop
	RelCsubj
	RelDep
	RelDet
	RelDiscourse
	RelDislocated
	RelExpl
	RelFixed
	RelFlat
	RelGoeswith
	RelIobj
	RelList
	RelMark
	RelNmod
	RelNsubj
	RelNummod
	RelObj
	RelObl
	RelOrphan
	RelParataxis
	RelPunct
	RelReparandum
	RelRoot
	RelVocative
	RelXcomp
	// Subtypes.
	RelACLRelcl
	RelAdvclRelcl
	RelAuxPass
	RelAuxTense
	RelAuxCaus
	RelCompoundPrt
	RelCsubjPass
	RelDetPoss
	RelDetPredet
	RelExplPass
	RelExplPv
	RelExplSubj
	RelExplImpers
	RelFlatForeign
	RelFlatName
	RelNmodPoss
	RelNmodTmod
	RelNsubjPass
	RelOblAgent
	RelOblArg
	RelOblMod
	RelOblTmod
	RelCCPreconj
)

var relNames = [...]string{"_", "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf",
	"compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
	"goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis",
	"punct", "reparandum", "root", "vocative", "xcomp",
	"acl:relcl", "advcl:relcl", "aux:pass", "aux:tense", "aux:caus", "compound:prt", "csubj:pass", "det:poss",
	"det:predet", "expl:pass", "expl:pv", "expl:subj", "expl:impers", "flat:foreign", "flat:name", "nmod:poss",
	"nmod:tmod", "nsubj:pass", "obl:agent", "obl:arg", "obl:mod", "obl:tmod", "cc:preconj"}

// String returns the UD name of the relation, or "_" for RelUnknown.
func (r Rel) String() string {
	if int(r) < len(relNames) {
		return relNames[r]
	}
	return "_"
}

// Universal returns the universal relation of r: RelNsubj for RelNsubjPass.
func (r Rel) Universal() Rel {
	name := r.String()
	for i := range len(name) {
		if name[i] == ':' {
			return ParseRel(name[:i])
		}
	}
	return r
}

// ParseRel returns the relation named s. A subtype this package does not list gives its
// universal relation ("nmod:desc" gives RelNmod); an unknown name gives RelDep, and "" or "_"
// RelUnknown.
func ParseRel(s string) Rel {
	if s == "" || s == "_" {
		return RelUnknown
	}
	for i, n := range relNames[1:] {
		if n == s {
			return Rel(i + 1)
		}
	}
	for i := range len(s) {
		if s[i] == ':' {
			return ParseRel(s[:i])
		}
	}
	return RelDep
}
