package webpage_test

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/depeche-nlp/depeche/webpage"
)

var update = flag.Bool("update", false, "rewrite testdata/pages from testdata/pages.tsv and the templates")

// fixture is one page of testdata/pages and what reading it must give.
type fixture struct {
	name, lang, template, author, title string
	date                                time.Time
	body                                []string // the article's paragraphs, the headline first
	related                             []string // the links the article's text held ("Lire aussi")
}

// fixtures reads testdata/pages.tsv and the articles it names.
func fixtures(t testing.TB) []fixture {
	t.Helper()
	f, err := os.Open("testdata/pages.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 7 {
			t.Fatalf("pages.tsv: %q: want 7 columns", line)
		}
		date, err := time.Parse(time.DateOnly, c[4])
		if err != nil {
			t.Fatalf("pages.tsv: %v", err)
		}
		fx := fixture{name: c[0], lang: c[2], template: c[3], date: date, author: c[5], title: c[6]}
		text, err := os.ReadFile(filepath.Join("testdata", c[1]))
		if err != nil {
			t.Fatalf("pages.tsv: %v", err)
		}
		fx.body, fx.related = paragraphs(string(text))
		if fx.title == "" {
			fx.title = fx.body[0]
		} else {
			fx.body = append([]string{fx.title}, fx.body...)
		}
		out = append(out, fx)
	}
	return out
}

// paragraphs cuts an article into its paragraphs, setting aside the lines
// of a "Lire aussi" box (a heading ending in a colon, then "- " lines).
func paragraphs(text string) (body, related []string) {
	inBox := false
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			inBox = false
		case strings.HasSuffix(line, ":") && len(line) < 20:
			inBox = true
		case inBox && strings.HasPrefix(line, "- "):
			related = append(related, strings.TrimPrefix(line, "- "))
		default:
			inBox = false
			body = append(body, line)
		}
	}
	return body, related
}

// boilerplate is what each language's pages say around the article.
var boilerplate = map[string]struct {
	related, menu          []string
	consent, legal, months string
	relatedTitle           string
}{
	"fr": {related: []string{"Les géants du numérique accélèrent leurs investissements en Europe", "Pourquoi les start-up de l’IA lèvent autant d’argent"},
		menu: []string{"Économie", "Entreprises", "Tech"}, consent: "Avec votre accord, nous et nos partenaires utilisons des cookies.",
		legal: "Mentions légales", months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre", relatedTitle: "À lire aussi"},
	"en": {related: []string{"Private equity firms sit on record amounts of unspent cash", "Why dealmakers expect a busy end to the year"},
		menu: []string{"Business", "Markets", "Technology"}, consent: "We use cookies to improve your experience on our site.",
		legal: "Terms and privacy", months: "January February March April May June July August September October November December", relatedTitle: "Read more"},
	"de": {related: []string{"Warum Start-ups wieder mehr Geld bekommen", "Was die Zinswende für den Mittelstand bedeutet"},
		menu: []string{"Wirtschaft", "Unternehmen", "Finanzen"}, consent: "Wir verwenden Cookies, um unser Angebot zu verbessern.",
		legal: "Impressum und Datenschutz", months: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember", relatedTitle: "Mehr zum Thema"},
}

// sites names the site each template stands for.
var sites = map[string]string{"fr": "Le Courrier économique", "en": "The Business Ledger", "de": "Wirtschaftsblatt"}

// pageData is what a template is filled with.
type pageData struct {
	Lang, Title, Site, URL, Author, Date, DateText, Lead, Consent, Legal, RelatedTitle string
	Paras, Related, Menu                                                               []string
}

// render builds the page of fx with the named template.
func render(t testing.TB, fx fixture, tmpl string) []byte {
	t.Helper()
	tp, err := template.ParseFiles(filepath.Join("testdata/templates", tmpl+".html"))
	if err != nil {
		t.Fatal(err)
	}
	bl := boilerplate[fx.template]
	month := strings.Fields(bl.months)[fx.date.Month()-1]
	dateText := map[string]string{
		"fr": fmt.Sprintf("%d %s %d", fx.date.Day(), month, fx.date.Year()),
		"en": fmt.Sprintf("%s %d, %d", month, fx.date.Day(), fx.date.Year()),
		"de": fmt.Sprintf("%d. %s %d", fx.date.Day(), month, fx.date.Year()),
	}[fx.template]
	d := pageData{
		Lang: fx.lang, Title: fx.title, Site: sites[fx.template], URL: "https://news.example/" + fx.name,
		Author: fx.author, Date: fx.date.Format(time.DateOnly), DateText: dateText, Lead: fx.body[1],
		Consent: bl.consent, Legal: bl.legal, RelatedTitle: bl.relatedTitle,
		Paras: fx.body[1:], Related: append(slices.Clone(fx.related), bl.related...), Menu: bl.menu,
	}
	var b bytes.Buffer
	if err := tp.Execute(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// page is one fixture page on disk.
type page struct {
	fixture
	file string
}

// pages gives every fixture page: each article in its language's template
// and as an AMP page. With -update it writes them first.
func pages(t testing.TB) []page {
	t.Helper()
	var out []page
	for _, fx := range fixtures(t) {
		for _, tmpl := range []string{fx.template, "amp"} {
			name := fx.name + ".html"
			if tmpl == "amp" {
				name = fx.name + ".amp.html"
			}
			file := filepath.Join("testdata/pages", name)
			if *update {
				if err := os.MkdirAll("testdata/pages", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, render(t, fx, tmpl), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out = append(out, page{fx, file})
		}
	}
	return out
}

// words gives the lower-cased words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// overlap counts the words two bags share.
func overlap(a, b []string) int {
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	n := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			n++
		}
	}
	return n
}

// score is how well a page was read.
type score struct {
	got, want, common int // words in the output, in the expected body, in both
	titleOK, dateOK   bool
}

func (s score) f1() float64 {
	if s.got == 0 || s.want == 0 {
		return 0
	}
	p, r := float64(s.common)/float64(s.got), float64(s.common)/float64(s.want)
	return 2 * p * r / (p + r)
}

// TestPages reads every fixture page and checks the text, title and date
// against the article it was built around; it logs each page's scores and
// checks the targets on the whole set: token F1 ≥ 0.95, boilerplate (words
// of the output not in the article) ≤ 2 %, title and date right on ≥ 95 %
// of pages.
func TestPages(t *testing.T) {
	var total score
	var titles, dates, n int
	for _, p := range pages(t) {
		html, err := os.ReadFile(p.file)
		if err != nil {
			t.Fatal(err)
		}
		pg, err := webpage.Read(context.Background(), html, "", "")
		if err != nil {
			t.Errorf("%s: %v", p.file, err)
			continue
		}
		want := words(strings.Join(p.body, " "))
		got := words(pg.Text)
		s := score{got: len(got), want: len(want), common: overlap(want, got)}
		s.titleOK = pg.Source.Title == p.title
		s.dateOK = pg.Date.Format(time.DateOnly) == p.date.Format(time.DateOnly)
		t.Logf("%-28s F1 %.3f  boilerplate %4.1f%%  title %v  date %v (%s)", filepath.Base(p.file), s.f1(),
			100*float64(s.got-s.common)/float64(max(s.got, 1)), s.titleOK, s.dateOK, pg.Date.Format(time.DateOnly))
		if !s.titleOK {
			t.Logf("  title %q, want %q", pg.Source.Title, p.title)
		}
		total.got += s.got
		total.want += s.want
		total.common += s.common
		n++
		if s.titleOK {
			titles++
		}
		if s.dateOK {
			dates++
		}
	}
	bp := float64(total.got-total.common) / float64(max(total.got, 1))
	t.Logf("%d pages: F1 %.3f, boilerplate %.2f%%, title %d/%d, date %d/%d", n, total.f1(), 100*bp, titles, n, dates, n)
	if total.f1() < 0.95 {
		t.Errorf("token F1 %.3f, want ≥ 0.95", total.f1())
	}
	if bp > 0.02 {
		t.Errorf("boilerplate %.2f%% of the output, want ≤ 2%%", 100*bp)
	}
	if titles*100 < 95*n || dates*100 < 95*n {
		t.Errorf("title right on %d/%d pages, date on %d/%d, want ≥ 95%%", titles, n, dates, n)
	}
}
