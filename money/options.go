package money

import "golang.org/x/text/language"

// Option configures Parse, Find and FindQuantities. Options are immutable
// functions and may be shared between goroutines.
type Option func(*options)

type options struct {
	langs uint8 // allowed languages (bit mask); 0 = all
	lang  uint8 // the single language set by WithLanguage, 0 if none
	hint  Currency
}

// WithLanguage restricts the words and number formats to one language
// (en, fr, de, es or it; a regional tag such as fr-CH counts as its base).
// An unsupported language leaves the default, which tries every supported
// language.
func WithLanguage(tag language.Tag) Option {
	return func(o *options) {
		base, _ := tag.Base()
		if bit := langBit(base.String()); bit != 0 {
			o.langs, o.lang = bit, bit
		}
	}
}

// WithCurrency gives the currency that ambiguous signs and words ("kr",
// "francs") stand for, and the currency of a bare figure passed to Parse. It
// also replaces the default of a shared sign or word ("$" and "dollars" are
// USD, "¥" is JPY) when the tables write c with that sign or word: CAD for
// "$" (from "C$") and "dollars" (from "dollars canadiens"), but not for "¥".
func WithCurrency(c Currency) Option {
	return func(o *options) { o.hint = c }
}

func buildOptions(opts []Option) options {
	var o options
	for _, f := range opts {
		if f != nil {
			f(&o)
		}
	}
	if o.langs == 0 {
		o.langs = langAll
	}
	return o
}

// Language bits.
const (
	langEN uint8 = 1 << iota
	langFR
	langDE
	langES
	langIT
	langAll = langEN | langFR | langDE | langES | langIT
)

var langCodes = [...]string{"en", "fr", "de", "es", "it"}

func langBit(code string) uint8 {
	for i, c := range langCodes {
		if c == code {
			return 1 << i
		}
	}
	return 0
}
