package analysis

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/depeche-nlp/depeche/internal/udmodel"
)

// The trained bundles, one per language (models/LANG.bin.gz), each with its model card
// (models/LANG.md). internal/cmd/trainud writes them.
//
//go:embed models
var modelFS embed.FS

// ErrNoModel is the sentinel for a language without a model.
var ErrNoModel = errors.New("analysis: no model for this language")

// languages lists the languages this package has tables for, in a fixed order.
var languages = []string{"en", "fr", "de", "es", "it"}

// Languages returns the codes of the languages the package can analyse.
func Languages() []string { return append([]string(nil), languages...) }

// loaded holds the bundle of one language, loaded once.
type loaded struct {
	once   sync.Once
	bundle *udmodel.Bundle
	err    error
}

var bundles = func() map[string]*loaded {
	m := map[string]*loaded{}
	for _, l := range languages {
		m[l] = &loaded{}
	}
	return m
}()

// bundle returns the models of lang, decompressing them on first use.
func bundle(lang string) (*udmodel.Bundle, error) {
	l, ok := bundles[lang]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoModel, lang)
	}
	l.once.Do(func() { l.bundle, l.err = loadBundle(lang) })
	return l.bundle, l.err
}

func loadBundle(lang string) (*udmodel.Bundle, error) {
	z, err := modelFS.ReadFile("models/" + lang + ".bin.gz")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %q", ErrNoModel, lang)
	}
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil || len(z) < 4 {
		return nil, fmt.Errorf("analysis: model %s: %w", lang, err)
	}
	// The gzip trailer gives the size, so the bundle is read into one exact allocation.
	size := int(binary.LittleEndian.Uint32(z[len(z)-4:]))
	raw := make([]byte, size)
	if _, err := io.ReadFull(zr, raw); err != nil {
		return nil, fmt.Errorf("analysis: model %s: %w", lang, err)
	}
	b, err := udmodel.Load(raw)
	if err != nil {
		return nil, fmt.Errorf("analysis: model %s: %w", lang, err)
	}
	return b, nil
}
