package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildCommand builds the command into a temporary directory, for the
// tests that need a process of its own: signals and closed pipes.
func buildCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command (-short)")
	}
	bin := filepath.Join(t.TempDir(), "depeche")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestProcess runs the built command: SIGTERM in the middle of a batch,
// and closed pipes.
func TestProcess(t *testing.T) {
	bin := buildCommand(t)
	t.Run("SIGTERM to a file", func(t *testing.T) { stop(t, bin, syscall.SIGTERM, false) })
	t.Run("SIGTERM to a pipe", func(t *testing.T) { stop(t, bin, syscall.SIGTERM, true) })
	t.Run("SIGINT to a file", func(t *testing.T) { stop(t, bin, syscall.SIGINT, false) })
	t.Run("closed pipe", func(t *testing.T) { closedPipe(t, bin) })
}

// stop sends sig to a 5,000-record batch once it has written its first
// lines, and checks that it ends within the bound, that its output is
// whole lines only, and that the records in flight are reported.
func stop(t *testing.T, bin string, sig os.Signal, toPipe bool) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	var b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&b, `{"id": "r%d", "text": "La société n°%d a levé %d millions d'euros auprès de Sequoia Capital. %s"}`+"\n",
			i, i, i+1, strings.Repeat("Le tour a été mené par Accel. ", i%20))
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "extract", "--jsonl", "-j", "2", "--lang", "fr", in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outPath := filepath.Join(dir, "out.jsonl")
	var lines chan string
	if toPipe {
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		lines = make(chan string, 10000)
		go func() {
			defer close(lines)
			br := bufio.NewReaderSize(stdout, 1<<20)
			for {
				l, err := br.ReadString('\n')
				if l != "" {
					lines <- l
				}
				if err != nil {
					return
				}
			}
		}()
	} else {
		f, err := os.Create(outPath)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdout = f
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait for the first lines
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		if toPipe && len(lines) >= 10 {
			break
		}
		if st, err := os.Stat(outPath); !toPipe && err == nil && st.Size() > 10000 {
			break
		}
	}
	sent := time.Now()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	took := time.Since(sent)
	t.Logf("exit %v %v after %v", err, took, sig)
	if took > 3*time.Second {
		t.Errorf("the run took %v to end after %v", took, sig)
	}
	var out []string
	if toPipe {
		for l := range lines {
			out = append(out, l)
		}
	} else {
		data, err := os.ReadFile(outPath)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 0 && data[len(data)-1] != '\n' {
			t.Errorf("the output ends inside a line")
		}
		out = strings.SplitAfter(string(data), "\n")
		if out[len(out)-1] == "" {
			out = out[:len(out)-1]
		}
	}
	canceled := 0
	for i, l := range out {
		var v struct {
			ID    string
			Error *struct{ Code string }
		}
		if !strings.HasSuffix(l, "\n") || json.Unmarshal([]byte(l), &v) != nil {
			t.Fatalf("line %d is not whole JSON: %.100q…", i+1, l)
		}
		if v.ID != fmt.Sprintf("r%d", i) {
			t.Fatalf("line %d is record %q", i+1, v.ID)
		}
		if v.Error != nil && v.Error.Code == "canceled" {
			canceled++
		}
	}
	if len(out) == 5000 || !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("%d lines, stderr %q: the run was not stopped", len(out), stderr.String())
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("%d of them as \"canceled\"", canceled)) {
		t.Errorf("stderr %q does not report the %d records not done", stderr.String(), canceled)
	}
}

// closedPipe checks that a command whose output is closed, as with
// "| head -1", ends with status 0 and says nothing.
func closedPipe(t *testing.T, bin string) {
	input := strings.Repeat("Il a levé 5 millions d'euros.\n", 100000)
	for _, args := range [][]string{{"money"}, {"normalize"}} {
		cmd := exec.Command(bin, args...)
		cmd.Stdin = strings.NewReader(input)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout = w
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		// read one line, then close, as head -1 does
		if _, err := bufio.NewReader(r).ReadString('\n'); err != nil && args[0] == "money" {
			t.Errorf("%v: reading the first line: %v", args, err)
		}
		r.Close()
		err = cmd.Wait()
		if err != nil || stderr.Len() != 0 {
			t.Errorf("%v with a closed output: %v, stderr %q; want status 0 and nothing", args, err, stderr.String())
		}
	}
}
