// Package gzfile opens the corpus and model files that the training and
// evaluation commands read, decompressing those whose names end in ".gz".
package gzfile

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Open opens the file at path for reading, through a gzip reader when its
// name ends in ".gz". Closing the result closes both. An error in the gzip
// header names the file.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &file{Reader: z, f: f}, nil
}

// file is a gzip reader over an open file.
type file struct {
	*gzip.Reader
	f *os.File
}

// Close closes the gzip reader and the file, and returns the first error.
func (g *file) Close() error {
	err := g.Reader.Close()
	if ferr := g.f.Close(); err == nil {
		err = ferr
	}
	return err
}
