package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestTopLevelFlags(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-version"}, {"version"}} {
		if code, out, _ := call(t, "", args...); code != exitOK || !strings.HasPrefix(out, "depeche ") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
	for _, args := range [][]string{{"-h"}, {"--help"}, {"help"}} {
		if code, out, _ := call(t, "", args...); code != exitOK || !strings.Contains(out, "depeche extract") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
}

// TestLanguageTags checks that every --lang and "lang" field takes a BCP
// 47 tag, as money --lang always did.
func TestLanguageTags(t *testing.T) {
	code, out, stderr := call(t, "Die Firma wächst.", "extract", "-q", "--lang", "de-AT", "-")
	if code != exitOK || !strings.Contains(out, `"code": "de"`) {
		t.Errorf("extract --lang de-AT: exit %d, stderr %q", code, stderr)
	}
	code, out, stderr = call(t, `{"id": "x", "text": "Die Firma wächst.", "lang": "de-CH"}`+"\n", "extract", "--jsonl")
	if code != exitOK || !strings.Contains(out, `"code":"de"`) {
		t.Errorf(`"lang": "de-CH": exit %d, stdout %q, stderr %q`, code, out, stderr)
	}
	code, out, _ = call(t, "", "money", "--lang", "fr-FR", "3 millions d'euros")
	if code != exitOK || !strings.Contains(out, `"value":"3000000"`) {
		t.Errorf("money --lang fr-FR: exit %d, %q", code, out)
	}
}

// TestUnreadableAmongSeveral checks that one unreadable file among several
// gives an error record in its place and that the others are analysed.
func TestUnreadableAmongSeveral(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Une dépêche."), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	code, out, stderr := call(t, "", "extract", missing, good)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFailed || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines, stderr %q; want exit 1 and 2 lines", code, len(lines), stderr)
	}
	if !strings.Contains(lines[0], `"code":"unreadable"`) || !strings.Contains(lines[0], `"line":1`) {
		t.Errorf("first line %q: want an unreadable error record", lines[0])
	}
	if !strings.Contains(lines[1], `"schema":"depeche/v1"`) || !strings.Contains(stderr, missing) {
		t.Errorf("second line %.80q, stderr %q", lines[1], stderr)
	}

	records := filepath.Join(dir, "good.jsonl")
	if err := os.WriteFile(records, []byte(`{"id": "r", "text": "Une dépêche."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = call(t, "", "extract", "--jsonl", missing, records)
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFailed || len(lines) != 2 || !strings.Contains(lines[0], `"id":"`+missing+`"`) || !strings.Contains(lines[1], `"id":"r"`) {
		t.Errorf("--jsonl with an unreadable file: exit %d, lines %.200q", code, lines)
	}
}

// TestJSONLBadText checks that invalid UTF-8 and a null text give error
// records naming the line (and the byte) instead of being analysed.
func TestJSONLBadText(t *testing.T) {
	input := "{\"id\":\"x\",\"text\":\"Airbus \xff\xfe lev\xc3\"}\n" +
		`{"id": "n", "text": null}` + "\n" +
		`{"id": "h", "html": null, "text": null}` + "\n" +
		`{"id": "ok", "text": "Bonjour."}` + "\n"
	code, out, stderr := call(t, input, "extract", "--jsonl")
	want := []string{`"line":1,"error":{"code":"invalid_utf8","message":"invalid UTF-8 at byte 25 of the line"}`,
		`"line":2,"error":{"code":"missing_text"`, `"line":3,"error":{"code":"missing_text"`, `"id":"ok"`}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFailed || len(lines) != len(want) {
		t.Fatalf("exit %d, %d lines; stderr %q", code, len(lines), stderr)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d = %.120q, want %q", i+1, lines[i], w)
		}
	}
	if !strings.Contains(stderr, "<stdin>:1: invalid UTF-8 at byte 25") {
		t.Errorf("stderr %q does not name line and byte", stderr)
	}
}

// TestMoneySpans checks that every span money prints slices the text it
// prints, and that a line that is not UTF-8 gives an error record.
func TestMoneySpans(t *testing.T) {
	input := "caf\xff\xff 3 millions d’euros\nEnsuite 5 M€ et 200 000 $.\n"
	code, out, stderr := call(t, input, "money")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFailed || len(lines) != 2 {
		t.Fatalf("exit %d, lines %q, stderr %q", code, lines, stderr)
	}
	if !strings.Contains(lines[0], `"line":1,"error":{"code":"invalid_utf8","message":"invalid UTF-8 at byte 3"}`) {
		t.Errorf("line 1 = %q", lines[0])
	}
	var v moneyLine
	if err := json.Unmarshal([]byte(lines[1]), &v); err != nil || len(v.Amounts) == 0 {
		t.Fatalf("line 2 = %q: %v", lines[1], err)
	}
	for _, a := range v.Amounts {
		if v.Text[a.Start:a.End] != a.Text {
			t.Errorf("[%d,%d) = %q, want %q", a.Start, a.End, v.Text[a.Start:a.End], a.Text)
		}
	}
	if code, out, _ := call(t, "", "money", "x\xff"); code != exitFailed || !strings.Contains(out, "invalid_utf8") {
		t.Errorf("argument not UTF-8: exit %d, %q", code, out)
	}
}

// TestNormalizeEditsInvalidUTF8 checks that --edits refuses text whose
// spans JSON could not carry, while plain normalize repairs it.
func TestNormalizeEditsInvalidUTF8(t *testing.T) {
	in := "caf\xff\xff et l’échelle"
	code, _, stderr := call(t, in, "normalize", "--edits")
	if code != exitFailed || !strings.Contains(stderr, "<stdin>: invalid UTF-8 at byte 3") {
		t.Errorf("--edits: exit %d, stderr %q", code, stderr)
	}
	if code, out, _ := call(t, in, "normalize"); code != exitOK || strings.Contains(out, "\xff") {
		t.Errorf("normalize: exit %d, %q", code, out)
	}
}

// TestBrokenPipeEveryCommand checks that every command ends quietly, with
// status 0, when its output is closed.
func TestBrokenPipeEveryCommand(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
	}{
		{"extract one", "Une phrase.", []string{"extract", "-"}},
		{"extract text", "Une phrase.", []string{"extract", "--format", "text", "-"}},
		{"money", "5 €\n6 €\n", []string{"money"}},
		{"money arguments", "", []string{"money", "5 €"}},
		{"normalize", "l’échelle", []string{"normalize"}},
		{"normalize edits", "l’échelle", []string{"normalize", "--edits"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errOut bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), failingWriter{err: syscall.EPIPE}, &errOut)
			if code != exitOK || errOut.Len() != 0 {
				t.Errorf("exit %d, stderr %q; want 0 and nothing", code, errOut.String())
			}
		})
	}
}

// TestNoStutter checks that an error names each thing once.
func TestNoStutter(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(bad, []byte("ORG\tAcme\nCOMPANY\tFoo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := call(t, "", "extract", "--gazetteer", bad, "-")
	if strings.Contains(stderr, "extract: extract") || strings.Count(stderr, "gazetteer:") > 1 {
		t.Errorf("stderr stutters: %q", stderr)
	}
	_, _, stderr = call(t, "caf\xff", "extract", "-")
	if strings.Contains(stderr, "extract: extract") {
		t.Errorf("stderr stutters: %q", stderr)
	}
}

// TestStoppedWhileLoading checks that a signal that comes while the
// models load stops the command at once, without output.
func TestStoppedWhileLoading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"extract", "--jsonl"}, strings.NewReader(`{"id": "a", "text": "Bonjour."}`+"\n"), &out, &errOut)
	if code != exitFailed || out.Len() != 0 || !strings.Contains(errOut.String(), "stopped") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
	}
}
