// Package cputime measures the CPU time of the process, for benchmarks
// that report it beside the wall time: on a machine shared with other
// work the wall time grows with the load, the CPU time does not.
//
//	start := cputime.Process()
//	… n operations …
//	b.ReportMetric(float64((cputime.Process()-start).Nanoseconds())/float64(n), "cpu-ns/op")
package cputime
