package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/server"
	"github.com/depeche-nlp/depeche/webpage"
)

// runServe is "depeche serve": the HTTP API until ctx is done (SIGTERM or
// interrupt), then a graceful shutdown.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "[flags]", stderr)
	var cfg server.Config
	var gazetteer stringList
	addr := fs.String("addr", "localhost:8080", "`host:port` to listen on")
	fs.Int64Var(&cfg.MaxBodyBytes, "max-body", server.DefaultMaxBodyBytes, "largest body of /v1/extract, in `bytes`")
	fs.Int64Var(&cfg.MaxBatchBytes, "max-batch", server.DefaultMaxBatchBytes, "largest body of /v1/extract/batch, in `bytes`")
	fs.IntVar(&cfg.MaxInFlight, "max-in-flight", 0, "extraction `requests` served at once, more get 429 (0: 4 × GOMAXPROCS)")
	fs.DurationVar(&cfg.Timeout, "timeout", server.DefaultTimeout, "deadline of a /v1/extract request (504 beyond)")
	fs.DurationVar(&cfg.BatchTimeout, "batch-timeout", server.DefaultBatchTimeout, "deadline of a /v1/extract/batch request")
	fs.DurationVar(&cfg.ReadTimeout, "read-timeout", server.DefaultReadTimeout, "time to read a request's headers and body, or a batch record")
	fs.DurationVar(&cfg.WriteTimeout, "write-timeout", server.DefaultWriteTimeout, "time to write a response, or a batch line")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", server.DefaultShutdownTimeout, "time given to requests in flight on shutdown")
	fs.StringVar(&cfg.TLSCertFile, "tls-cert", "", "serve HTTPS with this certificate `FILE` (PEM; needs --tls-key)")
	fs.StringVar(&cfg.TLSKeyFile, "tls-key", "", "the private key `FILE` of --tls-cert (PEM)")
	fs.Var(&gazetteer, "gazetteer", "add the names of `FILE` (TSV or JSON, see package gazetteer) to the known ones; repeatable")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "depeche serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	cfg.Logger = log
	s, err := server.New(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "depeche serve: %v\n", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "depeche serve: %v\n", err)
		return exitUsage
	}
	log.Info("listening", "addr", ln.Addr().String(), "tls", cfg.TLSCertFile != "")
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	loadErr := make(chan error, 1)
	go func() {
		p, err := extract.New(extract.Config{Preload: true, GazetteerFiles: gazetteer, HTML: webpage.Reader{}})
		if err != nil {
			loadErr <- err
			cancel()
			return
		}
		s.Ready(p)
		log.Info("ready")
	}()
	if err := s.Serve(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "depeche serve: %v\n", err)
		return exitFailed
	}
	select {
	case err := <-loadErr:
		fmt.Fprintf(stderr, "depeche serve: %v\n", err)
		return exitUsage
	default:
	}
	log.Info("stopped")
	return exitOK
}
