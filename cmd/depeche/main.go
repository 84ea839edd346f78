// Command depeche turns business news articles into structured,
// verifiable data: languages, repaired text, money amounts, entities,
// dates and events, as the depeche/v1 JSON document.
//
// Usage:
//
//	depeche extract [flags] [FILE ...]
//	depeche money [--lang TAG] [TEXT ...]
//	depeche normalize [--edits] [FILE]
//	depeche version
//
// Run "depeche help" or "depeche COMMAND -h" for the flags. Exit status is
// 0 when every record was analysed, 1 when one or more failed, 2 for bad
// usage or an unreadable input file.
//
// Unless GOMEMLIMIT is set, the command asks the Go runtime to keep its
// memory near 256 MiB: lingua's models take about 200 MiB of live heap, and
// the default collector would let a long batch grow to twice that.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// defaultMemoryLimit is the soft memory limit the command sets when the
// environment does not (GOMEMLIMIT).
const defaultMemoryLimit = 256 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	// A write to a closed pipe then fails with EPIPE, which ends the run
	// quietly with status 0, instead of killing the process.
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
