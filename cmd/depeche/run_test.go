package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// call runs the command with args and stdin and returns its exit status
// and outputs.
func call(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const sample = "../../examples/testdata/scale-mercor.fr.txt"

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
		err  string // a substring of stderr
	}{
		{"no command", nil, exitUsage, "usage"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"bad flag", []string{"extract", "--nope"}, exitUsage, "flag provided but not defined"},
		{"bad date", []string{"extract", "--published", "5 septembre", sample}, exitUsage, "--published"},
		{"bad language", []string{"extract", "--lang", "xx", sample}, exitUsage, "--lang"},
		{"bad format", []string{"extract", "--format", "yaml", sample}, exitUsage, "--format"},
		{"no workers", []string{"extract", "-j", "0", sample}, exitUsage, "-j"},
		{"unreadable file", []string{"extract", "does-not-exist.txt"}, exitUsage, "does-not-exist.txt"},
		{"help", []string{"extract", "-h"}, exitOK, "usage: depeche extract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := call(t, "", tt.args...)
			if code != tt.want || !strings.Contains(stderr, tt.err) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.want, tt.err)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := call(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "depeche ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}

func TestExtractOneFile(t *testing.T) {
	code, out, stderr := call(t, "", "extract", "--published", "2025-09-05", sample)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON document: %v", err)
	}
	if doc["schema"] != "depeche/v1" || doc["published"] != "2025-09-05" || doc["id"] != sample {
		t.Errorf("schema, published, id = %v, %v, %v", doc["schema"], doc["published"], doc["id"])
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, stderr := call(t, "La société a été fondée à Lyon.", "extract", "-")
	if code != exitOK || !strings.Contains(out, `"schema": "depeche/v1"`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

// TestExtractJSONL checks the batch rule: one output line per record, in
// input order, with error records that carry the line number.
func TestExtractJSONL(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "La société a levé des fonds.", "published": "2025-09-05"}`,
		`{"id": "b", "text": `,
		``,
		`{"id": 7, "html": "<p>Bonjour</p>"}`,
		`{"id": "d"}`,
		`{"id": "e", "text": 42}`,
		`{"id": "f", "text": "Ok.", "published": "hier"}`,
		`{"id": "g", "text": "The company hired 20 engineers.", "lang": "en"}`,
		`{"id": "h", "html": "\u0000\u0001PNG"}`,
	}, "\n")
	code, out, stderr := call(t, input, "extract", "--jsonl", "-j", "3")
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	type line struct {
		Schema string `json:"schema"`
		ID     string `json:"id"`
		Line   int    `json:"line"`
		Error  *struct {
			Code string `json:"code"`
		} `json:"error"`
	}
	want := []string{"a ok", " 2 invalid_json", "7 ok", "d 5 missing_text", "e 6 invalid_field", "f 7 invalid_field", "g ok", "h 9 not_html"}
	var got []string
	for l := range strings.Lines(out) {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		if v.Error == nil {
			got = append(got, v.ID+" ok")
		} else {
			got = append(got, v.ID+" "+itoa(v.Line)+" "+v.Error.Code)
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("records:\n got %q\nwant %q", got, want)
	}
	if !strings.Contains(stderr, "<stdin>:2:") {
		t.Errorf("stderr does not name the line: %q", stderr)
	}
}

// TestExtractHTMLFile reads a page named .html as HTML: the document's
// text is the article, its date comes from the page and its source block
// names the page.
func TestExtractHTMLFile(t *testing.T) {
	page := "../../webpage/testdata/pages/agrivolt.html"
	code, out, stderr := call(t, "", "extract", page)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Published string `json:"published"`
		Text      string `json:"text"`
		Source    struct {
			Title, URL, Lang string
		} `json:"source"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2025-09-02" || doc.Source.Title != "Agrivolt lève 18 millions d’euros pour ses serres solaires" ||
		doc.Source.Lang != "fr" || !strings.HasPrefix(doc.Text, "La jeune pousse lyonnaise Agrivolt") || strings.Contains(doc.Text, "cookies") {
		t.Errorf("published %q, source %+v, text %.80q", doc.Published, doc.Source, doc.Text)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestExtractSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, text := range []string{"Première dépêche.", "Second dispatch.", "Troisième."} {
		f := filepath.Join(dir, "a"+itoa(i)+".txt")
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	code, out, stderr := call(t, "", append([]string{"extract", "-j", "2"}, files...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(files) {
		t.Fatalf("%d lines for %d files", len(lines), len(files))
	}
	for i, l := range lines {
		var v struct{ ID string }
		if err := json.Unmarshal([]byte(l), &v); err != nil || v.ID != files[i] {
			t.Errorf("line %d: id %q, err %v; want %q", i+1, v.ID, err, files[i])
		}
	}
}

func TestExtractTextFormat(t *testing.T) {
	code, out, stderr := call(t, "", "extract", "--format", "text", sample)
	if code != exitOK || !strings.HasPrefix(out, "== "+sample+" (fr") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

// failingWriter fails every write, as a closed pipe does.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestClosedStdout(t *testing.T) {
	var errOut bytes.Buffer
	input := strings.Repeat(`{"id": "x", "text": "Une phrase."}`+"\n", 50)
	code := run(context.Background(), []string{"extract", "--jsonl"}, strings.NewReader(input), failingWriter{err: os.ErrClosed}, &errOut)
	if code != exitFailed || !strings.Contains(errOut.String(), "writing output") {
		t.Errorf("write error: exit %d, stderr %q", code, errOut.String())
	}
}

// TestHugeLine checks that a JSON Lines record over the limit gives an
// error record and that the next record is still analysed.
func TestHugeLine(t *testing.T) {
	huge := `{"id": "big", "text": "` + strings.Repeat("a", 50<<20) + `"}`
	input := huge + "\n" + `{"id": "next", "text": "Une phrase."}` + "\n"
	code, out, _ := call(t, input, "extract", "--jsonl")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFailed || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines; want exit %d and 2 lines", code, len(lines), exitFailed)
	}
	if !strings.Contains(lines[0], `"line":1`) || !strings.Contains(lines[0], `"code":"too_large"`) {
		t.Errorf("first line = %.200s, want a too_large error record for line 1", lines[0])
	}
	if !strings.Contains(lines[1], `"id":"next"`) || strings.Contains(lines[1], `"error"`) {
		t.Errorf("second line = %.200s, want the next document", lines[1])
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  []string // value and currency of each line's amounts
	}{
		{"arguments", []string{"money", "Meta a investi 14,3 milliards de dollars", "rien"}, "", []string{"14300000000 USD", ""}},
		{"standard input", []string{"money", "--lang", "en"}, "raised $14.3bn\n\nup to €200m\n", []string{"14300000000 USD", "200000000 EUR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := call(t, tt.stdin, tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got []string
			for l := range strings.Lines(out) {
				var v struct {
					Text    string
					Amounts []struct{ Value, Max, Currency string }
				}
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("line %q: %v", l, err)
				}
				var parts []string
				for _, a := range v.Amounts {
					parts = append(parts, a.Value+" "+a.Currency)
				}
				got = append(got, strings.Join(parts, ","))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("amounts %q, want %q", got, tt.want)
			}
		})
	}
	if code, _, stderr := call(t, "", "money", "--lang", "!!"); code != exitUsage || !strings.Contains(stderr, "--lang") {
		t.Errorf("bad --lang: exit %d, %q", code, stderr)
	}
}

func TestNormalize(t *testing.T) {
	in := "Le groupe a déclaré:”Bien sûr”.\u00a0Fin."
	code, out, stderr := call(t, in, "normalize")
	if code != exitOK || out == in || out == "" {
		t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
	}
	code, out, stderr = call(t, in, "normalize", "--edits")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var v struct {
		Text, Normalized string
		Edits            []struct {
			Start, End int
			Original   string
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Text != in || len(v.Edits) == 0 {
		t.Fatalf("text %q, %d edits", v.Text, len(v.Edits))
	}
	for _, e := range v.Edits {
		if in[e.Start:e.End] != e.Original {
			t.Errorf("edit [%d,%d) = %q, original %q", e.Start, e.End, in[e.Start:e.End], e.Original)
		}
	}
	if code, _, _ := call(t, "", "normalize", "a", "b"); code != exitUsage {
		t.Errorf("two files: exit %d, want %d", code, exitUsage)
	}
}

func TestGroup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "groups.json")
	files := []string{"../../examples/testdata/scale-mercor-mt.fr.txt", sample}
	code, out, stderr := call(t, "", append([]string{"extract", "--published", "2025-09-05", "--group", path}, files...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(out, "\n"); n != len(files) {
		t.Errorf("%d output lines for %d files: --group must leave them unchanged", n, len(files))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Schema string
		Groups []struct {
			Type    string
			Members []struct{ Document int }
		}
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, g := range v.Groups {
		types[g.Type] = true
	}
	if v.Schema != "depeche/v1-groups" || !types["investment"] {
		t.Errorf("groups file: schema %q, types %v; want the shared investment", v.Schema, types)
	}
}

// TestBrokenPipe checks that a closed standard output, as with "| head",
// ends the run quietly.
func TestBrokenPipe(t *testing.T) {
	var errOut bytes.Buffer
	input := strings.Repeat(`{"id": "x", "text": "Une phrase."}`+"\n", 50)
	code := run(context.Background(), []string{"extract", "--jsonl"}, strings.NewReader(input), failingWriter{err: syscall.EPIPE}, &errOut)
	if code != exitOK || errOut.Len() != 0 {
		t.Errorf("broken pipe: exit %d, stderr %q; want a quiet end", code, errOut.String())
	}
}

// lineWriter records every Write, to check that each one is whole lines.
type lineWriter struct{ writes []string }

func (w *lineWriter) Write(b []byte) (int, error) {
	w.writes = append(w.writes, string(b))
	return len(b), nil
}

// TestWholeLines checks that every output line goes out in one Write, so
// that a run killed at any moment leaves only whole lines.
func TestWholeLines(t *testing.T) {
	w := &lineWriter{}
	input := `{"id": "a", "text": "` + strings.Repeat("La société a levé 10 M€. ", 4000) + `"}` + "\n" + `{"id": "b"}` + "\n"
	code := run(context.Background(), []string{"extract", "--jsonl", "-j", "2"}, strings.NewReader(input), w, io.Discard)
	if code != exitFailed || len(w.writes) != 2 {
		t.Fatalf("exit %d, %d writes; want exit %d and 2 writes", code, len(w.writes), exitFailed)
	}
	for i, s := range w.writes {
		if strings.Count(s, "\n") != 1 || !strings.HasSuffix(s, "\n") {
			t.Errorf("write %d is not one whole line (%d bytes)", i, len(s))
		}
	}
}

func TestGazetteerFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "mine.tsv")
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(good, []byte("# source: test\nORG\tZorblax Dynamics\tZorblax\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("ORG\tAcme\nCOMPANY\tFoo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := call(t, "Selon le rapport, Zorblax a publié des résultats en hausse.", "extract", "--gazetteer", good, "-")
	if code != exitOK || !strings.Contains(out, `"name": "Zorblax Dynamics"`) {
		t.Errorf("user gazetteer: exit %d, stderr %q; the entity is missing", code, stderr)
	}
	code, _, stderr = call(t, "", "extract", "--gazetteer", bad, "-")
	if code != exitUsage || !strings.Contains(stderr, bad+":2:") {
		t.Errorf("bad gazetteer: exit %d, stderr %q; want exit 2 naming %s:2", code, stderr, bad)
	}
}
