package money

import (
	"errors"
	"strconv"
)

// Sentinel errors, wrapped by *ParseError; test with errors.Is.
var (
	// ErrSyntax reports text that is not an amount.
	ErrSyntax = errors.New("money: syntax error")
	// ErrUnknownCurrency reports a currency code or name that is not known.
	ErrUnknownCurrency = errors.New("money: unknown currency")
	// ErrAmbiguousCurrency reports a currency sign or word that names
	// several currencies ("kr", "francs") with no hint to choose one.
	ErrAmbiguousCurrency = errors.New("money: ambiguous currency")
	// ErrRange reports a number too large or too precise for a Decimal.
	ErrRange = errors.New("money: value out of range")
)

// ParseError describes why Parse failed and where: Offset is a byte offset
// into Input, in [0, len(Input)]. Each failing call returns a new
// *ParseError.
type ParseError struct {
	Input  string // the text given to Parse
	Offset int    // byte offset of the problem in Input
	Err    error  // one of the sentinels
}

// Error returns a message naming the input and the offset.
func (e *ParseError) Error() string {
	msg := "money: error"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return msg + " at offset " + strconv.Itoa(e.Offset) + " in " + strconv.Quote(e.Input)
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }
