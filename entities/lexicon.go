package entities

import (
	"embed"
	"errors"
	"fmt"
	"github.com/depeche-nlp/depeche/normalize"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/gazetteer"
)

//go:embed data/*.txt
var dataFS embed.FS

// ErrData reports a malformed embedded data file.
var ErrData = errors.New("entities: bad data file")

// phrase is a cue or role: a sequence of folded words.
type phrase struct {
	words []string
	kind  Kind   // for cues; KindUnknown = any name
	canon string // for roles
}

// lexicon holds the word tables; it is built once and never modified.
type lexicon struct {
	given      map[string]bool     // folded
	stop       map[string]bool     // folded
	legal      map[string]bool     // surface
	designator map[string]bool     // surface
	head       map[string]bool     // surface
	weak       map[string]bool     // surface
	place      map[string]bool     // surface: words that end a place name
	before     map[string][]phrase // keyed by last word
	after      map[string][]phrase // keyed by first word
	roles      map[string][]phrase // keyed by first word
	particles  map[string]bool
	connectors map[string]bool
	weakBefore map[string][]phrase // weak cues, keyed by last word
	descriptor map[string]Kind     // "lang:fold" of descriptor nouns
	descSuffix []descSuffix        // heads of German compounds
	amount     map[string]bool     // folded currency and scale words
	nounsDE    map[string]bool     // folded German common nouns
	// plain holds the folded common English words found in names
	// (normalize's word table): a name made of one is also an ordinary word
	plain map[string]bool
}

// descSuffix is the head of a German compound descriptor ("-firma").
type descSuffix struct {
	lang   string
	suffix string // folded
	kind   Kind
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	lx := &lexicon{
		given: map[string]bool{}, stop: map[string]bool{}, legal: map[string]bool{},
		designator: map[string]bool{}, head: map[string]bool{}, weak: map[string]bool{}, place: map[string]bool{},
		before: map[string][]phrase{}, after: map[string][]phrase{}, roles: map[string][]phrase{},
		weakBefore: map[string][]phrase{}, descriptor: map[string]Kind{}, amount: map[string]bool{}, nounsDE: map[string]bool{},
		plain: map[string]bool{},
		// Small closed classes of the grammar, not lexicon data.
		particles:  set("de", "du", "des", "d'", "von", "van", "der", "den", "da", "di", "del", "della", "dos", "le", "la", "al", "bin", "ben", "el"),
		connectors: set("of", "de", "du", "des", "d'", "for", "pour", "&", "and", "et", "di", "del", "della", "für"),
	}
	err := readLines("data/given_names.txt", 1, func(f []string) error { lx.given[gazetteer.Fold(f[0])] = true; return nil })
	for _, name := range []string{"data/stop_fr.txt", "data/stop_en.txt", "data/stop_de.txt", "data/stop_es.txt", "data/stop_it.txt"} {
		if err == nil {
			err = readLines(name, 1, func(f []string) error { lx.stop[strings.TrimSuffix(gazetteer.Fold(f[0]), ".")] = true; return nil })
		}
	}
	if err == nil {
		err = readLines("data/common_nouns.txt", 1, func(f []string) error { lx.weak[gazetteer.Fold(f[0])] = true; return nil })
	}
	if err == nil {
		err = readLines("data/org_words.txt", 2, func(f []string) error {
			m := map[string]map[string]bool{"legal": lx.legal, "designator": lx.designator, "head": lx.head, "weak": lx.weak, "place": lx.place}[f[0]]
			if m == nil {
				return fmt.Errorf("unknown class %q", f[0])
			}
			m[f[1]] = true
			m[strings.ToUpper(f[1])] = true
			if f[0] == "weak" {
				m[gazetteer.Fold(f[1])] = true
			}
			return nil
		})
	}
	if err == nil {
		err = readLines("data/roles.txt", 2, func(f []string) error {
			p := phrase{words: foldWords(f[0]), canon: f[1]}
			lx.roles[p.words[0]] = append(lx.roles[p.words[0]], p)
			return nil
		})
	}
	if err == nil {
		err = readLines("data/cues.txt", 3, func(f []string) error {
			p := phrase{words: foldWords(f[2])}
			if f[1] != "ANY" {
				k, err := gazetteer.ParseKind(f[1])
				if err != nil {
					return err
				}
				p.kind = k
			}
			switch f[0] {
			case "before":
				last := p.words[len(p.words)-1]
				lx.before[last] = append(lx.before[last], p)
			case "after":
				lx.after[p.words[0]] = append(lx.after[p.words[0]], p)
			case "weak":
				last := p.words[len(p.words)-1]
				lx.weakBefore[last] = append(lx.weakBefore[last], p)
			default:
				return fmt.Errorf("unknown position %q", f[0])
			}
			return nil
		})
	}
	if err == nil {
		err = readLines("data/descriptors.txt", 3, func(f []string) error {
			k, err := gazetteer.ParseKind(f[1])
			if err != nil {
				return err
			}
			if w, ok := strings.CutPrefix(f[2], "-"); ok {
				lx.descSuffix = append(lx.descSuffix, descSuffix{lang: f[0], suffix: gazetteer.Fold(w), kind: k})
			} else {
				lx.descriptor[f[0]+":"+gazetteer.Fold(f[2])] = k
			}
			return nil
		})
	}
	if err == nil {
		err = readLines("data/amount_words.txt", 1, func(f []string) error { lx.amount[gazetteer.Fold(f[0])] = true; return nil })
	}
	if err == nil {
		err = readLines("data/nouns_de.txt", 1, func(f []string) error { lx.nounsDE[gazetteer.Fold(f[0])] = true; return nil })
	}
	if err == nil {
		var words []normalize.Word
		words, err = normalize.Words()
		for _, w := range words {
			lx.plain[gazetteer.Fold(w.English)] = true
		}
	}
	if err != nil {
		return nil, err
	}
	return lx, nil
})

// descriptorKind returns the kind a descriptor noun announces ("Konzern",
// "Softwarefirma", "firm") in language lang, and whether fold is one. The
// head of a German compound counts only in a longer word, which is then a
// compound.
func (lx *lexicon) descriptorKind(fold, lang string) (Kind, bool) {
	if lang == "" {
		return KindUnknown, false
	}
	if k, ok := lx.descriptor[lang+":"+fold]; ok {
		return k, true
	}
	for _, s := range lx.descSuffix {
		if s.lang == lang && len(fold) > len(s.suffix)+2 && strings.HasSuffix(fold, s.suffix) {
			return s.kind, true
		}
	}
	return KindUnknown, false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// foldWords splits a phrase into folded words, as the tokenizer would
// produce them.
func foldWords(s string) []string {
	var out []string
	for _, t := range tokenize(s, 0, len(s), nil) {
		if t.word || t.elision {
			out = append(out, t.fold)
		}
	}
	return out
}

// readLines calls fn with the n tab-separated fields of each data line of
// an embedded file.
func readLines(name string, n int, fn func([]string) error) error {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrData, err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("%w: %s:%d: want %d fields, got %d", ErrData, name, i+1, n, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%w: %s:%d: %v", ErrData, name, i+1, err)
		}
	}
	return nil
}

// isStop reports whether the folded word is a stop word; a final dot
// ("M.", "Mr.") does not count.
func (lx *lexicon) isStop(fold string) bool {
	return lx.stop[strings.TrimSuffix(fold, ".")]
}
