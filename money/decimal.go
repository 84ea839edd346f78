package money

import (
	"cmp"
	"math/bits"
	"strings"
)

// Exponent bounds of a Decimal: values are coefficient × 10^exponent with
// the exponent in [minExp, maxExp] and |coefficient| < 10^18.
const (
	minExp  = -24
	maxExp  = 36
	maxCoef = 999_999_999_999_999_999
)

// Decimal is an exact decimal number: an int64 coefficient times a power of
// ten. It is kept in canonical form (no trailing zeros in the coefficient),
// so two Decimals are equal with == exactly when their values are equal.
//
// The zero Decimal is not a number: IsValid reports false and String returns
// "". Decimal is an immutable value, safe to copy and share between
// goroutines.
type Decimal struct {
	coef  int64
	exp   int16
	valid bool
}

// NewDecimal returns coef × 10^exp in canonical form. It fails with ErrRange
// when the value cannot be represented.
func NewDecimal(coef int64, exp int) (Decimal, error) {
	d, ok := mkDecimal(coef, exp)
	if !ok {
		return Decimal{}, ErrRange
	}
	return d, nil
}

func mkDecimal(coef int64, exp int) (Decimal, bool) {
	if coef == 0 {
		return Decimal{valid: true}, true
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	if coef > maxCoef || coef < -maxCoef || exp < minExp || exp > maxExp {
		return Decimal{}, false
	}
	return Decimal{coef: coef, exp: int16(exp), valid: true}, true
}

// IsValid reports whether d holds a number (the zero Decimal does not).
func (d Decimal) IsValid() bool { return d.valid }

// Coefficient returns the integer coefficient of d (value = Coefficient × 10^Exponent).
func (d Decimal) Coefficient() int64 { return d.coef }

// Exponent returns the power of ten of d.
func (d Decimal) Exponent() int { return int(d.exp) }

// Sign returns -1, 0 or +1 (0 also for the zero Decimal).
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// Cmp compares two valid Decimals and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if s1, s2 := d.Sign(), e.Sign(); s1 != s2 {
		return cmp.Compare(s1, s2)
	}
	ds, es := d.digitsScaled(e)
	n := max(len(ds), len(es))
	c := strings.Compare(pad(ds, n), pad(es, n))
	if d.coef < 0 {
		return -c
	}
	return c
}

// digitsScaled returns the absolute values of d and e as digit strings at the
// same (smallest) exponent.
func (d Decimal) digitsScaled(e Decimal) (string, string) {
	lo := min(d.exp, e.exp)
	return absDigits(d.coef) + strings.Repeat("0", int(d.exp-lo)), absDigits(e.coef) + strings.Repeat("0", int(e.exp-lo))
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}

func absDigits(c int64) string {
	var buf [20]byte
	i := len(buf)
	u := uint64(c)
	if c < 0 {
		u = uint64(-c)
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return string(buf[i:])
}

// String returns d as a plain decimal string: "-" when negative, "." as the
// decimal point, no exponent, no grouping and no trailing fractional zeros
// ("14300000000", "1.5", "-0.25"). The zero Decimal gives "".
func (d Decimal) String() string {
	if !d.valid {
		return ""
	}
	var b strings.Builder
	if d.coef < 0 {
		b.WriteByte('-')
	}
	digits := absDigits(d.coef)
	switch {
	case d.exp >= 0:
		b.WriteString(digits)
		if d.coef != 0 {
			b.WriteString(strings.Repeat("0", int(d.exp)))
		}
	case len(digits) > int(-d.exp):
		k := len(digits) + int(d.exp)
		b.WriteString(digits[:k])
		b.WriteByte('.')
		b.WriteString(digits[k:])
	default:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", int(-d.exp)-len(digits)))
		b.WriteString(digits)
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseDecimal accepts, and empty text as the zero Decimal.
func (d *Decimal) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Decimal{}
		return nil
	}
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDecimal reads a plain decimal string as String writes it: an optional
// "-" or "+", digits, and an optional "." followed by digits. Errors are
// *ParseError wrapping ErrSyntax or ErrRange.
func ParseDecimal(s string) (Decimal, error) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	acc := newDigitAcc()
	n := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		acc.add(s[i], false)
		n++
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i == len(s) {
			return Decimal{}, &ParseError{Input: s, Offset: i, Err: ErrSyntax}
		}
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			acc.add(s[i], true)
			n++
		}
	}
	if n == 0 || i != len(s) {
		return Decimal{}, &ParseError{Input: s, Offset: min(i, len(s)), Err: ErrSyntax}
	}
	d, ok := acc.decimal(neg)
	if !ok {
		return Decimal{}, &ParseError{Input: s, Offset: 0, Err: ErrRange}
	}
	return d, nil
}

// digitAcc accumulates digits into a coefficient and exponent, keeping
// trailing zeros apart so that long runs of zeros never overflow.
type digitAcc struct {
	coef     int64
	exp      int
	zeros    int // pending zeros not yet multiplied into coef
	overflow bool
}

func newDigitAcc() digitAcc { return digitAcc{} }

func (a *digitAcc) add(c byte, frac bool) {
	if frac {
		a.exp--
	}
	if c == '0' {
		a.zeros++
		return
	}
	for ; a.zeros > 0; a.zeros-- {
		a.coef, a.overflow = a.coef*10, a.overflow || a.coef > maxCoef/10
	}
	a.coef = a.coef*10 + int64(c-'0')
	if a.coef > maxCoef {
		a.overflow = true
		a.coef = maxCoef
	}
}

func (a *digitAcc) decimal(neg bool) (Decimal, bool) {
	if a.overflow {
		return Decimal{}, false
	}
	if a.coef == 0 {
		return Decimal{valid: true}, true
	}
	c := a.coef
	if neg {
		c = -c
	}
	return mkDecimal(c, a.exp+a.zeros)
}

// mulPow10 returns d × 10^n.
func (d Decimal) mulPow10(n int) (Decimal, bool) {
	if !d.valid {
		return d, false
	}
	return mkDecimal(d.coef, int(d.exp)+n)
}

// add returns d + e.
func (d Decimal) add(e Decimal) (Decimal, bool) {
	if d.coef == 0 {
		return e, e.valid
	}
	if e.coef == 0 {
		return d, d.valid
	}
	a, b := d, e
	if a.exp < b.exp {
		a, b = b, a
	}
	// Bring a down to b's exponent.
	c := a.coef
	for k := a.exp; k > b.exp; k-- {
		if c > maxCoef/10 || c < -maxCoef/10 {
			return Decimal{}, false
		}
		c *= 10
	}
	s := c + b.coef
	if s > maxCoef || s < -maxCoef {
		return Decimal{}, false
	}
	return mkDecimal(s, int(b.exp))
}

// mul returns d × e.
func (d Decimal) mul(e Decimal) (Decimal, bool) {
	neg := (d.coef < 0) != (e.coef < 0)
	x, y := uint64(abs64(d.coef)), uint64(abs64(e.coef))
	hi, lo := bits.Mul64(x, y)
	if hi != 0 || lo > maxCoef {
		return Decimal{}, false
	}
	c := int64(lo)
	if neg {
		c = -c
	}
	return mkDecimal(c, int(d.exp)+int(e.exp))
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// MustParseDecimal is like ParseDecimal but panics on error. It is meant for
// tests and package-level variables only.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}
