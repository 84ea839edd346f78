package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/money"
	"golang.org/x/text/language"
)

// moneyLine is one output line of "depeche money".
type moneyLine struct {
	Text    string           `json:"text"`
	Amounts []extract.Amount `json:"amounts"`
}

func runMoney(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("money", "[--lang CODE] [TEXT ...]", stderr)
	code := fs.String("lang", "", "language `CODE` of the text (BCP 47, e.g. fr); default: every supported language")
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
	emit := func(text string) error {
		line := moneyLine{Text: text, Amounts: []extract.Amount{}}
		for _, m := range money.Find(text, opts...) {
			line.Amounts = append(line.Amounts, extract.AmountFrom(m))
		}
		b, err := json.Marshal(line)
		if err != nil {
			return err
		}
		_, err = stdout.Write(append(b, '\n'))
		return err
	}
	if texts := fs.Args(); len(texts) > 0 {
		for _, t := range texts {
			if err := emit(t); err != nil {
				return writeFailed(stderr, "money", err)
			}
		}
		return exitOK
	}
	br := bufio.NewReader(stdin)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxLine)
		if len(line) > 0 || tooLong {
			if tooLong {
				fmt.Fprintf(stderr, "depeche money: <stdin>:%d: line longer than %d bytes, skipped\n", n, maxLine)
			} else if err := emit(string(line)); err != nil {
				return writeFailed(stderr, "money", err)
			}
		}
		if err == io.EOF {
			return exitOK
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
