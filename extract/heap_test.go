//go:build !race

package extract_test

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
)

// maxPipelineHeap bounds the live heap of a loaded Pipeline (lingua's
// models, prose's, the gazetteer and the word tables); README and
// docs/PERFORMANCE.md state the figure this test logs.
const maxPipelineHeap = 180 << 20

// TestPipelineHeap measures the live heap a Pipeline takes once its
// models are loaded ("go test ./extract -run TestPipelineHeap -v"). It
// measures in a process of its own, where no other test has loaded them,
// and not under the race detector, which changes the figure.
func TestPipelineHeap(t *testing.T) {
	if os.Getenv("DEPECHE_MEASURE_HEAP") != "1" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPipelineHeap$", "-test.v")
		cmd.Env = append(os.Environ(), "DEPECHE_MEASURE_HEAP=1")
		out, err := cmd.CombinedOutput()
		t.Logf("%s", out)
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	before := liveHeap()
	p, err := extract.New(extract.Config{Preload: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Extract(context.Background(), extract.Article{Text: "Meta a investi 14,3 milliards de dollars dans Scale AI. The deal closed."}); err != nil {
		t.Fatal(err)
	}
	after := liveHeap()
	runtime.KeepAlive(p)
	grown := int64(after) - int64(before)
	t.Logf("a loaded Pipeline: %.1f MiB of live heap", float64(grown)/(1<<20))
	if grown > maxPipelineHeap {
		t.Errorf("a Pipeline takes %d MiB, over %d MiB", grown>>20, maxPipelineHeap>>20)
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
