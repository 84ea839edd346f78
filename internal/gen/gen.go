package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Record is one article in depeche's --jsonl input format.
type Record struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

// Paragraphs returns the non-blank lines of texts, in order.
func Paragraphs(texts ...string) []string {
	var out []string
	for _, t := range texts {
		for p := range strings.SplitSeq(t, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Articles builds n articles, each of minParas to maxParas paragraphs
// drawn from paras with a PCG seeded by seed, and a publication date in
// 2025.
func Articles(paras []string, n int, seed uint64, minParas, maxParas int) ([]Record, error) {
	if minParas < 1 || maxParas < minParas {
		return nil, fmt.Errorf("gen: want 1 <= min <= max paragraphs, got %d and %d", minParas, maxParas)
	}
	if len(paras) == 0 {
		return nil, fmt.Errorf("gen: no paragraphs to draw from")
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]Record, n)
	for i := range out {
		picked := make([]string, minParas+r.IntN(maxParas-minParas+1))
		for j := range picked {
			picked[j] = paras[r.IntN(len(paras))]
		}
		out[i] = Record{
			ID:        fmt.Sprintf("synthetic-%05d", i+1),
			Text:      strings.Join(picked, "\n\n"),
			Published: base.AddDate(0, 0, r.IntN(365)).Format(time.DateOnly),
		}
	}
	return out, nil
}
