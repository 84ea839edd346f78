package udmodel

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/perceptron"
)

// maxAffix is the longest prefix or suffix, in runes, that features and lemma rules look at.
const maxAffix = 5

// wordInfo holds the hashes of one word that every feature template reuses, so that a
// feature costs one Mix, never a pass over the word.
type wordInfo struct {
	lower  uint64 // the lower-cased form
	shape  uint64 // the word shape: "Xx", "d", "x-x", …
	suffix [maxAffix]uint64
	prefix [3]uint64
	amb    uint64 // the tags the word had in training (0: an unknown word)
}

// lowerString lower-cases s, returning s itself when it has no upper-case letter.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// shapeOf maps each rune to a class letter and squeezes runs: "Paris" → "Xx", "14,3" → "d,d",
// "e-mail" → "x-x". Long shapes are cut so that junk stays cheap.
func shapeOf(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	var last byte
	n := 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last {
			h = perceptron.Mix(h, uint64(c))
			last = c
			if n++; n > 8 {
				break
			}
		}
	}
	return h
}

// infoOf computes the hashes of form.
func infoOf(form string) wordInfo {
	low := lowerString(form)
	w := wordInfo{lower: perceptron.HashString(low), shape: shapeOf(form)}
	end := len(low)
	for k := 0; k < maxAffix; k++ {
		if end <= 0 {
			w.suffix[k] = w.suffix[max(k-1, 0)]
			continue
		}
		_, size := utf8.DecodeLastRuneInString(low[:end])
		end -= size
		w.suffix[k] = perceptron.HashString(low[end:])
	}
	start := 0
	for k := 0; k < len(w.prefix); k++ {
		if start < len(low) {
			_, size := utf8.DecodeRuneInString(low[start:])
			start += size
		}
		w.prefix[k] = perceptron.HashString(low[:start])
	}
	return w
}

// feat builds the hash of template t over the values vs.
func feat(t uint64, vs ...uint64) uint64 {
	h := perceptron.Hash(t, 0)
	for _, v := range vs {
		h = perceptron.Mix(h, v)
	}
	return h
}
