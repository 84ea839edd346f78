package analysis

import (
	"io"
	"strconv"

	"github.com/depeche-nlp/depeche/internal/conllu"
)

// WriteCoNLLU writes the document in CoNLL-U, one block per sentence, with the sentence text
// as a comment and the words of each multiword token under a range line.
func (d *Doc) WriteCoNLLU(w io.Writer) error {
	for k, s := range d.Sentences {
		cs := conllu.Sentence{Comments: []string{"sent_id = " + strconv.Itoa(k+1), "text = " + oneLine(d.Text[s.Start:s.End])}}
		for i := s.First; i < s.Last; i++ {
			t := d.Tokens[i]
			id := i - s.First + 1
			if t.Part == 1 {
				last := i
				for last+1 < s.Last && d.Tokens[last+1].Part > 1 {
					last++
				}
				cs.Multi = append(cs.Multi, conllu.Multiword{First: id, Last: id + last - i, Form: oneLine(d.Text[t.Start:t.End])})
			}
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.First + 1
			}
			cs.Words = append(cs.Words, conllu.Word{ID: id, Form: oneLine(d.Form(i)), Lemma: oneLine(d.Lemma(i)),
				UPOS: t.UPOS.String(), XPOS: "_", Feats: t.Feats.String(), Head: head, Deprel: t.Rel.String(), Deps: "_", Misc: "_"})
		}
		if err := conllu.Write(w, &cs); err != nil {
			return err
		}
	}
	return nil
}

// oneLine replaces the tabs and line breaks that CoNLL-U columns and comments cannot hold.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' || s[i] == '\n' || s[i] == '\r' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] == '\t' || b[j] == '\n' || b[j] == '\r' {
					b[j] = ' '
				}
			}
			return string(b)
		}
	}
	return s
}
