package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"syscall"
)

// Exit statuses, as docs/SCHEMA.md states them.
const (
	exitOK     = 0 // every record analysed
	exitFailed = 1 // one or more records failed
	exitUsage  = 2 // bad usage or unreadable input file
)

const usage = `usage:
  depeche extract [flags] [FILE ...]   analyse articles (no FILE or "-": standard input)
  depeche money [--lang TAG] [TEXT ...]
                                       find money amounts in each TEXT, else each input line
  depeche normalize [--edits] [FILE]   print the repaired text (--edits: JSON with the edits)
  depeche parse [--lang TAG] [--conllu] [FILE]
                                       print the words, lemmas, tags and dependency tree as CoNLL-U
  depeche serve [flags]                the HTTP API (default address localhost:8080)
  depeche render [--out DIR] [FILE]    draw extract's output as HTML: a document's page, a batch's index
  depeche version                      print the version (also --version)

Run "depeche COMMAND -h" for a command's flags. A language TAG is BCP 47:
fr, fr-FR, en-GB.
`

// run is the whole command: it parses args, reads stdin, writes results to
// stdout and diagnostics to stderr, and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return runExtract(ctx, rest, stdin, stdout, stderr)
	case "money":
		return runMoney(rest, stdin, stdout, stderr)
	case "render":
		return runRender(ctx, rest, stdin, stdout, stderr)
	case "normalize":
		return runNormalize(ctx, rest, stdin, stdout, stderr)
	case "parse":
		return runParse(ctx, rest, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "depeche", version())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "depeche: unknown command %q\n%s", cmd, usage)
	return exitUsage
}

// version is the module version the binary was built from, or "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// newFlagSet returns a flag set that reports errors to stderr and does
// not exit.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: depeche %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and gives the exit status to return when parsing
// stopped: ok is false on a bad flag or -h.
func parseFlags(fs *flag.FlagSet, args []string) (status int, ok bool) {
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	case err != nil:
		return exitUsage, false
	}
	return exitOK, true
}

// brokenPipe reports whether err comes from writing to a closed pipe, as
// when the output goes to "| head". The command then ends quietly.
func brokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, io.ErrClosedPipe)
}
