package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/internal/conllu"
)

func TestParse(t *testing.T) {
	code, out, errOut := call(t, "Le groupe a racheté la start-up du fondateur. Il l'a dit.", "parse", "--lang", "fr")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ss, err := conllu.ReadAll(strings.NewReader(out))
	if err != nil || len(ss) != 2 || len(ss[0].Multi) != 1 {
		t.Fatalf("output (%v):\n%s", err, out)
	}
}

func TestParseCoNLLU(t *testing.T) {
	in := "# sent_id = a\n# text = Il parle du chat.\n" +
		"1\tIl\t_\t_\t_\t_\t_\t_\t_\t_\n2\tparle\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n3\tde\t_\t_\t_\t_\t_\t_\t_\t_\n4\tle\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"5\tchat\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	code, out, errOut := call(t, in, "parse", "--lang", "fr", "--conllu")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	ss, err := conllu.ReadAll(strings.NewReader(out))
	if err != nil || len(ss) != 1 {
		t.Fatalf("output (%v):\n%s", err, out)
	}
	s := ss[0]
	if len(s.Words) != 6 || s.Comments[0] != "sent_id = a" || s.Multi[0].Form != "du" || s.Words[4].Misc != "SpaceAfter=No" {
		t.Errorf("tokenization or comments not kept:\n%s", out)
	}
	roots := 0
	for _, w := range s.Words {
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 || s.Words[1].Lemma != "parler" {
		t.Errorf("bad analysis:\n%s", out)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  int
		err   string
	}{
		{"bad column count", "1\tIl\t_\t_\n", []string{"parse", "--lang", "fr", "--conllu"}, exitFailed, "line 1"},
		{"head out of range", "1\tIl\t_\t_\t_\t_\t0\troot\t_\t_\n2\tva\t_\t_\t_\t_\t9\tdep\t_\t_\n", []string{"parse", "--lang", "fr", "--conllu"}, exitFailed, "line 2"},
		{"no model", "text", []string{"parse", "--lang", "pt"}, exitUsage, "no model"},
		{"conllu without lang", "", []string{"parse", "--conllu"}, exitFailed, "--lang"},
		{"two files", "", []string{"parse", "a", "b"}, exitUsage, "at most one"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := call(t, tc.stdin, tc.args...)
			if code != tc.want || !strings.Contains(errOut, tc.err) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.want, tc.err)
			}
		})
	}
}

func TestExtractTokens(t *testing.T) {
	code, out, errOut := call(t, "Le groupe a racheté la start-up.", "extract", "--lang", "fr", "--tokens")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Text   string `json:"text"`
		Tokens []struct {
			Start, End int
			Text       string
			Lemma      string
			Head       int
		} `json:"tokens"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) != 7 {
		t.Fatalf("tokens: %+v", doc.Tokens)
	}
	for _, tok := range doc.Tokens {
		if doc.Text[tok.Start:tok.End] != tok.Text || tok.Head < -1 || tok.Head >= len(doc.Tokens) {
			t.Errorf("bad token %+v", tok)
		}
	}
	if _, out, _ := call(t, "Le groupe.", "extract", "--lang", "fr"); strings.Contains(out, `"tokens"`) {
		t.Error("tokens present without --tokens")
	}
}
