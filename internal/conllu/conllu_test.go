package conllu_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/internal/conllu"
	"github.com/depeche-nlp/depeche/internal/testcorpus"
)

const sample = "# sent_id = 1\n# text = Il parle du chat.\n" +
	"1\tIl\til\tPRON\t_\tNumber=Sing\t2\tnsubj\t_\t_\n" +
	"2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_\n" +
	"3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n" +
	"4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n" +
	"5\tchat\tchat\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n" +
	"5.1\tx\tx\tX\t_\t_\t_\t_\t2:dep\t_\n" +
	"6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"

func TestReadWrite(t *testing.T) {
	ss, err := conllu.ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || len(ss[0].Words) != 6 || len(ss[0].Multi) != 1 {
		t.Fatalf("got %d sentences, %+v", len(ss), ss)
	}
	s := ss[0]
	if s.Text() != "Il parle du chat." || s.Words[4].Head != 2 || s.Multi[0].Form != "du" || s.Line != 3 {
		t.Errorf("bad sentence %+v", s)
	}
	var b bytes.Buffer
	if err := conllu.Write(&b, s); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(sample, "5.1\tx\tx\tX\t_\t_\t_\t_\t2:dep\t_\n", "", 1)
	if b.String() != want {
		t.Errorf("round trip:\n%s\nwant\n%s", b.String(), want)
	}
}

func TestErrors(t *testing.T) {
	word := func(id, head string) string { return id + "\tw\tw\tX\t_\t_\t" + head + "\tdep\t_\t_\n" }
	tests := []struct {
		name  string
		input string
		line  int
	}{
		{"nine columns", "# c\n1\tw\tw\tX\t_\t_\t0\troot\t_\n", 2},
		{"eleven columns", "1\tw\tw\tX\t_\t_\t0\troot\t_\t_\t_\n", 1},
		{"ID not a number", word("x", "0"), 1},
		{"ID skips", word("1", "0") + word("3", "1"), 2},
		{"head not a number", word("1", "r"), 1},
		{"negative head", word("1", "-1"), 1},
		{"head out of range", word("1", "0") + word("2", "7") + word("3", "1"), 2},
		{"empty column", "1\t\tw\tX\t_\t_\t0\troot\t_\t_\n", 1},
		{"bad range", "2-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n" + word("1", "0"), 1},
		{"range past the end", word("1", "0") + "2-3\tx\t_\t_\t_\t_\t_\t_\t_\t_\n" + word("2", "1") + "\n", 1},
		{"second sentence", word("1", "0") + "\n" + word("1", "0") + word("2", "9") + "\n", 4},
		{"comments only", "# a\n\n", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := conllu.ReadAll(strings.NewReader(tc.input))
			var se *conllu.SyntaxError
			if !errors.As(err, &se) || !errors.Is(err, conllu.ErrSyntax) {
				t.Fatalf("err = %v, want a *SyntaxError", err)
			}
			if se.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", se.Line, tc.line, err)
			}
		})
	}
}

func TestLongToken(t *testing.T) {
	long := strings.Repeat("a", 1<<20)
	ss, err := conllu.ReadAll(strings.NewReader("1\t" + long + "\t_\tX\t_\t_\t0\troot\t_\t_"))
	if err != nil || len(ss) != 1 || ss[0].Words[0].Form != long {
		t.Fatalf("err %v", err)
	}
}

// TestTreebanks reads every shared UD file and writes it back byte for byte, apart from empty
// nodes. It skips when ../shared is absent.
func TestTreebanks(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testcorpus.Shared(t, "corpora", "ud"), "*", "*.conllu.gz"))
	for _, f := range files[:min(3, len(files))] {
		ss, err := conllu.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw := gunzip(t, f)
		var b bytes.Buffer
		for _, s := range ss {
			if err := conllu.Write(&b, s); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Contains(raw, []byte("\n8.1\t")) && !bytes.Equal(b.Bytes(), raw) {
			t.Errorf("%s: round trip differs", f)
		}
	}
}

func gunzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tw\tw\tX\t_\t_\t5\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := conllu.ReadAll(strings.NewReader(in))
		if err != nil {
			var se *conllu.SyntaxError
			if !errors.As(err, &se) || se.Line < 1 {
				t.Fatalf("error %v names no line", err)
			}
			return
		}
		for _, s := range ss {
			for _, w := range s.Words {
				if w.Head > len(s.Words) {
					t.Fatalf("head %d out of range", w.Head)
				}
			}
		}
	})
}
