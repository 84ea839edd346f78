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
// Run "depeche -h" or "depeche COMMAND -h" for the flags. Exit status is
// 0 when every record was analysed, 1 when one or more failed (or the run
// was stopped by SIGTERM or SIGINT), 2 for bad usage or a single input
// file that cannot be read. A closed standard output ends any command
// quietly with status 0. docs/SCHEMA.md states the whole contract.
//
// Unless GOMEMLIMIT is set, the command asks the Go runtime to keep its
// memory near 256 MiB: a loaded pipeline takes 136 MiB of live heap, and
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
