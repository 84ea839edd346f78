//go:build !race

package lang_test

import (
	"os"
	"os/exec"
	"runtime"
	"testing"

	"github.com/depeche-nlp/depeche/lang"
)

// maxModelHeap bounds the live heap that lingua's models for the default
// languages take once loaded; README and docs/PERFORMANCE.md state the
// figure this test logs.
const maxModelHeap = 160 << 20

// TestModelHeap measures the live heap the models take ("go test ./lang
// -run TestModelHeap -v"). It measures in a process of its own, where no
// other test has loaded them, and not under the race detector, which
// changes the figure.
func TestModelHeap(t *testing.T) {
	if os.Getenv("DEPECHE_MEASURE_HEAP") != "1" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestModelHeap$", "-test.v")
		cmd.Env = append(os.Environ(), "DEPECHE_MEASURE_HEAP=1")
		out, err := cmd.CombinedOutput()
		t.Logf("%s", out)
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	before := liveHeap()
	d, err := lang.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	d.Preload()
	after := liveHeap()
	runtime.KeepAlive(d)
	grown := int64(after) - int64(before)
	t.Logf("lingua's models for %d languages: %.1f MiB of live heap", len(lang.DefaultLanguages()), float64(grown)/(1<<20))
	if grown > maxModelHeap {
		t.Errorf("the models take %d MiB, over %d MiB", grown>>20, maxModelHeap>>20)
	}
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
