package dates_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/depeche-nlp/depeche/dates"
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
