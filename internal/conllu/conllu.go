package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/depeche-nlp/depeche/internal/gzfile"
)

// ErrSyntax is the sentinel every malformed line wraps.
var ErrSyntax = errors.New("conllu: syntax error")

// SyntaxError reports a malformed line. Line counts from 1.
type SyntaxError struct {
	Line int
	Msg  string
}

// Error gives the line number and what is wrong with it.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg)
}

// Unwrap returns ErrSyntax.
func (e *SyntaxError) Unwrap() error { return ErrSyntax }

// NoHead is the Head of a word whose head column is "_".
const NoHead = -1

// Word is one syntactic word: the ten columns of a word line. ID counts from 1 within the
// sentence; Head is 0 for the root, NoHead when the column is "_". Empty columns hold "_".
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// Multiword is a multiword token: the surface Form of words First..Last ("du" for "de" "le").
type Multiword struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence: its comment lines (without the leading "# "), its words in order
// and its multiword tokens. Line is the line of its first word.
type Sentence struct {
	Comments []string
	Words    []Word
	Multi    []Multiword
	Line     int
}

// Text returns the value of the "text = " comment, or "" when there is none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "text = "); ok {
			return v
		}
	}
	return ""
}

// Reader reads sentences from CoNLL-U input.
type Reader struct {
	r     *bufio.Reader
	line  int
	lines []int // the line of each word of the current sentence
	err   error
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10)}
}

// Next returns the next sentence, or io.EOF when the input has no more. A malformed line gives
// a *SyntaxError; a read error is returned wrapped. After an error Next returns it again.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	s, err := r.next()
	if err != nil {
		r.err = err
	}
	return s, err
}

func (r *Reader) next() (*Sentence, error) {
	var s Sentence
	r.lines = r.lines[:0]
	started := false
	for {
		text, err := r.r.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("conllu: line %d: %w", r.line+1, err)
		}
		if text == "" && err == io.EOF {
			if !started {
				return nil, io.EOF
			}
			return r.done(&s)
		}
		r.line++
		line := strings.TrimRight(text, "\r\n")
		switch {
		case line == "":
			if started {
				return r.done(&s)
			}
		case line[0] == '#':
			started = true
			s.Comments = append(s.Comments, strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
		default:
			if s.Line == 0 {
				s.Line = r.line
			}
			started = true
			if err := r.word(&s, line); err != nil {
				return nil, err
			}
		}
		if err == io.EOF {
			if !started {
				return nil, io.EOF
			}
			return r.done(&s)
		}
	}
}

func (r *Reader) fail(format string, args ...any) error {
	return &SyntaxError{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// word parses one word, multiword or empty-node line into s.
func (r *Reader) word(s *Sentence, line string) error {
	var cols [10]string
	n := 0
	for n < 9 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		cols[n], line = line[:i], line[i+1:]
		n++
	}
	if strings.IndexByte(line, '\t') >= 0 {
		return r.fail("more than 10 columns")
	}
	cols[n] = line
	n++
	if n != 10 {
		return r.fail("%d columns, want 10", n)
	}
	id := cols[0]
	if strings.IndexByte(id, '.') >= 0 {
		return nil // an empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first != len(s.Words)+1 || last <= first {
			return r.fail("bad multiword range %q after word %d", id, len(s.Words))
		}
		s.Multi = append(s.Multi, Multiword{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return r.fail("word ID %q, want %d", id, len(s.Words)+1)
	}
	head := NoHead
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return r.fail("head %q is not a word number", cols[6])
		}
		head = h
	}
	for i, c := range cols {
		if c == "" {
			return r.fail("column %d is empty", i+1)
		}
	}
	r.lines = append(r.lines, r.line)
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
	})
	return nil
}

// done returns s once finish accepts it.
func (r *Reader) done(s *Sentence) (*Sentence, error) {
	if err := r.finish(s); err != nil {
		return nil, err
	}
	return s, nil
}

// finish checks what only the whole sentence tells: heads in range, ranges inside the words.
func (r *Reader) finish(s *Sentence) error {
	if len(s.Words) == 0 {
		return &SyntaxError{Line: r.line, Msg: "sentence without words"}
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return &SyntaxError{Line: r.lines[w.ID-1],
				Msg: fmt.Sprintf("head %d out of range: the sentence has %d words", w.Head, len(s.Words))}
		}
	}
	for _, m := range s.Multi {
		if m.Last > len(s.Words) {
			return &SyntaxError{Line: s.Line, Msg: fmt.Sprintf("multiword range %d-%d beyond the last word %d", m.First, m.Last, len(s.Words))}
		}
	}
	return nil
}

// Write writes s in CoNLL-U, ending with the blank line.
func Write(w io.Writer, s *Sentence) error {
	var b strings.Builder
	for _, c := range s.Comments {
		b.WriteString("# ")
		b.WriteString(c)
		b.WriteByte('\n')
	}
	m := 0
	for _, wd := range s.Words {
		for m < len(s.Multi) && s.Multi[m].First < wd.ID {
			m++
		}
		if m < len(s.Multi) && s.Multi[m].First == wd.ID {
			mw := s.Multi[m]
			fmt.Fprintf(&b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", mw.First, mw.Last, orBlank(mw.Form), orBlank(mw.Misc))
			m++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, orBlank(wd.Form), orBlank(wd.Lemma),
			orBlank(wd.UPOS), orBlank(wd.XPOS), orBlank(wd.Feats), head, orBlank(wd.Deprel), orBlank(wd.Deps), orBlank(wd.Misc))
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the file at path, decompressing it when its name ends in
// ".gz". Errors name the file.
func ReadFile(path string) ([]*Sentence, error) {
	r, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	ss, err := ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}
