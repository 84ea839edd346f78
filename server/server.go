package server

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/jsonl"
)

// Defaults of Config.
const (
	// DefaultMaxBodyBytes leaves room for a text of extract.DefaultMaxBytes
	// with every byte escaped in JSON.
	DefaultMaxBodyBytes = jsonl.MaxLine
	// DefaultMaxBatchBytes bounds a batch body.
	DefaultMaxBatchBytes = 256 << 20
	// DefaultTimeout is the deadline of one extraction.
	DefaultTimeout = 30 * time.Second
	// DefaultBatchTimeout is the deadline of a batch.
	DefaultBatchTimeout = 10 * time.Minute
	// DefaultReadTimeout bounds the reading of a request's headers, of
	// its body, and of each record of a batch.
	DefaultReadTimeout = 30 * time.Second
	// DefaultWriteTimeout bounds the writing of a response, and of each
	// line of a batch's.
	DefaultWriteTimeout = 30 * time.Second
	// DefaultShutdownTimeout is how long Serve waits for requests in flight.
	DefaultShutdownTimeout = 30 * time.Second
)

// ErrConfig is wrapped by the errors of New for an invalid Config.
var ErrConfig = errors.New("server: invalid configuration")

// Extractor analyses articles, one (Extract) or a stream (ExtractAll, in
// input order); *extract.Pipeline is one. It must be safe for concurrent
// use.
type Extractor interface {
	Extract(ctx context.Context, a extract.Article) (*extract.Document, error)
	ExtractAll(ctx context.Context, articles iter.Seq[extract.Article]) iter.Seq[extract.Result]
}

// Config configures a Server. The zero Config gives the defaults; a
// negative limit is an error.
type Config struct {
	// MaxBodyBytes limits the body of POST /v1/extract (413 beyond).
	// Zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxBatchBytes limits the body of POST /v1/extract/batch. Zero means
	// DefaultMaxBatchBytes.
	MaxBatchBytes int64
	// MaxInFlight is how many extraction requests are served at once; more
	// get 429 with Retry-After. Zero means 4 × GOMAXPROCS.
	MaxInFlight int
	// Timeout is the deadline of a /v1/extract request, passed to the
	// Extractor as the context (504 beyond). Zero means DefaultTimeout.
	Timeout time.Duration
	// BatchTimeout is the deadline of a /v1/extract/batch request: the
	// records not done by then get "canceled" error records, and a last
	// "timeout" error record says where reading stopped. Zero means
	// DefaultBatchTimeout.
	BatchTimeout time.Duration
	// ReadTimeout bounds the reading of a request's headers and body, and
	// of each record of a batch (408 beyond). Zero means
	// DefaultReadTimeout.
	ReadTimeout time.Duration
	// WriteTimeout bounds the writing of a response, and of each line of
	// a batch's, after the extraction. Zero means DefaultWriteTimeout.
	WriteTimeout time.Duration
	// ShutdownTimeout is how long Serve waits for the requests in flight
	// once its context is done. Zero means DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
	// TLSCertFile and TLSKeyFile, when both set, make Serve speak HTTPS
	// (and HTTP/2) with this certificate and key, PEM-encoded.
	TLSCertFile, TLSKeyFile string
	// Logger receives one line per request, never with article text. Nil
	// means slog.Default().
	Logger *slog.Logger
}

// Server is the depeche HTTP API, an http.Handler. It is safe for
// concurrent use.
type Server struct {
	cfg     Config
	tls     *tls.Config
	log     *slog.Logger
	mux     *http.ServeMux
	metrics *metrics
	slots   chan struct{}
	created time.Time
	x       atomic.Pointer[extractor]
}

// extractor boxes an Extractor for atomic.Pointer.
type extractor struct{ Extractor }

// New builds a server from cfg. It answers extraction requests with 503
// until Ready gives it an Extractor. An invalid configuration, or TLS
// files that cannot be loaded, give an error wrapping ErrConfig.
func New(cfg Config) (*Server, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Logger, created: time.Now(), slots: make(chan struct{}, cfg.MaxInFlight)}
	if s.log == nil {
		s.log = slog.Default()
	}
	if (cfg.TLSCertFile == "") != (cfg.TLSKeyFile == "") {
		return nil, fmt.Errorf("%w: a TLS certificate needs its key, and a key its certificate", ErrConfig)
	}
	if cfg.TLSCertFile != "" {
		cert, err := tls.LoadX509KeyPair(cfg.TLSCertFile, cfg.TLSKeyFile)
		if err != nil {
			return nil, fmt.Errorf("%w: TLS: %w", ErrConfig, err)
		}
		s.tls = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}
	s.metrics = newMetrics()
	s.routes()
	return s, nil
}

// defaults fills the zero fields of c and checks the others.
func (c *Config) defaults() error {
	limits := []struct {
		name string
		v    *int64
		def  int64
	}{{"MaxBodyBytes", &c.MaxBodyBytes, DefaultMaxBodyBytes}, {"MaxBatchBytes", &c.MaxBatchBytes, DefaultMaxBatchBytes}}
	for _, l := range limits {
		if *l.v < 0 {
			return fmt.Errorf("%w: %s is negative", ErrConfig, l.name)
		}
		if *l.v == 0 {
			*l.v = l.def
		}
	}
	durations := []struct {
		name string
		v    *time.Duration
		def  time.Duration
	}{
		{"Timeout", &c.Timeout, DefaultTimeout},
		{"BatchTimeout", &c.BatchTimeout, DefaultBatchTimeout},
		{"ReadTimeout", &c.ReadTimeout, DefaultReadTimeout},
		{"WriteTimeout", &c.WriteTimeout, DefaultWriteTimeout},
		{"ShutdownTimeout", &c.ShutdownTimeout, DefaultShutdownTimeout},
	}
	for _, d := range durations {
		if *d.v < 0 {
			return fmt.Errorf("%w: %s is negative", ErrConfig, d.name)
		}
		if *d.v == 0 {
			*d.v = d.def
		}
	}
	if c.MaxInFlight < 0 {
		return fmt.Errorf("%w: MaxInFlight is negative", ErrConfig)
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = 4 * runtime.GOMAXPROCS(0)
	}
	return nil
}

// Ready makes the server answer extraction requests with x, and /readyz
// report ready. The time since New is reported as the model-load time, so
// build the Extractor (with extract.Config.Preload) between the two.
func (s *Server) Ready(x Extractor) {
	s.metrics.modelLoad.Set(time.Since(s.created).Seconds())
	s.x.Store(&extractor{x})
}

// extractor returns the Extractor given to Ready, or nil.
func (s *Server) extractor() Extractor {
	if e := s.x.Load(); e != nil {
		return e.Extractor
	}
	return nil
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// Serve accepts connections on ln until ctx is done, then stops accepting,
// waits up to Config.ShutdownTimeout for the requests in flight and
// returns. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadTimeout,
		IdleTimeout:       2 * s.cfg.ReadTimeout,
		TLSConfig:         s.tls,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() {
		if s.tls != nil {
			errc <- srv.ServeTLS(ln, "", "")
		} else {
			errc <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}
