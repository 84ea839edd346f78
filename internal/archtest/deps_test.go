package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

// heavy are the dependencies that carry large models: lingua-go (about
// 130 MB of language models) and prose.
var heavy = []string{"github.com/pemistahl/lingua-go", "github.com/jdkato/prose"}

// TestLightPackages checks that the packages a program may use on their own
// (to parse amounts, repair text, find names, dates or events) do not pull
// in lingua-go or prose, and that nothing imports extract.
func TestLightPackages(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	light := []string{"money", "normalize", "entities", "gazetteer", "segment", "dates", "events"}
	for _, pkg := range light {
		t.Run(pkg, func(t *testing.T) {
			out, err := exec.Command(goTool, "list", "-deps", "github.com/depeche-nlp/depeche/"+pkg).CombinedOutput()
			if err != nil {
				t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
			}
			for dep := range strings.Lines(string(out)) {
				for _, h := range heavy {
					if strings.HasPrefix(dep, h) {
						t.Errorf("%s depends on %s", pkg, strings.TrimSpace(dep))
					}
				}
			}
		})
	}
	t.Run("nothing imports extract", func(t *testing.T) {
		out, err := exec.Command(goTool, "list", "-f", `{{.ImportPath}}: {{join .Imports " "}}`, "github.com/depeche-nlp/depeche/...").CombinedOutput()
		if err != nil {
			t.Fatalf("go list: %v\n%s", err, out)
		}
		for line := range strings.Lines(string(out)) {
			pkg, imports, _ := strings.Cut(strings.TrimSpace(line), ": ")
			if strings.Contains(pkg, "/cmd/") || strings.Contains(pkg, "/examples/") || strings.Contains(pkg, "/bench/") || aboveExtract[pkg] {
				continue
			}
			for imp := range strings.FieldsSeq(imports) {
				if imp == "github.com/depeche-nlp/depeche/extract" {
					t.Errorf("%s imports extract; only commands, examples, benchmark programs and the adapters above the pipeline may", pkg)
				}
			}
		}
	})
}

// aboveExtract are the packages that sit above the pipeline and so may
// import extract: they consume its Documents or feed it articles, and no
// stage imports them.
//   - webpage, an input adapter that implements extract.HTMLReader
//     (extract declares the interface and never imports it);
//   - server, the HTTP API over a Pipeline;
//   - internal/jsonl, the JSON Lines records of batch input and output;
//   - internal/summary, the human text rendering of a Document;
//   - render, the HTML pages of Documents.
var aboveExtract = map[string]bool{
	"github.com/depeche-nlp/depeche/webpage":          true,
	"github.com/depeche-nlp/depeche/server":           true,
	"github.com/depeche-nlp/depeche/internal/jsonl":   true,
	"github.com/depeche-nlp/depeche/internal/summary": true,
	"github.com/depeche-nlp/depeche/render":           true,
}

// TestTextOnlyCarriesNoHTML checks that a program that passes text to the
// pipeline does not carry the HTML extractor: extract reaches neither
// go-trafilatura nor an HTML parser.
func TestTextOnlyCarriesNoHTML(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "github.com/depeche-nlp/depeche/extract").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps extract: %v\n%s", err, out)
	}
	for dep := range strings.Lines(string(out)) {
		dep = strings.TrimSpace(dep)
		if strings.HasPrefix(dep, "github.com/markusmobius/") || strings.HasPrefix(dep, "golang.org/x/net/html") || dep == "github.com/depeche-nlp/depeche/webpage" {
			t.Errorf("extract depends on %s", dep)
		}
	}
}
