package lang_test

import (
	"runtime"
	"testing"

	"github.com/depeche-nlp/depeche/lang"
)

// maxModelHeap bounds the live heap that lingua's models for the default
// languages take once loaded; README and docs/PERFORMANCE.md state the
// figure this test logs.
const maxModelHeap = 160 << 20

// TestModelHeap measures the live heap the models take: run it alone
// ("go test ./lang -run TestModelHeap -v"), since another test of the
// process may have loaded them already.
func TestModelHeap(t *testing.T) {
	before := liveHeap()
	d, err := lang.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	d.Preload()
	after := liveHeap()
	runtime.KeepAlive(d)
	grown := int64(after) - int64(before)
	if grown < 1<<20 {
		t.Skip("the models were already loaded by another test")
	}
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
