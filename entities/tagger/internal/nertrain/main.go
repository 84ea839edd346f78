// Command nertrain trains the name tagger of package entities/tagger from
// the named-entity corpora of ../shared/corpora/ner, and scores it.
//
//	go run ./entities/tagger/internal/nertrain -train            # train fr, en, de; write the models; score on dev
//	go run ./entities/tagger/internal/nertrain -split test       # score the embedded models and the entity stage on test
//
// Training is deterministic: the same corpora give the same model bytes.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/entities/tagger"
	"github.com/depeche-nlp/depeche/entities/tagger/internal/nercorpus"
	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/internal/prosener"
	"github.com/depeche-nlp/depeche/segment"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nertrain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("ner", "../shared/corpora/ner", "the folder of the NER corpora")
	out := fs.String("out", "entities/tagger/models", "where -train writes the models")
	langs := fs.String("lang", "fr,en,de", "languages, comma-separated")
	train := fs.Bool("train", false, "train and write the models before scoring")
	split := fs.String("split", "dev", "the split to score: dev or test")
	epochs := fs.Int("epochs", 10, "training passes")
	bits := fs.Uint("bits", 18, "log2 of the weight rows")
	bias := fs.Float64("bias", 3, "name bias stored in the models (tuned on dev)")
	stage := fs.Bool("stage", true, "score the whole entity stage too")
	prose := fs.Bool("prose", false, "score the English entity stage with prose as an extra signal too")
	skip := fs.String("skip", "", "leave out of training the corpus files whose path contains this")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	want := nercorpus.Dev
	switch *split {
	case "dev":
	case "test":
		want = nercorpus.Test
	default:
		fmt.Fprintf(stderr, "nertrain: -split %q: want dev or test\n", *split)
		return 2
	}
	r, err := entities.New()
	if err != nil {
		fmt.Fprintln(stderr, "nertrain:", err)
		return 1
	}
	for _, lang := range strings.Split(*langs, ",") {
		docs, err := nercorpus.Read(*dir, lang)
		if err != nil {
			fmt.Fprintln(stderr, "nertrain:", err)
			return 1
		}
		var m *tagger.Model
		if *train {
			m, err = trainLang(ctx, r, lang, docs, trainConfig{skip: *skip, epochs: *epochs, bits: *bits, bias: float32(*bias)}, stderr)
			if err == nil {
				err = write(m, filepath.Join(*out, lang+".dptg"))
			}
		} else {
			m, err = tagger.ForLang(lang)
		}
		if err != nil {
			fmt.Fprintln(stderr, "nertrain:", err)
			return 1
		}
		var extra []stageRun
		if *prose && lang == "en" {
			n, err := prosener.New()
			if err == nil {
				extra, err = proseRuns(n, m)
			}
			if err != nil {
				fmt.Fprintln(stderr, "nertrain:", err)
				return 1
			}
		}
		if err := evaluate(ctx, r, m, lang, docs, want, *stage, extra, stdout); err != nil {
			fmt.Fprintln(stderr, "nertrain:", err)
			return 1
		}
	}
	return 0
}

// sentences cuts a document as the pipeline does, every sentence in lang.
func sentences(text, lang string) []entities.Sentence {
	var out []entities.Sentence
	for _, s := range segment.Split(text) {
		out = append(out, entities.Sentence{Start: s.Start, End: s.End, Lang: lang})
	}
	return out
}

// example turns a document into a training example: its tokens as the
// recognizer reads them, and the gold names as token spans.
func example(r *entities.Recognizer, d nercorpus.Doc) (tagger.Example, error) {
	toks, err := r.TaggerTokens(d.Text, sentences(d.Text, d.Lang))
	if err != nil {
		return tagger.Example{}, err
	}
	ex := tagger.Example{Text: d.Text, Tokens: toks, Annotated: d.Annotated}
	for _, n := range d.Names {
		if n.Kind == gazetteer.KindUnknown {
			continue
		}
		first, last := -1, -1
		for i, t := range toks {
			if t.Start < n.End && n.Start < t.End {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first >= 0 {
			ex.Names = append(ex.Names, tagger.Span{First: first, Last: last, Kind: n.Kind})
		}
	}
	return ex, nil
}

// trainConfig holds the training flags.
type trainConfig struct {
	skip   string
	epochs int
	bits   uint
	bias   float32
}

func trainLang(ctx context.Context, r *entities.Recognizer, lang string, docs []nercorpus.Doc, cfg trainConfig, log io.Writer) (*tagger.Model, error) {
	skip := cfg.skip
	var exs []tagger.Example
	for _, d := range docs {
		if d.Split != nercorpus.Train || (skip != "" && strings.Contains(d.File, skip)) {
			continue
		}
		ex, err := example(r, d)
		if err != nil {
			return nil, err
		}
		exs = append(exs, ex)
	}
	fmt.Fprintf(log, "%s: %d training documents\n", lang, len(exs))
	return tagger.Train(ctx, exs, tagger.TrainConfig{
		Lang: lang, Bits: cfg.bits, Epochs: cfg.epochs, Seed: 1, NameBias: cfg.bias,
		Progress: func(e int, rate float64) {
			fmt.Fprintf(log, "%s: pass %d: %.4f of scored tokens wrong\n", lang, e, rate)
		},
	})
}

func write(m *tagger.Model, path string) error {
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// evaluate scores the tagger alone, the entity stage as it was without the
// tagger, and the entity stage with it, on the documents of one split.
func evaluate(ctx context.Context, r *entities.Recognizer, m *tagger.Model, lang string, docs []nercorpus.Doc, split nercorpus.Split, stage bool, extra []stageRun, w io.Writer) error {
	rt, err := entities.New(entities.WithTaggerModel(m))
	if err != nil {
		return err
	}
	runs := append([]stageRun{
		{title: "entity stage, rules only (before the tagger)", r: r},
		{title: "entity stage with the tagger", r: rt},
	}, extra...)
	var tag nercorpus.Score
	perFile := map[string]*nercorpus.Score{}
	var files []string
	nd := 0
	for _, d := range docs {
		if d.Split != split || d.TrainOnly {
			continue
		}
		nd++
		ex, err := example(r, d)
		if err != nil {
			return err
		}
		var pred []nercorpus.Name
		for _, s := range m.Tag(d.Text, ex.Tokens) {
			pred = append(pred, nercorpus.Name{Start: ex.Tokens[s.First].Start, End: ex.Tokens[s.Last].End, Kind: s.Kind})
		}
		tag.Add(d, pred)
		if perFile[d.File] == nil {
			perFile[d.File] = &nercorpus.Score{}
			files = append(files, d.File)
		}
		perFile[d.File].Add(d, pred)
		if !stage {
			continue
		}
		for i := range runs {
			ents, err := runs[i].r.Recognize(ctx, d.Text, sentences(d.Text, d.Lang))
			if err != nil {
				return err
			}
			runs[i].score.Add(d, mentions(ents))
		}
	}
	tag.Report(w, fmt.Sprintf("%s %s (%d documents): tagger alone", lang, split, nd))
	for _, f := range files {
		c := perFile[f].ByKind[0]
		st, le := c.F1()
		fmt.Fprintf(w, "  %s: strict F1 %.3f, lenient %.3f (gold %d)\n", f, st, le, c.Gold)
	}
	if stage {
		for _, x := range runs {
			x.score.Report(w, fmt.Sprintf("%s %s: %s", lang, split, x.title))
		}
	}
	return nil
}

// stageRun is one configuration of the entity stage to score.
type stageRun struct {
	title string
	r     *entities.Recognizer
	score nercorpus.Score
}

// proseRuns are the entity stage with prose's names as a signal, with
// and without the tagger m.
func proseRuns(n entities.NER, m *tagger.Model) ([]stageRun, error) {
	rp, err := entities.New(entities.WithNER(n))
	if err != nil {
		return nil, err
	}
	rpt, err := entities.New(entities.WithNER(n), entities.WithTaggerModel(m))
	if err != nil {
		return nil, err
	}
	return []stageRun{
		{title: "entity stage, rules and prose", r: rp},
		{title: "entity stage with the tagger and prose", r: rpt},
	}, nil
}

func mentions(ents []entities.Entity) []nercorpus.Name {
	var out []nercorpus.Name
	for _, e := range ents {
		for _, m := range e.Mentions {
			out = append(out, nercorpus.Name{Start: m.Start, End: m.End, Kind: e.Kind})
		}
	}
	return out
}
