package money_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/money"
)

func ExampleParse() {
	for _, s := range []string{"1.234,56 €", "US$5m", "₹1,23,456", "jusqu’à 200 millions de dollars"} {
		a, err := money.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s -> %s %s (%s)\n", s, a.Value, a.Currency, a.Qualifier)
	}
	// Output:
	// 1.234,56 € -> 1234.56 EUR (exact)
	// US$5m -> 5000000 USD (exact)
	// ₹1,23,456 -> 123456 INR (exact)
	// jusqu’à 200 millions de dollars -> 200000000 USD (up_to)
}

func ExampleFind() {
	text := "Meta a investi 14,3 milliards de dollars pour 49 % du capital, " +
		"et 52,4 milliards d’actions ont changé de mains ; la série B visait entre 5 et 10 M€."
	for _, m := range money.Find(text) {
		fmt.Printf("[%d:%d] %q %s\n", m.Start, m.End, m.Text, m.Amount)
	}
	// Output:
	// [15:40] "14,3 milliards de dollars" 14300000000 USD
	// [135:153] "entre 5 et 10 M€" between 5000000 and 10000000 EUR
}

func ExampleFindQuantities() {
	text := "Scale AI a licencié 14% de ses effectifs, soit 200 employés à temps plein et 500 entrepreneurs ; 10,000 job cuts."
	for _, m := range money.FindQuantities(text) {
		fmt.Printf("%q %s %s\n", m.Text, m.Quantity.Value, m.Quantity.Unit)
	}
	// Output:
	// "14%" 14 percent
	// "200 employés" 200 people
	// "500 entrepreneurs" 500 people
	// "10,000 job cuts" 10000 jobs
}
