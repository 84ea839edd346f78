package tagger

import (
	"context"
	"testing"
)

// FuzzDecode checks that Decode never panics and that what it accepts
// tags without panicking.
func FuzzDecode(f *testing.F) {
	m, err := Train(context.Background(), toy(), TrainConfig{Lang: "fr", Bits: 8, Epochs: 1})
	if err != nil {
		f.Fatal(err)
	}
	good, err := m.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte("DPTG"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data, "fr")
		if err != nil {
			return
		}
		text := "la société Vexa recrute à Lyon"
		m.Tag(text, words(text))
	})
}
