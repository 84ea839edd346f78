// Command depeche turns business news articles into structured,
// verifiable data: languages, repaired text, money amounts, entities,
// dates and events, as the depeche/v1 JSON document.
//
// Usage:
//
//	depeche extract [flags] [FILE ...]
//	depeche money [--lang CODE] [TEXT ...]
//	depeche normalize [--edits] [FILE]
//	depeche version
//
// Run "depeche help" or "depeche COMMAND -h" for the flags. Exit status is
// 0 when every record was analysed, 1 when one or more failed, 2 for bad
// usage or an unreadable input file.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
