package webpage_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/depeche-nlp/depeche/webpage"
)

// ExampleRead reads a fixture page: a French article among a cookie
// banner, navigation, share buttons, related links, a paywall teaser and
// comments.
func ExampleRead() {
	page, err := os.ReadFile("testdata/pages/agrivolt.html")
	if err != nil {
		fmt.Println(err)
		return
	}
	pg, err := webpage.Read(context.Background(), page, "text/html; charset=utf-8", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pg.Source.Title)
	fmt.Println(pg.Source.SiteName, pg.Date.Format("2006-01-02"), pg.Source.Lang)
	first, _, _ := strings.Cut(pg.Text, "\n\n")
	fmt.Println(strings.Join(strings.Fields(first)[:5], " "))
	fmt.Println(strings.Contains(pg.Text, "cookies"), strings.Contains(pg.Text, "Commentaires"))
	// Output:
	// Agrivolt lève 18 millions d’euros pour ses serres solaires
	// Le Courrier économique 2025-09-02 fr
	// La jeune pousse lyonnaise Agrivolt,
	// false false
}
