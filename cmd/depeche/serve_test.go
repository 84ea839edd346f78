package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/server"
	"github.com/depeche-nlp/depeche/webpage"
)

// TestServeBatchLikeExtract checks that the server's batch endpoint gives,
// line for line, what "extract --jsonl" gives for the same input.
func TestServeBatchLikeExtract(t *testing.T) {
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	input := strings.Join([]string{
		`{"id": "a", "text": "La société a levé 3 millions d'euros.", "published": "2025-09-05", "lang": "fr"}`,
		`{"id": "b", "text": `,
		``,
		`{"id": 7, "html": "<p>Bonjour</p>"}`,
		`{"id": "d"}`,
		"{\"id\": \"e\", \"text\": \"caf\xe9\"}",
		`{"id": "f", "text": "Ok.", "published": "hier"}`,
		`{"id": "g", "lang": "fr", "published": "2025-09-05", "text": ` + quote(string(text)) + `}`,
	}, "\n")
	_, want, _ := call(t, input, "extract", "--jsonl", "--quiet")

	p, err := extract.New(extract.Config{HTML: webpage.Reader{}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := server.New(server.Config{Logger: discardLogger()})
	if err != nil {
		t.Fatal(err)
	}
	s.Ready(p)
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, err := http.Post(ts.URL+"/v1/extract/batch", "application/x-ndjson", strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if string(got) != want {
		t.Errorf("server batch and extract --jsonl differ:\nserver: %.2000s\n   cli: %.2000s", got, want)
	}
}

func TestServeUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		err  string
	}{
		{"certificate without key", []string{"serve", "--tls-cert", "cert.pem"}, "key"},
		{"negative limit", []string{"serve", "--max-body", "-1"}, "negative"},
		{"argument", []string{"serve", "extra"}, `unexpected argument "extra"`},
		{"bad address", []string{"serve", "--addr", "localhost:x"}, "listen tcp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := call(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.err) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, tt.err)
			}
		})
	}
}

// TestServeShutdown starts "depeche serve" on a free port, asks it for
// /healthz and stops it as SIGTERM would: it exits 0.
func TestServeShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int)
	go func() {
		code := run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, pw)
		pw.Close()
		done <- code
	}()
	lines := bufio.NewScanner(pr)
	var addr string
	for addr == "" && lines.Scan() {
		if _, rest, ok := strings.Cut(lines.Text(), `"msg":"listening","addr":"`); ok {
			addr, _, _ = strings.Cut(rest, `"`)
		}
	}
	go io.Copy(io.Discard, pr)
	if addr == "" {
		t.Fatal("no listening line")
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz: %d", resp.StatusCode)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d after shutdown; want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// quote gives s as a JSON string.
func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
