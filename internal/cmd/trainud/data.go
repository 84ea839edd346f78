package main

import (
	"fmt"
	"path/filepath"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/udmodel"
)

// part is a file of the shared ud folder, or a slice of its sentences: [from, to) in tenths,
// so that a dev file can give a training part and a tuning part that never overlap.
type part struct {
	file     string // e.g. "de_gsd/de_gsd-ud-dev.conllu.gz"
	from, to int    // tenths of the sentences; 0, 0 means all
}

func (p part) name() string {
	base := filepath.Base(p.file)
	if p.from == 0 && p.to == 0 {
		return base
	}
	return fmt.Sprintf("%s [%d0%%–%d0%%)", base, p.from, p.to)
}

func all(file string) part { return part{file: file} }

// recipe is the data of one language: what it trains on, tunes on and is tested on.
type recipe struct {
	cfg   udmodel.Config
	train []part
	tune  []part
	test  []part
	notes string // licences and attributions for the model card
}

func readParts(ud string, parts []part) ([]*conllu.Sentence, error) {
	var out []*conllu.Sentence
	for _, p := range parts {
		ss, err := conllu.ReadFile(filepath.Join(ud, p.file))
		if err != nil {
			return nil, err
		}
		if p.from != 0 || p.to != 0 {
			ss = ss[len(ss)*p.from/10 : len(ss)*p.to/10]
		}
		out = append(out, ss...)
	}
	return out, nil
}
