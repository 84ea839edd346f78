package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/depeche-nlp/depeche/extract"
	"golang.org/x/text/language"
)

// batchArticles returns n short articles of different lengths, so that
// workers finish them out of order.
func batchArticles(n int) []extract.Article {
	out := make([]extract.Article, n)
	for i := range out {
		text := fmt.Sprintf("La société n°%d a levé %d millions d'euros. ", i, i+1)
		for range i % 7 {
			text += "Le tour a été mené par Sequoia Capital. "
		}
		out[i] = extract.Article{ID: fmt.Sprint(i), Text: text, Lang: language.French}
	}
	return out
}

// counted yields the articles and counts how many were read.
func counted(as []extract.Article, read *atomic.Int64) iter.Seq[extract.Article] {
	return func(yield func(extract.Article) bool) {
		for _, a := range as {
			read.Add(1)
			if !yield(a) {
				return
			}
		}
	}
}

func TestExtractAll(t *testing.T) {
	const workers = 3
	p, err := extract.New(extract.Config{Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	as := batchArticles(60)
	as[17].Text = "caf\xff" // a failure stays in its place and the batch goes on
	var read atomic.Int64
	consumed := 0
	for r := range p.ExtractAll(context.Background(), counted(as, &read)) {
		if r.Index != consumed || r.Article.ID != as[consumed].ID {
			t.Fatalf("result %d is article %d (%s)", consumed, r.Index, r.Article.ID)
		}
		// reading runs at most 4 × workers ahead, plus the job being
		// waited for and the one in the reader's hand
		if ahead := int(read.Load()) - consumed; ahead > 4*workers+2 {
			t.Errorf("after %d results, %d articles read", consumed, read.Load())
		}
		want, wantErr := p.Extract(context.Background(), as[consumed])
		if !errors.Is(r.Err, wantErr) && (r.Err == nil || wantErr == nil || r.Err.Error() != wantErr.Error()) {
			t.Errorf("article %d: err %v, want %v", consumed, r.Err, wantErr)
		}
		got, _ := json.Marshal(r.Document)
		wantJSON, _ := json.Marshal(want)
		if string(got) != string(wantJSON) {
			t.Errorf("article %d: ExtractAll and Extract differ:\n%s\n%s", consumed, got, wantJSON)
		}
		consumed++
	}
	if consumed != len(as) {
		t.Errorf("%d results for %d articles", consumed, len(as))
	}
}

func TestExtractAllStops(t *testing.T) {
	p, err := extract.New(extract.Config{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	as := batchArticles(200)

	t.Run("break", func(t *testing.T) {
		var read atomic.Int64
		n := 0
		for range p.ExtractAll(context.Background(), counted(as, &read)) {
			if n++; n == 5 {
				break
			}
		}
		if read.Load() > 5+4*2+2 {
			t.Errorf("%d articles read for 5 results", read.Load())
		}
	})

	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var read atomic.Int64
		var got []int
		var errs []error
		for r := range p.ExtractAll(ctx, counted(as, &read)) {
			got = append(got, r.Index)
			if len(got) == 10 {
				cancel()
			}
			if len(got) > 10 {
				errs = append(errs, r.Err)
			}
		}
		// every article read gives a result, in order, and those not
		// done when the batch was canceled say so
		if !slices.Equal(got, seq(len(got))) || len(got) < 10 || len(got) > int(read.Load()) {
			t.Errorf("results %v for %d articles read", got, read.Load())
		}
		for _, err := range errs {
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("after cancel: err %v, want nil or context.Canceled", err)
			}
		}
		if read.Load() >= int64(len(as)) {
			t.Errorf("the whole input was read after cancel")
		}
	})
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func TestZeroPipeline(t *testing.T) {
	a := extract.Article{Text: "Bonjour."}
	var zero extract.Pipeline
	if _, err := zero.Extract(context.Background(), a); !errors.Is(err, extract.ErrNoPipeline) {
		t.Errorf("zero Pipeline: err %v, want ErrNoPipeline", err)
	}
	var nilp *extract.Pipeline
	if _, err := nilp.Extract(context.Background(), a); !errors.Is(err, extract.ErrNoPipeline) {
		t.Errorf("nil Pipeline: err %v, want ErrNoPipeline", err)
	}
	n := 0
	for r := range zero.ExtractAll(context.Background(), slices.Values([]extract.Article{a, a})) {
		n++
		if !errors.Is(r.Err, extract.ErrNoPipeline) {
			t.Errorf("zero Pipeline ExtractAll: err %v, want ErrNoPipeline", r.Err)
		}
	}
	if n != 2 {
		t.Errorf("zero Pipeline ExtractAll: %d results, want 2", n)
	}
}

func TestNewWorkers(t *testing.T) {
	if _, err := extract.New(extract.Config{Workers: -1}); !errors.Is(err, extract.ErrConfig) {
		t.Errorf("Workers -1: err %v, want ErrConfig", err)
	}
}
