package tagger

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"
)

//go:embed models
var modelFS embed.FS

// ErrNoModel reports a language without a model.
var ErrNoModel = errors.New("tagger: no model for language")

// Langs lists the languages with an embedded model.
var Langs = []string{"fr", "en", "de"}

var loaders = func() map[string]func() (*Model, error) {
	m := map[string]func() (*Model, error){}
	for _, lang := range Langs {
		m[lang] = sync.OnceValues(func() (*Model, error) { return load(lang) })
	}
	return m
}()

// ForLang returns the embedded model of a language ("fr", "en", "de"),
// decoded on first use and shared afterwards. A language without a model
// gives an error wrapping ErrNoModel.
func ForLang(lang string) (*Model, error) {
	f, ok := loaders[lang]
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrNoModel, lang)
	}
	return f()
}

func load(lang string) (*Model, error) {
	b, err := fs.ReadFile(modelFS, "models/"+lang+".dptg")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w %q", ErrNoModel, lang)
	}
	if err != nil {
		return nil, err
	}
	m, err := Decode(b, lang)
	if err != nil {
		return nil, fmt.Errorf("tagger: model %s: %w", lang, err)
	}
	return m, nil
}
