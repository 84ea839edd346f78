package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/depeche-nlp/depeche/extract"
)

func TestRoutes(t *testing.T) {
	p, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := start(t, Config{}, p)
	tests := []struct {
		name        string
		method      string
		path        string
		contentType string
		body        string
		status      int
		code        string // the error code, or a substring of a 200 body
	}{
		{"health", "GET", "/healthz", "", "", 200, `"ok"`},
		{"ready", "GET", "/readyz", "", "", 200, `"ready"`},
		{"openapi", "GET", "/openapi.json", "", "", 200, `"openapi"`},
		{"metrics", "GET", "/metrics", "", "", 200, "depeche_model_load_seconds"},
		{"json article", "POST", "/v1/extract", "application/json", `{"id":"a","text":"Acme raised $5 million.","lang":"en"}`, 200, `"value":"5000000"`},
		{"no content type is JSON", "POST", "/v1/extract", "", `{"text":"Acme raised $5 million.","lang":"en"}`, 200, `"currency":"USD"`},
		{"plain text", "POST", "/v1/extract?lang=fr&published=2025-09-05&id=x", "text/plain; charset=utf-8", "Acme a levé 5 millions d'euros hier.", 200, `"value":"2025-09-04"`},
		{"html not supported", "POST", "/v1/extract?lang=en", "text/html", "<p>Acme</p>", 415, "unsupported"},
		{"empty text", "POST", "/v1/extract?lang=en", "text/plain", "", 200, `"events":[]`},
		{"malformed JSON names the offset", "POST", "/v1/extract", "application/json", `{"text": "a",,}`, 400, "invalid_json"},
		{"JSON array", "POST", "/v1/extract", "application/json", `["a"]`, 400, "invalid_json"},
		{"no text", "POST", "/v1/extract", "application/json", `{"id":"a"}`, 400, "missing_text"},
		{"wrong type", "POST", "/v1/extract", "application/json", `{"text":1}`, 400, "invalid_field"},
		{"invalid UTF-8 in JSON", "POST", "/v1/extract", "application/json", "{\"text\":\"caf\xe9\"}", 400, "invalid_utf8"},
		{"invalid UTF-8 in text", "POST", "/v1/extract?lang=fr", "text/plain", "caf\xe9", 400, "invalid_utf8"},
		{"bad date", "POST", "/v1/extract?published=hier", "text/plain", "x", 400, "invalid_field"},
		{"bad language", "POST", "/v1/extract?lang=xx", "text/plain", "x", 400, "invalid_field"},
		{"bad language in JSON", "POST", "/v1/extract", "application/json", `{"text":"x","lang":"xx"}`, 400, "invalid_field"},
		{"other media type", "POST", "/v1/extract", "application/pdf", "%PDF", 415, "unsupported_media_type"},
		{"other charset", "POST", "/v1/extract", "text/plain; charset=latin1", "x", 415, "unsupported_media_type"},
		{"unparsable content type", "POST", "/v1/extract", "text/;;", "x", 415, "unsupported_media_type"},
		{"wrong method", "GET", "/v1/extract", "", "", 405, "method_not_allowed"},
		{"wrong method on batch", "PUT", "/v1/extract/batch", "", "", 405, "method_not_allowed"},
		{"unknown route", "GET", "/v2/extract", "", "", 404, "not_found"},
		{"batch bad query", "POST", "/v1/extract/batch?published=x", "", "", 400, "invalid_field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, h := send(t, tt.method, ts.url+tt.path, tt.contentType, strings.NewReader(tt.body))
			ok := strings.Contains(body, tt.code)
			if tt.status != 200 {
				ok = hasCode(body, tt.code) && h.Get("Content-Type") == contentTypeJSON
			}
			if status != tt.status || !ok {
				t.Errorf("%s %s: %d %.300s; want %d and %s", tt.method, tt.path, status, body, tt.status, tt.code)
			}
		})
	}
	if _, body, _ := post(t, ts.url+"/v1/extract", "", strings.NewReader(`{"text": "a",,}`)); !strings.Contains(body, "byte 13") {
		t.Errorf("malformed JSON: %s does not name byte 13", body)
	}
}

func TestNotReady(t *testing.T) {
	ts := start(t, Config{}, nil)
	for _, path := range []string{"/v1/extract", "/v1/extract/batch"} {
		status, body, h := post(t, ts.url+path, "", strings.NewReader(`{"text":"x"}`))
		if status != http.StatusServiceUnavailable || !hasCode(body, codeNotReady) || h.Get("Retry-After") == "" {
			t.Errorf("%s before Ready: %d %s, Retry-After %q", path, status, body, h.Get("Retry-After"))
		}
	}
	if status, _ := get(t, ts.url+"/readyz"); status != http.StatusServiceUnavailable {
		t.Errorf("/readyz before Ready: %d", status)
	}
	if status, _ := get(t, ts.url+"/healthz"); status != http.StatusOK {
		t.Errorf("/healthz before Ready: %d", status)
	}
	ts.Ready(&fake{})
	if status, _ := get(t, ts.url+"/readyz"); status != http.StatusOK {
		t.Errorf("/readyz after Ready: %d", status)
	}
	if _, m := get(t, ts.url+"/metrics"); strings.Contains(m, "depeche_model_load_seconds 0\n") {
		t.Errorf("model-load time not set:\n%s", m)
	}
}

func TestBatch(t *testing.T) {
	ts := start(t, Config{}, &fake{})
	in := `{"id":"a","text":"one"}` + "\n\n" + `not json` + "\n" + `{"id":"c","text":"three","lang":"de"}` + "\n" +
		"{\"id\":\"d\",\"text\":\"caf\xe9\"}\n" + `{"id":"e","html":"<p>"}` + "\n" + `{"id":"f"}` + "\n" +
		`{"id":"g","text":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "}\n" + `{"id":"h","text":"last"}`
	status, body, h := post(t, ts.url+"/v1/extract/batch?lang=fr", "application/x-ndjson", strings.NewReader(in))
	if status != http.StatusOK || h.Get("Content-Type") != contentTypeJSONLines {
		t.Fatalf("status %d, Content-Type %q", status, h.Get("Content-Type"))
	}
	var got []string
	for l := range strings.Lines(body) {
		var v struct {
			ID       string
			Line     int
			Language struct{ Code string }
			Error    *struct{ Code string }
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		s := v.ID + " " + v.Language.Code
		if v.Error != nil {
			s = v.ID + " line " + strconv.Itoa(v.Line) + " " + v.Error.Code
		}
		got = append(got, s)
	}
	want := []string{"a fr", " line 3 invalid_json", "c de", " line 5 invalid_utf8", "e line 6 unsupported", "f line 7 missing_text", " line 8 invalid_json", "h fr"}
	if !slices.Equal(got, want) {
		t.Errorf("batch lines:\n got %q\nwant %q", got, want)
	}
	if strings.Contains(ts.logs.String(), "one") || !strings.Contains(ts.logs.String(), `"articles":3,"failed":5`) {
		t.Errorf("log: %s", ts.logs)
	}
}

func TestInFlightLimit(t *testing.T) {
	f := &fake{release: make(chan struct{}), started: make(chan struct{})}
	ts := start(t, Config{MaxInFlight: 2}, f)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if status, body, _ := post(t, ts.url+"/v1/extract", "text/plain", strings.NewReader("x")); status != http.StatusOK {
				t.Errorf("held request: %d %s", status, body)
			}
		})
	}
	<-f.started
	<-f.started
	for _, path := range []string{"/v1/extract", "/v1/extract/batch"} {
		status, body, h := post(t, ts.url+path, "text/plain", strings.NewReader("x"))
		if status != http.StatusTooManyRequests || !hasCode(body, codeOverloaded) || h.Get("Retry-After") != retryAfterOverloaded {
			t.Errorf("%s over the limit: %d %s, Retry-After %q", path, status, body, h.Get("Retry-After"))
		}
	}
	if status, _ := get(t, ts.url+"/healthz"); status != http.StatusOK {
		t.Errorf("/healthz is limited: %d", status)
	}
	close(f.release)
	wg.Wait()
	f.started = nil
	if status, body, _ := post(t, ts.url+"/v1/extract", "text/plain", strings.NewReader("x")); status != http.StatusOK {
		t.Errorf("after the burst: %d %s", status, body)
	}
}

func TestDeadline(t *testing.T) {
	ts := start(t, Config{Timeout: 50 * time.Millisecond, BatchTimeout: 50 * time.Millisecond}, &fake{release: make(chan struct{})})
	status, body, _ := post(t, ts.url+"/v1/extract", "text/plain", strings.NewReader("x"))
	if status != http.StatusGatewayTimeout || !hasCode(body, codeTimeout) {
		t.Errorf("over the deadline: %d %s", status, body)
	}
	status, body, _ = post(t, ts.url+"/v1/extract/batch", "", strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))
	if status != http.StatusOK || strings.Count(body, `"code":"canceled"`) != 2 || !strings.Contains(body, `{"id":"","line":3,"error":{"code":"timeout"`) {
		t.Errorf("batch over the deadline: %d %s", status, body)
	}
}

func TestGracefulShutdown(t *testing.T) {
	f := &fake{release: make(chan struct{}), started: make(chan struct{})}
	ts := start(t, Config{}, f)
	done := make(chan int)
	go func() {
		status, _, _ := post(t, ts.url+"/v1/extract", "text/plain", strings.NewReader("x"))
		done <- status
	}()
	<-f.started
	stopped := make(chan error)
	go func() { stopped <- ts.stop() }()
	waitFor(t, "the listener to close", func() bool {
		_, err := http.Get(ts.url + "/healthz")
		return err != nil
	})
	select {
	case err := <-stopped:
		t.Fatalf("Serve returned %v with a request in flight", err)
	default:
	}
	close(f.release)
	if status := <-done; status != http.StatusOK {
		t.Errorf("request in flight got %d", status)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

func TestMetricsAndLogs(t *testing.T) {
	ts := start(t, Config{}, &fake{})
	secret := "Meta investit 14,3 milliards dans Scale AI"
	post(t, ts.url+"/v1/extract?id=doc-1", "text/plain", strings.NewReader(secret))
	post(t, ts.url+"/v1/extract", "", strings.NewReader("{"))
	_, m := get(t, ts.url+"/metrics")
	for _, want := range []string{
		`depeche_http_requests_total{code="200",route="/v1/extract"} 1`,
		`depeche_http_requests_total{code="400",route="/v1/extract"} 1`,
		`depeche_http_request_duration_seconds_count{route="/v1/extract"} 2`,
		`depeche_articles_total{outcome="analysed"} 1`,
		`depeche_article_bytes_total 42`,
		`depeche_http_requests_in_flight 1`, // the /metrics request itself
		`process_resident_memory_bytes`,
		`go_goroutines`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	logs := ts.logs.String()
	if strings.Contains(logs, "Scale") || strings.Count(logs, `"msg":"request"`) != 3 {
		t.Errorf("logs should have one line per request and no text:\n%s", logs)
	}
}

func TestOpenAPI(t *testing.T) {
	ts := start(t, Config{}, &fake{})
	_, body := get(t, ts.url+"/openapi.json")
	var doc struct {
		OpenAPI string
		Paths   map[string]map[string]any
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{extractPath: "post", extractBatchPath: "post", healthPath: "get", readyPath: "get", metricsPath: "get", openAPIPath: "get"}
	if len(doc.Paths) != len(want) {
		t.Errorf("openapi.json has %d paths; want %d", len(doc.Paths), len(want))
	}
	for path, method := range want {
		if _, ok := doc.Paths[path][method]; !ok {
			t.Errorf("openapi.json lacks %s %s", method, path)
		}
	}
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"negative body limit", Config{MaxBodyBytes: -1}},
		{"negative batch limit", Config{MaxBatchBytes: -1}},
		{"negative in flight", Config{MaxInFlight: -1}},
		{"negative timeout", Config{Timeout: -time.Second}},
		{"negative read timeout", Config{ReadTimeout: -time.Second}},
		{"certificate without key", Config{TLSCertFile: "cert.pem"}},
		{"missing files", Config{TLSCertFile: "nope.pem", TLSKeyFile: "nope.key"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg); !errors.Is(err, ErrConfig) {
				t.Errorf("New: %v; want ErrConfig", err)
			}
		})
	}
}

var _ Extractor = (*extract.Pipeline)(nil)
