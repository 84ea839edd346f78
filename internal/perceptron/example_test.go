package perceptron_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/internal/perceptron"
)

func Example() {
	tr, err := perceptron.NewTrainer(perceptron.Spec{Features: "weather/1", Bits: 8,
		Heads: []perceptron.Head{{Name: "take", Labels: []string{"nothing", "umbrella"}}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	data := []struct {
		sky  string
		gold int
	}{{"rain", 1}, {"sun", 0}, {"storm", 1}, {"cloud", 0}}
	scores := make([]float32, tr.Width())
	for range 3 {
		for _, d := range data {
			feats := []uint64{perceptron.HashString(d.sky)}
			tr.Scores(feats, scores)
			if p := tr.Best(scores, 0); p != d.gold {
				tr.Update(feats, 0, d.gold, 1)
				tr.Update(feats, 0, p, -1)
			}
			tr.Tick()
		}
	}
	raw, _ := tr.Model().MarshalBinary()
	m, err := perceptron.Load(raw, "weather/1")
	if err != nil {
		fmt.Println(err)
		return
	}
	m.Scores([]uint64{perceptron.HashString("storm")}, scores)
	fmt.Println(m.Spec().Heads[0].Labels[m.Best(scores, 0)])
	// Output: umbrella
}
