package dates

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestCalendarEdges checks that relative dates stop at the years 1–9999
// that ISO 8601 writes in four digits: past them an expression has no
// value in Find, and Parse fails with ErrRange.
func TestCalendarEdges(t *testing.T) {
	last := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	second := time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC) // the zero time, 0001-01-01, means no reference
	tests := []struct {
		name string
		ref  time.Time
		in   string
		want string // "" for no value
	}{
		{"tomorrow of the last day", last, "demain", ""},
		{"yesterday of the last day", last, "hier", "9999-12-30"},
		{"the day before yesterday of the second day", second, "avant-hier", ""},
		{"yesterday of the second day", second, "hier", "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := Find(tt.in, WithReference(tt.ref), WithLanguage(language.French))
			if len(found) != 1 || found[0].Value != tt.want {
				t.Fatalf("Find(%q) = %+v, want one expression valued %q", tt.in, found, tt.want)
			}
			_, err := Parse(tt.in, WithReference(tt.ref), WithLanguage(language.French))
			if tt.want == "" && !errors.Is(err, ErrRange) || tt.want != "" && err != nil {
				t.Errorf("Parse(%q) err = %v, want ErrRange only when there is no value", tt.in, err)
			}
		})
	}
}
