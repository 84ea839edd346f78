package dates

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// langMask is a set of languages; bit i is langs[i].
type langMask uint8

// langs are the languages of the data tables, in the order of their mask bits.
var langs = [...]string{"fr", "en", "de", "es", "it", "pt", "nl"}

const allLangs langMask = 1<<len(langs) - 1

func maskOf(code string) langMask {
	for i, l := range langs {
		if l == code {
			return 1 << i
		}
	}
	return 0
}

// cat is the category of a lexicon entry.
type cat uint8

const (
	catNone cat = iota
	catMonth
	catWeekday
	catSeason
	catDay
	catAnchor
	catBlock
	catUnit
	catPre
	catPost
	catLastN
	catArt
	catAgo
	catAgoPost
	catTense
	catShift
	catWithin
	catCi
	catMod
	catConn
	catPrep
	catYearWord
	catOrd
	catNum
	catWeakNum
	catQLetter
	catFuture
	catFutSuffix
	catPast
	catPastSuffix
	catPartSuffix
	catPart
	catDet
	catRange
	catDecade
	catHoliday // a holiday of data/holidays.tsv; the argument indexes lexicon.holidays
	catJoin    // joins the parts of a spelled number: "vingt et un", "twenty-one" (a dash too)
)

var catNames = map[string]cat{
	"day": catDay, "anchor": catAnchor, "block": catBlock, "unit": catUnit, "pre": catPre,
	"post": catPost, "lastn": catLastN, "art": catArt, "ago": catAgo, "agopost": catAgoPost,
	"tense": catTense, "shift": catShift, "within": catWithin, "ci": catCi, "mod": catMod,
	"conn": catConn, "prep": catPrep, "yearword": catYearWord, "ord": catOrd, "num": catNum,
	"weaknum": catWeakNum, "qletter": catQLetter, "future": catFuture, "futsuf": catFutSuffix,
	"past": catPast, "pastsuf": catPastSuffix, "partsuf": catPartSuffix, "part": catPart, "det": catDet, "range": catRange, "decade": catDecade, "join": catJoin,
}

// unit is a calendar unit.
type unit uint8

const (
	unitNone unit = iota
	unitDecade
	unitYear
	unitHalf
	unitQuarter
	unitMonth
	unitWeek
	unitDay
	unitHour
)

var unitNames = map[string]unit{
	"decade": unitDecade, "year": unitYear, "half": unitHalf, "quarter": unitQuarter,
	"month": unitMonth, "week": unitWeek, "day": unitDay, "hour": unitHour,
}

var modNames = map[string]Mod{
	"none": ModNone, "start": ModStart, "mid": ModMid, "end": ModEnd, "since": ModSince,
	"by": ModBy, "until": ModUntil, "before": ModBefore, "after": ModAfter,
}

// entry flags.
const (
	flagAbbr uint8 = 1 << iota // abbreviation: may take a period
	flagAmb                    // ordinary word too: needs context
	flagYear                   // preposition after which a bare year is a year
	flagWeak                   // article that gives no context
	flagDay                    // article before a day of the month alone ("le 23")
)

// entry is one phrase of the lexicon, its words already tokenized and lower-cased.
type entry struct {
	words []string
	cat   cat
	arg   int
	flags uint8
	mask  langMask
}

// lexicon maps the first word of a phrase to its entries, longest first.
type lexicon struct {
	byFirst  map[string][]*entry
	suffixes []*entry // endings of future and past verbs
	holidays []holidayRule
}

// loadLexicon parses the embedded tables once.
var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	lx := &lexicon{byFirst: make(map[string][]*entry)}
	index := make(map[string]*entry)
	add := func(lang, phrase string, c cat, arg int, flags uint8) {
		var words []string
		for _, t := range tokenize(phrase) {
			words = append(words, t.norm)
		}
		if len(words) == 0 {
			return
		}
		key := fmt.Sprint(words, c, arg)
		if e, ok := index[key]; ok {
			e.mask |= maskOf(lang)
			e.flags |= flags
			return
		}
		e := &entry{words: words, cat: c, arg: arg, flags: flags, mask: maskOf(lang)}
		index[key] = e
		if c == catFutSuffix || c == catPastSuffix || c == catPartSuffix {
			lx.suffixes = append(lx.suffixes, e)
			return
		}
		lx.byFirst[words[0]] = append(lx.byFirst[words[0]], e)
	}
	tables := []struct {
		file string
		c    cat
	}{{"months.tsv", catMonth}, {"weekdays.tsv", catWeekday}, {"seasons.tsv", catSeason}, {"words.tsv", catNone}}
	for _, tb := range tables {
		if err := readTable(tb.file, func(line int, f []string) error {
			if len(f) < 3 || maskOf(f[0]) == 0 {
				return fmt.Errorf("dates: %s:%d: want language, phrase, value", tb.file, line)
			}
			var flags uint8
			for _, fl := range strings.Split(strings.Join(f[3:], ","), ",") {
				switch fl {
				case "abbr":
					flags |= flagAbbr
				case "amb":
					flags |= flagAmb
				case "year":
					flags |= flagYear
				case "weak":
					flags |= flagWeak
				case "day":
					flags |= flagDay
				}
			}
			c, val := tb.c, f[2]
			if c == catNone {
				if len(f) < 4 {
					return fmt.Errorf("dates: %s:%d: want language, phrase, category, argument", tb.file, line)
				}
				c, val = catNames[f[2]], f[3]
				if c == catNone {
					return fmt.Errorf("dates: %s:%d: unknown category %q", tb.file, line, f[2])
				}
			}
			arg, err := parseArg(c, val)
			if err != nil {
				return fmt.Errorf("dates: %s:%d: %w", tb.file, line, err)
			}
			add(f[0], f[1], c, arg, flags)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	rules := map[string]int{}
	if err := readTable("holidays.tsv", func(line int, f []string) error {
		if len(f) < 3 || maskOf(f[0]) == 0 {
			return fmt.Errorf("dates: holidays.tsv:%d: want language, phrase, rule", line)
		}
		idx, ok := rules[f[2]]
		if !ok {
			r, err := parseHoliday(f[2])
			if err != nil {
				return fmt.Errorf("dates: holidays.tsv:%d: %w", line, err)
			}
			idx = len(lx.holidays)
			rules[f[2]] = idx
			lx.holidays = append(lx.holidays, r)
		}
		var flags uint8
		if len(f) > 3 && f[3] == "amb" {
			flags = flagAmb
		}
		add(f[0], f[1], catHoliday, idx, flags)
		return nil
	}); err != nil {
		return nil, err
	}
	for _, es := range lx.byFirst {
		// Longest phrases first; ties keep file order (stable).
		for i := 1; i < len(es); i++ {
			for j := i; j > 0 && len(es[j].words) > len(es[j-1].words); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
	}
	return lx, nil
})

func parseArg(c cat, v string) (int, error) {
	switch c {
	case catUnit, catQLetter:
		if u, ok := unitNames[v]; ok {
			return int(u), nil
		}
		return 0, fmt.Errorf("unknown unit %q", v)
	case catMod, catPrep:
		if m, ok := modNames[v]; ok {
			return int(m), nil
		}
		return 0, fmt.Errorf("unknown modifier %q", v)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("bad number %q", v)
	}
	return n, nil
}

// readTable calls fn with the tab-separated fields of each non-comment line of file.
func readTable(file string, fn func(line int, fields []string) error) error {
	f, err := dataFS.Open("data/" + file)
	if err != nil {
		return fmt.Errorf("dates: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

// match is a lexicon entry found at a token position.
type match struct {
	e    *entry
	next int // index of the token after the phrase
}

// matchEntries returns the longest of es, the entries that start with the word of
// token i, of category c (within mask) that matches the tokens there.
func matchEntries(es []*entry, toks []token, i int, c cat, mask langMask) (match, bool) {
	for _, e := range es {
		if e.cat != c || e.mask&mask == 0 || i+len(e.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.words); k++ {
			if toks[i+k].norm != e.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return match{e: e, next: i + len(e.words)}, true
		}
	}
	return match{}, false
}
