package events

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// roleSpec describes one role of an event type (types.tsv).
type roleSpec struct {
	name                  string
	kinds                 map[string]bool // "ORG", "PERSON", "LOC", "money", "valuation", "percent", "count", "word", "text"
	core, single, context bool
	order                 int
}

// typeSpec lists the roles of an event type and the role sets it must fill.
type typeSpec struct {
	roles   []roleSpec
	require [][]string
}

// role returns the role of ts named name, or nil; a nil ts (a type the
// tables lack) has no role.
func (ts *typeSpec) role(name string) *roleSpec {
	if ts == nil {
		return nil
	}
	for i := range ts.roles {
		if ts.roles[i].name == name {
			return &ts.roles[i]
		}
	}
	return nil
}

// roleFor returns the first role of ts of the given kind, or nil.
func (ts *typeSpec) roleFor(kind string) *roleSpec {
	for i := range ts.roles {
		if ts.roles[i].kinds[kind] {
			return &ts.roles[i]
		}
	}
	return nil
}

// trigger is one row of triggers.tsv.
type trigger struct {
	lang   string
	typ    Type
	rule   string
	weight float64
	pats   []pattern
	frame  map[string][]string
	mutual bool // a symmetric verb ("signer un contrat"): who supplies is read from the purpose clause
	follow bool // a continuation cue ("the complaint", "le montant"): only adds to an event just told
	order  int
}

// trigPat is one pattern of a trigger, as indexed.
type trigPat struct {
	t *trigger
	p pattern
}

// Cue scopes (modality.tsv).
const (
	scopeBefore = iota
	scopeNear
	scopeAny
)

type cue struct {
	mod     Modality
	hearsay bool // a reported cue that outranks a plan ("hearsay" in modality.tsv)
	scope   int
	pats    []pattern
}

type valueRow struct {
	role, value string
	pats        []pattern
}

// langTables holds the tables of one language.
type langTables struct {
	index     map[string][]trigPat
	unindexed []trigPat
	cues      []cue
	cueIx     patternIndex
	values    []valueRow
	valueIx   patternIndex
	classes   map[string]map[string]string // class → word → canonical word
	ntrig     int
}

func (lt *langTables) is(class, w string) bool {
	_, ok := lt.classes[class][w]
	return ok
}

// tables is the parsed form of the embedded data; immutable once built.
type tables struct {
	langs     map[string]*langTables
	types     map[Type]*typeSpec
	typeOrder []Type       // in table order
	typeRank  map[Type]int // index in typeOrder: the order of events told at one place
	headcount map[string]bool
}

// parseType returns the type named s, if the tables define it.
func (tb *tables) parseType(s string) (Type, error) {
	if _, ok := tb.types[Type(s)]; !ok || s == "" {
		return TypeUnknown, fmt.Errorf("events: type %q: %w", s, ErrUnknownType)
	}
	return Type(s), nil
}

// validTypeName reports whether s can name a type: lower-case ASCII
// letters, digits and underscores, starting with a letter.
func validTypeName(s string) bool {
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || i > 0 && (r == '_' || r >= '0' && r <= '9')) {
			return false
		}
	}
	return s != ""
}

var loadTables = sync.OnceValues(func() (*tables, error) { return parseTables(dataFS) })

// parseTables reads the tables of fsys ("data/*.tsv"), then the rows of
// the same files in each extra layer that has them, in order: a layer adds
// types, roles, triggers and words, and its errors name the file as
// "layer N: file".
func parseTables(fsys fs.FS, extra ...fs.FS) (*tables, error) {
	// TypeUnknown has an empty spec, for stop phrases: no role, no event
	tb := &tables{langs: map[string]*langTables{}, types: map[Type]*typeSpec{TypeUnknown: {}}, typeRank: map[Type]int{}, headcount: map[string]bool{}}
	lang := func(code string) *langTables {
		lt := tb.langs[code]
		if lt == nil {
			lt = &langTables{index: map[string][]trigPat{}, classes: map[string]map[string]string{}}
			tb.langs[code] = lt
		}
		return lt
	}
	var shared []valueRow
	var sharedClasses [][]string
	steps := []struct {
		file string
		cols int
		fn   func(f []string) error
	}{
		{"types.tsv", 4, func(f []string) error {
			t := Type(f[0])
			if !validTypeName(f[0]) {
				return fmt.Errorf("type name %q: want lower-case letters, digits and underscores", f[0])
			}
			ts := tb.types[t]
			if ts == nil {
				ts = &typeSpec{}
				tb.types[t] = ts
				tb.typeRank[t] = len(tb.typeOrder)
				tb.typeOrder = append(tb.typeOrder, t)
			}
			if f[1] == "require" {
				for _, alt := range strings.Split(f[2], "|") {
					set := strings.Split(alt, "+")
					for _, r := range set {
						if ts.role(r) == nil {
							return fmt.Errorf("require: unknown role %q", r)
						}
					}
					ts.require = append(ts.require, set)
				}
				return nil
			}
			rs := roleSpec{name: f[1], kinds: map[string]bool{}, order: len(ts.roles)}
			for _, k := range strings.Split(f[2], "|") {
				rs.kinds[k] = true
			}
			for _, fl := range strings.Split(f[3], ",") {
				switch fl {
				case "core":
					rs.core = true
				case "single":
					rs.single = true
				case "context":
					rs.context = true
				case "-":
				default:
					return fmt.Errorf("unknown flag %q", fl)
				}
			}
			ts.roles = append(ts.roles, rs)
			return nil
		}},
		{"lexicon.tsv", 3, func(f []string) error {
			if f[0] == "*" {
				if f[1] != "headcount" {
					sharedClasses = append(sharedClasses, f)
					return nil
				}
				for _, w := range strings.Fields(f[2]) {
					tb.headcount[w] = true
				}
				return nil
			}
			lt := lang(f[0])
			m := lt.classes[f[1]]
			if m == nil {
				m = map[string]string{}
				lt.classes[f[1]] = m
			}
			for _, w := range strings.Fields(f[2]) {
				form, canon, ok := strings.Cut(w, "=")
				if !ok {
					canon = form
				}
				m[fold(form)] = fold(canon)
			}
			return nil
		}},
		{"triggers.tsv", 6, func(f []string) error {
			t := TypeUnknown // "-": a stop phrase, which only blocks other triggers
			if f[1] != "-" {
				var err error
				if t, err = tb.parseType(f[1]); err != nil {
					return err
				}
			}
			w, err := strconv.ParseFloat(f[3], 64)
			if err != nil || w <= 0 || w > 1 {
				return fmt.Errorf("weight %q", f[3])
			}
			pats, err := parsePatterns(f[4])
			if err != nil {
				return fmt.Errorf("pattern %q: %w", f[4], err)
			}
			tr := &trigger{lang: f[0], typ: t, rule: f[0] + "." + f[1] + "." + f[2], weight: w, pats: pats, frame: map[string][]string{}}
			for _, slot := range strings.Fields(strings.TrimPrefix(f[5], "-")) {
				switch slot {
				case "mutual":
					tr.mutual = true
					continue
				case "follow":
					tr.follow = true
					continue
				}
				k, v, ok := strings.Cut(slot, "=")
				if !ok {
					return fmt.Errorf("frame slot %q", slot)
				}
				roles := strings.Split(v, "|")
				for _, r := range roles {
					if tb.types[t].role(r) == nil {
						return fmt.Errorf("frame slot %q: unknown role %q", slot, r)
					}
				}
				tr.frame[frameKey(k)] = roles
			}
			lt := lang(f[0])
			tr.order = lt.ntrig
			lt.ntrig++
			for _, p := range pats {
				keys, ok := p.firstKeys()
				if !ok {
					lt.unindexed = append(lt.unindexed, trigPat{tr, p})
					continue
				}
				for _, k := range dedupe(keys) {
					lt.index[k] = append(lt.index[k], trigPat{tr, p})
				}
			}
			return nil
		}},
		{"modality.tsv", 4, func(f []string) error {
			name, hearsay := f[1], f[1] == "hearsay"
			if hearsay {
				name = Reported.String()
			}
			m, err := ParseModality(name)
			if err != nil {
				return err
			}
			c := cue{mod: m, hearsay: hearsay}
			switch f[2] {
			case "before":
				c.scope = scopeBefore
			case "near":
				c.scope = scopeNear
			case "any":
				c.scope = scopeAny
			default:
				return fmt.Errorf("scope %q", f[2])
			}
			if c.pats, err = parsePatterns(f[3]); err != nil {
				return fmt.Errorf("pattern %q: %w", f[3], err)
			}
			lt := lang(f[0])
			lt.cues = append(lt.cues, c)
			return nil
		}},
		{"values.tsv", 4, func(f []string) error {
			pats, err := parsePatterns(f[3])
			if err != nil {
				return fmt.Errorf("pattern %q: %w", f[3], err)
			}
			v := valueRow{role: f[1], value: f[2], pats: pats}
			if f[0] == "*" {
				shared = append(shared, v)
			} else {
				lang(f[0]).values = append(lang(f[0]).values, v)
			}
			return nil
		}},
	}
	for _, st := range steps {
		if err := readTSV(fsys, "", st.file, st.cols, st.fn); err != nil {
			return nil, err
		}
		for i, layer := range extra {
			if _, err := fs.Stat(layer, "data/"+st.file); errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err := readTSV(layer, fmt.Sprintf("layer %d: ", i+1), st.file, st.cols, st.fn); err != nil {
				return nil, err
			}
		}
		if st.file != "types.tsv" {
			continue
		}
		for _, t := range tb.typeOrder {
			if len(tb.types[t].require) == 0 {
				return nil, &TableError{File: "types.tsv", Err: fmt.Errorf("%w: type %q has no require line", ErrTable, t)}
			}
		}
	}
	if len(sharedClasses) > 0 {
		return nil, &TableError{File: "lexicon.tsv", Err: fmt.Errorf("%w: class %q cannot be shared", ErrTable, sharedClasses[0][1])}
	}
	for _, lt := range tb.langs {
		lt.values = append(lt.values, shared...)
		for i, c := range lt.cues {
			for j, p := range c.pats {
				lt.cueIx.add(i, j, p)
			}
		}
		for i, v := range lt.values {
			for j, p := range v.pats {
				lt.valueIx.add(i, j, p)
			}
		}
	}
	return tb, nil
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		dup := false
		for _, y := range out {
			dup = dup || x == y
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

var errColumns = errors.New("wrong number of columns")

// readTSV calls fn for every non-comment line of data/file, split on tabs.
// Errors name the file, after prefix.
func readTSV(fsys fs.FS, prefix, file string, cols int, fn func([]string) error) error {
	b, err := fs.ReadFile(fsys, "data/"+file)
	file = prefix + file
	if err != nil {
		return &TableError{File: file, Err: fmt.Errorf("%w: %w", ErrTable, err)}
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), " \r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != cols {
			return &TableError{File: file, Line: line, Err: fmt.Errorf("%w: %w: got %d, want %d", ErrTable, errColumns, len(f), cols)}
		}
		if err := fn(f); err != nil {
			return &TableError{File: file, Line: line, Err: fmt.Errorf("%w: %w", ErrTable, err)}
		}
	}
	return nil
}

// frameKey folds a frame slot name word by word ("<à", "aupres_de").
func frameKey(k string) string {
	before := strings.HasPrefix(k, "<")
	parts := strings.Split(strings.TrimPrefix(k, "<"), "_")
	for i, p := range parts {
		parts[i] = fold(p)
	}
	k = strings.Join(parts, "_")
	if before {
		k = "<" + k
	}
	return k
}

// patRef names pattern pat of table row row.
type patRef struct{ row, pat int }

// patternIndex finds the patterns that may start at a word, by the first
// three bytes of their first element.
type patternIndex struct {
	byKey map[string][]patRef
	rest  []patRef // patterns that cannot be indexed (suffixes, short prefixes)
}

func (ix *patternIndex) add(row, pat int, p pattern) {
	keys, ok := p.firstKeys()
	if !ok {
		ix.rest = append(ix.rest, patRef{row, pat})
		return
	}
	if ix.byKey == nil {
		ix.byKey = map[string][]patRef{}
	}
	for _, k := range dedupe(keys) {
		ix.byKey[k] = append(ix.byKey[k], patRef{row, pat})
	}
}

// each calls fn for every pattern that may start at word w, in table order
// within each group.
func (ix *patternIndex) each(w string, fn func(patRef)) {
	for _, r := range ix.byKey[indexKey(w)] {
		fn(r)
	}
	for _, r := range ix.rest {
		fn(r)
	}
}
