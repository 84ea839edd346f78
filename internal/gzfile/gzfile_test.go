package gzfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("packed"))
	w.Close()
	files := map[string][]byte{"plain.txt": []byte("plain"), "packed.txt.gz": gz.Bytes(), "bad.gz": []byte("not gzip")}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, file, want string
		wantErr          bool
	}{
		{name: "plain file read as is", file: "plain.txt", want: "plain"},
		{name: "gz file decompressed", file: "packed.txt.gz", want: "packed"},
		{name: "bad gzip header is an error", file: "bad.gz", wantErr: true},
		{name: "missing file is an error", file: "none.txt", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(filepath.Join(dir, tt.file))
			if tt.wantErr {
				if err == nil {
					r.Close()
					t.Fatal("Open: no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("read %q, want %q", got, tt.want)
			}
		})
	}
}
