package summary

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/extract"
)

// Write writes doc's summary to w in one Write, so that a run killed
// between two documents leaves whole blocks.
func Write(w io.Writer, doc *extract.Document) error {
	_, err := io.WriteString(w, String(doc))
	return err
}

// String gives doc's summary, ending with a blank line.
func String(d *extract.Document) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "== %s (%s, %.2f)\n", cmp.Or(d.ID, "article"), cmp.Or(d.Language.Code, "language unknown"), d.Language.Confidence)
	for _, s := range d.Segments {
		if s.Language != d.Language.Code && s.Language != "" {
			fmt.Fprintf(&sb, "  %s passage: %q\n", s.Language, clip(d.Text[s.Start:s.End], 80))
		}
	}
	edits(&sb, d.Edits)
	if len(d.Entities) > 0 {
		sb.WriteString("entities:\n")
	}
	for _, e := range d.Entities {
		fmt.Fprintf(&sb, "  %-6s %s (%s)\n", e.Type, e.Name, plural(len(e.Mentions), "mention"))
	}
	if len(d.Amounts) > 0 {
		sb.WriteString("amounts:\n")
	}
	for _, a := range d.Amounts {
		fmt.Fprintf(&sb, "  %q = %s\n", a.Text, Amount(a.Qualifier, a.Value, a.Min, a.Max, a.Currency, a.Vague))
	}
	if len(d.Dates) > 0 {
		sb.WriteString("dates:\n")
	}
	for _, t := range d.Dates {
		fmt.Fprintf(&sb, "  %q = %s\n", t.Text, date(t, d.Published != ""))
	}
	if len(d.Events) > 0 {
		sb.WriteString("events:\n")
	}
	for _, ev := range d.Events {
		fmt.Fprintf(&sb, "  %s [%s, %.2f]", ev.Type, ev.Modality, ev.Confidence)
		for _, a := range ev.Arguments {
			fmt.Fprintf(&sb, " %s=%s", a.Role, argument(a))
		}
		if ev.Date != nil {
			fmt.Fprintf(&sb, " date=%s", ev.Date.Value)
		}
		sb.WriteByte('\n')
	}
	sb.WriteByte('\n')
	return sb.String()
}

// edits counts the repairs by kind, and lists the name repairs grouped by
// the name restored, with every garbled form once.
func edits(sb *strings.Builder, es []extract.Edit) {
	if len(es) == 0 {
		return
	}
	kinds := []extract.EditKind{extract.EditEncoding, extract.EditUnicode, extract.EditTypography, extract.EditSpacing, extract.EditName}
	count := map[extract.EditKind]int{}
	type name struct {
		replacement string
		forms       []string
		n           int
	}
	var names []*name
	byName := map[string]*name{}
	for _, e := range es {
		if !slices.Contains(kinds, e.Kind) {
			kinds = append(kinds, e.Kind)
		}
		count[e.Kind]++
		if e.Kind != extract.EditName {
			continue
		}
		nm := byName[e.Replacement]
		if nm == nil {
			nm = &name{replacement: e.Replacement}
			byName[e.Replacement] = nm
			names = append(names, nm)
		}
		nm.n++
		if q := fmt.Sprintf("%q", e.Original); !slices.Contains(nm.forms, q) {
			nm.forms = append(nm.forms, q)
		}
	}
	var parts []string
	for _, k := range kinds {
		if count[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[k], k))
		}
	}
	fmt.Fprintf(sb, "repairs: %s\n", strings.Join(parts, ", "))
	for _, nm := range names {
		fmt.Fprintf(sb, "  %s ← %s (%s)\n", nm.replacement, strings.Join(nm.forms, ", "), plural(nm.n, "place"))
	}
}

// date gives a date's value and precision, or why it has no value: a
// relative date needs the publication date, or, for "le lendemain", a
// date the text gives before.
func date(t extract.Date, published bool) string {
	switch {
	case t.Value != "":
		return fmt.Sprintf("%s (%s)", t.Value, t.Precision)
	case t.Relative && published:
		return "not resolved: relative to a date the text does not give before"
	case t.Relative:
		return "not resolved: relative, and no publication date given"
	}
	return "not resolved"
}

// argument gives an event argument as it reads: a name, an amount or a
// number with its unit, or a word.
func argument(a extract.Argument) string {
	switch {
	case a.Name != "":
		return a.Name
	case a.Currency != "":
		return Amount(a.Qualifier, a.Value, a.Min, a.Max, a.Currency, false)
	case a.Unit == extract.Percent:
		return Number(a.Value) + "%"
	case a.Unit != "":
		return Number(a.Value) + " " + string(a.Unit)
	case a.Value != "":
		return clip(a.Value, 60)
	}
	return fmt.Sprintf("%q", a.Text)
}

// Amount gives an amount as it reads: "14.3 billion USD", "up to 200
// million EUR", "5–10 million USD", "an unstated amount of EUR".
func Amount(q extract.Qualifier, value, lo, hi, currency string, vague bool) string {
	cur := cmp.Or(currency, "(currency unknown)")
	switch {
	case (vague || q == extract.Vague) && value == "":
		return "an unstated amount of " + cur
	case q == extract.Range || value == "" && lo != "" && hi != "":
		return Number(lo) + "–" + Number(hi) + " " + cur
	case value == "" && hi != "":
		value = hi
	case value == "" && lo != "":
		value = lo
	}
	words := map[extract.Qualifier]string{extract.About: "about ", extract.UpTo: "up to ", extract.AtLeast: "at least ",
		extract.MoreThan: "more than ", extract.LessThan: "less than "}
	return words[q] + Number(value) + " " + cur
}

// scales are the words Number uses for large figures.
var scales = []struct {
	digits int
	word   string
}{{12, "trillion"}, {9, "billion"}, {6, "million"}}

// Number writes an exact decimal string as it reads: 14300000000 as "14.3
// billion", 250000 as "250,000", 0.5 as "0.5". A string that is not a
// plain decimal is returned as it is.
func Number(s string) string {
	sign, s := "", s
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return sign + s
	}
	for _, sc := range scales {
		if len(whole) > sc.digits {
			head, tail := whole[:len(whole)-sc.digits], strings.TrimRight(whole[len(whole)-sc.digits:]+frac, "0")
			if len(tail) > 3 {
				break // 14,312,345,678 reads better in full
			}
			if tail != "" {
				head += "." + tail
			}
			return sign + group(head) + " " + sc.word
		}
	}
	out := group(whole)
	if frac != "" {
		out += "." + frac
	}
	return sign + out
}

// group puts thousands separators in the integer part of s.
func group(s string) string {
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
