package money

import "golang.org/x/text/language"

// Option configures Parse, Find and FindQuantities. Options are immutable
// functions and may be shared between goroutines.
type Option func(*options)

type options struct {
	code  string // the base language given to WithLanguage, "" if none
	langs uint8  // allowed languages (bit mask of data/languages.tsv); 0 = all
	lang  uint8  // the single language set by WithLanguage, 0 if none
	hint  Currency
}

// WithLanguage restricts the words and number formats to one language (one
// of data/languages.tsv: en, fr, de, es, it, pt, nl; a regional tag such as
// fr-CH counts as its base). An unsupported language leaves the default,
// which tries every supported language.
func WithLanguage(tag language.Tag) Option {
	return func(o *options) {
		base, _ := tag.Base()
		o.code = base.String()
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

func buildOptions(lx *lexicon, opts []Option) options {
	var o options
	for _, f := range opts {
		if f != nil {
			f(&o)
		}
	}
	if bit := lx.langBit(o.code); bit != 0 {
		o.langs, o.lang = bit, bit
	}
	if o.langs == 0 {
		o.langs = lx.allLangs
	}
	return o
}
