package analysis

import "strings"

// Feats packs the morphological features the tagger predicts, four bits each. The zero
// value has none. Read them with the methods; Feats.String gives the UD FEATS column.
type Feats uint32

// Attr names one morphological feature of Feats.
type Attr uint8

// The attributes of Feats, in the order of their bits.
const (
	AttrVerbForm Attr = iota
	AttrTense
	AttrMood
	AttrVoice
	AttrNumber
	AttrPerson
	AttrPolarity
	numAttrs
)

// attrNames are the UD names of the attributes, then the UD names of each one's values,
// value 0 standing for none.
var attrNames = [numAttrs]struct {
	name   string
	values []string
}{
	{"VerbForm", []string{"", "Fin", "Inf", "Part", "Ger", "Conv", "Sup", "Vnoun"}},
	{"Tense", []string{"", "Pres", "Past", "Fut", "Imp", "Pqp"}},
	{"Mood", []string{"", "Ind", "Sub", "Cnd", "Imp", "Opt", "Jus", "Qot"}},
	{"Voice", []string{"", "Act", "Pass", "Mid"}},
	{"Number", []string{"", "Sing", "Plur", "Dual", "Ptan", "Coll"}},
	{"Person", []string{"", "1", "2", "3", "0"}},
	{"Polarity", []string{"", "Pos", "Neg"}},
}

// String returns the UD name of the attribute.
func (a Attr) String() string {
	if a < numAttrs {
		return attrNames[a].name
	}
	return ""
}

// Get returns the value of attribute a: 0 for none, else an index into a's values
// (see Value).
func (f Feats) Get(a Attr) uint8 { return uint8(f>>(4*a)) & 15 }

// With returns f with attribute a set to value v.
func (f Feats) With(a Attr, v uint8) Feats {
	return f&^(15<<(4*a)) | Feats(v&15)<<(4*a)
}

// Value returns the UD name of attribute a in f ("Plur" for AttrNumber), or "" for none.
func (f Feats) Value(a Attr) string {
	if a >= numAttrs {
		return ""
	}
	v := f.Get(a)
	if int(v) < len(attrNames[a].values) {
		return attrNames[a].values[v]
	}
	return ""
}

// Has reports whether attribute a of f has the UD value v: f.Has(AttrTense, "Past").
func (f Feats) Has(a Attr, v string) bool { return v != "" && f.Value(a) == v }

// String returns the features in the UD FEATS form, sorted by name ("Mood=Ind|Number=Sing"),
// or "_" when there are none.
func (f Feats) String() string {
	var parts []string
	for _, a := range []Attr{AttrMood, AttrNumber, AttrPerson, AttrPolarity, AttrTense, AttrVerbForm, AttrVoice} {
		if v := f.Value(a); v != "" {
			parts = append(parts, a.String()+"="+v)
		}
	}
	if len(parts) == 0 {
		return "_"
	}
	return strings.Join(parts, "|")
}

// featValue returns the value number of v for attribute a, 0 when unknown.
func featValue(a Attr, v string) uint8 {
	for i, n := range attrNames[a].values {
		if n == v {
			return uint8(i)
		}
	}
	return 0
}
