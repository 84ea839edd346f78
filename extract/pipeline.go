package extract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/events"
	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/internal/prosener"
	"github.com/depeche-nlp/depeche/internal/utf8pos"
	"github.com/depeche-nlp/depeche/lang"
	"github.com/depeche-nlp/depeche/normalize"
	"golang.org/x/text/language"
)

// DefaultMaxBytes is the default limit on the size of an article's text.
const DefaultMaxBytes = 10 << 20

// Errors that Extract and New return, wrapped with details. Test for them
// with errors.Is.
var (
	// ErrTooLarge: the article is over Config.MaxBytes.
	ErrTooLarge = errors.New("extract: article too large")
	// ErrInvalidUTF8: the text is not valid UTF-8; the error is an
	// *EncodingError giving the byte offset.
	ErrInvalidUTF8 = errors.New("extract: invalid UTF-8")
	// ErrHTMLUnsupported: the article is HTML and Config.HTML is nil.
	ErrHTMLUnsupported = errors.New("extract: HTML input needs Config.HTML (package webpage provides one)")
	// ErrNotHTML: the article given as HTML is binary data, not a page.
	// HTMLReaders wrap it.
	ErrNotHTML = errors.New("extract: not an HTML page")
	// ErrTimeout: the article took longer than Config.Timeout. The error
	// wraps context.DeadlineExceeded too.
	ErrTimeout = errors.New("extract: article over its time budget")
	// ErrConfig: the configuration is invalid.
	ErrConfig = errors.New("extract: invalid configuration")
	// ErrNoPipeline: the Pipeline was not built by New (it is nil or the
	// zero Pipeline).
	ErrNoPipeline = errors.New("extract: Pipeline not built by New")
)

// EncodingError reports text that is not valid UTF-8 and where.
type EncodingError struct {
	Offset int // byte offset of the first invalid byte
}

// Error gives the offset of the first invalid byte.
func (e *EncodingError) Error() string {
	return fmt.Sprintf("extract: invalid UTF-8 at byte %d", e.Offset)
}

// Unwrap returns ErrInvalidUTF8.
func (e *EncodingError) Unwrap() error { return ErrInvalidUTF8 }

// Config configures a Pipeline. The zero Config is valid and gives the
// defaults.
type Config struct {
	// Languages are the languages detection chooses from; only a tag's
	// base language counts (fr-CA is French). Empty means
	// lang.DefaultLanguages (en, fr, de, es, it, pt, nl).
	Languages []language.Tag
	// MaxBytes limits the size of an article's text. Zero means
	// DefaultMaxBytes; a negative value means no limit.
	MaxBytes int
	// Workers is how many articles ExtractAll analyses at once. Zero means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Timeout is the time budget of one article in Extract: an article
	// that takes longer gives an error wrapping ErrTimeout, and a batch
	// goes on with the next. Zero means no budget.
	Timeout time.Duration
	// Preload loads the language models in New rather than on the first
	// article, for servers that want predictable latency.
	Preload bool
	// Entities are known names added to the embedded gazetteer; they serve
	// both name repair and entity recognition.
	Entities []gazetteer.Entry
	// GazetteerFiles are user tables (TSV or JSON, see package gazetteer)
	// merged into the gazetteer. A bad line fails New with the file and line.
	GazetteerFiles []string
	// NoNameRepair turns off the repair of names garbled by machine
	// translation; the text repair still runs.
	NoNameRepair bool
	// HTML reads articles given as HTML pages (Article.HTML). Nil leaves
	// HTML input unsupported: Extract then returns ErrHTMLUnsupported.
	HTML HTMLReader
	// NameTagger turns on the learned name tagger for French, English and
	// German (see entities.WithTagger): far better on general news, a
	// little worse at typing the fictitious or rare company names of
	// business wire copy. Spanish and Italian keep the rules.
	NameTagger bool
	// Tokens adds the analysed words (lemma, part of speech, features, dependency tree) to
	// each Document; off by default.
	Tokens bool
}

// Article is one input to the pipeline.
type Article struct {
	// ID identifies the article in the output (a record id or file name).
	ID string
	// Text is the article text. Exactly one of Text and HTML is used.
	Text string
	// HTML is the article as an HTML page, in any charset its header or
	// <meta charset> declares; Config.HTML reads its main text, which
	// becomes Document.Text.
	HTML string
	// ContentType is the HTTP Content-Type header the page was served
	// with, for its charset; "" when unknown.
	ContentType string
	// Published is the publication date, the base for relative dates. The
	// zero time means unknown.
	Published time.Time
	// Lang, when set, is the language of the whole text and skips
	// detection; only its base language counts (fr-FR is fr). The zero
	// Tag (language.Und) means detect.
	Lang language.Tag
	// URL is where the article came from, for the caller's reference.
	URL string
}

// Pipeline runs every stage of depeche on articles. Build one with New and
// share it: a Pipeline is safe for concurrent use by multiple goroutines.
// Heavy models are loaded once per process, on first use (or in New with
// Config.Preload).
//
// The zero Pipeline is not usable: its methods return ErrNoPipeline.
type Pipeline struct {
	maxBytes int
	workers  int
	timeout  time.Duration
	tokens   bool
	langs    *lang.Detector
	norm     *normalize.Normalizer
	ents     *entities.Recognizer
	events   *events.Extractor
	html     HTMLReader
}

// New builds a pipeline. It returns an error wrapping ErrConfig for an
// invalid configuration, such as an unknown language code.
func New(cfg Config) (*Pipeline, error) {
	p := &Pipeline{maxBytes: cfg.MaxBytes, workers: cfg.Workers, html: cfg.HTML, timeout: cfg.Timeout, tokens: cfg.Tokens}
	if p.maxBytes == 0 {
		p.maxBytes = DefaultMaxBytes
	}
	if p.workers < 0 {
		return nil, fmt.Errorf("%w: Workers is %d", ErrConfig, cfg.Workers)
	}
	if p.timeout < 0 {
		return nil, fmt.Errorf("%w: Timeout is %v", ErrConfig, cfg.Timeout)
	}
	var err error
	if p.langs, err = lang.New(cfg.Languages); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if cfg.Preload {
		p.langs.Preload()
	}
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: gazetteer: %w", err)
	}
	extra := slices.Clone(cfg.Entities)
	for _, f := range cfg.GazetteerFiles {
		es, err := gazetteer.LoadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
		extra = append(extra, es...)
	}
	if len(extra) > 0 {
		if g, err = g.With(extra...); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}
	if p.norm, err = normalize.New(normalize.WithGazetteer(g), normalize.WithNames(!cfg.NoNameRepair)); err != nil {
		return nil, fmt.Errorf("extract: normalize: %w", err)
	}
	ner, err := prosener.New()
	if err != nil {
		return nil, fmt.Errorf("extract: prose: %w", err)
	}
	eopts := []entities.Option{entities.WithGazetteer(g), entities.WithNER(ner)}
	if cfg.NameTagger {
		eopts = append(eopts, entities.WithTagger())
	}
	if p.ents, err = entities.New(eopts...); err != nil {
		return nil, fmt.Errorf("extract: entities: %w", err)
	}
	if p.events, err = events.New(); err != nil {
		return nil, fmt.Errorf("extract: events: %w", err)
	}
	return p, nil
}

// Extract analyses one article. It returns an error wrapping ErrTooLarge,
// ErrInvalidUTF8 (as an *EncodingError) or ErrHTMLUnsupported for input it
// cannot analyse, ErrNoPipeline on a Pipeline not built by New, an error
// wrapping ErrTimeout when the article is over Config.Timeout, and
// ctx.Err() when ctx is done before it finishes. Empty or blank text gives
// a valid Document with no items.
func (p *Pipeline) Extract(ctx context.Context, a Article) (*Document, error) {
	if p == nil || p.langs == nil {
		return nil, ErrNoPipeline
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text, published := a.Text, a.Published
	var src *Source
	if a.HTML != "" && a.Text == "" {
		var err error
		if text, published, src, err = p.readHTML(ctx, a); err != nil {
			return nil, err
		}
	}
	if p.maxBytes > 0 && len(text) > p.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d bytes", ErrTooLarge, len(text), p.maxBytes)
	}
	if !utf8.ValidString(text) {
		return nil, &EncodingError{Offset: utf8pos.FirstInvalid(text)}
	}
	var code string
	if a.Lang != language.Und {
		var err error
		if code, err = lang.Code(a.Lang); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}

	doc := newDocument()
	doc.ID = a.ID
	doc.Published = formatPublished(published)
	doc.Text = text
	doc.Source = src
	if strings.TrimSpace(text) == "" {
		return doc, nil
	}

	if p.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, p.timeout, ErrTimeout)
		defer cancel()
	}
	st, err := p.analyse(ctx, text, code, published)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && errors.Is(context.Cause(ctx), ErrTimeout) {
			return nil, fmt.Errorf("%w of %v: %w", ErrTimeout, p.timeout, err)
		}
		return nil, err
	}
	if code == "" && src != nil {
		st.langHint(src.Lang)
	}
	st.fill(doc)
	if p.tokens {
		if doc.Tokens, err = st.tokensOf(ctx); err != nil {
			return nil, err
		}
	}
	return doc, nil
}

// formatPublished gives a date as YYYY-MM-DD, or RFC 3339 when it has a
// time of day.
func formatPublished(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0:
		return t.Format(time.DateOnly)
	default:
		return t.Format(time.RFC3339)
	}
}

// segments cuts [0, n) into runs of one language, merging adjacent
// sentences of the same language. The space between two runs goes to the
// run in the document's language, so that a foreign run spans its
// sentences only. Sentences without a language join the run before them.
func segments(n int, sents []lang.Span, langs []lang.Result, doc string) []Segment {
	out := []Segment{}
	lastEnd := 0
	for i, s := range sents {
		code := langs[i].Code
		switch {
		case len(out) == 0:
			out = append(out, Segment{Start: 0, End: n, Language: code})
		case code == "" || code == out[len(out)-1].Language:
		default:
			cut := s.Start
			if out[len(out)-1].Language != doc {
				cut = lastEnd
			}
			out[len(out)-1].End = cut
			out = append(out, Segment{Start: cut, End: n, Language: code})
		}
		lastEnd = s.End
	}
	return out
}
