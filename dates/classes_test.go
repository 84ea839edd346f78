package dates

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
)

// crow is a row of TestClasses: the input, the expression expected in it (text; "" =
// all of in) and its reading, "VALUE PRECISION" or, for a range, "FROM PRECISION ..
// TO PRECISION", with the notes expected; want "" means text must not be read. The
// reference is 2025-09-05, a Friday.
type crow struct {
	name, lang, in, text, want string
	notes                      Note
	reason                     string
}

// classRows cover the classes of forms other parsers' suites ask for, in French,
// English, German, Spanish and Italian (and Portuguese and Dutch month and weekday
// names).
var classRows = []crow{
	// 1. ranges with both ends
	{name: "range/fr-years", lang: "fr", in: "de 2014 à 2018", want: "2014 year .. 2018 year"},
	{name: "range/fr-days", lang: "fr", in: "du 25 au 27 janvier", want: "2025-01-25 day .. 2025-01-27 day", reason: "the first day takes the month of the second; January is past"},
	{name: "range/fr-days-across-months", lang: "fr", in: "du 28 au 3 mars 2024", want: "2024-02-28 day .. 2024-03-03 day", reason: "a first day later than the second is in the month before"},
	{name: "range/fr-months", lang: "fr", in: "de mars à mai 2024", want: "2024-03 month .. 2024-05 month"},
	{name: "range/fr-bare-days", lang: "fr", in: "25-27 janvier 2024", want: "2024-01-25 day .. 2024-01-27 day"},
	{name: "range/fr-dates", lang: "fr", in: "du 5 mars au 2 avril 2024", want: "2024-03-05 day .. 2024-04-02 day", reason: "the first date takes the year of the second"},
	{name: "range/fr-reversed", lang: "fr", in: "de 2018 à 2014", want: "2018 year .. 2014 year", notes: NoteReversed, reason: "kept as written, flagged"},
	{name: "range/en-between-months", lang: "en", in: "between March and May", want: "2025-03 month .. 2025-05 month"},
	{name: "range/en-abbr-months", lang: "en", in: "Jan-Feb 2017", want: "2017-01 month .. 2017-02 month"},
	{name: "range/en-december-february", lang: "en", in: "from December to February 2025", want: "2024-12 month .. 2025-02 month", reason: "a first month later than the second is in the year before"},
	{name: "range/en-bare-years", lang: "en", in: "Sales grew in 2014-2018.", text: "in 2014-2018", want: "2014 year .. 2018 year"},
	{name: "range/en-short-years", lang: "en", in: "the 2014-15 season", text: "2014-15", want: "2014 year .. 2015 year", reason: "two digits: the century of the first year"},
	{name: "range/de-years", lang: "de", in: "von 2014 bis 2018", want: "2014 year .. 2018 year"},
	{name: "range/de-days", lang: "de", in: "vom 3. bis 5. März 2024", want: "2024-03-03 day .. 2024-03-05 day", reason: "the German ordinal period after a day"},
	{name: "range/de-months", lang: "de", in: "zwischen März und Mai 2024", want: "2024-03 month .. 2024-05 month"},
	{name: "range/es-years", lang: "es", in: "de 2014 a 2018", want: "2014 year .. 2018 year"},
	{name: "range/es-days", lang: "es", in: "del 25 al 27 de enero de 2024", want: "2024-01-25 day .. 2024-01-27 day"},
	{name: "range/es-months", lang: "es", in: "entre marzo y mayo de 2024", want: "2024-03 month .. 2024-05 month"},
	{name: "range/it-years", lang: "it", in: "dal 2014 al 2018", want: "2014 year .. 2018 year"},
	{name: "range/it-days", lang: "it", in: "dal 25 al 27 gennaio 2024", want: "2024-01-25 day .. 2024-01-27 day"},
	{name: "range/it-months", lang: "it", in: "tra marzo e maggio 2024", want: "2024-03 month .. 2024-05 month"},

	// 2. numeric formats by locale
	{name: "numeric/de-two-digit-year", lang: "de", in: "am 15.05.99", want: "1999-05-15 day", reason: "two-digit years: 69-99 are 19xx, 00-68 20xx"},
	{name: "numeric/fr-day-first", lang: "fr", in: "le 02/04/2009", want: "2009-04-02 day"},
	{name: "numeric/en-month-first", lang: "en", in: "on 02/04/2009", want: "2009-02-04 day"},
	{name: "numeric/en-day-over-12", lang: "en", in: "on 13/04/2009", want: "2009-04-13 day", reason: "a first number over 12 is the day"},
	{name: "numeric/es-day-first", lang: "es", in: "el 02/04/2009", want: "2009-04-02 day"},
	{name: "numeric/it-two-digit-year", lang: "it", in: "il 02/04/09", want: "2009-04-02 day"},
	{name: "numeric/year-month", lang: "en", in: "in 2015-3", want: "2015-03 month"},
	{name: "numeric/en-month-dash", lang: "en", in: "Sep-23-2020", want: "2020-09-23 day"},
	{name: "numeric/en-day-dash", lang: "en", in: "23-Sep-2020", want: "2020-09-23 day"},
	{name: "numeric/fr-abbr", lang: "fr", in: "23 sept. 2020", want: "2020-09-23 day"},
	{name: "numeric/en-yearless-slash", lang: "en", in: "on Oct/2", want: "2024-10-02 day", reason: "no year: the last 2 October"},
	{name: "numeric/fr-le-day", lang: "fr", in: "Le conseil s'est réuni le 23.", text: "le 23", want: "2025-08-23 day", reason: "a day alone: the last 23rd"},
	{name: "numeric/es-el-dia", lang: "es", in: "Se reunió el día 23.", text: "el día 23", want: "2025-08-23 day"},
	{name: "numeric/fr-le-day-anchor", lang: "fr", in: "Le 16 février 2017 au matin et le 17 au soir.", text: "le 17", want: "2017-02-17 day", reason: "a day alone takes the month of the last date of the text"},
	{name: "numeric/fr-rank-not-day", lang: "fr", in: "dans le 9 e arrondissement, la 4 e étape", text: "le 9", want: "", reason: "a rank: a word of no table after the number"},
	{name: "numeric/fr-les-not-day", lang: "fr", in: "sur les 15 dernières années", text: "les 15", want: "", reason: "only a singular article introduces a day alone"},

	// 3. weeks
	{name: "week/fr-last-week-of-july", lang: "fr", in: "la dernière semaine de juillet", want: "2025-W31 week", reason: "the week that holds the last day of July"},
	{name: "week/en-first-week-of-2015", lang: "en", in: "the first week of 2015", want: "2015-W01 week"},
	{name: "week/en-next-weeks-monday", lang: "en", in: "next week's Monday", want: "2025-09-08 day"},
	{name: "week/fr-lundi-semaine-prochaine", lang: "fr", in: "lundi de la semaine prochaine", want: "2025-09-08 day"},
	{name: "week/de-letzte-woche-im-juli", lang: "de", in: "die letzte Woche im Juli", want: "2025-W31 week"},
	{name: "week/es-ultima-semana", lang: "es", in: "la última semana de julio", want: "2025-W31 week"},
	{name: "week/it-ultima-settimana", lang: "it", in: "l'ultima settimana di luglio", want: "2025-W31 week"},

	// 4. counted offsets
	{name: "offset/en-after-tomorrow", lang: "en", in: "two days after tomorrow", want: "2025-09-08 day"},
	{name: "offset/fr-avant-hier", lang: "fr", in: "deux jours avant hier", want: "2025-09-02 day"},
	{name: "offset/en-weeks-from-friday", lang: "en", in: "three weeks from Friday", want: "2025-09-26 day", reason: "Friday is the reference day"},
	{name: "offset/en-in-two-weeks", lang: "en", in: "in two weeks", want: "2025-W38 week", reason: "in + a count speaks of the future unless a past verb governs it"},
	{name: "offset/de-nach-morgen", lang: "de", in: "zwei Tage nach morgen", want: "2025-09-08 day"},
	{name: "offset/es-despues-de-manana", lang: "es", in: "dos días después de mañana", want: "2025-09-08 day"},
	{name: "offset/it-dopo-domani", lang: "it", in: "due giorni dopo domani", want: "2025-09-08 day"},

	// 5. weekday with a date
	{name: "weekday/fr-matching", lang: "fr", in: "vendredi 7 juin", want: "2024-06-07 day", reason: "the year in which 7 June is a Friday"},
	{name: "weekday/fr-mismatch", lang: "fr", in: "vendredi 7 juin 2025", want: "2025-06-07 day", notes: NoteWeekdayMismatch, reason: "7 June 2025 is a Saturday: the date wins, the weekday is noted"},
	{name: "weekday/en-numeric", lang: "en", in: "this Friday 5/12", want: "2025-05-12 day", notes: NoteWeekdayMismatch, reason: "month first in English; no year near makes 12 May a Friday"},
	{name: "weekday/de-matching", lang: "de", in: "Freitag, 7. Juni 2024", want: "2024-06-07 day"},
	{name: "weekday/es-matching", lang: "es", in: "viernes 7 de junio de 2024", want: "2024-06-07 day"},
	{name: "weekday/it-mismatch", lang: "it", in: "lunedì 7 giugno 2024", want: "2024-06-07 day", notes: NoteWeekdayMismatch},

	// 6. spelled and ordinal days and years
	{name: "spelled/en-fourth-of-july", lang: "en", in: "the fourth of July 1995", want: "1995-07-04 day"},
	{name: "spelled/en-twenty-first", lang: "en", in: "the twenty-first of March 2024", want: "2024-03-21 day"},
	{name: "spelled/fr-vingt-neuf", lang: "fr", in: "le vingt-neuf mai", want: "2025-05-29 day"},
	{name: "spelled/en-year", lang: "en", in: "in nineteen ninety-nine", want: "1999 year"},
	{name: "spelled/fr-year", lang: "fr", in: "en deux mille vingt-quatre", want: "2024 year"},
	{name: "spelled/es-day", lang: "es", in: "el veintinueve de mayo de 2024", want: "2024-05-29 day"},
	{name: "spelled/it-day", lang: "it", in: "il ventinove maggio 2024", want: "2024-05-29 day"},
	{name: "spelled/de-ordinal", lang: "de", in: "am dritten März 2024", want: "2024-03-03 day"},

	// 7. holidays and named days
	{name: "holiday/en-christmas", lang: "en", in: "Christmas 2024", want: "2024-12-25 day"},
	{name: "holiday/fr-noel", lang: "fr", in: "à Noël", want: "2025-12-25 day", reason: "no year and no verb: the closest one"},
	{name: "holiday/fr-noel-past", lang: "fr", in: "Les ventes ont chuté à Noël.", text: "à Noël", want: "2024-12-25 day", reason: "a past verb: the last one"},
	{name: "holiday/fr-toussaint-name", lang: "fr", in: "Bruce Toussaint répète les propos.", text: "Toussaint", want: "", reason: "a holiday that is also a name needs an article, a preposition or a year"},
	{name: "holiday/fr-paques", lang: "fr", in: "Pâques 2025", want: "2025-04-20 day", reason: "Easter is computed"},
	{name: "holiday/en-easter", lang: "en", in: "Easter 2024", want: "2024-03-31 day"},
	{name: "holiday/en-thanksgiving", lang: "en", in: "Thanksgiving 2025", want: "2025-11-27 day", reason: "the fourth Thursday of November"},
	{name: "holiday/en-black-friday", lang: "en", in: "Black Friday 2025", want: "2025-11-28 day"},
	{name: "holiday/en-labor-day", lang: "en", in: "Labor Day 2025", want: "2025-09-01 day", reason: "the first Monday of September"},
	{name: "holiday/en-independence", lang: "en", in: "Independence Day", want: "2025-07-04 day"},
	{name: "holiday/en-new-year", lang: "en", in: "New Year's Day 2026", want: "2026-01-01 day"},
	{name: "holiday/fr-14-juillet", lang: "fr", in: "le 14 juillet", want: "2025-07-14 day"},
	{name: "holiday/de-ostern", lang: "de", in: "Ostern 2025", want: "2025-04-20 day"},
	{name: "holiday/de-weihnachten", lang: "de", in: "Weihnachten 2024", want: "2024-12-25 day"},
	{name: "holiday/es-navidad", lang: "es", in: "Navidad de 2024", want: "2024-12-25 day"},
	{name: "holiday/it-pasqua", lang: "it", in: "Pasqua 2025", want: "2025-04-20 day"},
	{name: "holiday/fr-jour-de-l-an", lang: "fr", in: "le jour de l'An 2026", want: "2026-01-01 day"},

	// 8. anchors against the last date of the text
	{name: "anchor/fr-lendemain", lang: "fr", in: "Le 3 mars 2024, la société a signé. Le lendemain, elle a annoncé.", text: "Le lendemain", want: "2024-03-04 day"},
	{name: "anchor/fr-veille", lang: "fr", in: "Le 3 mars 2024, la société a signé. La veille, elle a annoncé.", text: "La veille", want: "2024-03-02 day"},
	{name: "anchor/en-same-day", lang: "en", in: "On March 3, 2024, it signed. The same day, it said.", text: "The same day", want: "2024-03-03 day"},
	{name: "anchor/de-selben-tag", lang: "de", in: "Am 3. März 2024 unterschrieb sie. Am selben Tag sagte sie.", text: "Am selben Tag", want: "2024-03-03 day"},
	{name: "anchor/es-mismo-dia", lang: "es", in: "El 3 de marzo de 2024 firmó. El mismo día dijo.", text: "El mismo día", want: "2024-03-03 day"},
	{name: "anchor/it-stesso-giorno", lang: "it", in: "Il 3 marzo 2024 ha firmato. Lo stesso giorno ha detto.", text: "Lo stesso giorno", want: "2024-03-03 day"},

	// 9. parts of periods
	{name: "part/en-early-june", lang: "en", in: "in early June", want: "2025-06 month"},
	{name: "part/en-mid-2024", lang: "en", in: "mid-2024", want: "2024 year"},
	{name: "part/fr-fin-premier-trimestre", lang: "fr", in: "à la fin du premier trimestre", want: "2025-Q1 quarter"},
	{name: "part/en-h2", lang: "en", in: "Sales rose in H2.", text: "in H2", want: "2025-H2 half"},
	{name: "part/en-h2-year", lang: "en", in: "H2 2024", want: "2024-H2 half"},
	{name: "part/de-anfang-juni", lang: "de", in: "Anfang Juni", want: "2025-06 month"},
	{name: "part/es-principios", lang: "es", in: "a principios de junio", want: "2025-06 month"},
	{name: "part/it-fine-trimestre", lang: "it", in: "alla fine del primo trimestre", text: "fine del primo trimestre", want: "2025-Q1 quarter"},

	// Portuguese and Dutch months and weekdays
	{name: "pt/day-month-year", lang: "pt", in: "5 de setembro de 2024", want: "2024-09-05 day"},
	{name: "pt/month-year", lang: "pt", in: "em março de 2024", want: "2024-03 month"},
	{name: "pt/weekday", lang: "pt", in: "segunda-feira, 2 de setembro de 2024", want: "2024-09-02 day"},
	{name: "nl/day-month-year", lang: "nl", in: "5 september 2024", want: "2024-09-05 day"},
	{name: "nl/month-year", lang: "nl", in: "in maart 2024", want: "2024-03 month"},
	{name: "nl/weekday", lang: "nl", in: "maandag 2 september 2024", want: "2024-09-02 day"},
	{name: "pt/holiday", lang: "pt", in: "Páscoa 2025", want: "2025-04-20 day"},
	{name: "pt/range", lang: "pt", in: "de 2014 a 2018", want: "2014 year .. 2018 year"},
	{name: "nl/holiday", lang: "nl", in: "Kerstmis 2024", want: "2024-12-25 day"},
	{name: "nl/range", lang: "nl", in: "van 2014 tot 2018", want: "2014 year .. 2018 year"},
}

// reading formats what a row checks of e.
func reading(e Expr) string {
	if e.Mod == ModRange {
		return fmt.Sprintf("%s %s .. %s %s", e.From.Value, e.From.Precision, e.To.Value, e.To.Precision)
	}
	return e.Value + " " + e.Precision.String()
}

func TestClasses(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range classRows {
		unique(t, seen, r.name)
		t.Run(r.name, func(t *testing.T) {
			text := surface(r.text, r.in)
			found := Find(r.in, WithReference(ref), WithLanguage(language.MustParse(r.lang)))
			var all []string
			for _, e := range found {
				checkSpan(t, r.in, e)
				all = append(all, fmt.Sprintf("%q=%s %v", e.Text, reading(e), e.Notes.Strings()))
				if e.Text == text {
					if r.want == "" {
						t.Errorf("Find(%q): %q is read as %s, want no expression", r.in, text, reading(e))
						return
					}
					if got := reading(e); got != r.want || e.Notes != r.notes {
						t.Errorf("Find(%q): %q reads %s %v, want %s %v", r.in, text, got, e.Notes.Strings(), r.want, r.notes.Strings())
					}
					return
				}
			}
			if r.want != "" {
				t.Errorf("Find(%q): no expression %q; found %v", r.in, text, all)
			}
		})
	}
}
