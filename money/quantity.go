package money

// Unit is what a Quantity counts. The zero Unit is UnitUnknown (a figure with
// a scale word and no noun, such as "drei Milliarden").
type Unit uint8

// Units. The nouns that select them are listed in data/nouns.tsv.
const (
	UnitUnknown Unit = iota
	UnitPercent
	UnitPeople
	UnitJobs
	UnitShares
	UnitCompanies
	UnitCustomers
	UnitUsers
)

var unitNames = [...]string{"", "percent", "people", "jobs", "shares", "companies", "customers", "users"}

// String returns the unit name used in JSON ("percent", "people", …), or ""
// for UnitUnknown.
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return ""
}

// parseUnit returns the Unit named name.
func parseUnit(name string) (Unit, bool) {
	for i, n := range unitNames {
		if n == name && i > 0 {
			return Unit(i), true
		}
	}
	return UnitUnknown, false
}

// Quantity is a percentage or a count. Value is invalid for vague counts
// ("des milliers d'emplois"); Min and Max follow the rules of Amount.
// Quantity is a comparable immutable value.
type Quantity struct {
	Value     Decimal
	Unit      Unit
	Qualifier Qualifier
	Min, Max  Decimal
	Vague     bool
}

// QuantityMatch is a quantity found in running text; Text is
// text[Start:End]. A percentage's span runs from its figure to its sign or
// word ("49%", "9 per cent"); a count's span runs from its figure (or
// qualifier) through its noun ("200 employés", "10,000 job cuts"). A
// QuantityMatch is a plain value; FindQuantities returns a new slice on every
// call.
type QuantityMatch struct {
	Start, End int
	Text       string
	Quantity   Quantity
}
