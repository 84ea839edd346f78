package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/internal/gzfile"
)

// The two parts of the development corpus. Blind articles are scored once,
// at the end of a piece of work; tune articles may be looked at freely.
const (
	partTune  = "tune"
	partBlind = "blind"
)

// sourceWritten names the articles written for the corpus to fill event
// types the news pool lacks; their texts are written/ID.txt in the gold
// folder, the others live in ../shared/corpora/news.
const sourceWritten = "written"

// partOf is the split rule, fixed before any article was annotated: an
// article is blind when the first byte of SHA-256(source + "/" + id) is
// divisible by 3.
func partOf(source, id string) string {
	if sha256.Sum256([]byte(source + "/" + id))[0]%3 == 0 {
		return partBlind
	}
	return partTune
}

// entry is one line of selection.tsv: an article chosen for the corpus.
type entry struct {
	Source, ID, Part string
}

// readSelection reads selection.tsv (columns: source, id, part; "#" lines
// are comments). An error names the file and line.
func readSelection(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated columns, got %d", path, line, len(cols))
		}
		out = append(out, entry{Source: cols[0], ID: cols[1], Part: cols[2]})
	}
	return out, sc.Err()
}

// gold is one annotated article: what a careful reader finds in it, in the
// format of ../shared/articles/gold (README.md there), pointing to its text
// by source file and id instead of holding it.
type gold struct {
	Source    string       `json:"source"`
	ID        string       `json:"id"`
	Published string       `json:"published"`
	Language  string       `json:"language"`
	Note      string       `json:"note,omitempty"`
	Entities  []goldEntity `json:"entities"`
	Events    []goldEvent  `json:"events"`

	path string // the gold file, for messages
	part string // the folder it lies in
}

// goldEntity gives an entity's canonical name and the other names that
// stand for it in the article.
type goldEntity struct {
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// goldEvent is an event of the article. Every value of a core role must be
// found for the event to count as found; Args gives every expected value
// of every role. Modality is an addition to the shared gold format.
type goldEvent struct {
	Type     string                 `json:"type"`
	Core     []string               `json:"core"`
	Args     map[string][]goldValue `json:"args"`
	Modality string                 `json:"modality,omitempty"`
	Date     string                 `json:"date,omitempty"`
	Optional bool                   `json:"optional,omitempty"`
}

// goldValue is an expected argument: a name or word (Text), or a sum of
// money (Value and Currency).
type goldValue struct {
	Text            string
	Value, Currency string
}

// UnmarshalJSON reads a string or a {"value", "currency"} object.
func (v *goldValue) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &v.Text)
	}
	var m struct {
		Value    string `json:"value"`
		Currency string `json:"currency"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	if m.Value == "" || m.Currency == "" {
		return errors.New("a money value needs value and currency")
	}
	v.Value, v.Currency = m.Value, m.Currency
	return nil
}

// isMoney reports whether v is a sum of money.
func (v goldValue) isMoney() bool { return v.Currency != "" }

// String renders v for messages.
func (v goldValue) String() string {
	if v.isMoney() {
		return v.Value + " " + v.Currency
	}
	return v.Text
}

// roles returns the event's roles in sorted order.
func (g goldEvent) roles() []string {
	rs := make([]string, 0, len(g.Args))
	for r := range g.Args {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return rs
}

// nargs is the number of expected argument values.
func (g goldEvent) nargs() int {
	n := 0
	for _, vs := range g.Args {
		n += len(vs)
	}
	return n
}

// readGold reads every gold file under dir/tune and dir/blind, in path
// order.
func readGold(dir string) ([]*gold, error) {
	var out []*gold
	for _, part := range []string{partTune, partBlind} {
		paths, err := filepath.Glob(filepath.Join(dir, part, "*.json"))
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			g := &gold{path: p, part: part}
			if err := json.Unmarshal(b, g); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			if err := g.check(); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			out = append(out, g)
		}
	}
	return out, nil
}

// check reports a gold file that cannot be scored.
func (g *gold) check() error {
	if g.Source == "" || g.ID == "" || g.Published == "" {
		return errors.New("source, id and published are required")
	}
	for i, ev := range g.Events {
		if ev.Type == "" || len(ev.Core) == 0 {
			return fmt.Errorf("event %d: type and core are required", i+1)
		}
		for _, r := range ev.Core {
			if len(ev.Args[r]) == 0 {
				return fmt.Errorf("event %d (%s): core role %q has no value", i+1, ev.Type, r)
			}
		}
	}
	return nil
}

// record is the part of a news-pool record the evaluation reads.
type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// texts finds article texts: in the shared news pool (one JSON Lines file
// per source, read once) or, for written articles, beside the gold files.
type texts struct {
	news, written string
	pool          map[string]map[string]string
}

func newTexts(shared, goldDir string) *texts {
	return &texts{
		news:    filepath.Join(shared, "corpora", "news"),
		written: filepath.Join(goldDir, sourceWritten),
		pool:    map[string]map[string]string{},
	}
}

// text returns the text of an article.
func (t *texts) text(source, id string) (string, error) {
	if source == sourceWritten {
		b, err := os.ReadFile(filepath.Join(t.written, id+".txt"))
		return string(b), err
	}
	recs, ok := t.pool[source]
	if !ok {
		var err error
		if recs, err = readPool(filepath.Join(t.news, source)); err != nil {
			return "", err
		}
		t.pool[source] = recs
	}
	s, ok := recs[id]
	if !ok {
		return "", fmt.Errorf("%s: no record %q", source, id)
	}
	return s, nil
}

// readPool reads a JSON Lines file, gzipped when its name ends in .gz,
// into a map from record id to text.
func readPool(path string) (map[string]string, error) {
	r, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out := map[string]string{}
	dec := json.NewDecoder(r)
	for line := 1; ; line++ {
		var rec record
		if err := dec.Decode(&rec); err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, line, err)
		}
		out[rec.ID] = rec.Text
	}
}
