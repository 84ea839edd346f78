package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRender draws one document as its page, and a batch as an index with
// a page per document.
func TestRender(t *testing.T) {
	golden := "../../extract/testdata/scale-mercor.fr.golden.json"
	code, out, stderr := call(t, "", "render", golden)
	if code != exitOK || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, `id="V1"`) {
		t.Fatalf("one document: exit %d, stderr %q, page %.200q", code, stderr, out)
	}
	doc, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Join(strings.Fields(string(doc)), " ")
	batch := line + "\n" + `{"id": "x", "line": 2, "error": {"code": "invalid_json", "message": "bad"}}` + "\n" + line + "\n"
	dir := t.TempDir()
	code, out, stderr = call(t, batch, "render", "--out", dir, "-")
	if code != exitOK || out != "" {
		t.Fatalf("batch: exit %d, stderr %q, stdout %.100q", code, stderr, out)
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 documents", "1 records failed", `href="doc-00002.html"`} {
		if !strings.Contains(string(index), want) {
			t.Errorf("the index lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "doc-00002.html")); err != nil {
		t.Error(err)
	}
	if code, _, _ := call(t, "[1,2", "render"); code != exitUsage {
		t.Errorf("bad JSON: exit %d, want %d", code, exitUsage)
	}
}
