//go:build !unix

package analysis_test

import "time"

var start = time.Now()

// cpuTime stands in for the process CPU time where getrusage is missing: wall time.
func cpuTime() time.Duration { return time.Since(start) }
