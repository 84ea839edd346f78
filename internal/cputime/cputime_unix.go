//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Process gives the CPU time the process has used so far, user and
// system, on every thread (the garbage collector's too); 0 when the
// system does not tell.
func Process() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
