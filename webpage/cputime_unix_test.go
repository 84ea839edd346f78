//go:build unix

package webpage_test

import (
	"syscall"
	"time"
)

// cpuTime gives the CPU time the process has used, user and system, on
// every thread (the garbage collector's too).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
