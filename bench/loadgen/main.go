// Loadgen measures the HTTP API on loopback: clients post one article
// again and again to /v1/extract, bounded in request count and in time,
// and it reports throughput, latency percentiles, statuses and the
// server's RSS. With -inproc it measures the in-process batch rate of the
// same article instead (extract.ExtractAll), the figure the server is
// compared with.
//
// Usage:
//
//	go run ./bench/loadgen [-url http://127.0.0.1:8080] [-c 8] [-n 400] [-d 60s] [FILE]
//	go run ./bench/loadgen -inproc [-n 400] [FILE]
//
// FILE defaults to the garbled sample, examples/testdata/scale-mercor-mt.fr.txt.
// Only loopback addresses are accepted: it is a load test of a server on
// this machine.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/depeche-nlp/depeche/extract"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server, on a loopback address")
	clients := flag.Int("c", 8, "concurrent clients")
	n := flag.Int("n", 400, "requests in all (or articles with -inproc)")
	d := flag.Duration("d", time.Minute, "longest run")
	inproc := flag.Bool("inproc", false, "measure the in-process batch rate instead")
	flag.Parse()
	file := "examples/testdata/scale-mercor-mt.fr.txt"
	if flag.NArg() > 0 {
		file = flag.Arg(0)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		fail(err)
	}
	if *inproc {
		err = inProcess(string(text), *n)
	} else {
		err = load(*base, string(text), *clients, *n, *d)
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "loadgen:", err)
	os.Exit(1)
}

// inProcess runs n copies of text through ExtractAll, after a warm-up that
// loads the models, and prints the rate.
func inProcess(text string, n int) error {
	p, err := extract.New(extract.Config{Preload: true})
	if err != nil {
		return err
	}
	published := time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC)
	if _, err := p.Extract(context.Background(), extract.Article{Text: text, Published: published}); err != nil {
		return err
	}
	articles := func(yield func(extract.Article) bool) {
		for range n {
			if !yield(extract.Article{Text: text, Published: published}) {
				return
			}
		}
	}
	start := time.Now()
	done := 0
	for r := range p.ExtractAll(context.Background(), articles) {
		if r.Err != nil {
			return r.Err
		}
		done++
	}
	el := time.Since(start)
	fmt.Printf("in-process ExtractAll: %d articles in %.2f s: %.1f articles/s\n", done, el.Seconds(), float64(done)/el.Seconds())
	return nil
}

// load runs the clients until n requests are done or d has passed.
func load(base, text string, clients, n int, d time.Duration) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%s is not a loopback address", u.Hostname())
	}
	target := base + "/v1/extract?published=2025-09-05"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var next atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	statuses := map[int]int{}
	var wg sync.WaitGroup
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for next.Add(1) <= int64(n) && ctx.Err() == nil {
				t := time.Now()
				status := post(ctx, client, target, text)
				el := time.Since(t)
				mu.Lock()
				statuses[status]++
				if status == http.StatusOK {
					lat = append(lat, el)
				}
				mu.Unlock()
			}
		})
	}
	rss := sampleRSS(ctx, client, base)
	wg.Wait()
	el := time.Since(start)
	cancel()
	maxRSS := <-rss
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	var codes []string
	for _, s := range slices.Sorted(maps.Keys(statuses)) {
		codes = append(codes, fmt.Sprintf("%d×%d", s, statuses[s]))
	}
	ok := statuses[http.StatusOK]
	fmt.Printf("clients %d: %d requests in %.2f s: %.1f articles/s, p50 %.0f ms, p99 %.0f ms, statuses %s, max RSS %.0f MB\n",
		clients, ok+errorsOf(statuses), el.Seconds(), float64(ok)/el.Seconds(),
		ms(pct(0.50)), ms(pct(0.99)), strings.Join(codes, " "), float64(maxRSS)/1e6)
	return nil
}

// post sends the article and returns the status, or 0 when the request
// failed.
func post(ctx context.Context, client *http.Client, target, text string) int {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, strings.NewReader(text))
	if err != nil {
		return 0
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := client.Do(req)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// sampleRSS reads the server's process_resident_memory_bytes from /metrics
// every half second until ctx is done, and sends the largest.
func sampleRSS(ctx context.Context, client *http.Client, base string) <-chan float64 {
	out := make(chan float64, 1)
	go func() {
		var peak float64
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			if v, ok := metric(client, base, "process_resident_memory_bytes"); ok {
				peak = max(peak, v)
			}
			select {
			case <-ctx.Done():
				out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

// metric reads one unlabelled value from the server's /metrics.
func metric(client *http.Client, base, name string) (float64, bool) {
	resp, err := client.Get(base + "/metrics")
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if rest, ok := bytes.CutPrefix(sc.Bytes(), []byte(name+" ")); ok {
			var v float64
			if _, err := fmt.Sscan(string(rest), &v); err == nil {
				return v, true
			}
		}
	}
	return 0, false
}

func errorsOf(statuses map[int]int) int {
	n := 0
	for s, c := range statuses {
		if s != http.StatusOK {
			n += c
		}
	}
	return n
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
