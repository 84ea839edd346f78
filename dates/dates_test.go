package dates

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var ref = time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC) // a Friday, ISO week 36

// got is what a table row checks of an Expr.
type got struct {
	Text      string
	Kind      Kind
	Value     string
	Precision Precision
	Mod       Mod
}

const (
	Y = PrecisionYear
	H = PrecisionHalf
	Q = PrecisionQuarter
	S = PrecisionSeason
	M = PrecisionMonth
	W = PrecisionWeek
	D = PrecisionDay
	U = PrecisionUnknown
)

// row: in is the input; text the expected surface ("" = all of in); ref the reference
// ("" = 2025-09-05, "-" = none).
type row struct {
	name   string
	in     string
	text   string
	value  string
	prec   Precision
	mod    Mod
	ref    string
	lang   string
	reason string
}

var rows = []row{
	// French absolute dates
	{name: "fr/day-month-year", in: "5 septembre 2025", value: "2025-09-05", prec: D},
	{name: "fr/abbr-month", in: "5 sept. 2025", value: "2025-09-05", prec: D},
	{name: "fr/abbr-no-dot", in: "5 sept 2025", value: "2025-09-05", prec: D},
	{name: "fr/janv", in: "12 janv. 2024", value: "2024-01-12", prec: D},
	{name: "fr/1er", in: "1er juillet 2024", value: "2024-07-01", prec: D},
	{name: "fr/1er-no-year", in: "1er juillet", value: "2025-07-01", prec: D, reason: "most recent past July 1"},
	{name: "fr/premier", in: "premier mai 2023", value: "2023-05-01", prec: D},
	{name: "fr/le-day", in: "le 14 juillet 2024", value: "2024-07-14", prec: D},
	{name: "fr/weekday-date", in: "mardi 2 septembre 2025", value: "2025-09-02", prec: D},
	{name: "fr/31-dec", in: "31 décembre 2024", value: "2024-12-31", prec: D},
	{name: "fr/unaccented", in: "3 fevrier 2025", value: "2025-02-03", prec: D},
	{name: "fr/aout", in: "15 août 2025", value: "2025-08-15", prec: D},
	{name: "fr/mars-day", in: "14 mars", value: "2025-03-14", prec: D, reason: "mars next to a day is the month"},
	{name: "fr/25-dec-past", in: "le 25 décembre", value: "2024-12-25", prec: D, reason: "not yet reached in 2025: the last one"},
	{name: "fr/25-dec-future", in: "Le produit sera lancé le 25 décembre.", text: "le 25 décembre", value: "2025-12-25", prec: D},
	// the verb that governs a date decides its tense, not the sentence
	{name: "tense/said-then-will", in: "Harlow Foods said on Tuesday it will close two plants.", text: "on Tuesday", value: "2025-09-02", prec: D,
		reason: "said governs the date; will governs the later clause"},
	{name: "tense/will-then-date", in: "Harlow Foods will close two plants on Tuesday.", text: "on Tuesday", value: "2025-09-09", prec: D},
	{name: "tense/closing-price", in: "Holders will get $9 a share, a premium over the closing price on Monday.", text: "on Monday", value: "2025-09-01", prec: D,
		reason: "a closing price is a past session's"},
	{name: "tense/fr-participle", in: "Vesta fermera deux usines, selon une note publiée lundi.", text: "lundi", value: "2025-09-01", prec: D,
		reason: "the participle right before the date governs it, not the future of the sentence"},
	{name: "tense/fr-participle-mod", in: "L'accord, conclu fin juillet, prévoit trois livraisons.", text: "fin juillet", value: "2025-07", prec: M, mod: ModEnd},
	{name: "tense/fr-participle-feminine", in: "La vente, annoncée en juin, sera bouclée demain.", text: "en juin", value: "2025-06", prec: M},
	{name: "tense/fr-noun-not-participle", in: "La société en octobre lancera son offre.", text: "en octobre", value: "2025-10", prec: M,
		reason: "société after an article is a noun, not a participle"},
	{name: "tense/fr-passive-future", in: "Le rapport sera publié en octobre.", text: "en octobre", value: "2025-10", prec: M,
		reason: "the auxiliary sera gives the participle its tense"},
	{name: "tense/fr-doit", in: "La réforme doit entrer en vigueur au deuxième trimestre.", text: "au deuxième trimestre", value: "2026-Q2", prec: Q},
	{name: "tense/fr-simple-future", in: "La filiale ouvrira en juillet.", text: "en juillet", value: "2026-07", prec: M},
	{name: "tense/it-future", in: "La nuova sede aprirà a giugno.", text: "a giugno", value: "2026-06", prec: M, lang: "it"},
	{name: "tense/it-future-any-language", in: "Rossi entrerà in carica a luglio.", text: "a luglio", value: "2026-07", prec: M,
		reason: "the preposition a is not French a (has)"},
	{name: "tense/es-future", in: "La empresa cerrará la planta en julio.", text: "en julio", value: "2026-07", prec: M, lang: "es"},
	{name: "tense/de-future", in: "Die Bank wird im Juli fusionieren.", text: "im Juli", value: "2026-07", prec: M, lang: "de"},
	{name: "fr/month-year", in: "février 2025", value: "2025-02", prec: M},
	{name: "fr/en-month-year", in: "en février 2025", value: "2025-02", prec: M},
	{name: "fr/month-year-abbr", in: "déc. 2024", value: "2024-12", prec: M},
	{name: "fr/mars-year", in: "mars 2024", value: "2024-03", prec: M},
	{name: "fr/depuis-day", in: "depuis le 3 mars 2025", value: "2025-03-03", prec: D, mod: ModSince},
	{name: "fr/weekday-picks-year", in: "Apple a annoncé mardi 9 septembre ses résultats.", text: "mardi 9 septembre", value: "2025-09-09", prec: D, reason: "the weekday fixes the year"},
	{name: "fr/weekday-picks-past-year", in: "lundi 9 septembre", value: "2024-09-09", prec: D, reason: "9 September was a Monday in 2024"},
	// numeric
	{name: "num/iso", in: "2025-09-05", value: "2025-09-05", prec: D},
	{name: "num/iso-slash", in: "2025/09/05", value: "2025-09-05", prec: D},
	{name: "num/dmy", in: "05/09/2025", value: "2025-09-05", prec: D, reason: "day first without a language"},
	{name: "num/dmy-fr", in: "05/09/2025", value: "2025-09-05", prec: D, lang: "fr"},
	{name: "num/mdy-en", in: "09/05/2025", value: "2025-09-05", prec: D, lang: "en"},
	{name: "num/mdy-forced", in: "03/15/2024", value: "2024-03-15", prec: D, reason: "15 cannot be a month"},
	{name: "num/dmy-en-forced", in: "15/03/2024", value: "2024-03-15", prec: D, lang: "en"},
	{name: "num/dots", in: "5.9.2025", value: "2025-09-05", prec: D},
	{name: "num/dashes", in: "05-09-2025", value: "2025-09-05", prec: D},
	{name: "fr/semaine-36", in: "la semaine 36", value: "2025-W36", prec: W},
	{name: "fr/semaine-52-past", in: "en semaine 52", value: "2024-W52", prec: W},
	{name: "en/week-1-of-2026", in: "week 1 of 2026", value: "2026-W01", prec: W},
	{name: "en/week-53-2020", in: "week 53 2020", value: "2020-W53", prec: W},
	// months alone
	{name: "fr/en-juin", in: "en juin", value: "2025-06", prec: M},
	{name: "fr/En-juillet", in: "En juillet", value: "2025-07", prec: M},
	{name: "fr/en-septembre", in: "en septembre", value: "2025-09", prec: M, reason: "the current month has begun"},
	{name: "fr/en-octobre-past", in: "Les ventes ont chuté en octobre.", text: "en octobre", value: "2024-10", prec: M},
	{name: "fr/en-octobre-future", in: "Le lancement aura lieu en octobre.", text: "en octobre", value: "2025-10", prec: M},
	{name: "fr/prevoit", in: "Le groupe prévoit une introduction en Bourse en mars.", text: "en mars", value: "2026-03", prec: M},
	{name: "fr/futur-suffix", in: "La société lancera son offre en novembre.", text: "en novembre", value: "2025-11", prec: M},
	{name: "fr/en-decembre", in: "en décembre", value: "2024-12", prec: M},
	{name: "fr/juillet-alone", in: "Juillet a été difficile.", text: "Juillet", value: "2025-07", prec: M},
	{name: "fr/au-mois-de", in: "au mois de mai", value: "2025-05", prec: M},
	{name: "fr/depuis-juin", in: "depuis juin", value: "2025-06", prec: M, mod: ModSince},
	{name: "fr/en-mars", in: "en mars", value: "2025-03", prec: M},
	{name: "fr/jan-ref", in: "en décembre", value: "2024-12", prec: M, ref: "2025-01-15"},
	{name: "fr/jan-ref-future", in: "Il partira en décembre.", text: "en décembre", value: "2025-12", prec: M, ref: "2025-01-15"},
	{name: "fr/fronted-future", in: "En octobre, la société lancera son produit.", text: "En octobre", value: "2025-10", prec: M, reason: "a fronted phrase takes the tense of its sentence"},
	{name: "fr/clause-past", in: "Le produit, qui a été annoncé en octobre, sera lancé demain.", text: "en octobre", value: "2024-10", prec: M, reason: "its own clause is past"},
	{name: "fr/juin-dernier", in: "en juin dernier", value: "2025-06", prec: M},
	{name: "fr/septembre-dernier", in: "septembre dernier", value: "2024-09", prec: M, reason: "the current month is not over"},
	{name: "fr/juin-prochain", in: "juin prochain", value: "2026-06", prec: M},
	{name: "en/last-june", in: "last June", value: "2025-06", prec: M},
	{name: "en/next-may", in: "next May", value: "2026-05", prec: M},
	// relative days
	{name: "fr/hier", in: "hier", value: "2025-09-04", prec: D},
	{name: "fr/Hier", in: "Hier, la Bourse a chuté.", text: "Hier", value: "2025-09-04", prec: D},
	{name: "fr/aujourdhui", in: "aujourd'hui", value: "2025-09-05", prec: D},
	{name: "fr/aujourdhui-curly", in: "aujourd’hui", value: "2025-09-05", prec: D},
	{name: "fr/demain", in: "demain", value: "2025-09-06", prec: D},
	{name: "fr/avant-hier", in: "avant-hier", value: "2025-09-03", prec: D},
	{name: "fr/apres-demain", in: "après-demain", value: "2025-09-07", prec: D},
	{name: "fr/ce-matin", in: "ce matin", value: "2025-09-05", prec: D},
	{name: "fr/hier-soir", in: "hier soir", value: "2025-09-04", prec: D},
	{name: "fr/lendemain", in: "le lendemain", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "fr/veille", in: "la veille", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "fr/un-jour-apres", in: "un jour après", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "fr/deux-jours-plus-tard", in: "deux jours plus tard", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "fr/lendemain-anchor", in: "Le 3 mars 2025, la plainte est déposée. Le lendemain, il répond.", text: "Le lendemain", value: "2025-03-04", prec: D, reason: "counts from the last dated day"},
	{name: "fr/anchor-after", in: "Le 3 mars 2025, puis trois jours après", text: "trois jours après", value: "2025-03-06", prec: D},
	// weekdays
	{name: "fr/lundi", in: "lundi", value: "2025-09-01", prec: D},
	{name: "fr/mardi", in: "Il a parlé mardi.", text: "mardi", value: "2025-09-02", prec: D},
	{name: "fr/vendredi-same-day", in: "vendredi", value: "2025-09-05", prec: D},
	{name: "fr/samedi", in: "samedi", value: "2025-08-30", prec: D},
	{name: "fr/dimanche", in: "dimanche", value: "2025-08-31", prec: D},
	{name: "fr/lundi-futur", in: "Il sera reçu lundi.", text: "lundi", value: "2025-09-08", prec: D},
	{name: "fr/lundi-dernier", in: "lundi dernier", value: "2025-09-01", prec: D},
	{name: "fr/vendredi-dernier", in: "vendredi dernier", value: "2025-08-29", prec: D},
	{name: "fr/lundi-prochain", in: "lundi prochain", value: "2025-09-08", prec: D},
	{name: "fr/vendredi-prochain", in: "vendredi prochain", value: "2025-09-12", prec: D},
	{name: "fr/ce-lundi", in: "ce lundi", value: "2025-09-01", prec: D},
	// weeks, months, years
	{name: "fr/cette-semaine", in: "cette semaine", value: "2025-W36", prec: W},
	{name: "fr/Cette-semaine", in: "Cette semaine, Scale a porté plainte.", text: "Cette semaine", value: "2025-W36", prec: W},
	{name: "fr/semaine-derniere", in: "la semaine dernière", value: "2025-W35", prec: W},
	{name: "fr/semaine-passee", in: "la semaine passée", value: "2025-W35", prec: W},
	{name: "fr/semaine-prochaine", in: "la semaine prochaine", value: "2025-W37", prec: W},
	{name: "fr/week-year-edge", in: "cette semaine", value: "2025-W01", prec: W, ref: "2024-12-30", reason: "ISO week year"},
	{name: "fr/last-week-edge", in: "la semaine dernière", value: "2024-W52", prec: W, ref: "2025-01-02"},
	{name: "fr/mois-dernier", in: "le mois dernier", value: "2025-08", prec: M},
	{name: "fr/mois-ci", in: "ce mois-ci", value: "2025-09", prec: M},
	{name: "fr/ce-mois", in: "ce mois", value: "2025-09", prec: M},
	{name: "fr/mois-prochain", in: "le mois prochain", value: "2025-10", prec: M},
	{name: "fr/mois-precedent", in: "le mois précédent", value: "2025-08", prec: M},
	{name: "fr/mois-dernier-jan", in: "le mois dernier", value: "2024-12", prec: M, ref: "2025-01-10"},
	{name: "fr/an-dernier", in: "l'an dernier", value: "2024", prec: Y},
	{name: "fr/an-dernier-curly", in: "l’an dernier", value: "2024", prec: Y},
	{name: "fr/annee-derniere", in: "l'année dernière", value: "2024", prec: Y},
	{name: "fr/an-passe", in: "l'an passé", value: "2024", prec: Y},
	{name: "fr/cette-annee", in: "cette année", value: "2025", prec: Y},
	{name: "fr/an-prochain", in: "l'an prochain", value: "2026", prec: Y},
	{name: "fr/annee-prochaine", in: "l'année prochaine", value: "2026", prec: Y},
	{name: "fr/plus-tot-ce-mois", in: "plus tôt ce mois-ci", value: "2025-09", prec: M},
	{name: "fr/ce-trimestre", in: "ce trimestre", value: "2025-Q3", prec: Q},
	{name: "fr/trimestre-dernier", in: "le trimestre dernier", value: "2025-Q2", prec: Q},
	{name: "fr/semestre-prochain", in: "le semestre prochain", value: "2026-H1", prec: H},
	{name: "fr/an-dernier-jan1", in: "l'an dernier", value: "2023", prec: Y, ref: "2024-01-01"},
	// ago and in
	{name: "fr/il-y-a-deux-semaines", in: "il y a deux semaines", value: "2025-W34", prec: W},
	{name: "fr/il-y-a-trois-mois", in: "il y a trois mois", value: "2025-06", prec: M},
	{name: "fr/il-y-a-un-an", in: "il y a un an", value: "2024", prec: Y},
	{name: "fr/il-y-a-3-jours", in: "il y a 3 jours", value: "2025-09-02", prec: D},
	{name: "fr/il-y-a-six-mois-edge", in: "il y a six mois", value: "2024-09", prec: M, ref: "2025-03-31"},
	{name: "fr/dans-deux-semaines", in: "dans deux semaines", value: "2025-W38", prec: W},
	{name: "fr/dans-un-mois", in: "dans un mois", value: "2025-10", prec: M},
	{name: "fr/dans-dix-huit-mois", in: "dans dix-huit mois", value: "2027-03", prec: M},
	{name: "fr/d-ici-quatre-ans", in: "d'ici quatre ans", value: "2029", prec: Y, mod: ModBy},
	// quarters and halves
	{name: "fr/T1-2025", in: "T1 2025", value: "2025-Q1", prec: Q},
	{name: "fr/au-T2", in: "au T2", value: "2025-Q2", prec: Q},
	{name: "fr/T4-2024", in: "T4 2024", value: "2024-Q4", prec: Q},
	{name: "fr/S1-2025", in: "S1 2025", value: "2025-H1", prec: H},
	{name: "fr/premier-trimestre", in: "au premier trimestre", value: "2025-Q1", prec: Q},
	{name: "fr/premier-trimestre-2025", in: "premier trimestre 2025", value: "2025-Q1", prec: Q},
	{name: "fr/premier-trimestre-de-2025", in: "premier trimestre de 2025", value: "2025-Q1", prec: Q},
	{name: "fr/1er-trimestre", in: "1er trimestre 2024", value: "2024-Q1", prec: Q},
	{name: "fr/2e-trimestre", in: "au 2e trimestre", value: "2025-Q2", prec: Q},
	{name: "fr/troisieme-trimestre", in: "au troisième trimestre", value: "2025-Q3", prec: Q, reason: "the current quarter"},
	{name: "fr/quatrieme-trimestre-past", in: "au quatrième trimestre", value: "2024-Q4", prec: Q},
	{name: "fr/quatrieme-trimestre-future", in: "Le bénéfice sera publié au quatrième trimestre.", text: "au quatrième trimestre", value: "2025-Q4", prec: Q},
	{name: "fr/second-semestre", in: "au second semestre 2025", value: "2025-H2", prec: H},
	{name: "fr/premier-semestre", in: "au premier semestre", value: "2025-H1", prec: H},
	{name: "fr/trimestre-annee-derniere", in: "au premier trimestre de l'année dernière", value: "2024-Q1", prec: Q},
	{name: "fr/trimestre-de-l-annee", in: "le deuxième trimestre de l'année", value: "2025-Q2", prec: Q},
	// start, middle, end
	{name: "fr/debut-juin", in: "début juin", value: "2025-06", prec: M, mod: ModStart},
	{name: "fr/mi-juillet", in: "mi-juillet", value: "2025-07", prec: M, mod: ModMid},
	{name: "fr/fin-2024", in: "fin 2024", value: "2024", prec: Y, mod: ModEnd},
	{name: "fr/debut-2025", in: "début 2025", value: "2025", prec: Y, mod: ModStart},
	{name: "fr/mi-2024", in: "mi-2024", value: "2024", prec: Y, mod: ModMid},
	{name: "fr/fin-juin-2025", in: "fin juin 2025", value: "2025-06", prec: M, mod: ModEnd},
	{name: "fr/a-la-fin-de-l-annee", in: "à la fin de l'année", value: "2025", prec: Y, mod: ModEnd},
	{name: "fr/fin-de-l-annee-derniere", in: "fin de l'année dernière", value: "2024", prec: Y, mod: ModEnd},
	{name: "fr/debut-du-mois", in: "début du mois", value: "2025-09", prec: M, mod: ModStart},
	{name: "fr/au-debut-de-2025", in: "au début de 2025", value: "2025", prec: Y, mod: ModStart},
	{name: "fr/fin-septembre-future", in: "Les résultats seront publiés fin septembre.", text: "fin septembre", value: "2025-09", prec: M, mod: ModEnd},
	{name: "fr/debut-decembre-future", in: "Il partira début décembre.", text: "début décembre", value: "2025-12", prec: M, mod: ModStart},
	// seasons
	{name: "fr/ete-2018", in: "l'été 2018", value: "2018-22", prec: S},
	{name: "fr/ete-2018-curly", in: "l’été 2018", value: "2018-22", prec: S},
	{name: "fr/cet-ete", in: "cet été", value: "2025-22", prec: S},
	{name: "fr/ete-dernier", in: "l'été dernier", value: "2025-22", prec: S, reason: "the last summer that is over"},
	{name: "fr/au-printemps", in: "au printemps", value: "2025-21", prec: S},
	{name: "fr/en-hiver", in: "en hiver", value: "2024-24", prec: S, reason: "winter 2024 began in December 2024"},
	{name: "fr/a-l-automne", in: "à l'automne", value: "2025-23", prec: S},
	{name: "fr/printemps-2026", in: "printemps 2026", value: "2026-21", prec: S},
	// years
	{name: "fr/en-2025", in: "en 2025", value: "2025", prec: Y},
	{name: "fr/depuis-2014", in: "depuis 2014", value: "2014", prec: Y, mod: ModSince},
	{name: "fr/d-ici-2030", in: "d'ici 2030", value: "2030", prec: Y, mod: ModBy},
	{name: "fr/d-ici-2030-curly", in: "d’ici 2030", value: "2030", prec: Y, mod: ModBy},
	{name: "fr/jusqu-en-2027", in: "jusqu'en 2027", value: "2027", prec: Y, mod: ModUntil},
	{name: "fr/avant-2030", in: "avant 2030", value: "2030", prec: Y, mod: ModBefore},
	{name: "fr/l-annee-2024", in: "l'année 2024", value: "2024", prec: Y},
	{name: "fr/d-ici-fin-2025", in: "d'ici fin 2025", value: "2025", prec: Y, mod: ModBy},
	{name: "fr/des-2026", in: "dès 2026", value: "2026", prec: Y, mod: ModSince},
	{name: "fr/nbsp", in: "en\u00a02025", value: "2025", prec: Y},
	{name: "fr/nbsp-day", in: "5\u00a0septembre\u00a02025", value: "2025-09-05", prec: D},
	// ranges
	{name: "fr/range-years", in: "de 2014 à 2018", value: "2014", prec: Y, mod: ModRange, reason: "a range is one expression; Value is its start, To its end"},
	{name: "fr/range-days", in: "Le salon se tiendra du 1er au 3 octobre.", text: "du 1er au 3 octobre", value: "2025-10-01", prec: D, mod: ModRange, reason: "the first end takes the month of the second"},
	{name: "fr/range-days-year", in: "entre le 3 et le 5 mars 2024", value: "2024-03-03", prec: D, mod: ModRange},
	{name: "fr/range-les-et", in: "les 30 et 31 août", value: "2025-08-30", prec: D, mod: ModRange},
	{name: "en/range-years", in: "between 2020 and 2024", value: "2020", prec: Y, mod: ModRange},
	{name: "en/range-hyphen", in: "from 2020-2024", value: "2020", prec: Y, mod: ModRange},
	{name: "fr/courant-2026", in: "courant 2026", value: "2026", prec: Y},
	{name: "fr/en-fin-d-annee", in: "en fin d'année", value: "2025", prec: Y, mod: ModEnd},
	{name: "fr/a-la-mi-septembre", in: "à la mi-septembre", value: "2025-09", prec: M, mod: ModMid},
	{name: "fr/25-decembre-dernier", in: "Le contrat, signé le 25 décembre dernier, sera renouvelé.", text: "le 25 décembre", value: "2024-12-25", prec: D, reason: "dernier makes its clause past in a future sentence"},
	{name: "fr/ce-week-end", in: "ce week-end", value: "2025-W36", prec: W, reason: "a weekend is read as its ISO week"},
	{name: "en/last-weekend", in: "last weekend", value: "2025-W35", prec: W},
	// durations
	{name: "fr/six-mois", in: "six mois", value: "P6M", prec: M},
	{name: "fr/cinq-ans", in: "cinq ans", value: "P5Y", prec: Y},
	{name: "fr/18-mois", in: "18 mois", value: "P18M", prec: M},
	{name: "fr/deux-semaines", in: "deux semaines", value: "P2W", prec: W},
	{name: "fr/trois-jours", in: "trois jours", value: "P3D", prec: D},
	{name: "fr/24-heures", in: "24 heures", value: "PT24H", prec: PrecisionHour},
	{name: "fr/deux-trimestres", in: "deux trimestres", value: "P6M", prec: M},
	{name: "fr/dix-ans", in: "dix ans", value: "P10Y", prec: Y},
	{name: "fr/une-decennie", in: "une décennie", value: "P10Y", prec: Y},
	{name: "fr/six-derniers-mois", in: "les six derniers mois", text: "six derniers mois", value: "P6M", prec: M},
	{name: "fr/en-seulement-six-mois", in: "en seulement six mois", text: "six mois", value: "P6M", prec: M},
	{name: "fr/sept-ans", in: "sept ans", value: "P7Y", prec: Y, reason: "sept before a unit is seven"},
	{name: "fr/vingt-quatre-heures", in: "vingt-quatre heures", value: "PT24H", prec: PrecisionHour},

	// English absolute dates
	{name: "en/month-day-year", in: "September 5, 2025", value: "2025-09-05", prec: D},
	{name: "en/abbr", in: "Sept. 5, 2025", value: "2025-09-05", prec: D},
	{name: "en/abbr-sep", in: "Sep 5, 2025", value: "2025-09-05", prec: D},
	{name: "en/day-month-year", in: "5 September 2025", value: "2025-09-05", prec: D},
	{name: "en/th", in: "September 5th", value: "2025-09-05", prec: D},
	{name: "en/5th-of", in: "the 5th of September 2025", value: "2025-09-05", prec: D},
	{name: "en/weekday-date", in: "Monday, September 1, 2025", value: "2025-09-01", prec: D},
	{name: "en/march-14", in: "March 14", value: "2025-03-14", prec: D},
	{name: "en/may-5", in: "May 5", value: "2025-05-05", prec: D},
	{name: "en/jan-1st", in: "Jan. 1st, 2024", value: "2024-01-01", prec: D},
	{name: "en/dec-25-future", in: "The store will open on December 25.", text: "on December 25", value: "2025-12-25", prec: D},
	{name: "en/month-year", in: "September 2025", value: "2025-09", prec: M},
	{name: "en/month-of-year", in: "June of 2024", value: "2024-06", prec: M},
	{name: "en/abbr-month-year", in: "Dec. 2024", value: "2024-12", prec: M},
	{name: "en/may-2025", in: "May 2025", value: "2025-05", prec: M},
	{name: "en/on-date", in: "on September 1", value: "2025-09-01", prec: D},
	// English months alone
	{name: "en/in-june", in: "in June", value: "2025-06", prec: M},
	{name: "en/in-may", in: "in May", value: "2025-05", prec: M},
	{name: "en/in-march", in: "in March", value: "2025-03", prec: M},
	{name: "en/in-october-past", in: "Sales fell in October.", text: "in October", value: "2024-10", prec: M},
	{name: "en/in-october-future", in: "The company will report in October.", text: "in October", value: "2025-10", prec: M},
	{name: "en/expected", in: "The deal is expected to close in November.", text: "in November", value: "2025-11", prec: M},
	{name: "en/july-alone", in: "July was strong.", text: "July", value: "2025-07", prec: M},
	{name: "en/since-june", in: "since June", value: "2025-06", prec: M, mod: ModSince},
	{name: "en/clause-past", in: "The deal, announced on March 3, is expected to close by the end of the year.", text: "on March 3", value: "2025-03-03", prec: D, reason: "the clause is past though the sentence is future"},
	// English relative days and weekdays
	{name: "en/yesterday", in: "yesterday", value: "2025-09-04", prec: D},
	{name: "en/today", in: "today", value: "2025-09-05", prec: D},
	{name: "en/tomorrow", in: "tomorrow", value: "2025-09-06", prec: D},
	{name: "en/tonight", in: "tonight", value: "2025-09-05", prec: D},
	{name: "en/last-night", in: "last night", value: "2025-09-04", prec: D},
	{name: "en/day-before-yesterday", in: "the day before yesterday", value: "2025-09-03", prec: D},
	{name: "en/the-next-day", in: "the next day", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "en/the-day-before", in: "the day before", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "en/a-day-later", in: "a day later", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "en/two-days-later", in: "two days later", prec: U, reason: "no earlier dated day to count from: the publication date is not the anchor"},
	{name: "en/monday", in: "Monday", value: "2025-09-01", prec: D},
	{name: "en/on-tuesday", in: "on Tuesday", value: "2025-09-02", prec: D},
	{name: "en/last-tuesday", in: "last Tuesday", value: "2025-09-02", prec: D},
	{name: "en/last-friday", in: "last Friday", value: "2025-08-29", prec: D, reason: "never the reference day itself"},
	{name: "en/next-monday", in: "next Monday", value: "2025-09-08", prec: D},
	{name: "en/this-monday", in: "this Monday", value: "2025-09-01", prec: D},
	{name: "en/monday-future", in: "She will testify on Monday.", text: "on Monday", value: "2025-09-08", prec: D},
	{name: "en/sunday", in: "Sunday", value: "2025-08-31", prec: D},
	// English weeks, months, years
	{name: "en/this-week", in: "this week", value: "2025-W36", prec: W},
	{name: "en/last-week", in: "last week", value: "2025-W35", prec: W},
	{name: "en/next-week", in: "next week", value: "2025-W37", prec: W},
	{name: "en/past-week", in: "the past week", value: "2025-W35", prec: W},
	{name: "en/last-month", in: "last month", value: "2025-08", prec: M},
	{name: "en/this-month", in: "this month", value: "2025-09", prec: M},
	{name: "en/next-month", in: "next month", value: "2025-10", prec: M},
	{name: "en/earlier-this-month", in: "earlier this month", value: "2025-09", prec: M},
	{name: "en/later-this-year", in: "later this year", value: "2025", prec: Y},
	{name: "en/earlier-this-week", in: "earlier this week", value: "2025-W36", prec: W},
	{name: "en/last-year", in: "last year", value: "2024", prec: Y},
	{name: "en/this-year", in: "this year", value: "2025", prec: Y},
	{name: "en/next-year", in: "next year", value: "2026", prec: Y},
	{name: "en/previous-year", in: "the previous year", value: "2024", prec: Y},
	{name: "en/last-quarter", in: "last quarter", value: "2025-Q2", prec: Q},
	{name: "en/next-quarter", in: "next quarter", value: "2025-Q4", prec: Q},
	{name: "en/this-quarter", in: "this quarter", value: "2025-Q3", prec: Q},
	// English ago and in
	{name: "en/two-weeks-ago", in: "two weeks ago", value: "2025-W34", prec: W},
	{name: "en/three-months-ago", in: "three months ago", value: "2025-06", prec: M},
	{name: "en/a-year-ago", in: "a year ago", value: "2024", prec: Y},
	{name: "en/10-days-ago", in: "10 days ago", value: "2025-08-26", prec: D},
	{name: "en/five-years-ago", in: "five years ago", value: "2020", prec: Y},
	{name: "en/in-two-weeks-future", in: "The vote will take place in two weeks.", text: "in two weeks", value: "2025-W38", prec: W},
	{name: "en/in-four-years-past", in: "It grew fivefold in four years.", text: "four years", value: "P4Y", prec: Y, reason: "in + count without a future is a duration"},
	// English quarters and halves
	{name: "en/Q1-2025", in: "Q1 2025", value: "2025-Q1", prec: Q},
	{name: "en/Q3-2024", in: "Q3 2024", value: "2024-Q3", prec: Q},
	{name: "en/Q4-alone", in: "Q4", value: "2024-Q4", prec: Q},
	{name: "en/Q4-future", in: "Revenue will rise in Q4.", text: "in Q4", value: "2025-Q4", prec: Q},
	{name: "en/H1-2025", in: "H1 2025", value: "2025-H1", prec: H},
	{name: "en/H2-2024", in: "H2 2024", value: "2024-H2", prec: H},
	{name: "en/2025-Q1", in: "2025-Q1", value: "2025-Q1", prec: Q},
	{name: "en/first-quarter-of", in: "the first quarter of 2025", value: "2025-Q1", prec: Q},
	{name: "en/first-quarter", in: "in the first quarter", value: "2025-Q1", prec: Q},
	{name: "en/third-quarter-hyphen", in: "third-quarter", value: "2025-Q3", prec: Q},
	{name: "en/3rd-quarter", in: "3rd quarter 2024", value: "2024-Q3", prec: Q},
	{name: "en/second-half-2024", in: "the second half of 2024", value: "2024-H2", prec: H},
	{name: "en/first-half", in: "in the first half", value: "2025-H1", prec: H},
	{name: "en/second-half-of-the-year", in: "the second half of the year", value: "2025-H2", prec: H},
	{name: "en/fourth-quarter-last-year", in: "the fourth quarter of last year", value: "2024-Q4", prec: Q},
	// English start, middle, end
	{name: "en/early-june", in: "early June", value: "2025-06", prec: M, mod: ModStart},
	{name: "en/mid-july", in: "mid-July", value: "2025-07", prec: M, mod: ModMid},
	{name: "en/late-2024", in: "late 2024", value: "2024", prec: Y, mod: ModEnd},
	{name: "en/early-2025", in: "early 2025", value: "2025", prec: Y, mod: ModStart},
	{name: "en/mid-2024", in: "mid-2024", value: "2024", prec: Y, mod: ModMid},
	{name: "en/end-of-2024", in: "the end of 2024", value: "2024", prec: Y, mod: ModEnd},
	{name: "en/end-of-the-year", in: "by the end of the year", value: "2025", prec: Y, mod: ModBy},
	{name: "en/beginning-of-2025", in: "at the beginning of 2025", value: "2025", prec: Y, mod: ModStart},
	{name: "en/early-next-year", in: "early next year", value: "2026", prec: Y, mod: ModStart},
	{name: "en/late-last-month", in: "late last month", value: "2025-08", prec: M, mod: ModEnd},
	{name: "en/mid-september", in: "mid-September", value: "2025-09", prec: M, mod: ModMid},
	// English seasons and years
	{name: "en/summer-2018", in: "summer 2018", value: "2018-22", prec: S},
	{name: "en/summer-of-2018", in: "the summer of 2018", value: "2018-22", prec: S},
	{name: "en/this-summer", in: "this summer", value: "2025-22", prec: S},
	{name: "en/last-winter", in: "last winter", value: "2024-24", prec: S},
	{name: "en/next-spring", in: "next spring", value: "2026-21", prec: S},
	{name: "en/in-the-fall", in: "in the fall", value: "2025-23", prec: S},
	{name: "en/fall-2024", in: "fall 2024", value: "2024-23", prec: S},
	{name: "en/in-2024", in: "in 2024", value: "2024", prec: Y},
	{name: "en/since-2014", in: "since 2014", value: "2014", prec: Y, mod: ModSince},
	{name: "en/by-2030", in: "by 2030", value: "2030", prec: Y, mod: ModBy},
	{name: "en/until-2027", in: "until 2027", value: "2027", prec: Y, mod: ModUntil},
	{name: "en/the-year-2000", in: "the year 2000", value: "2000", prec: Y},
	{name: "en/after-2020", in: "after 2020", value: "2020", prec: Y, mod: ModAfter},
	{name: "en/FY2025", in: "FY2025", value: "2025", prec: Y},
	{name: "en/FY25", in: "in FY25", value: "2025", prec: Y},
	{name: "en/1990s", in: "the 1990s", value: "199", prec: PrecisionDecade},
	{name: "fr/annees-1990", in: "les années 1990", value: "199", prec: PrecisionDecade},
	{name: "de/1990er-jahre", in: "die 1990er Jahre", value: "199", prec: PrecisionDecade},
	{name: "en/since-the-2010s", in: "since the 2010s", value: "201", prec: PrecisionDecade, mod: ModSince},
	// English durations
	{name: "en/four-years", in: "four years", value: "P4Y", prec: Y},
	{name: "en/six-months", in: "six months", value: "P6M", prec: M},
	{name: "en/18-months", in: "18 months", value: "P18M", prec: M},
	{name: "en/two-weeks", in: "two weeks", value: "P2W", prec: W},
	{name: "en/48-hours", in: "48 hours", value: "PT48H", prec: PrecisionHour},
	{name: "en/two-decades", in: "two decades", value: "P20Y", prec: Y},
	{name: "en/past-two-years", in: "over the past two years", text: "past two years", value: "P2Y", prec: Y},
	{name: "en/three-quarters", in: "three quarters", value: "P9M", prec: M},

	// German
	{name: "de/day-month-year", in: "5. September 2025", value: "2025-09-05", prec: D},
	{name: "de/maerz", in: "3. März 2024", value: "2024-03-03", prec: D},
	{name: "de/im-juni", in: "im Juni", value: "2025-06", prec: M},
	{name: "de/gestern", in: "gestern", value: "2025-09-04", prec: D},
	{name: "de/letzte-woche", in: "letzte Woche", value: "2025-W35", prec: W},
	{name: "de/naechsten-montag", in: "nächsten Montag", value: "2025-09-08", prec: D},
	{name: "de/anfang-juni", in: "Anfang Juni", value: "2025-06", prec: M, mod: ModStart},
	{name: "de/ende-2024", in: "Ende 2024", value: "2024", prec: Y, mod: ModEnd},
	{name: "de/vor-zwei-wochen", in: "vor zwei Wochen", value: "2025-W34", prec: W},
	{name: "de/seit-2014", in: "seit 2014", value: "2014", prec: Y, mod: ModSince},
	{name: "de/erstes-quartal", in: "im ersten Quartal 2025", value: "2025-Q1", prec: Q},
	{name: "de/drei-jahre", in: "drei Jahre", value: "P3Y", prec: Y},
	{name: "de/letzten-jahr", in: "im letzten Jahr", value: "2024", prec: Y},
	{name: "de/ende-letzten-jahres", in: "Ende letzten Jahres", value: "2024", prec: Y, mod: ModEnd},
	// Spanish
	{name: "es/pasado-lunes", in: "el pasado lunes", value: "2025-09-01", prec: D},
	{name: "es/day-de-month-de-year", in: "5 de septiembre de 2025", value: "2025-09-05", prec: D},
	{name: "es/ayer", in: "ayer", value: "2025-09-04", prec: D},
	{name: "es/semana-pasada", in: "la semana pasada", value: "2025-W35", prec: W},
	{name: "es/en-junio", in: "en junio", value: "2025-06", prec: M},
	{name: "es/hace-dos-semanas", in: "hace dos semanas", value: "2025-W34", prec: W},
	{name: "es/ano-pasado", in: "el año pasado", value: "2024", prec: Y},
	{name: "es/finales-de-2024", in: "a finales de 2024", value: "2024", prec: Y, mod: ModEnd},
	{name: "es/desde-2014", in: "desde 2014", value: "2014", prec: Y, mod: ModSince},
	{name: "es/proximo-lunes", in: "el próximo lunes", value: "2025-09-08", prec: D},
	{name: "es/tres-meses", in: "tres meses", value: "P3M", prec: M},
	// Italian
	{name: "it/day-month-year", in: "5 settembre 2025", value: "2025-09-05", prec: D},
	{name: "it/ieri", in: "ieri", value: "2025-09-04", prec: D},
	{name: "it/settimana-scorsa", in: "la settimana scorsa", value: "2025-W35", prec: W},
	{name: "it/nel-2024", in: "nel 2024", value: "2024", prec: Y},
	{name: "it/due-settimane-fa", in: "due settimane fa", value: "2025-W34", prec: W},
	{name: "it/anno-scorso", in: "l'anno scorso", value: "2024", prec: Y},
	{name: "it/fine-giugno", in: "a fine giugno", value: "2025-06", prec: M, mod: ModEnd},
	{name: "it/dal-2014", in: "dal 2014", value: "2014", prec: Y, mod: ModSince},
	{name: "it/quest-anno", in: "quest'anno", value: "2025", prec: Y},
	{name: "it/lunedi-scorso", in: "lunedì scorso", value: "2025-09-01", prec: D},
	{name: "it/sei-mesi", in: "sei mesi", value: "P6M", prec: M},

	// without a reference date
	{name: "noref/en-juin", in: "en juin", prec: U, ref: "-"},
	{name: "noref/hier", in: "hier", prec: U, ref: "-"},
	{name: "noref/last-week", in: "last week", prec: U, ref: "-"},
	{name: "noref/absolute", in: "5 septembre 2025", value: "2025-09-05", prec: D, ref: "-", reason: "absolute dates need no reference"},
	{name: "noref/duration", in: "six mois", value: "P6M", prec: M, ref: "-"},
	{name: "noref/fin-2024", in: "fin 2024", value: "2024", prec: Y, mod: ModEnd, ref: "-"},
	{name: "noref/T1", in: "au T1", prec: U, ref: "-"},
}

func (r row) options(t *testing.T) []Option {
	var opts []Option
	switch r.ref {
	case "":
		opts = append(opts, WithReference(ref))
	case "-":
	default:
		d, err := time.Parse(time.DateOnly, r.ref)
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, WithReference(d))
	}
	if r.lang != "" {
		opts = append(opts, WithLanguage(language.MustParse(r.lang)))
	}
	return opts
}

func TestFindTable(t *testing.T) {
	if len(rows) < 200 {
		t.Errorf("only %d rows, want at least 200", len(rows))
	}
	seen := map[string]bool{}
	for _, r := range rows {
		unique(t, seen, r.name)
		t.Run(r.name, func(t *testing.T) {
			text := surface(r.text, r.in)
			kind := KindDate
			if len(r.value) > 0 && r.value[0] == 'P' {
				kind = KindDuration
			}
			want := got{Text: text, Kind: kind, Value: r.value, Precision: r.prec, Mod: r.mod}
			found := Find(r.in, r.options(t)...)
			var g got
			for _, e := range found {
				checkSpan(t, r.in, e)
				if e.Text == text {
					g = got{Text: e.Text, Kind: e.Kind, Value: e.Value, Precision: e.Precision, Mod: e.Mod}
				}
			}
			if diff := cmp.Diff(want, g); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s\nall: %v", r.in, diff, found)
			}
		})
	}
}

// surface is the expected text of a row: text, or all of in when text is "".
func surface(text, in string) string {
	if text == "" {
		return in
	}
	return text
}

// unique fails the test when a row name is used twice.
func unique(t *testing.T, seen map[string]bool, name string) {
	t.Helper()
	if seen[name] {
		t.Errorf("duplicate row name %q", name)
	}
	seen[name] = true
}

func checkSpan(t *testing.T, text string, e Expr) {
	t.Helper()
	if e.Start < 0 || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
		t.Errorf("bad span %d:%d %q in %q", e.Start, e.End, e.Text, text)
	}
}

func TestPrecisionString(t *testing.T) {
	want := []string{"unknown", "decade", "year", "half", "quarter", "season", "month", "week", "day", "hour"}
	for i, w := range want {
		if got := Precision(i).String(); got != w {
			t.Errorf("Precision(%d) = %q, want %q", i, got, w)
		}
	}
	if got := Precision(200).String(); got != "Precision(200)" {
		t.Errorf("Precision(200) = %q", got)
	}
	if KindDate.String() != "date" || KindDuration.String() != "duration" || Kind(0).String() != "unknown" {
		t.Error("Kind.String")
	}
	if ModSince.String() != "since" || ModNone.String() != "none" {
		t.Error("Mod.String")
	}
}

func TestFindSortedNoOverlap(t *testing.T) {
	text := "Hier, en juin, le 5 septembre 2025 et il y a deux semaines, T1 2025, six mois."
	found := Find(text, WithReference(ref))
	if len(found) != 6 {
		t.Errorf("found %d, want 6: %v", len(found), found)
	}
	for i, e := range found {
		checkSpan(t, text, e)
		if i > 0 && e.Start < found[i-1].End {
			t.Errorf("overlap or disorder: %v then %v", found[i-1], e)
		}
	}
}

func TestFindBase(t *testing.T) {
	e := Find("en juin", WithReference(time.Date(2025, 9, 5, 23, 30, 0, 0, time.FixedZone("X", -5*3600))))
	want := []Expr{{Start: 0, End: 7, Text: "en juin", Kind: KindDate, Value: "2025-06", Precision: M, Relative: true, Base: "2025-09-05"}}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWithLanguage(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []string // texts found
		reason         string
	}{
		{name: "fr-only", lang: "fr", in: "hier, last week, im Juni", want: []string{"hier"}},
		{name: "en-only", lang: "en", in: "hier, last week, im Juni", want: []string{"last week"}},
		{name: "de-only", lang: "de", in: "hier, last week, im Juni", want: []string{"im Juni"}, reason: "German hier means here"},
		{name: "all", in: "hier, last week, im Juni", want: []string{"hier", "last week", "im Juni"}},
		{name: "regional-tag", lang: "fr-CA", in: "hier", want: []string{"hier"}},
		{name: "unsupported-tag", lang: "ja", in: "hier, last week", want: []string{"hier", "last week"}, reason: "other languages are ignored"},
		{name: "digits-any-language", lang: "de", in: "05/09/2025", want: []string{"05/09/2025"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []Option{WithReference(ref)}
			if tt.lang != "" {
				opts = append(opts, WithLanguage(language.MustParse(tt.lang)))
			}
			var got []string
			for _, e := range Find(tt.in, opts...) {
				got = append(got, e.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) texts (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
