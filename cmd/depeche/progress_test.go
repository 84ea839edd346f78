package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name        string
		total       int
		size        int64
		done, bytes int64
		want        string // a prefix of the line
		eta         bool
	}{
		{name: "count unknown", done: 5, want: "5 articles, "},
		{name: "files counted", total: 20, done: 5, want: "5/20 articles, ", eta: true},
		{name: "input size known", size: 1000, done: 5, bytes: 250, want: "5 articles, ", eta: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &progress{total: tt.total, size: tt.size, start: time.Now().Add(-10 * time.Second)}
			p.done.Store(tt.done)
			p.read.Store(tt.bytes)
			got := p.line()
			if !strings.HasPrefix(got, tt.want) || strings.Contains(got, "ETA") != tt.eta {
				t.Errorf("line() = %q, want %q… with ETA %v", got, tt.want, tt.eta)
			}
			if tt.size > 0 && !strings.Contains(got, "25%, ETA 30s") {
				t.Errorf("line() = %q, want 25%% done and 30 s left", got)
			}
		})
	}
}

func TestLoading(t *testing.T) {
	var b bytes.Buffer
	l := startLoading(&b, true)
	l.end()
	if !strings.HasPrefix(b.String(), "loading models…") || !strings.HasSuffix(b.String(), "\r\033[K") {
		t.Errorf("loading wrote %q: want the message, then erased", b.String())
	}
	b.Reset()
	startLoading(&b, false).end()
	if b.Len() != 0 {
		t.Errorf("hidden loading wrote %q", b.String())
	}
}

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, make([]byte, 100), 0o644)
	os.WriteFile(b, make([]byte, 20), 0o644)
	if got := inputSize([]string{a, b}, nil); got != 120 {
		t.Errorf("two files: %d, want 120", got)
	}
	if got := inputSize([]string{a, "-"}, strings.NewReader("x")); got != 0 {
		t.Errorf("with a stdin that is not a file: %d, want 0", got)
	}
	f, err := os.Open(a)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := inputSize([]string{"-"}, f); got != 100 {
		t.Errorf("stdin redirected from a file: %d, want 100", got)
	}
	if sameTerminal(&bytes.Buffer{}, f) {
		t.Error("a buffer and a file are the same terminal")
	}
}
