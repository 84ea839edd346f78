package money

import (
	"strings"

	"golang.org/x/text/currency"
)

// Currency is an ISO 4217 currency. It wraps currency.Unit; the zero
// Currency means "unknown" (no currency named, or an ambiguous one).
// Currency is a comparable immutable value.
type Currency struct {
	unit  currency.Unit
	known bool
}

// CurrencyOf returns the Currency of an x/text currency unit.
func CurrencyOf(u currency.Unit) Currency {
	if u == (currency.Unit{}) || u.String() == "XXX" {
		return Currency{}
	}
	return Currency{unit: u, known: true}
}

// ParseCurrency returns the Currency of an ISO 4217 code (case-insensitive).
// Errors are *ParseError wrapping ErrUnknownCurrency.
func ParseCurrency(code string) (Currency, error) {
	u, err := currency.ParseISO(code)
	if err != nil || u.String() == "XXX" {
		return Currency{}, &ParseError{Input: code, Offset: 0, Err: ErrUnknownCurrency}
	}
	return Currency{unit: u, known: true}, nil
}

// MustParseCurrency is like ParseCurrency but panics on error. It is meant
// for tests and package-level variables only.
func MustParseCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// Unit returns the x/text currency unit (XXX for the zero Currency).
func (c Currency) Unit() currency.Unit {
	if !c.known {
		return currency.XXX
	}
	return c.unit
}

// IsZero reports whether the currency is unknown.
func (c Currency) IsZero() bool { return !c.known }

// String returns the ISO 4217 code, or "" for the zero Currency.
func (c Currency) String() string {
	if !c.known {
		return ""
	}
	return c.unit.String()
}

// Qualifier says how a figure relates to the real amount. The zero value is
// Exact (no qualifier).
type Qualifier uint8

// Qualifiers, named as in the JSON contract.
const (
	Exact    Qualifier = iota // the figure as stated
	About                     // "environ", "about"
	UpTo                      // "jusqu'à", "up to"
	AtLeast                   // "au moins", "at least"
	MoreThan                  // "plus de", "more than"
	LessThan                  // "moins de", "less than"
	Range                     // "entre 5 et 10", "$5-10 million"
	Vague                     // "plusieurs millions de dollars": no figure, no bounds
)

var qualifierNames = [...]string{"exact", "about", "up_to", "at_least", "more_than", "less_than", "range", "vague"}

// qualifierWords are the English words String writes and Parse reads back.
var qualifierWords = [...]string{"", "about ", "up to ", "at least ", "more than ", "less than ", "", ""}

// String returns the contract name: exact, about, up_to, at_least,
// more_than, less_than, range or vague.
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "exact"
}

// ParseQualifier returns the Qualifier with the given contract name.
func ParseQualifier(name string) (Qualifier, bool) {
	for i, n := range qualifierNames {
		if n == name {
			return Qualifier(i), true
		}
	}
	return Exact, false
}

// Amount is an amount of money as the text states it. It is a comparable
// immutable value.
//
// Value is the figure (invalid for ranges and vague amounts). Min and Max are
// the bounds the text gives: both for Range, Min for AtLeast and MoreThan,
// Max for UpTo and LessThan. An amount named without a figure ("plusieurs
// millions de dollars") has Qualifier Vague, no Value and no bounds, and
// Vague set (the field is kept for callers that read it). The zero Amount
// means "no amount".
type Amount struct {
	Value     Decimal
	Currency  Currency
	Qualifier Qualifier
	Min, Max  Decimal
	Vague     bool
}

// IsZero reports whether a is the zero Amount.
func (a Amount) IsZero() bool { return a == Amount{} }

// String returns a canonical English form that Parse reads back to the same
// Amount: "14300000000 USD", "about 5 EUR", "up to 200000000 USD",
// "between 5000000 and 10000000 EUR", "several USD". An unknown currency is
// left out.
func (a Amount) String() string {
	var b strings.Builder
	switch {
	case a.Vague:
		b.WriteString("several")
	case a.Qualifier == Range:
		b.WriteString("between ")
		b.WriteString(a.Min.String())
		b.WriteString(" and ")
		b.WriteString(a.Max.String())
	default:
		if int(a.Qualifier) < len(qualifierWords) {
			b.WriteString(qualifierWords[a.Qualifier])
		}
		b.WriteString(a.Value.String())
	}
	if a.Currency.known {
		b.WriteByte(' ')
		b.WriteString(a.Currency.String())
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with Parse (all
// languages, no hint).
func (a *Amount) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// bounds returns the Min and Max a qualifier gives a value: "up to 5" has
// Max 5, "at least 5" Min 5.
func bounds(q Qualifier, v Decimal) (lo, hi Decimal) {
	switch q {
	case UpTo, LessThan:
		return Decimal{}, v
	case AtLeast, MoreThan:
		return v, Decimal{}
	}
	return Decimal{}, Decimal{}
}

// Match is an amount found in running text: Text is text[Start:End]
// (byte offsets, half-open). The span includes the qualifier words that
// belong to the amount ("jusqu’à 200 millions de dollars"). A Match is a
// plain value; Find returns a new slice on every call.
type Match struct {
	Start, End int
	Text       string
	Amount     Amount
}
