package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/jsonl"
	"github.com/depeche-nlp/depeche/internal/utf8pos"
	"github.com/depeche-nlp/depeche/money"
	"golang.org/x/text/language"
)

// moneyLine is one output line of "depeche money".
type moneyLine struct {
	Text    string           `json:"text"`
	Amounts []extract.Amount `json:"amounts"`
}

func runMoney(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("money", "[--lang TAG] [TEXT ...]", stderr)
	code := fs.String("lang", "", "language `TAG` of the text (BCP 47: fr, fr-FR); default: every supported language")
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	var opts []money.Option
	if *code != "" {
		tag, err := language.Parse(*code)
		if err != nil {
			fmt.Fprintf(stderr, "depeche money: --lang: %v\n", err)
			return exitUsage
		}
		opts = append(opts, money.WithLanguage(tag))
	}
	status := exitOK
	// emit writes the amounts of one text, or an error record for text
	// that is not UTF-8: JSON would print it altered and the spans would
	// not slice it.
	emit := func(where string, n int, text string) error {
		var v any
		if !utf8.ValidString(text) {
			status = exitFailed
			msg := fmt.Sprintf("invalid UTF-8 at byte %d", utf8pos.FirstInvalid(text))
			fmt.Fprintf(stderr, "depeche money: %s %d: %s\n", where, n, msg)
			v = jsonl.Failure{Line: n, Error: &jsonl.Error{Code: jsonl.CodeInvalidUTF8, Message: msg}}
		} else {
			line := moneyLine{Text: text, Amounts: []extract.Amount{}}
			for _, m := range money.Find(text, opts...) {
				line.Amounts = append(line.Amounts, extract.AmountFrom(m))
			}
			v = line
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		_, err = stdout.Write(append(b, '\n'))
		return err
	}
	if texts := fs.Args(); len(texts) > 0 {
		for i, t := range texts {
			if err := emit("argument", i+1, t); err != nil {
				return writeFailed(stderr, "money", err)
			}
		}
		return status
	}
	br := bufio.NewReader(stdin)
	for n := 1; ; n++ {
		line, _, tooLong, err := jsonl.ReadLine(br, jsonl.MaxLine)
		if len(line) > 0 || tooLong {
			if tooLong {
				status = exitFailed
				fmt.Fprintf(stderr, "depeche money: <stdin>:%d: line longer than %d bytes, skipped\n", n, jsonl.MaxLine)
			} else if err := emit("line", n, string(line)); err != nil {
				return writeFailed(stderr, "money", err)
			}
		}
		if err == io.EOF {
			return status
		}
		if err != nil {
			fmt.Fprintf(stderr, "depeche money: <stdin>:%d: %v\n", n, err)
			return exitUsage
		}
	}
}

// writeFailed reports an output error and gives the exit status: quiet
// and 0 on a closed pipe, else 1.
func writeFailed(stderr io.Writer, cmd string, err error) int {
	if brokenPipe(err) {
		return exitOK
	}
	fmt.Fprintf(stderr, "depeche %s: writing output: %v\n", cmd, err)
	return exitFailed
}
