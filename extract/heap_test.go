//go:build !race

package extract_test

import (
	"context"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/heaptest"
)

// maxPipelineHeap bounds the live heap of a loaded Pipeline (lingua's
// models, prose's, the gazetteer and the word tables); README and
// docs/PERFORMANCE.md state the figure this test logs.
const maxPipelineHeap = 180 << 20

// TestPipelineHeap measures the live heap a Pipeline takes once its
// models are loaded ("go test ./extract -run TestPipelineHeap -v"), in a
// process of its own and not under the race detector, which changes the
// figure.
func TestPipelineHeap(t *testing.T) {
	grown, ok := heaptest.Live(t, func() (any, error) {
		p, err := extract.New(extract.Config{Preload: true})
		if err != nil {
			return nil, err
		}
		_, err = p.Extract(context.Background(), extract.Article{Text: "Meta a investi 14,3 milliards de dollars dans Scale AI. The deal closed."})
		return p, err
	})
	if !ok {
		return
	}
	t.Logf("a loaded Pipeline: %.1f MiB of live heap", float64(grown)/(1<<20))
	if grown > maxPipelineHeap {
		t.Errorf("a Pipeline takes %d MiB, over %d MiB", grown>>20, maxPipelineHeap>>20)
	}
}
