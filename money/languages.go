package money

import (
	"fmt"
	"strings"
)

// langAny is the mask of a phrase written the same in every language ("*"
// in the tables: signs and codes).
const langAny uint8 = 0xff

// maxLangs is how many languages a mask can hold.
const maxLangs = 8

// readLanguages reads data/languages.tsv: the languages of the tables and
// how each writes its figures. A language is added by a line there and its
// words in the other tables; no code names a language.
func (lx *lexicon) readLanguages() error {
	const name = "data/languages.tsv"
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("money: %s: %w", name, err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || cols[0] == "" || cols[0] == "*" || (cols[1] != "." && cols[1] != ",") {
			return fmt.Errorf("money: %s:%d: want code TAB decimal separator (. or ,)", name, n+1)
		}
		if len(lx.codes) == maxLangs || lx.langBit(cols[0]) != 0 {
			return fmt.Errorf("money: %s:%d: language %q repeated or over %d languages", name, n+1, cols[0], maxLangs)
		}
		bit := uint8(1) << len(lx.codes)
		lx.codes = append(lx.codes, cols[0])
		lx.allLangs |= bit
		if cols[1] == "." {
			lx.dotLangs |= bit
		}
		for _, flag := range cols[2:] {
			switch flag {
			case "compound":
				lx.compoundLangs |= bit
			case "":
			default:
				return fmt.Errorf("money: %s:%d: unknown flag %q", name, n+1, flag)
			}
		}
	}
	if len(lx.codes) == 0 {
		return fmt.Errorf("money: %s: no language", name)
	}
	return nil
}

// langBit returns the mask bit of a language code, 0 if the tables do not
// have it.
func (lx *lexicon) langBit(code string) uint8 {
	for i, c := range lx.codes {
		if c == code {
			return 1 << i
		}
	}
	return 0
}
