package main

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"unicode"

	"github.com/depeche-nlp/depeche/extract"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The scoring follows the event part of ../shared/tools/score.py, so that
// its figures and the scorer's agree: an output event answers at most one
// gold event, gold events with more expected values choose first, and an
// output event that matches an optional gold event, or repeats a gold
// quote's speaker, is neither found nor extra.

// fold lower-cases s the Unicode way, with compatibility forms, a typographic
// apostrophe as "'", and runs of white space as one space.
func fold(s string) string {
	s = strings.ReplaceAll(norm.NFKC.String(s), "\u2019", "'")
	return strings.Join(strings.Fields(cases.Fold().String(s)), " ")
}

// plain folds s, drops its accents and joins its words, hyphens and
// underscores with "_" ("Série B" → "series_b").
func plain(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(fold(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '-' || r == '_':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.ReplaceAll(strings.Join(strings.Fields(b.String()), "_"), "serie_", "series_")
}

// number parses a decimal such as "49", "49%" or "1.5e9"; ok is false when
// s is none.
func number(s string) (*big.Rat, bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "%", ""))
	if s == "" {
		return nil, false
	}
	return new(big.Rat).SetString(s)
}

// sameNumber reports whether a and b are the same decimal number.
func sameNumber(a, b string) bool {
	x, ok := number(a)
	if !ok {
		return false
	}
	y, ok := number(b)
	return ok && x.Cmp(y) == 0
}

// names maps every folded name of a gold entity to its folded canonical
// name.
type names map[string]string

func newNames(ents []goldEntity) names {
	m := names{}
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			m[fold(n)] = fold(e.Name)
		}
	}
	return m
}

// canon returns the canonical name a name stands for.
func (m names) canon(s string) string {
	f := fold(s)
	if c, ok := m[f]; ok {
		return c
	}
	return f
}

// forms returns every folded name of the entity whose canonical name is c,
// in sorted order.
func (m names) forms(c string) []string {
	out := []string{c}
	for k, v := range m {
		if v == c {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// Role groups whose values are compared as numbers or as words.
var (
	numberRoles = []string{"stake", "percent", "headcount", "valuation_multiple"}
	wordRoles   = []string{"round", "claim", "role", "status", "subject", "quote"}
	placeRoles  = []string{"court", "location"}
)

// argMatches reports whether some argument of role in args has the value
// want.
func argMatches(role string, want goldValue, args []extract.Argument, m names) bool {
	for _, a := range args {
		if string(a.Role) != role {
			continue
		}
		switch {
		case want.isMoney():
			if strings.EqualFold(a.Currency, want.Currency) &&
				(sameNumber(a.Value, want.Value) || sameNumber(a.Max, want.Value) || sameNumber(a.Min, want.Value)) {
				return true
			}
		case slices.Contains(numberRoles, role):
			if sameNumber(a.Value, want.Text) {
				return true
			}
		case slices.Contains(wordRoles, role):
			v, w := plain(cmp.Or(a.Value, a.Text)), plain(want.Text)
			if v != "" && (strings.Contains(v, w) || strings.Contains(w, v)) {
				return true
			}
		default:
			c := m.canon(want.Text)
			if (a.Name != "" && m.canon(a.Name) == c) || (a.Text != "" && m.canon(a.Text) == c) {
				return true
			}
			if slices.Contains(placeRoles, role) {
				got := fold(cmp.Or(a.Text, a.Name))
				for _, f := range m.forms(c) {
					if strings.Contains(got, f) {
						return true
					}
				}
			}
		}
	}
	return false
}

// coreMatches reports whether ev has g's type and every value of its core
// roles.
func coreMatches(g goldEvent, ev extract.Event, m names) bool {
	if string(ev.Type) != g.Type {
		return false
	}
	for _, r := range g.Core {
		for _, w := range g.Args[r] {
			if !argMatches(r, w, ev.Arguments, m) {
				return false
			}
		}
	}
	return true
}

// argsFound counts the expected values of g that ev has.
func argsFound(g goldEvent, ev extract.Event, m names) int {
	n := 0
	for r, ws := range g.Args {
		for _, w := range ws {
			if argMatches(r, w, ev.Arguments, m) {
				n++
			}
		}
	}
	return n
}

// tally is what the scorer counts, for an article, a part or an event
// type.
type tally struct {
	Articles int `json:"articles"`
	// Gold counts the required gold events; Found those an output event
	// answers; Extra the output events that answer none.
	Gold  int `json:"gold"`
	Found int `json:"found"`
	Extra int `json:"extra"`
	// ArgsAll counts the expected values of every required gold event,
	// found or not; ArgsFound those its output event has.
	ArgsAll   int `json:"args_all"`
	ArgsFound int `json:"args_found"`
	// Modality and dates are counted over found events.
	ModalityAll   int `json:"modality_all"`
	ModalityFound int `json:"modality_found"`
	DatesAll      int `json:"dates_all"`
	DatesFound    int `json:"dates_found"`
}

func (t *tally) add(u tally) {
	t.Articles += u.Articles
	t.Gold += u.Gold
	t.Found += u.Found
	t.Extra += u.Extra
	t.ArgsAll += u.ArgsAll
	t.ArgsFound += u.ArgsFound
	t.ModalityAll += u.ModalityAll
	t.ModalityFound += u.ModalityFound
	t.DatesAll += u.DatesAll
	t.DatesFound += u.DatesFound
}

// articleScore is the score of one article: its tally, the tally of each
// event type, and one line per missed gold event, missing argument and
// extra output event.
type articleScore struct {
	tally
	byType map[string]*tally
	notes  []string
}

func (s *articleScore) typ(t string) *tally {
	if s.byType[t] == nil {
		s.byType[t] = &tally{}
	}
	return s.byType[t]
}

// score compares the events of an article's output with its gold events.
func score(g *gold, evs []extract.Event) *articleScore {
	m := newNames(g.Entities)
	s := &articleScore{tally: tally{Articles: 1}, byType: map[string]*tally{}}
	var required, optional []goldEvent
	for _, ge := range g.Events {
		if ge.Optional {
			optional = append(optional, ge)
		} else {
			required = append(required, ge)
		}
	}
	order := slices.Clone(required)
	slices.SortStableFunc(order, func(a, b goldEvent) int { return b.nargs() - a.nargs() })
	used := make([]bool, len(evs))
	for _, ge := range order {
		t := s.typ(ge.Type)
		t.Gold++
		t.ArgsAll += ge.nargs()
		best, bestArgs := -1, -1
		for i, ev := range evs {
			if used[i] || !coreMatches(ge, ev, m) {
				continue
			}
			if n := argsFound(ge, ev, m); n > bestArgs {
				best, bestArgs = i, n
			}
		}
		if best < 0 {
			s.notes = append(s.notes, "missed "+describe(ge))
			continue
		}
		used[best] = true
		ev := evs[best]
		t.Found++
		t.ArgsFound += bestArgs
		for _, r := range ge.roles() {
			for _, w := range ge.Args[r] {
				if !argMatches(r, w, ev.Arguments, m) {
					s.notes = append(s.notes, fmt.Sprintf("%s lacks %s=%s", ge.Type, r, w))
				}
			}
		}
		t.ModalityAll++
		if want := cmp.Or(ge.Modality, "asserted"); string(ev.Modality) == want {
			t.ModalityFound++
		} else {
			s.notes = append(s.notes, fmt.Sprintf("%s modality %s, want %s", ge.Type, ev.Modality, want))
		}
		if ge.Date != "" {
			t.DatesAll++
			got := ""
			if ev.Date != nil {
				got = ev.Date.Value
			}
			if strings.HasPrefix(got, ge.Date) {
				t.DatesFound++
			} else {
				s.notes = append(s.notes, fmt.Sprintf("%s date %q, want %s", ge.Type, got, ge.Date))
			}
		}
	}
	// An optional event may be reported; a speaker quoted twice gives two
	// quote events. Any other event told twice must be merged into one.
	absorb := slices.Clone(optional)
	for _, ge := range required {
		if ge.Type == "quote" {
			absorb = append(absorb, ge)
		}
	}
	for i, ev := range evs {
		if used[i] || slices.ContainsFunc(absorb, func(ge goldEvent) bool { return coreMatches(ge, ev, m) }) {
			continue
		}
		s.typ(string(ev.Type)).Extra++
		s.notes = append(s.notes, "extra "+describeOutput(ev))
	}
	for _, t := range s.byType {
		s.tally.add(*t)
	}
	s.Articles = 1
	return s
}

// describe renders a gold event for messages.
func describe(g goldEvent) string {
	var b strings.Builder
	b.WriteString(g.Type)
	for _, r := range g.roles() {
		for _, v := range g.Args[r] {
			fmt.Fprintf(&b, " %s=%s", r, v)
		}
	}
	return b.String()
}

// describeOutput renders an output event for messages.
func describeOutput(ev extract.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)", ev.Type, ev.Rule)
	for _, a := range ev.Arguments {
		v := cmp.Or(a.Name, a.Value, a.Text)
		if a.Currency != "" {
			v += " " + a.Currency
		}
		fmt.Fprintf(&b, " %s=%s", a.Role, v)
	}
	return b.String()
}
