package server

import (
	"bytes"
	"context"
	"io"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
)

// fake is an Extractor that returns a document holding the text, after
// waiting for release (when set) or for its context.
type fake struct {
	release chan struct{} // nil: answer at once
	started chan struct{} // when set, told of each call
}

func (f *fake) Extract(ctx context.Context, a extract.Article) (*extract.Document, error) {
	if a.HTML != "" && a.Text == "" {
		return nil, extract.ErrHTMLUnsupported
	}
	if f.started != nil {
		f.started <- struct{}{}
	}
	if f.release != nil {
		select {
		case <-f.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &extract.Document{Schema: extract.Schema, ID: a.ID, Text: a.Text, Language: extract.Language{Code: a.Lang.String()}}, nil
}

// ExtractAll analyses the articles one by one, in order.
func (f *fake) ExtractAll(ctx context.Context, articles iter.Seq[extract.Article]) iter.Seq[extract.Result] {
	return func(yield func(extract.Result) bool) {
		i := 0
		for a := range articles {
			doc, err := f.Extract(ctx, a)
			if !yield(extract.Result{Index: i, Article: a, Document: doc, Err: err}) {
				return
			}
			i++
		}
	}
}

// syncBuffer is a buffer that the server's logger and the test may use at
// once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a Server running on a loopback port.
type testServer struct {
	*Server
	url  string
	logs *syncBuffer
	stop func() error // shuts down and returns Serve's error
}

// start runs a Server with cfg on a loopback port, ready with x unless x
// is nil, until the test ends.
func start(t *testing.T, cfg Config, x Extractor) *testServer {
	t.Helper()
	logs := &syncBuffer{}
	cfg.Logger = slog.New(slog.NewJSONHandler(logs, nil))
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if x != nil {
		s.Ready(x)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	var once sync.Once
	var serr error
	stop := func() error {
		once.Do(func() {
			cancel()
			serr = <-done
		})
		return serr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	scheme := "http://"
	if cfg.TLSCertFile != "" {
		scheme = "https://"
	}
	return &testServer{Server: s, url: scheme + ln.Addr().String(), logs: logs, stop: stop}
}

// post sends body to url with the content type and returns the status,
// the body and the response's headers.
func post(t *testing.T, url, contentType string, body io.Reader) (int, string, http.Header) {
	t.Helper()
	return send(t, http.MethodPost, url, contentType, body)
}

// send sends a request and returns the status, the body and the
// response's headers.
func send(t *testing.T, method, url, contentType string, body io.Reader) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header
}

// get fetches url and returns the status and the body.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// zeros is a reader of n zero bytes that holds none of them in memory.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), z.n)
	clear(p[:k])
	z.n -= k
	return int(k), nil
}

// slowReader gives one byte of s every interval.
type slowReader struct {
	s        string
	interval time.Duration
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	time.Sleep(r.interval)
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// waitFor polls cond for up to 5 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// hasCode reports whether body is a JSON error with code.
func hasCode(body, code string) bool {
	return strings.Contains(body, `"code":"`+code+`"`) && strings.HasPrefix(body, `{"error":`)
}
