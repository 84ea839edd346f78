package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the repository root, the folder of go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("testcorpus: cannot locate the repository")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Shared returns the path of ../shared/elem… beside the repository root,
// and skips the test when it is absent, as it is outside the project's
// own CI checkout.
func Shared(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Root(tb), "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared test material absent: %v", err)
	}
	return p
}

// Example returns the text of examples/testdata/name, one of the
// project's copies of the sample articles.
func Example(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(Root(tb), "examples", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
