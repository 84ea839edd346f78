package dates_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/depeche-nlp/depeche/dates"
	"golang.org/x/text/language"
)

func ExampleFind() {
	published := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
	text := "Cette semaine, la société a porté plainte. Meta avait investi 14,3 milliards de dollars en juin, " +
		"et l’entreprise a licencié 14 % de ses effectifs en juillet, six mois après le T1 2025."
	for _, e := range dates.Find(text, dates.WithReference(published)) {
		fmt.Printf("%d-%d %q %s %s %s\n", e.Start, e.End, e.Text, e.Kind, e.Value, e.Precision)
	}
	// Output:
	// 0-13 "Cette semaine" date 2025-W36 week
	// 91-98 "en juin" date 2025-06 month
	// 152-162 "en juillet" date 2025-07 month
	// 164-172 "six mois" duration P6M month
	// 173-190 "après le T1 2025" date 2025-Q1 quarter
}

func ExampleFind_withoutReference() {
	for _, e := range dates.Find("hier, le 5 septembre 2025") {
		fmt.Printf("%q %q %s relative=%v\n", e.Text, e.Value, e.Precision, e.Relative)
	}
	// Output:
	// "hier" "" unknown relative=true
	// "le 5 septembre 2025" "2025-09-05" day relative=false
}

func ExampleParse() {
	published := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"fin 2024", "last Tuesday", "l’été 2018", "2025-W36", "31 février 2025", "bonjour"} {
		e, err := dates.Parse(s, dates.WithReference(published))
		var perr *dates.ParseError
		if errors.As(err, &perr) {
			fmt.Printf("%s: error at byte %d: %v\n", s, perr.Offset, errors.Is(err, dates.ErrRange))
			continue
		}
		fmt.Println(s+":", e.Value, e.Precision, e.Mod)
	}
	// Output:
	// fin 2024: 2024 year end
	// last Tuesday: 2025-09-02 day none
	// l’été 2018: 2018-22 season none
	// 2025-W36: 2025-W36 week none
	// 31 février 2025: error at byte 0: true
	// bonjour: error at byte 0: false
}

// A range is one expression with both ends; a weekday that does not match its date
// is kept as a note, and the date wins.
func ExampleFind_rangesAndNotes() {
	published := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
	text := "Le salon se tiendra du 25 au 27 janvier 2026. La vente a eu lieu vendredi 7 juin 2025, " +
		"deux jours avant Pâques 2024? Non: entre 2018 et 2014."
	for _, e := range dates.Find(text, dates.WithReference(published), dates.WithLanguage(language.French)) {
		if e.Mod == dates.ModRange {
			fmt.Printf("%q range %s %s .. %s %s %v\n", e.Text, e.From.Value, e.From.Precision, e.To.Value, e.To.Precision, e.Notes.Strings())
			continue
		}
		fmt.Printf("%q %s %s %v\n", e.Text, e.Value, e.Precision, e.Notes.Strings())
	}
	// Output:
	// "du 25 au 27 janvier 2026" range 2026-01-25 day .. 2026-01-27 day []
	// "vendredi 7 juin 2025" 2025-06-07 day [weekday_mismatch]
	// "deux jours avant Pâques 2024" 2024-03-29 day []
	// "entre 2018 et 2014" range 2018 year .. 2014 year [reversed_range]
}
