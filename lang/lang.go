package lang

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// ErrUnknownLanguage is returned for a language the detector does not
// support.
var ErrUnknownLanguage = errors.New("lang: unknown language")

// DefaultLanguages is the set a Detector covers when none is given:
// English, French, German, Spanish, Italian, Portuguese and Dutch.
func DefaultLanguages() []language.Tag {
	return []language.Tag{language.English, language.French, language.German, language.Spanish,
		language.Italian, language.Portuguese, language.Dutch}
}

// Result is a detected language: an ISO 639-1 code and a confidence in
// [0, 1]. The zero Result means the language is unknown.
type Result struct {
	Code       string
	Confidence float64
}

// Span is a half-open byte range of a text, such as a sentence.
type Span struct{ Start, End int }

// Detector detects languages among a fixed set. Build it with New. It is
// safe for concurrent use.
type Detector struct {
	codes []string
	langs []lingua.Language
	key   string
	// latin is set when every language is written in the Latin script: a
	// text mostly in another script is then of no language the detector
	// knows.
	latin bool
}

// New returns a detector for the given languages, or for DefaultLanguages
// when tags is empty. Only a tag's base language counts: fr-CA is French.
// An unsupported language gives an error wrapping ErrUnknownLanguage. New
// is cheap: lingua's models load on the first detection (or on Preload).
func New(tags []language.Tag) (*Detector, error) {
	if len(tags) == 0 {
		tags = DefaultLanguages()
	}
	d := &Detector{}
	for _, t := range tags {
		c, err := Code(t)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(d.codes, c) {
			l, _ := linguaLanguage(c)
			d.codes = append(d.codes, c)
			d.langs = append(d.langs, l)
		}
	}
	if len(d.codes) < 2 {
		return nil, fmt.Errorf("lang: need at least two languages to choose from, got %q", d.codes)
	}
	latin := lingua.AllLanguagesWithLatinScript()
	d.latin = !slices.ContainsFunc(d.langs, func(l lingua.Language) bool { return !slices.Contains(latin, l) })
	sorted := slices.Clone(d.codes)
	slices.Sort(sorted)
	d.key = strings.Join(sorted, ",")
	return d, nil
}

// Languages returns the languages the detector chooses from.
func (d *Detector) Languages() []language.Tag {
	out := make([]language.Tag, len(d.codes))
	for i, c := range d.codes {
		out[i] = language.Make(c)
	}
	return out
}

// Code returns the ISO 639-1 code of tag's base language ("fr" for fr-FR),
// the form Result and the depeche/v1 document use. It returns an error
// wrapping ErrUnknownLanguage when this package cannot detect the
// language.
func Code(tag language.Tag) (string, error) {
	base, _ := tag.Base()
	code := base.String()
	if _, ok := linguaLanguage(code); !ok || tag == language.Und {
		return "", fmt.Errorf("%w %q", ErrUnknownLanguage, tag.String())
	}
	return code, nil
}

// Parse reads a BCP 47 language tag ("fr", "fr-FR", "pt_BR") and returns
// it when this package can detect its language. The error wraps
// ErrUnknownLanguage.
func Parse(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("%w %q", ErrUnknownLanguage, s)
	}
	if _, err := Code(tag); err != nil {
		return language.Und, err
	}
	return tag, nil
}

// linguaLanguage maps an ISO 639-1 code to lingua's language.
func linguaLanguage(code string) (lingua.Language, bool) {
	if len(code) != 2 {
		return lingua.Unknown, false
	}
	for _, l := range lingua.AllLanguages() {
		if strings.EqualFold(l.IsoCode639_1().String(), code) {
			return l, true
		}
	}
	return lingua.Unknown, false
}

var (
	buildMu   sync.Mutex
	detectors = map[string]func() lingua.LanguageDetector{}
)

// lingua returns the process-wide lingua detector for d's languages,
// building it on first use.
func (d *Detector) lingua() lingua.LanguageDetector {
	buildMu.Lock()
	get, ok := detectors[d.key]
	if !ok {
		langs := slices.Clone(d.langs) // lingua rewrites the slice it is given
		get = sync.OnceValue(func() lingua.LanguageDetector {
			return lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithPreloadedLanguageModels().Build()
		})
		detectors[d.key] = get
	}
	buildMu.Unlock()
	return get()
}

// Preload builds the lingua detector and loads its models now, so that the
// first detection is not slow. It is safe to call more than once.
func (d *Detector) Preload() { d.lingua() }

// Detect returns the most likely language of text with lingua's
// confidence, or the zero Result when text has no letters, when its
// letters are mostly of a script none of the detector's languages uses, or
// when lingua cannot decide.
func (d *Detector) Detect(text string) Result {
	if !hasLetter(text) || d.latin && !mostlyLatin(text) {
		// lingua's rules for mixed scripts break ties in map order, so the
		// same text could get a language on one call and none on the next.
		return Result{}
	}
	vals := d.lingua().ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return Result{}
	}
	return Result{Code: strings.ToLower(vals[0].Language().IsoCode639_1().String()), Confidence: round(vals[0].Value())}
}

// round keeps three decimals of a confidence. lingua sums probabilities in
// goroutines, so their last bits vary from run to run; rounding keeps
// depeche's output byte-identical.
func round(f float64) float64 { return math.Round(f*1000) / 1000 }

func hasLetter(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter)
}

// mostlyLatin reports whether at least half the letters of s are Latin.
func mostlyLatin(s string) bool {
	n, latin := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return 2*latin >= n
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// Sentences gives each sentence of text a language. The result has one
// entry per sentence, in order. It honours ctx between sentences and
// returns ctx.Err() when it is done.
func (d *Detector) Sentences(ctx context.Context, text string, sentences []Span) ([]Result, error) {
	out := make([]Result, len(sentences))
	short := make([]bool, len(sentences))
	for i, s := range sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return nil, fmt.Errorf("lang: sentence %d [%d,%d) outside the text (%d bytes)", i, s.Start, s.End, len(text))
		}
		out[i], short[i] = d.sentence(text[s.Start:s.End])
	}
	smoothShort(out, short)
	return out, nil
}

// shortLetters is the size under which a sentence is a fragment whose
// language its neighbours decide, unless it clearly says otherwise.
const shortLetters = 24

// sentence detects one sentence's language and says whether it is a
// fragment that only keeps its own language if clearly marked.
func (d *Detector) sentence(s string) (Result, bool) {
	if !hasLetter(s) {
		return Result{}, true
	}
	words := functionWords(s, d.codes)
	if code, ok := words.settled(); ok {
		return Result{Code: code, Confidence: words.confidence()}, false
	}
	r := d.Detect(s)
	if letters(s) < shortLetters || len(strings.Fields(s)) < 4 {
		// A fragment keeps lingua's answer only when its function words agree.
		if r.Confidence < 0.9 || words.hits[r.Code] == 0 {
			return r, true
		}
	}
	return r, false
}

// smoothShort gives each fragment the language of its nearest preceding
// sentence that is not a fragment (or the following one at the start).
func smoothShort(out []Result, short []bool) {
	prev := -1
	for i := range out {
		if !short[i] {
			prev = i
			continue
		}
		j := prev
		if j < 0 {
			j = slices.Index(short[i:], false)
			if j < 0 {
				continue
			}
			j += i
		}
		out[i] = Result{Code: out[j].Code, Confidence: out[j].Confidence}
	}
}

// Document returns the language of a whole document from its sentences'
// languages, weighted by their letters. The confidence is the share of
// letters in sentences of that language.
func Document(text string, sentences []Span, langs []Result) Result {
	weight := map[string]int{}
	var total int
	var order []string
	for i, s := range sentences {
		if i >= len(langs) || langs[i].Code == "" {
			continue
		}
		n := letters(text[s.Start:s.End])
		if _, ok := weight[langs[i].Code]; !ok {
			order = append(order, langs[i].Code)
		}
		weight[langs[i].Code] += n
		total += n
	}
	var best Result
	for _, c := range order {
		if conf := round(float64(weight[c]) / float64(total)); conf > best.Confidence {
			best = Result{Code: c, Confidence: conf}
		}
	}
	return best
}

//go:embed data/stopwords.tsv
var stopwordData string

// stopwords maps a lower-case word to the one language that uses it as a
// function word; words shared by several languages are left out.
var stopwords = sync.OnceValue(func() map[string]string {
	owner := map[string]string{}
	for line := range strings.SplitSeq(stopwordData, "\n") {
		code, word, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if prev, seen := owner[word]; seen && prev != code {
			owner[word] = "" // shared: no signal
			continue
		}
		owner[word] = code
	}
	return owner
})

// wordCounts holds, per language, how many function words of that
// language a sentence has.
type wordCounts struct {
	hits  map[string]int
	first string
	total int
}

// functionWords counts the function words of each of codes in s.
func functionWords(s string, codes []string) wordCounts {
	table := stopwords()
	wc := wordCounts{hits: map[string]int{}}
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) > 8 {
			continue
		}
		code := table[strings.ToLower(w)]
		if code == "" || !slices.Contains(codes, code) {
			continue
		}
		wc.hits[code]++
		wc.total++
	}
	for _, c := range codes {
		if wc.hits[c] > wc.hits[wc.first] {
			wc.first = c
		}
	}
	return wc
}

// settled reports whether the function words alone decide the language:
// at least four of one language and at most one of any other.
func (wc wordCounts) settled() (string, bool) {
	if wc.first == "" || wc.hits[wc.first] < 4 || wc.total-wc.hits[wc.first] > 1 {
		return "", false
	}
	return wc.first, true
}

// confidence is the share of the first language among function words.
func (wc wordCounts) confidence() float64 {
	if wc.total == 0 {
		return 0
	}
	return round(float64(wc.hits[wc.first]) / float64(wc.total))
}
