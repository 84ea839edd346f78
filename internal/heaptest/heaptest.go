// Package heaptest measures the live heap that loaded models and tables
// keep, for tests that hold that figure to a bound.
//
// A figure measured in a test binary that has already run other tests
// would count what those tests left behind, so Live runs the calling test
// again in a child process of its own and measures there.
package heaptest

import (
	"os"
	"os/exec"
	"runtime"
	"testing"
)

// childEnv marks the child process in which Live measures.
const childEnv = "DEPECHE_MEASURE_HEAP"

// Live runs the calling top-level test again in a process of its own. In
// that child it calls load and returns the live heap, in bytes, that
// load's result keeps after a full collection, and true. In the parent it
// logs the child's output, fails the test if the child failed, and returns
// 0 and false: the caller then returns.
func Live(t *testing.T, load func() (any, error)) (int64, bool) {
	t.Helper()
	if os.Getenv(childEnv) != "1" {
		cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
		cmd.Env = append(os.Environ(), childEnv+"=1")
		out, err := cmd.CombinedOutput()
		t.Logf("%s", out)
		if err != nil {
			t.Fatal(err)
		}
		return 0, false
	}
	before := liveHeap()
	v, err := load()
	if err != nil {
		t.Fatal(err)
	}
	after := liveHeap()
	runtime.KeepAlive(v)
	return int64(after) - int64(before), true
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
