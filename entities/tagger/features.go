package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Feature templates. A feature is the hash of its template and a value;
// the templates are fixed by the model format version.
const (
	fBias uint64 = iota + 1
	fWord
	fPrevWord
	fNextWord
	fPrev2Word
	fNext2Word
	fShape
	fShapes
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix3
	fBigramLeft
	fBigramRight
	fPrevLabel
	fPrevLabels
	fPrevLabelShape
	fPrevLabelWord
	fDocCase
	fCapsLine
	fSeenAs
	fLength
	fHint     = 64  // + bit
	fPrevHint = 128 // + bit
	fNextHint = 192 // + bit
)

// tok holds what the features read of one token, computed once per call.
type tok struct {
	lower     uint64 // hash of the lower-cased surface
	shape     uint64 // hash of the word shape ("Xx", "XX", "Xx-Xx", "d")
	suf       [3]uint64
	pre3      uint64
	runes     int
	hasUpper  bool
	hasDigit  bool
	allUpper  bool // two or more letters, all capitals
	upperOnly bool // some letter, all capitals
	line      int  // index of the line
}

// canBegin reports whether a name may start at the token: it holds a
// capital or a digit.
func (t *tok) canBegin() bool { return t.hasUpper || t.hasDigit }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(h, v uint64) uint64 {
	h ^= v
	h *= fnvPrime
	h ^= h >> 29
	return h
}

// readTok computes the token's hashes in one pass over its bytes.
func readTok(s string) tok {
	t := tok{}
	h, sh := uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	letters, uppers := 0, 0
	var tail [4]rune // last four lower-cased runes
	for _, r := range s {
		lr := r
		var cls rune
		switch {
		case unicode.IsUpper(r):
			cls = 'X'
			lr = unicode.ToLower(r)
			letters++
			uppers++
			t.hasUpper = true
		case unicode.IsLetter(r):
			cls = 'x'
			letters++
		case unicode.IsDigit(r):
			cls = 'd'
			t.hasDigit = true
		default:
			cls = r
		}
		if cls != last {
			sh = mix(sh, uint64(cls))
			last = cls
		}
		h = mix(h, uint64(lr))
		t.runes++
		copy(tail[:], tail[1:])
		tail[3] = lr
		if t.runes == 3 {
			t.pre3 = h
		}
	}
	t.allUpper = letters >= 2 && uppers == letters
	t.upperOnly = letters >= 1 && uppers == letters
	t.lower = h
	t.shape = sh
	if t.runes < 3 {
		t.pre3 = h
	}
	for k := 2; k <= 4; k++ {
		v := uint64(fnvOffset)
		for _, r := range tail[4-min(k, t.runes):] {
			v = mix(v, uint64(r))
		}
		t.suf[k-2] = v
	}
	return t
}

// features is the per-call state of feature extraction.
type features struct {
	text     string
	toks     []Token
	info     []tok
	capsLine []bool           // line index → every word with letters is in capitals
	docCase  map[uint64]uint8 // lower hash → caseLower | caseMidCap
	seenAs   map[uint64]label
}

const (
	caseLower  = 1 // the word occurs in lower case in the document
	caseMidCap = 2 // the word occurs capitalised inside a sentence
)

func newFeatures(text string, toks []Token) *features {
	f := &features{text: text, toks: toks, info: make([]tok, len(toks)), docCase: map[uint64]uint8{}, seenAs: map[uint64]label{}}
	line := 0
	lineWords, lineCaps := 0, 0
	endLine := func() {
		f.capsLine = append(f.capsLine, lineWords >= 2 && lineCaps == lineWords)
		lineWords, lineCaps = 0, 0
	}
	prevEnd := 0
	for i, t := range toks {
		if t.Start < prevEnd || t.End < t.Start || t.End > len(text) {
			// not a token of text: read nothing from it
			f.info[i].line = line
			continue
		}
		if i > 0 && hasBreak(text[prevEnd:t.Start]) {
			endLine()
			line++
		}
		prevEnd = t.End
		x := readTok(text[t.Start:t.End])
		x.line = line
		f.info[i] = x
		if letter(text[t.Start:t.End]) {
			lineWords++
			if x.upperOnly {
				lineCaps++
			}
		}
		switch {
		case !x.hasUpper && letter(text[t.Start:t.End]):
			f.docCase[x.lower] |= caseLower
		case x.hasUpper && !x.allUpper && t.Hints&(HintInitial|HintHeading) == 0:
			f.docCase[x.lower] |= caseMidCap
		}
	}
	endLine()
	return f
}

func letter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func hasBreak(s string) bool {
	for _, c := range []byte(s) {
		if c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// word returns the lower-cased word hash at i, or a boundary value.
func (f *features) word(i int) uint64 {
	if i < 0 {
		return 1
	}
	if i >= len(f.toks) {
		return 2
	}
	return f.info[i].lower
}

func (f *features) shape(i int) uint64 {
	if i < 0 || i >= len(f.toks) {
		return 3
	}
	return f.info[i].shape
}

// extract appends the feature hashes of token i, given the labels of the
// two tokens before it.
func (f *features) extract(buf []uint64, i int, prev, prev2 label) []uint64 {
	x := &f.info[i]
	h := f.toks[i].Hints
	add := func(tmpl, v uint64) { buf = append(buf, mix(mix(fnvOffset, tmpl), v)) }
	add(fBias, 0)
	add(fWord, x.lower)
	add(fPrevWord, f.word(i-1))
	add(fNextWord, f.word(i+1))
	add(fPrev2Word, f.word(i-2))
	add(fNext2Word, f.word(i+2))
	add(fShape, x.shape)
	add(fShapes, mix(mix(f.shape(i-1), x.shape), f.shape(i+1)))
	add(fSuffix2, x.suf[0])
	add(fSuffix3, x.suf[1])
	add(fSuffix4, x.suf[2])
	add(fPrefix3, x.pre3)
	add(fBigramLeft, mix(f.word(i-1), x.lower))
	add(fBigramRight, mix(x.lower, f.word(i+1)))
	add(fPrevLabel, uint64(prev))
	add(fPrevLabels, uint64(prev)<<8|uint64(prev2))
	add(fPrevLabelShape, mix(uint64(prev), x.shape))
	add(fPrevLabelWord, mix(uint64(prev), x.lower))
	initial := uint64(0)
	if h&(HintInitial|HintHeading) != 0 {
		initial = 1
	}
	add(fDocCase, uint64(f.docCase[x.lower])<<4|initial<<2|b2u(x.hasUpper)<<1|b2u(x.allUpper))
	if f.capsLine[x.line] {
		add(fCapsLine, x.shape)
	}
	if l, ok := f.seenAs[x.lower]; ok && x.hasUpper {
		add(fSeenAs, uint64(l))
	}
	add(fLength, uint64(min(x.runes, 12))<<32|x.shape&0xffffffff)
	for b := range numHints {
		if h&(1<<b) != 0 {
			add(fHint+uint64(b), 0)
		}
		if i > 0 && f.toks[i-1].Hints&(1<<b) != 0 {
			add(fPrevHint+uint64(b), 0)
		}
		if i+1 < len(f.toks) && f.toks[i+1].Hints&(1<<b) != 0 {
			add(fNextHint+uint64(b), 0)
		}
	}
	return buf
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// remember records the label given to token i for the features of the
// same word later in the document.
func (f *features) remember(i int, l label) {
	if l != labelO && f.info[i].hasUpper {
		f.seenAs[f.info[i].lower] = l
	}
}
