// Package utf8pos finds where text stops being valid UTF-8, so that every
// reader of input (the pipeline, JSON Lines records, gazetteer tables, the
// commands) names the same byte in its error.
package utf8pos

import "unicode/utf8"

// FirstInvalid returns the byte offset of the first byte of s that is not
// part of valid UTF-8, or len(s) when s is valid.
func FirstInvalid[T ~string | ~[]byte](s T) int {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(s)
}
