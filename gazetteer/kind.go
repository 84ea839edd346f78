package gazetteer

import "fmt"

// Kind is the type of a named entity. The zero Kind is KindUnknown.
type Kind uint8

// The kinds of entity. New kinds may be added; consumers must accept
// kinds they do not know.
const (
	KindUnknown Kind = iota
	KindOrg
	KindPerson
	KindLoc
)

var kindNames = [...]string{KindUnknown: "", KindOrg: "ORG", KindPerson: "PERSON", KindLoc: "LOC"}

// String returns the kind's label as in the depeche/v1 JSON: "ORG",
// "PERSON" or "LOC", and "" for KindUnknown.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// ParseKind reads a kind label ("ORG", "PERSON", "LOC", case-insensitive).
// It returns an error wrapping ErrKind for anything else.
func ParseKind(s string) (Kind, error) {
	switch s {
	case "ORG", "org", "Org":
		return KindOrg, nil
	case "PERSON", "person", "Person", "PER", "per":
		return KindPerson, nil
	case "LOC", "loc", "Loc", "PLACE", "place":
		return KindLoc, nil
	}
	return KindUnknown, fmt.Errorf("%w %q (want ORG, PERSON or LOC)", ErrKind, s)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
