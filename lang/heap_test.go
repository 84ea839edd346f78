//go:build !race

package lang_test

import (
	"testing"

	"github.com/depeche-nlp/depeche/internal/heaptest"
	"github.com/depeche-nlp/depeche/lang"
)

// maxModelHeap bounds the live heap that lingua's models for the default
// languages take once loaded; README and docs/PERFORMANCE.md state the
// figure this test logs.
const maxModelHeap = 160 << 20

// TestModelHeap measures the live heap the models take ("go test ./lang
// -run TestModelHeap -v"), in a process of its own and not under the race
// detector, which changes the figure.
func TestModelHeap(t *testing.T) {
	grown, ok := heaptest.Live(t, func() (any, error) {
		d, err := lang.New(nil)
		if err != nil {
			return nil, err
		}
		d.Preload()
		return d, nil
	})
	if !ok {
		return
	}
	t.Logf("lingua's models for %d languages: %.1f MiB of live heap", len(lang.DefaultLanguages()), float64(grown)/(1<<20))
	if grown > maxModelHeap {
		t.Errorf("the models take %d MiB, over %d MiB", grown>>20, maxModelHeap>>20)
	}
}
