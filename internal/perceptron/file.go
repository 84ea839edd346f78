package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
)

const (
	magic   = "DPPERCEP"
	version = 1
)

// ErrFormat is the sentinel of a model file that Load cannot read.
var ErrFormat = errors.New("perceptron: bad model file")

// FormatError reports where a model file is wrong: Offset is a byte offset into it.
type FormatError struct {
	Offset int
	Msg    string
}

// Error gives the offset and the problem.
func (e *FormatError) Error() string {
	return fmt.Sprintf("perceptron: bad model file at byte %d: %s", e.Offset, e.Msg)
}

// Unwrap returns ErrFormat.
func (e *FormatError) Unwrap() error { return ErrFormat }

// MarshalBinary encodes the model in the format Load reads.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, len(m.weights)+1024)
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint16(b, version)
	b = appendString(b, m.spec.Features)
	b = append(b, byte(m.spec.Bits))
	b = binary.LittleEndian.AppendUint16(b, uint16(len(m.spec.Heads)))
	for i, h := range m.spec.Heads {
		b = appendString(b, h.Name)
		b = binary.LittleEndian.AppendUint16(b, uint16(len(h.Labels)))
		for _, l := range h.Labels {
			b = appendString(b, l)
		}
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scales[i]))
	}
	b = binary.LittleEndian.AppendUint32(b, m.sum)
	return append(b, m.weights...), nil
}

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint16(b, uint16(len(s)))
	return append(b, s...)
}

// decoder reads the header fields in order and remembers the first error.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b)-d.off < n {
		d.err = &FormatError{Offset: d.off, Msg: "truncated"}
		return nil
	}
	p := d.b[d.off : d.off+n]
	d.off += n
	return p
}

func (d *decoder) u16() int {
	if p := d.take(2); p != nil {
		return int(binary.LittleEndian.Uint16(p))
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if p := d.take(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (d *decoder) str() string { return string(d.take(d.u16())) }

// Load decodes a model written by MarshalBinary. The model keeps data as its weights: the
// caller must not modify data afterwards. want is the feature-set name the caller computes
// features for; a model built for another one is refused.
func Load(data []byte, want string) (*Model, error) {
	d := &decoder{b: data}
	if string(d.take(len(magic))) != magic {
		return nil, &FormatError{Offset: 0, Msg: "not a perceptron model"}
	}
	if v := d.u16(); v != version && d.err == nil {
		return nil, &FormatError{Offset: len(magic), Msg: fmt.Sprintf("version %d, want %d", v, version)}
	}
	var spec Spec
	at := d.off
	spec.Features = d.str()
	if d.err == nil && spec.Features != want {
		return nil, &FormatError{Offset: at, Msg: fmt.Sprintf("feature set %q, want %q", spec.Features, want)}
	}
	if p := d.take(1); p != nil {
		spec.Bits = int(p[0])
	}
	nh := d.u16()
	var scales []float32
	for i := 0; i < nh && d.err == nil; i++ {
		h := Head{Name: d.str()}
		nl := d.u16()
		h.Labels = make([]string, 0, min(nl, len(data)))
		for j := 0; j < nl && d.err == nil; j++ {
			h.Labels = append(h.Labels, d.str())
		}
		spec.Heads = append(spec.Heads, h)
		scales = append(scales, math.Float32frombits(d.u32()))
	}
	sum := d.u32()
	if d.err != nil {
		return nil, d.err
	}
	offs, width, err := spec.check()
	if err != nil {
		return nil, &FormatError{Offset: d.off, Msg: err.Error()}
	}
	at = d.off
	weights := d.take(width << spec.Bits)
	if d.err != nil {
		return nil, d.err
	}
	if d.off != len(data) {
		return nil, &FormatError{Offset: d.off, Msg: "trailing bytes"}
	}
	if crc32.ChecksumIEEE(weights) != sum {
		return nil, &FormatError{Offset: at, Msg: "checksum mismatch"}
	}
	return &Model{spec: spec, offs: offs, width: width, mask: 1<<spec.Bits - 1,
		scales: scales, weights: weights, sum: sum}, nil
}
