package summary_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/internal/summary"
)

// ExampleAmount writes amounts of a Document as they read.
func ExampleAmount() {
	fmt.Println(summary.Amount(extract.Exact, "14300000000", "", "", "USD", false))
	fmt.Println(summary.Amount(extract.UpTo, "", "", "200000000", "USD", false))
	fmt.Println(summary.Number("250000"))
	// Output:
	// 14.3 billion USD
	// up to 200 million USD
	// 250,000
}
