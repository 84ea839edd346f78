package nercorpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"path/filepath"

	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/internal/gzfile"
)

// Split is the part of the data a document belongs to.
type Split int

// The splits: about 70% train, 10% dev, 20% test of each corpus.
const (
	Train Split = iota + 1
	Dev
	Test
)

func (s Split) String() string {
	switch s {
	case Train:
		return "train"
	case Dev:
		return "dev"
	case Test:
		return "test"
	}
	return "none"
}

// Name is a gold name: a byte span of the document's text and its type.
// Kind is KindUnknown for a MISC name.
type Name struct {
	Start, End int
	Kind       gazetteer.Kind
}

// Doc is one document: its records joined by line breaks.
type Doc struct {
	Key       string // the identity the split is drawn from
	File      string // the corpus file, relative to the ner folder
	Lang      string
	Text      string
	Names     []Name
	Annotated []gazetteer.Kind // of PERSON, ORG, LOC
	// TrainOnly marks a noisy source that is never evaluated (the
	// pre-release UNER English-EWT train).
	TrainOnly bool
	Split     Split
}

// File is a corpus file and the language it holds.
type File struct {
	Path string // relative to the ner folder
	Lang string
}

// Files lists the corpus files per language, in a fixed order.
var Files = []File{
	{"fr/winer-fr.jsonl.gz", "fr"},
	{"en/uner-en_ewt.jsonl.gz", "en"},
	{"en/uner-en_ewt-train-prerelease.jsonl.gz", "en"},
	{"en/uner-en_pud.jsonl", "en"},
	{"en/gum-open-genres.jsonl.gz", "en"},
	{"de/germeval2014.jsonl.gz", "de"},
	{"de/uner-de_pud.jsonl", "de"},
}

type record struct {
	ID         string `json:"id"`
	Lang       string `json:"lang"`
	Text       string `json:"text"`
	DocID      string `json:"doc_id"`
	URL        string `json:"url"`
	Prerelease bool   `json:"prerelease"`
	Entities   []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
	} `json:"entities"`
	TypesAnnotated []string `json:"types_annotated"`
}

// ErrRecord reports a record that cannot be read.
var ErrRecord = errors.New("nercorpus: bad record")

// Read reads the documents of the files of lang under dir (the ner
// folder), in file order and, within a file, in record order.
func Read(dir, lang string) ([]Doc, error) {
	var out []Doc
	for _, f := range Files {
		if f.Lang != lang {
			continue
		}
		docs, err := readFile(dir, f)
		if err != nil {
			return nil, err
		}
		out = append(out, docs...)
	}
	return out, nil
}

func readFile(dir string, f File) ([]Doc, error) {
	r, err := gzfile.Open(filepath.Join(dir, f.Path))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	var out []Doc
	line := 0
	for sc.Scan() {
		line++
		var rec record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %w", ErrRecord, f.Path, line, err)
		}
		key := rec.DocID
		if key == "" {
			key = rec.URL
		}
		if key == "" {
			key = rec.ID
		}
		if n := len(out); n == 0 || out[n-1].Key != key {
			out = append(out, Doc{Key: key, File: f.Path, Lang: f.Lang, TrainOnly: rec.Prerelease, Annotated: kinds(rec.TypesAnnotated)})
		}
		d := &out[len(out)-1]
		base := 0
		if d.Text != "" {
			d.Text += "\n"
			base = len(d.Text)
		}
		d.Text += rec.Text
		for _, e := range rec.Entities {
			if e.Start < 0 || e.End > len(rec.Text) || e.Start >= e.End {
				return nil, fmt.Errorf("%w: %s:%d: entity [%d,%d) out of the text", ErrRecord, f.Path, line, e.Start, e.End)
			}
			k, _ := gazetteer.ParseKind(e.Type) // MISC: KindUnknown
			d.Names = append(d.Names, Name{Start: base + e.Start, End: base + e.End, Kind: k})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	for i := range out {
		out[i].Split = SplitOf(out[i])
	}
	return out, nil
}

func kinds(types []string) []gazetteer.Kind {
	var out []gazetteer.Kind
	for _, t := range types {
		if k, err := gazetteer.ParseKind(t); err == nil && k != gazetteer.KindUnknown {
			out = append(out, k)
		}
	}
	return out
}

// SplitOf returns the split of a document: a hash of its key (document
// id, article URL or record id) modulo 10: 0–1 test, 2 dev, else train.
// Noisy training-only sources are always train.
func SplitOf(d Doc) Split {
	if d.TrainOnly {
		return Train
	}
	h := fnv.New64a()
	h.Write([]byte(d.Key))
	switch h.Sum64() % 10 {
	case 0, 1:
		return Test
	case 2:
		return Dev
	}
	return Train
}
