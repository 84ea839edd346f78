package conllu_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/depeche-nlp/depeche/internal/conllu"
)

func ExampleReader() {
	r := conllu.NewReader(strings.NewReader(sample))
	s, err := r.Next()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range s.Words {
		fmt.Println(w.ID, w.Form, w.UPOS, w.Head, w.Deprel)
	}
	_, err = conllu.NewReader(strings.NewReader("1\tw\tw\tX\t_\t_\t4\tdep\t_\t_\n")).Next()
	fmt.Println(err)
	// Output:
	// 1 Il PRON 2 nsubj
	// 2 parle VERB 0 root
	// 3 de ADP 5 case
	// 4 le DET 5 det
	// 5 chat NOUN 2 obl
	// 6 . PUNCT 2 punct
	// conllu: line 1: head 4 out of range: the sentence has 1 words
}

func ExampleWrite() {
	s := &conllu.Sentence{Words: []conllu.Word{{ID: 1, Form: "Oui", Lemma: "oui", UPOS: "INTJ", Head: 0, Deprel: "root"}}}
	_ = conllu.Write(os.Stdout, s)
	// Output:
	// 1	Oui	oui	INTJ	_	_	0	root	_	_
}
