package normalize_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/depeche-nlp/depeche/normalize"
)

func ExampleString() {
	fmt.Println(normalize.String("l\u2019IA a d\u00c3\u00a9clar\u00c3\u00a9:\u201dBien s\u00fbr\u201d\u00a0!"))
	// Output: l'IA a déclaré: “Bien sûr” !
}

func ExampleNormalizer_Normalize() {
	n, err := normalize.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Son rival en difficulté, l’échelle AI, a déposé un procès."
	r, err := n.Normalize(context.Background(), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Text)
	for _, e := range r.Edits {
		fmt.Printf("%s %d-%d %q → %q\n", e.Kind, e.Start, e.End, e.Original, e.Replacement)
	}
	// a span of the normalized text maps back to the text as written
	start, end := r.Span(26, 34)
	fmt.Printf("%q\n", text[start:end])
	// Output:
	// Son rival en difficulté, Scale AI, a déposé un procès.
	// name 26-41 "l’échelle AI" → "Scale AI"
	// "l’échelle AI"
}

func ExampleNormalize() {
	r, err := normalize.Normalize("Elon Musk XAI a levé des fonds.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Text)
	// Output: Elon Musk xAI a levé des fonds.
}

func ExampleResult_Span() {
	text := "Le procès déposé par Ai à l’échelle peint un tableau. Échelle AI allègue l’espionnage."
	r, err := normalize.Normalize(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Text)
	// every "Scale AI" of the normalized text shows the original wording
	for i := 0; ; {
		j := strings.Index(r.Text[i:], "Scale AI")
		if j < 0 {
			break
		}
		start, end := r.Span(i+j, i+j+len("Scale AI"))
		fmt.Printf("%d-%d %q\n", start, end, text[start:end])
		i += j + 1
	}
	// Output:
	// Le procès déposé par Scale AI peint un tableau. Scale AI allègue l'espionnage.
	// 24-42 "Ai à l’échelle"
	// 61-72 "Échelle AI"
}
