package segment_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoHeavyDependencies checks that the package stays free of lingua-go and prose, which the
// packages using it must not carry.
func TestNoHeavyDependencies(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found")
	}
	out, err := exec.Command(gobin, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for dep := range strings.FieldsSeq(string(out)) {
		for _, banned := range []string{"github.com/pemistahl/lingua-go", "github.com/jdkato/prose", "gopkg.in/neurosnap/sentences"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("segment depends on %s", dep)
			}
		}
	}
}
