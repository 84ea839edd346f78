package dates

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestTry(t *testing.T) {
	in := os.Getenv("TRY")
	if in == "" {
		t.Skip()
	}
	ref := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, a := range strings.Split(in, "|") {
		if b, err := os.ReadFile(a); err == nil {
			a = string(b)
		}
		for _, e := range Find(a, WithReference(ref)) {
			fmt.Printf("%q %s %s %s rel=%v mod=%s base=%s\n", e.Text, e.Kind, e.Value, e.Precision, e.Relative, e.Mod, e.Base)
		}
	}
}
