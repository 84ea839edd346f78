package normalize_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/normalize"
	"github.com/google/go-cmp/cmp"
)

// edit is the comparable part of an Edit.
type edit struct {
	Original, Replacement string
	Kind                  string
}

func editsOf(r normalize.Result) []edit {
	var out []edit
	for _, e := range r.Edits {
		out = append(out, edit{e.Original, e.Replacement, e.Kind.String()})
	}
	return out
}

func newNormalizer(t testing.TB, opts ...normalize.Option) *normalize.Normalizer {
	t.Helper()
	n, err := normalize.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNormalizeEdits(t *testing.T) {
	n := newNormalizer(t)
	tests := []struct {
		name, in, want string
		edits          []edit
		reason         string
	}{
		{
			name: "clean",
			in:   "Scale AI a déposé une plainte contre Mercor.",
			want: "Scale AI a déposé une plainte contre Mercor.",
		},
		{
			name:  "name with elided article",
			in:    "son rival en difficulté, l’échelle AI, a déposé un procès",
			want:  "son rival en difficulté, Scale AI, a déposé un procès",
			edits: []edit{{"l’échelle AI", "Scale AI", "name"}},
		},
		{
			name:   "typography and spacing merge",
			in:     "a déclaré:”Bien sûr”",
			want:   "a déclaré: “Bien sûr”",
			edits:  []edit{{"”", " “", "typography"}},
			reason: "the inserted space touches the repaired quote: one edit, the first cause",
		},
		{
			name:  "mojibake then apostrophe",
			in:    "lâ€™IA",
			want:  "l'IA",
			edits: []edit{{"â€™", "'", "encoding"}},
		},
		{
			name:  "deletion",
			in:    "Sca\u00adle",
			want:  "Scale",
			edits: []edit{{"\u00ad", "", "unicode"}},
		},
		{
			name:  "invalid bytes",
			in:    "caf\xe9",
			want:  "caf\uFFFD",
			edits: []edit{{"\xe9", "\uFFFD", "encoding"}},
		},
		{
			name:   "name over typography",
			in:     "dans l’échelle de l’IA en juin, selon Meta",
			want:   "dans l'échelle de l'IA en juin, selon Meta",
			edits:  []edit{{"’", "'", "typography"}, {"’", "'", "typography"}},
			reason: "without evidence in the document the form stays: it may be plain French",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := n.Normalize(context.Background(), tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.Text != tt.want {
				t.Errorf("Text = %q, want %q", r.Text, tt.want)
			}
			if diff := cmp.Diff(tt.edits, editsOf(r)); diff != "" {
				t.Errorf("edits (-want +got):\n%s", diff)
			}
			checkMap(t, r)
		})
	}
}

// checkMap verifies the offset map of r: edits sorted and disjoint, their
// texts right, the unchanged stretches equal, Offset and Span monotonic.
func checkMap(t *testing.T, r normalize.Result) {
	t.Helper()
	po, pn := 0, 0
	for k, e := range r.Edits {
		if e.Start < po || e.NormStart < pn || e.End < e.Start || e.NormEnd < e.NormStart {
			t.Fatalf("edit %d out of order: %+v after %d/%d", k, e, po, pn)
		}
		if r.Original[po:e.Start] != r.Text[pn:e.NormStart] {
			t.Fatalf("unchanged stretch before edit %d differs: %q vs %q", k, r.Original[po:e.Start], r.Text[pn:e.NormStart])
		}
		if r.Original[e.Start:e.End] != e.Original || r.Text[e.NormStart:e.NormEnd] != e.Replacement {
			t.Fatalf("edit %d texts wrong: %+v", k, e)
		}
		if e.Kind == 0 || e.Confidence <= 0 || e.Confidence > 1 {
			t.Fatalf("edit %d: kind %v confidence %v", k, e.Kind, e.Confidence)
		}
		if e.NormEnd > e.NormStart {
			if s, en := r.Span(e.NormStart, e.NormEnd); s != e.Start || en != e.End {
				t.Fatalf("Span of edit %d replacement = %d,%d, want %d,%d", k, s, en, e.Start, e.End)
			}
		}
		po, pn = e.End, e.NormEnd
	}
	if r.Original[po:] != r.Text[pn:] {
		t.Fatalf("unchanged tail differs: %q vs %q", r.Original[po:], r.Text[pn:])
	}
	prev := 0
	for i := 0; i <= len(r.Text); i++ {
		o := r.Offset(i)
		if o < prev || o > len(r.Original) {
			t.Fatalf("Offset(%d) = %d after %d: not monotonic or out of range", i, o, prev)
		}
		prev = o
	}
	if r.Offset(0) != 0 && len(r.Edits) > 0 && r.Edits[0].NormStart > 0 {
		t.Fatalf("Offset(0) = %d", r.Offset(0))
	}
	if len(r.Text) == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(1, uint64(len(r.Text))))
	for range 200 {
		a, b := rng.IntN(len(r.Text)+1), rng.IntN(len(r.Text)+1)
		a, b = min(a, b), max(a, b)
		s, e := r.Span(a, b)
		if s > e || s < 0 || e > len(r.Original) {
			t.Fatalf("Span(%d,%d) = %d,%d", a, b, s, e)
		}
		s2, e2 := r.Span(a, min(b+1, len(r.Text)))
		if s2 < s || e2 < e {
			t.Fatalf("Span not monotonic: (%d,%d)→(%d,%d), (%d,%d)→(%d,%d)", a, b, s, e, a, b+1, s2, e2)
		}
		if !touchesEdit(r, a, b) && r.Original[s:e] != r.Text[a:b] {
			t.Fatalf("Span(%d,%d) = %q, want %q", a, b, r.Original[s:e], r.Text[a:b])
		}
	}
}

func touchesEdit(r normalize.Result, a, b int) bool {
	for _, e := range r.Edits {
		if e.NormStart <= b && a <= e.NormEnd {
			return true
		}
	}
	return false
}

func TestOffsetMapProperties(t *testing.T) {
	n := newNormalizer(t)
	inputs := map[string]string{
		"mixed":     "l\u2019IA\u00a0: caf&eacute; dÃ©posÃ©\u00ad, Me\u0301ta:\u201dOui\u201d \xff fin",
		"deletions": "\u200b\u200bA\u00adB\u200b",
		"insertion": "une”acqui-embauche”stratégique:”Bien",
		"garbled":   "Échelle Ai allègue. l’échelle AI, a déposé. Le client de l’échelle, XAI.",
		"empty":     "",
	}
	for _, f := range []string{"scale-mercor-mt.fr.txt", "scale-mercor.fr.txt"} {
		if s, ok := trySample(f); ok {
			inputs[f] = s
		}
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			r, err := n.Normalize(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			checkMap(t, r)
		})
	}
}

func TestZeroResult(t *testing.T) {
	var r normalize.Result
	if s, e := r.Span(3, 7); s != 3 || e != 7 {
		t.Errorf("zero Result Span(3,7) = %d,%d, want identity", s, e)
	}
}

func TestSpanWidens(t *testing.T) {
	n := newNormalizer(t)
	in := "Elon Musk XAI ont commencé"
	r, err := n.Normalize(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(r.Text, "xAI")
	if i < 0 {
		t.Fatalf("no repair in %q", r.Text)
	}
	// a span covering "Musk xAI" maps to "Musk XAI"; one inside "xAI" to all of "XAI"
	if s, e := r.Span(i-5, i+3); in[s:e] != "Musk XAI" {
		t.Errorf("Span = %q, want %q", in[s:e], "Musk XAI")
	}
	if s, e := r.Span(i+1, i+2); in[s:e] != "XAI" {
		t.Errorf("Span inside = %q, want %q", in[s:e], "XAI")
	}
}

func TestNormalizeContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newNormalizer(t).Normalize(ctx, "texte")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestConcurrent(t *testing.T) {
	n := newNormalizer(t)
	in := "Le procès déposé par Ai à l’échelle peint un tableau. Échelle Ai allègue:”tout”."
	want, err := n.Normalize(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, err := n.Normalize(context.Background(), in)
				if err != nil || got.Text != want.Text || len(got.Edits) != len(want.Edits) {
					t.Errorf("concurrent result differs: %q %v", got.Text, err)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestWithNamesOff(t *testing.T) {
	n := newNormalizer(t, normalize.WithNames(false))
	r, err := n.Normalize(context.Background(), "Échelle Ai allègue")
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Échelle Ai allègue" || len(r.Edits) != 0 {
		t.Errorf("with names off: %q, %d edits", r.Text, len(r.Edits))
	}
}

func TestValidUTF8Out(t *testing.T) {
	r, err := normalize.Normalize("\xc3\x28 \xe2\x82 Ã\xa9 &#xD800; \xf4\x90\x80\x80")
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(r.Text) {
		t.Errorf("invalid UTF-8 out: %q", r.Text)
	}
	checkMap(t, r)
}
