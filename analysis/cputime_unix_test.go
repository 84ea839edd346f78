//go:build unix

package analysis_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process used so far (user and system), so that speed
// figures do not depend on how busy the machine is.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
