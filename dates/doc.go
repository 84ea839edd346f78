// Package dates finds time expressions in news text and resolves them against the
// publication date: "en juin", "hier", "cette semaine", "le mois dernier", "T1 2025",
// "fin 2024", "l'été 2018", "last Tuesday", "two weeks ago", "d'ici 2030", and durations
// such as "six mois". French and English are covered in depth; German, Spanish and
// Italian have their month and weekday names, holidays and the common relative words;
// Portuguese and Dutch their month and weekday names and the basic words.
//
// # Values
//
// Each Expr carries its byte span, its text, and a Value in ISO 8601 cut to its
// Precision: "199" (decade: the 1990s), "2025" (year), "2025-H1" (half), "2025-Q1" (quarter), "2025-22" (season,
// ISO 8601-2 codes 21 spring to 24 winter; winter of 2025 starts in December 2025),
// "2025-06" (month), "2025-W36" (ISO week), "2025-06-12" (day). Durations have
// Kind KindDuration and an ISO 8601 duration ("P6M", "P4Y", "P2W", "PT24H"; quarters
// and halves are written in months, decades in years) with the precision of its
// designator (PrecisionHour for "PT24H").
// Mod records a part of the period ("début juin": ModStart) or a bound ("depuis 2014":
// ModSince); the Value is the period itself.
//
// # Resolution
//
// Relative expressions need the reference date given with WithReference; without it they
// are still found but keep an empty Value and PrecisionUnknown. A month, quarter, season,
// weekday or day-and-month without a year means its most recent occurrence that has
// begun by the reference date ("en juin" in September 2025 is 2025-06, "en octobre" is
// 2024-10), or its next occurrence not yet over when the text speaks of the future. The
// tense is read from markers listed in data/words.tsv (French future endings,
// "prévoit", English "will", "expected to", German "wird" …; past auxiliaries and
// English "-ed"; French "doit"/"va" + infinitive, Italian "-rà", Spanish "-rá"): the
// verb that governs the expression decides, that is the nearest marker in its clause
// within a few words, the one before it on a tie, so "said on Wednesday it will cut"
// is past. A past participle right before the expression ("un courriel envoyé mardi",
// "signé fin août"; not a noun after an article or determiner, "la société") makes it
// past unless an auxiliary gives it another tense ("sera publié en octobre"). Without
// a marker nearby any marker of the clause decides, otherwise the sentence. "Lundi" alone is the Monday of the past seven days (the next
// one in a future sentence); "lundi dernier" and "last Monday" never mean the reference
// day; "mardi 9 septembre" takes the year in which 9 September is a Tuesday.
// "Le lendemain", "la veille", "un jour après" and "two days later" count from the last
// day-precise date found earlier in the same text; without one they stay unresolved:
// in news they count from an event the text does not date, not from the day of
// publication.
// "Il y a deux semaines" and "two weeks ago" have the precision of their unit
// (2025-W34).
//
// # Ranges
//
// A range with both ends ("de 2014 à 2018", "2014-15", "du 25 au 27 janvier", "between
// March and May", "Jan-Feb 2017", "du 5 mars au 2 avril") is one expression with Mod
// ModRange; From and To give its ends, each with its precision, and Value is its start.
// The first end takes what it lacks from the second: the month of a day ("du 28 au 3
// mars" starts on 28 February), the year of a month or a day. Without an opening word
// only a dash joins the ends, and a run of dashed numbers ("2014-2015-2016") is no
// range; two years more than a century apart are counts. An end that precedes the
// start is kept, with NoteReversed.
// "FY2025" and "FY25" are the year 2025.
//
// # Named, spelled and counted days
//
// Holidays (data/holidays.tsv) are rules: a fixed day ("14 juillet", Christmas), a day
// counted from Easter Sunday, computed for the year (Pâques, Good Friday, Pentecost), or
// the nth weekday of a month (Thanksgiving, Labor Day; Black Friday is Thanksgiving + 1).
// Days and years may be spelled with the number words of the tables ("le vingt-neuf
// mai", "the fourth of July", "nineteen ninety-nine", "deux mille vingt-quatre"). A
// week may be counted in a period ("la dernière semaine de juillet": the week holding
// its last day; "the first week of 2015": the week holding its first day) or named
// with a weekday ("next week's Monday"). A count of units before "après", "after",
// "from", "nach"… shifts the day that follows ("two days after tomorrow", "three weeks
// from Friday"); "in two weeks" is the future unless a verb of the sentence gives
// another tense. Numeric dates are day first except in English ("02/04/2009" is 4
// February there, unless the first number is over 12); two-digit years follow POSIX
// (69–99 are 19xx); "2015-3" is a month, "Sep-23-2020" and "Oct/2" are days. A day
// alone after an article ("le 23", "el día 23") is in the month of the last date of the
// text, else the last such day of the calendar.
// A weekday written with a date does not change it: one that does not match is kept
// as NoteWeekdayMismatch.
//
// # What is not a date
//
// A bare four-digit number is a year only in a year context: after a preposition such as
// en, in, depuis, since, d'ici, by, jusqu'en, seit, desde, nel; after a month, season,
// quarter or "début/fin/mi-"; or after a year word ("l'année", "the year"). So "Fox 2000"
// and "2 000" are not years. Numbers written with a decimal or thousands separator
// ("14,3", "2 000") or glued to a percent or currency sign are never days or years. Words
// that are also ordinary words ("mars", "may", "été", "fall") are dates only next to a
// day, a year or a preposition; a capitalized French, Spanish or Italian month inside a
// sentence ("le rover Mars 2020") is a name; month abbreviations ("sept", "mar") need a
// day or a year; "sa" and other abbreviations of weekdays are not read. Idioms listed in
// the tables ("du jour au lendemain") are skipped. Without WithLanguage all five
// vocabularies apply, so pass the language when it is known (German "hier" means
// "here", not "yesterday").
//
// # Data
//
// The vocabulary lives in embedded tables under data/, one entry per line with its
// language, headed by their source. They are parsed on first use. WithLanguage restricts
// the vocabulary to one language; a multi-word expression never mixes languages.
//
// # Usage
//
//	ref := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
//	for _, e := range dates.Find(text, dates.WithReference(ref)) {
//		fmt.Println(e.Text, e.Value, e.Precision)
//	}
//
// # Concurrency
//
// Find and Parse are safe for concurrent use by multiple goroutines. The tables are built
// once and never modified; each call keeps its state to itself.
package dates
