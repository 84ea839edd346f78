package utf8pos

import "testing"

func TestFirstInvalid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"ascii", "Airbus", 6},
		{"accents", "levée", 6},
		{"stray byte", "caf\xff\xff", 3},
		{"cut rune at the end", "lev\xc3", 3},
		{"encoded replacement char is valid", "a\uFFFDb", 5},
		{"surrogate half", "a\xed\xa0\x80", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FirstInvalid(tt.in); got != tt.want {
				t.Errorf("FirstInvalid(%q) = %d, want %d", tt.in, got, tt.want)
			}
			if got := FirstInvalid([]byte(tt.in)); got != tt.want {
				t.Errorf("FirstInvalid([]byte(%q)) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}
