package render_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/render"
)

var update = flag.Bool("update", false, "rewrite the screenshots in testdata/screenshots")

// chromium runs headless Chromium (Debian's package; .ci/run installs it)
// on a page and returns the DOM after load and what it logged; it also
// writes a screenshot and a log of the network to dir.
func chromium(t *testing.T, bin, page, dir string, extra ...string) (dom, log string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0"}, extra...)
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, append(args, "--dump-dom", "file://"+page)...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// consoleLines gives the lines of Chromium's log that come from the page's
// console (errors, CSP violations).
func consoleLines(log string) []string {
	var out []string
	for line := range strings.Lines(log) {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Content Security Policy") {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// TestBrowser renders the page of each sample in headless Chromium and
// checks the DOM: every entity and event present, no console message, no
// network request; and that a hostile article stays inert. It skips when
// Chromium is not installed.
func TestBrowser(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (apt-get install chromium)")
	}
	dir := t.TempDir()
	for i, path := range samples {
		doc := load(t, path)
		page := filepath.Join(dir, fmt.Sprintf("sample-%d.html", i))
		writePage(t, page, doc)
		netlog := filepath.Join(dir, fmt.Sprintf("net-%d.json", i))
		dom, log := chromium(t, bin, page, dir, "--log-net-log="+netlog)
		for _, e := range doc.Entities {
			if !strings.Contains(dom, fmt.Sprintf(`href="#m-%s-0"`, e.ID)) {
				t.Errorf("%s: entity %s missing from the DOM", path, e.ID)
			}
		}
		for _, ev := range doc.Events {
			if !strings.Contains(dom, fmt.Sprintf(`id="%s"`, ev.ID)) || !strings.Contains(dom, fmt.Sprintf(`id="ev-%s-0"`, ev.ID)) {
				t.Errorf("%s: event %s missing from the DOM", path, ev.ID)
			}
		}
		if lines := consoleLines(log); len(lines) > 0 {
			t.Errorf("%s: console: %q", path, lines)
		}
		if b, err := os.ReadFile(netlog); err == nil {
			if urls := pageRequests(string(b)); len(urls) > 0 {
				t.Errorf("%s: the page made network requests: %q", path, urls)
			}
		}
		shot := filepath.Join(dir, fmt.Sprintf("sample-%d.png", i))
		if *update {
			shot = filepath.Join("testdata", "screenshots", strings.TrimSuffix(filepath.Base(path), ".golden.json")+".png")
		}
		chromium(t, bin, page, dir, "--window-size=1280,1600", "--screenshot="+shot)
		if _, err := os.Stat(shot); err != nil {
			t.Errorf("no screenshot: %v", err)
		}
	}
	page := filepath.Join(dir, "hostile.html")
	writePage(t, page, hostile())
	dom, log := chromium(t, bin, page, dir)
	if strings.Contains(dom, "<script") || strings.Contains(dom, "<img") || strings.Contains(dom, "<iframe") {
		t.Errorf("the hostile article made markup: %.2000s", dom)
	}
	if lines := consoleLines(log); len(lines) > 0 {
		t.Errorf("hostile article: console: %q", lines)
	}
}

// pageRequests gives the URLs of a net log that are neither the page's
// file nor Chromium's own services (time, updates, accounts), which the
// browser calls whatever the page.
func pageRequests(netlog string) []string {
	var out []string
	for _, part := range strings.Split(netlog, `"url":"`)[1:] {
		u, _, _ := strings.Cut(part, `"`)
		if strings.HasPrefix(u, "file://") || strings.HasPrefix(u, "data:") {
			continue
		}
		host := strings.TrimPrefix(strings.TrimPrefix(u, "http://"), "https://")
		host, _, _ = strings.Cut(host, "/")
		if strings.HasSuffix(host, ".google.com") || strings.HasSuffix(host, ".googleapis.com") || strings.HasSuffix(host, ".gstatic.com") {
			continue
		}
		out = append(out, u)
	}
	return out
}

func writePage(t *testing.T, path string, doc *extract.Document) {
	t.Helper()
	var b bytes.Buffer
	if err := render.Document(&b, doc, render.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
