// Command evalevents measures the event stage on the development corpus of
// real articles (events/testdata/news): it runs the whole pipeline on each
// article and compares its events with what a careful reader found.
//
// Usage:
//
//	go run ./internal/cmd/evalevents [-part tune|blind] [-v] [-json] [-gold DIR] [-shared DIR]
//
// It reports, for the part asked for (tune by default), the recall of gold
// events, the extra events per article, the share of expected arguments
// found (over every gold event, found or not), and the modality and date
// of the events found, then the same by event type. With -v it lists, per
// article, every missed gold event, missing argument and extra event.
//
// The blind part is for a final figure: score it once, at the end of a
// piece of work, and report it beside the tune figure; never tune on what
// it shows. Run it from the repository root: the gold files are
// events/testdata/news and the article texts ../shared/corpora/news (the
// command fails when they are absent).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/depeche-nlp/depeche/extract"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command; it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evalevents", flag.ContinueOnError)
	fs.SetOutput(stderr)
	part := fs.String("part", partTune, "the part to score: tune or blind (score blind once, at the end)")
	verbose := fs.Bool("v", false, "list, per article, missed and extra events")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	goldDir := fs.String("gold", filepath.Join("events", "testdata", "news"), "the gold folder")
	shared := fs.String("shared", filepath.Join("..", "shared"), "the shared folder, which holds corpora/news")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *part != partTune && *part != partBlind {
		fmt.Fprintf(stderr, "evalevents: -part %q: want tune or blind\n", *part)
		return 2
	}
	p, err := extract.New(extract.Config{})
	if err != nil {
		fmt.Fprintln(stderr, "evalevents:", err)
		return 1
	}
	rep, err := evaluate(ctx, p, *goldDir, *shared, *part)
	if err != nil {
		fmt.Fprintln(stderr, "evalevents:", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, "evalevents:", err)
			return 1
		}
		return 0
	}
	rep.write(stdout, *verbose)
	return 0
}

// report is the outcome of scoring one part.
type report struct {
	Part  string `json:"part"`
	Total tally  `json:"total"`
	// ByType lists the tally of each event type, by name.
	ByType []typeTally `json:"by_type"`
	// Articles lists the notes of each article with any, by gold file.
	Articles []articleNotes `json:"articles"`
}

type typeTally struct {
	Type string `json:"type"`
	tally
}

type articleNotes struct {
	Gold  string   `json:"gold"`
	Notes []string `json:"notes"`
}

// evaluate runs p on every article of the part and scores its events.
func evaluate(ctx context.Context, p *extract.Pipeline, goldDir, shared, part string) (*report, error) {
	golds, err := readGold(goldDir)
	if err != nil {
		return nil, err
	}
	src := newTexts(shared, goldDir)
	rep := &report{Part: part}
	byType := map[string]*tally{}
	for _, g := range golds {
		if g.part != part {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		text, err := src.text(g.Source, g.ID)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", g.path, err)
		}
		pub, err := time.Parse(time.DateOnly, g.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: published: %w", g.path, err)
		}
		doc, err := p.Extract(ctx, extract.Article{ID: g.ID, Text: text, Published: pub})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", g.path, err)
		}
		s := score(g, doc.Events)
		rep.Total.add(s.tally)
		for t, u := range s.byType {
			if byType[t] == nil {
				byType[t] = &tally{}
			}
			byType[t].add(*u)
		}
		if len(s.notes) > 0 {
			rel, _ := filepath.Rel(goldDir, g.path)
			rep.Articles = append(rep.Articles, articleNotes{Gold: filepath.ToSlash(rel), Notes: s.notes})
		}
	}
	if rep.Total.Articles == 0 {
		return nil, fmt.Errorf("no gold file in %s", filepath.Join(goldDir, part))
	}
	for t, u := range byType {
		rep.ByType = append(rep.ByType, typeTally{Type: t, tally: *u})
	}
	slices.SortFunc(rep.ByType, func(a, b typeTally) int {
		if a.Type < b.Type {
			return -1
		}
		if a.Type > b.Type {
			return 1
		}
		return 0
	})
	return rep, nil
}

// ratio renders n/d with its percentage.
func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", n, d, 100*float64(n)/float64(d))
}

// write prints the report as tables.
func (r *report) write(w io.Writer, verbose bool) {
	t := r.Total
	fmt.Fprintf(w, "part %s: %d articles, %d gold events\n", r.Part, t.Articles, t.Gold)
	fmt.Fprintf(w, "  recall of gold events   %s\n", ratio(t.Found, t.Gold))
	fmt.Fprintf(w, "  extra events            %d, %.2f per article\n", t.Extra, float64(t.Extra)/float64(t.Articles))
	fmt.Fprintf(w, "  arguments found         %s\n", ratio(t.ArgsFound, t.ArgsAll))
	fmt.Fprintf(w, "  modality (events found) %s\n", ratio(t.ModalityFound, t.ModalityAll))
	fmt.Fprintf(w, "  dates (events found)    %s\n\n", ratio(t.DatesFound, t.DatesAll))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "type\tgold\tfound\textra\targuments\tmodality")
	for _, u := range r.ByType {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\n", u.Type, u.Gold, u.Found, u.Extra, ratio(u.ArgsFound, u.ArgsAll), ratio(u.ModalityFound, u.ModalityAll))
	}
	tw.Flush()
	if !verbose {
		return
	}
	for _, a := range r.Articles {
		fmt.Fprintf(w, "\n%s\n", a.Gold)
		for _, n := range a.Notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
	}
}
