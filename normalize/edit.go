package normalize

import (
	"fmt"
	"sort"
)

// EditKind says what a repair fixed. The zero EditKind is KindUnknown.
type EditKind uint8

// The kinds of edit, as named in the depeche/v1 JSON document.
const (
	KindUnknown    EditKind = iota
	KindEncoding            // invalid UTF-8, mojibake
	KindUnicode             // HTML entities, NFC, invisible characters
	KindTypography          // apostrophes, quotes, dashes
	KindSpacing             // unusual spaces, missing spaces
	KindName                // a garbled or translated name restored
)

var kindNames = [...]string{"", "encoding", "unicode", "typography", "spacing", "name"}

// String returns the kind's label in the depeche/v1 JSON ("encoding",
// "unicode", "typography", "spacing", "name"), and "" for KindUnknown.
func (k EditKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("EditKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k EditKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Edit is one change made by the repair. Start and End delimit the changed
// bytes in the original text (Original == original[Start:End]); NormStart
// and NormEnd delimit the replacement in the normalized text
// (Replacement == normalized[NormStart:NormEnd]). Either span may be empty
// (a deletion or an insertion).
type Edit struct {
	Start, End  int
	Original    string
	Replacement string
	Kind        EditKind
	Confidence  float64 // 1 for deterministic repairs
	// Inferred marks a name repair proposed from the position of words
	// no list knows ("Discorde a levé" → "Discord"), with a lower
	// Confidence.
	Inferred           bool
	NormStart, NormEnd int
}

// Result is the outcome of [Normalizer.Normalize]: the original text, the
// normalized text and the edits that lead from one to the other, which
// are also the offset map between them. Between two edits, the texts are
// byte for byte the same. The zero Result maps every offset to itself.
// A Result is a value; it is safe for concurrent reads.
type Result struct {
	Original string
	Text     string // the normalized text
	Edits    []Edit // sorted by Start (and by NormStart)
}

// Offset maps the offset i of r.Text to the original text. An offset
// inside a replaced region maps to the region's start in the original; an
// offset just after deleted bytes maps after them. Offset is monotonic.
func (r *Result) Offset(i int) int { return r.startOf(i) }

// Span maps the half-open span [start, end) of r.Text to the original
// text. A span that overlaps or touches a replaced region (by at least one
// byte) widens to cover the whole original region, so that the original
// of a repaired name is the garbled text as written. Span is monotonic in
// both bounds, and origStart <= origEnd.
func (r *Result) Span(start, end int) (origStart, origEnd int) {
	if end <= start {
		o := r.startOf(start)
		return o, o
	}
	return r.startOf(start), max(r.endOf(end), r.startOf(start))
}

// startOf maps a normalized offset used as a span start.
func (r *Result) startOf(p int) int {
	es := r.Edits
	// first edit whose NormEnd > p, or empty at p
	i := sort.Search(len(es), func(i int) bool {
		e := &es[i]
		return e.NormEnd > p || (e.NormEnd == p && e.NormStart == p)
	})
	// skip deletions sitting exactly at p: the span starts after them
	for i < len(es) && es[i].NormStart == p && es[i].NormEnd == p {
		i++
	}
	if i < len(es) && es[i].NormStart < p {
		return es[i].Start // inside a replaced region
	}
	return r.linear(p, i)
}

// endOf maps a normalized offset used as a span end.
func (r *Result) endOf(p int) int {
	es := r.Edits
	// first edit whose NormEnd >= p
	i := sort.Search(len(es), func(i int) bool { return es[i].NormEnd >= p })
	if i < len(es) && es[i].NormStart < p && es[i].NormEnd >= p {
		return es[i].End // the span ends inside or at the end of a region
	}
	return r.linear(p, i)
}

// linear maps p through the unchanged stretch that ends at edit i.
func (r *Result) linear(p, i int) int {
	if i == 0 {
		return clamp(p, len(r.Original), len(r.Text))
	}
	prev := &r.Edits[i-1]
	return prev.End + (p - prev.NormEnd)
}

func clamp(p, n, m int) int {
	if n == 0 && m == 0 {
		return p // zero Result: identity
	}
	return min(max(p, 0), max(n, 0))
}

// rep is a replacement made by one step: bytes [start, end) of the step's
// input become text.
type rep struct {
	start, end int
	text       string
	kind       EditKind
	conf       float64
	inferred   bool
}

// apply returns s with reps applied (reps sorted, non-overlapping).
func apply(s string, reps []rep) string {
	if len(reps) == 0 {
		return s
	}
	n := len(s)
	for _, r := range reps {
		n += len(r.text) - (r.end - r.start)
	}
	b := make([]byte, 0, n)
	last := 0
	for _, r := range reps {
		b = append(b, s[last:r.start]...)
		b = append(b, r.text...)
		last = r.end
	}
	b = append(b, s[last:]...)
	return string(b)
}

// compose records reps, made on the current normalized text cur (whose map
// to the original is edits), and returns the new normalized text and the
// new edit list. Edits overlapping a replacement are merged into one; a
// name replacement gives the merged edit its kind, otherwise the earliest
// kind is kept (the first repair names the cause).
func compose(orig, cur string, edits []Edit, reps []rep) (string, []Edit) {
	if len(reps) == 0 {
		return cur, edits
	}
	next := apply(cur, reps)
	out := make([]Edit, 0, len(edits)+len(reps))
	shift := 0 // new offset - cur offset, for text after the processed reps
	i := 0     // next old edit
	for _, r := range reps {
		// old edits entirely before r
		for i < len(edits) && before(edits[i], r) {
			e := edits[i]
			e.NormStart += shift
			e.NormEnd += shift
			out = append(out, e)
			i++
		}
		ns, ne := r.start, r.end
		m := Edit{Kind: r.kind, Confidence: r.conf, Inferred: r.inferred}
		cr := Result{Original: orig, Text: cur, Edits: edits}
		m.Start, m.End = cr.Span(r.start, r.end)
		if r.start == r.end {
			o := cr.startOf(r.start)
			m.Start, m.End = o, o
		}
		inherited := false
		for i < len(edits) && !after(edits[i], r) {
			e := edits[i]
			ns, ne = min(ns, e.NormStart), max(ne, e.NormEnd)
			m.Start, m.End = min(m.Start, e.Start), max(m.End, e.End)
			if r.kind != KindName && !inherited {
				m.Kind, inherited = e.Kind, true
			}
			i++
		}
		m.NormStart = ns + shift
		delta := len(r.text) - (r.end - r.start)
		m.NormEnd = ne + shift + delta
		shift += delta
		out = append(out, m)
	}
	for ; i < len(edits); i++ {
		e := edits[i]
		e.NormStart += shift
		e.NormEnd += shift
		out = append(out, e)
	}
	for k := range out {
		out[k].Original = orig[out[k].Start:out[k].End]
		out[k].Replacement = next[out[k].NormStart:out[k].NormEnd]
	}
	return next, out
}

// before reports whether old edit e lies wholly before replacement r,
// without touching it in a way that requires a merge.
func before(e Edit, r rep) bool {
	if e.NormEnd < r.start {
		return true
	}
	if e.NormEnd > r.start {
		return false
	}
	// touching at r.start: merge only if one of them is empty and the
	// other covers the point from the right
	return e.NormStart < e.NormEnd && r.start < r.end || e.NormStart == e.NormEnd && r.start == r.end
}

// after reports whether old edit e lies wholly after replacement r.
func after(e Edit, r rep) bool {
	if e.NormStart > r.end {
		return true
	}
	if e.NormStart < r.end {
		return false
	}
	return e.NormStart < e.NormEnd && r.start < r.end || e.NormStart == e.NormEnd && r.start == r.end
}
