package entities

import "testing"

// TestExcluded checks the lookup of excluded spans, which must hold when
// the caller's spans nest, overlap, touch or are empty.
func TestExcluded(t *testing.T) {
	spans := []Span{{30, 40}, {0, 100}, {10, 20}, {120, 130}, {125, 140}, {140, 150}, {160, 160}}
	d := &doc{except: mergeSpans(spans)}
	tests := []struct {
		name       string
		start, end int
		want       bool
	}{
		{"inside the outer span, after the nested ones", 50, 60, true},
		{"inside a nested span", 12, 14, true},
		{"straddling the outer span's end", 95, 105, true},
		{"between spans", 100, 120, false},
		{"inside two overlapping spans", 126, 128, true},
		{"across touching spans", 138, 142, true},
		{"at an empty span", 155, 165, false},
		{"after every span", 200, 210, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.excluded(tt.start, tt.end); got != tt.want {
				t.Errorf("excluded(%d, %d) = %v, want %v", tt.start, tt.end, got, tt.want)
			}
		})
	}
	if got := mergeSpans(spans); len(got) != 2 || got[0] != (Span{0, 100}) || got[1] != (Span{120, 150}) {
		t.Errorf("mergeSpans = %v, want [{0 100} {120 150}]", got)
	}
}
