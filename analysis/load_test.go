package analysis

import (
	"runtime"
	"testing"
)

// BenchmarkLoad measures the start-up of each language: decompressing and checking its
// bundle. It reports the heap the loaded bundle keeps.
func BenchmarkLoad(b *testing.B) {
	for _, lang := range languages {
		b.Run(lang, func(b *testing.B) {
			var before, after runtime.MemStats
			var kept any
			b.ReportAllocs()
			for b.Loop() {
				runtime.GC()
				runtime.ReadMemStats(&before)
				bundle, err := loadBundle(lang)
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				kept = bundle
			}
			runtime.KeepAlive(kept)
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
		})
	}
}
