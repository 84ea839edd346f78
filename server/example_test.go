package server_test

import (
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/server"
)

// The server is an http.Handler: mount it in a mux or serve it with
// Server.Serve. It answers 503 until Ready gives it a pipeline.
func ExampleNew() {
	s, err := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		log.Fatal(err)
	}
	p, err := extract.New(extract.Config{})
	if err != nil {
		log.Fatal(err)
	}
	s.Ready(p)
	ts := httptest.NewServer(s)
	defer ts.Close()

	resp, err := http.Post(ts.URL+"/v1/extract?lang=en&published=2025-09-05", "text/plain",
		strings.NewReader("Acme raised $5 million yesterday."))
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var doc extract.Document
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode)
	for _, a := range doc.Amounts {
		fmt.Println(doc.Text[a.Start:a.End], a.Value, a.Currency)
	}
	for _, d := range doc.Dates {
		fmt.Println(doc.Text[d.Start:d.End], d.Value)
	}
	// Output:
	// 200
	// $5 million 5000000 USD
	// yesterday 2025-09-04
}
