// Package money reads amounts of money, percentages and counts in business
// news written in French and English, and in German, Spanish, Italian,
// Portuguese and Dutch:
// "14,3 milliards de dollars", "$14.3bn", "1,5 Md€", "US$ 7.4 billion",
// "900 Millionen US-Dollar", "jusqu’à 200 millions de dollars",
// "entre 5 et 10 M€", "plusieurs millions de dollars", "49 %",
// "200 employés".
//
// Parse reads one amount expression; Find finds every amount in running
// text, with byte offsets; FindQuantities finds percentages and counts. All
// values are exact Decimals, never floats. The package does not import a
// language detector or a tagger.
//
//	ms := money.Find("Meta a investi 14,3 milliards de dollars.")
//	fmt.Println(ms[0].Text, ms[0].Amount.Value, ms[0].Amount.Currency)
//	// 14,3 milliards de dollars 14300000000 USD
//
// # Grammar
//
// An expression is [qualifier] [range opener] side [separator side], where a
// side is [currency] figure [scale words] [de|d’|of] [currency | % | noun].
// A figure is written in digits or in words ("quatre-vingt-dix-neuf", "one
// and a half billion", "cento e vinte"). In the languages that
// data/languages.tsv marks "compound" a number may be one word
// ("siebenhundert", "tweeëntwintig", "duecentomila"): it is cut into the
// number and scale words of the tables, units adding up, a hundred
// multiplying what precedes it and a scale word closing a group. Digits may be grouped with a space, U+00A0, U+202F,
// ".", ",", "'" or "’". A single "." or "," before exactly three digits is read
// by the language: with a language whose decimal separator is "."
// (data/languages.tsv: en) "," groups and "." is the decimal point; with the
// others (fr, de, es, it, pt, nl) the reverse; by default (all languages) the
// words of the expression decide ("milliards", "de" are not English), else
// a currency sign written after the figure ("1.234 €") chooses the
// continental reading, else the English one; a guessed decimal separator
// followed by three digits ending in 0 is read as grouping ("320.000",
// "73,460 €"), as are figures of currencies without decimals ("12.500 ₫"). A scale
// word given only on the second side of a range applies to both ("entre 5 et
// 10 M€", "$5-10 million").
//
// # Spans
//
// A Match covers the qualifier words that belong to the amount
// ("jusqu’à 200 millions de dollars", Qualifier UpTo) and, for a range, its
// opening word ("entre 5 et 10 M€"). A percentage covers figure and sign
// ("49%"); a count covers figure, scale words and noun ("200 employés",
// "52,4 milliards d’actions").
//
// # What is not money
//
// A figure is money only with a currency sign, code or name next to it. So
// shares ("52,4 milliards d’actions", a count of unit shares), bare figures
// ("14,3"), years, phone numbers and "Series B" are not. Currency words are
// whole tokens: "de sa valeur" holds no currency. A currency name that is
// also an ordinary word ("won", "real", "rand", "pound", "bucks", flagged
// "^" in currencies.tsv) is a currency only after a figure in digits or a
// number word that is not an article: "it had won a US$ 2.1 billion
// contract" and "a real gain" hold no won or real, "500 won" does.
//
// # Currencies
//
// Currencies are ISO 4217 codes through golang.org/x/text/currency. "$" and
// "dollars" mean USD, "¥" JPY, unless WithCurrency names another currency of
// the same sign or word (CAD, AUD, … for "$"; CNY for "¥"); signs and words
// that name several currencies ("kr", "francs", "pesos") give an unknown
// Currency (Parse also reports ErrAmbiguousCurrency) unless WithCurrency
// names one. A country's name right before the word ("5 Canada dollars",
// "Singapur-Dollar") or after it with "de"/"of" ("dólares de Hong Kong")
// makes a default or ambiguous word that country's currency
// (data/countries.tsv), when the tables write that currency with the same
// word. Cents and pence are read as hundredths and merged into the amount
// ("15 dollars et 15 cents" is 15.15 USD, "3 euros et 20 centimes" 3.2 EUR).
//
// # Qualifiers
//
// A qualifier word before the figure gives the bounds: "jusqu’à", "no más
// de", "niet meer dan" give Max (UpTo), "au moins", "pas moins de" Min
// (AtLeast), "moins de", "minder dan" Max (LessThan). An amount named
// without a figure ("plusieurs millions de dollars") has Qualifier Vague,
// no Value and no bounds.
//
// # Choices that differ from the reference suites
//
// French "billion" is 10^12 (and "milliard" 10^9); English "billion" is
// 10^9. By default the words of the expression choose: "1 billion de
// dollars" is 10^12, "$1 billion" is 10^9. Duckling reads "7-9 lakh rupees"
// as 7 to 900000; a news reader means 700000 to 900000, which depeche
// returns. Recognizers-Text's French specs read "12,345 $" as 12.345 because
// the French decimal comma applies: depeche agrees, under WithLanguage(fr)
// and by default, where a sign written after the figure chooses the
// continental reading; under WithLanguage(en) it reads 12345. Amounts of crypto-currencies (bitcoin) have no
// ISO 4217 code and are not reported. The known failures, with reasons, are
// listed in testdata/known_failures.txt.
//
// # Data
//
// The words live in data/*.tsv, embedded and parsed once on first use:
// languages.tsv (the languages, their decimal separator and whether they
// write numbers as one word), currencies.tsv (signs, codes and names per
// language), countries.tsv, scales.tsv, numbers.tsv, qualifiers.tsv
// (qualifier, range, connector, vague and percent words) and nouns.tsv
// (count nouns and their Unit). A language is added by data alone: a line
// in languages.tsv and its words in the other tables.
//
// # Concurrency
//
// Parse, Find and FindQuantities are safe for concurrent use; the tables
// are immutable once built, and every call keeps its own state. Amount,
// Decimal, Currency and Quantity are immutable values.
package money
