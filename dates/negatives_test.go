package dates

import (
	"testing"
)

// negatives are texts that hold no date, or not the one a careless reader sees.
var negatives = []struct{ name, in, reason string }{
	{"amount-decimal", "14,3 milliards de dollars", "a decimal is not 14 March"},
	{"amount-grouped", "2 000 salariés", ""},
	{"amount-grouped-nbsp", "2\u00a0000 salariés", ""},
	{"amount-point", "1.5 million", ""},
	{"percent", "une participation de 49%", "not 1949"},
	{"percent-space", "une participation de 49 %", ""},
	{"percent-nnbsp", "hausse de 14\u202f%", ""},
	{"currency", "$2025 per share", ""},
	{"name-century", "21st Century Fox", ""},
	{"name-fox-2000", "Fox 2000 Pictures", "a bare year outside a year context"},
	{"bare-year", "Le plan 2030 est ambitieux.", ""},
	{"possessive-sa", "sa nouvelle équipe", "sa is not samedi"},
	{"planet", "la planète Mars", "mars without a day, year or preposition"},
	{"may-verb", "Prices may rise.", ""},
	{"may-verb-lower", "they may soon", ""},
	{"sept-number", "Sept personnes ont été licenciées.", "sept is seven"},
	{"ete-participle", "Il a été nommé.", "été is a participle"},
	{"fall-verb", "the fall of the empire", "fall after a plain article"},
	{"june-name", "June Carter sang.", ""},
	{"overnight", "brisée du jour au lendemain", "an idiom"},
	{"score", "un score de 3-1", ""},
	{"version", "version 2.5.1", ""},
	{"ip", "10.0.0.1", ""},
	{"fin-noun", "mettre fin à la guerre", ""},
	{"late-payment", "late payment", ""},
	{"fine-english", "a fine result", ""},
	{"plus-de-100", "plus de 100 documents", ""},
	{"serie-b", "série B de 100 millions de dollars", ""},
	{"phone", "01 23 45 67 89", ""},
	{"year-count", "en 2000 ans", "a count of years"},
	{"abbr-alone", "Le mar est fermé.", ""},
	{"range-of-amounts", "de 2 000 à 3 000 euros", ""},
	{"range-of-counts", "from 2000 to 1000 units", "a range must go forward"},
	{"week-53-missing", "week 53 2021", "2021 has 52 ISO weeks"},
	{"not-a-decade", "les années 1995 et 2000 euros", "a decade starts on a multiple of ten"},
	{"fy-word", "FYI and FYX2", ""},
	{"first-half-game", "The first half of the game was dull.", "a half without a year or a preposition"},
	{"planet-name-year", "Le rover Mars 2020 a atterri.", "a capitalized French month inside a sentence is a name"},
	{"domingo-name", "Plácido Domingo chante.", "a name unless after an article"},
}

func TestFindNegatives(t *testing.T) {
	for _, n := range negatives {
		t.Run(n.name, func(t *testing.T) {
			var dates []Expr
			for _, e := range Find(n.in, WithReference(ref)) {
				if e.Kind == KindDate {
					dates = append(dates, e)
				}
			}
			if len(dates) != 0 {
				t.Errorf("Find(%q) = %v, want no date", n.in, dates)
			}
		})
	}
}
