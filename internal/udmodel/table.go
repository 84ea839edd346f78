package udmodel

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// table is a string-to-string map stored as flat bytes: a header (slot count, blob size),
// the slots (uint32 each: 0 for empty, else 1 + the offset of an entry in the blob) and the
// blob of entries (uint16 key length, key, uint16 value length, value). It is built once, at
// training time, and read in place: looking up a key costs one hash and a few probes.
type table struct {
	slots []byte
	blob  []byte
	n     int // number of slots, a power of two
}

func hashBytes(b []byte) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, c := range b {
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return h ^ h>>29
}

// buildTable builds a table of m, in sorted key order so that its bytes do not depend on
// map order.
func buildTable(m map[string]string) table {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	n := 8
	for n < 2*len(keys) {
		n *= 2
	}
	slots := make([]uint32, n)
	var blob []byte
	for _, k := range keys {
		off := uint32(len(blob)) + 1
		blob = binary.LittleEndian.AppendUint16(blob, uint16(len(k)))
		blob = append(blob, k...)
		v := m[k]
		blob = binary.LittleEndian.AppendUint16(blob, uint16(len(v)))
		blob = append(blob, v...)
		for i := hashBytes([]byte(k)) & uint64(n-1); ; i = (i + 1) & uint64(n-1) {
			if slots[i] == 0 {
				slots[i] = off
				break
			}
		}
	}
	raw := make([]byte, 0, 4*n)
	for _, s := range slots {
		raw = binary.LittleEndian.AppendUint32(raw, s)
	}
	return table{slots: raw, blob: blob, n: n}
}

// appendTable appends the encoding of t that readTable reads.
func appendTable(b []byte, t table) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(t.n))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.blob)))
	b = append(b, t.slots...)
	return append(b, t.blob...)
}

// readTable reads a table from the front of b and returns the rest of b.
func readTable(b []byte) (table, []byte, error) {
	if len(b) < 8 {
		return table{}, nil, fmt.Errorf("table header truncated")
	}
	n := int(binary.LittleEndian.Uint32(b))
	size := int(binary.LittleEndian.Uint32(b[4:]))
	if n == 0 || n&(n-1) != 0 || n > 1<<26 || len(b)-8 < 4*n || len(b)-8-4*n < size {
		return table{}, nil, fmt.Errorf("table sizes %d slots, %d bytes do not fit", n, size)
	}
	t := table{slots: b[8 : 8+4*n], blob: b[8+4*n : 8+4*n+size], n: n}
	for i := range n {
		off := int(binary.LittleEndian.Uint32(t.slots[4*i:]))
		if off == 0 {
			continue
		}
		if _, _, ok := t.entry(off - 1); !ok {
			return table{}, nil, fmt.Errorf("table slot %d points outside its entries", i)
		}
	}
	return t, b[8+4*n+size:], nil
}

// entry decodes the entry at off.
func (t table) entry(off int) (key, val []byte, ok bool) {
	b := t.blob
	if off+2 > len(b) {
		return nil, nil, false
	}
	kl := int(binary.LittleEndian.Uint16(b[off:]))
	if off+2+kl+2 > len(b) {
		return nil, nil, false
	}
	key = b[off+2 : off+2+kl]
	vl := int(binary.LittleEndian.Uint16(b[off+2+kl:]))
	if off+4+kl+vl > len(b) {
		return nil, nil, false
	}
	return key, b[off+4+kl : off+4+kl+vl], true
}

// get returns the value of key.
func (t table) get(key []byte) ([]byte, bool) {
	if t.n == 0 {
		return nil, false
	}
	for i, probes := hashBytes(key)&uint64(t.n-1), 0; probes < t.n; i, probes = (i+1)&uint64(t.n-1), probes+1 {
		off := int(binary.LittleEndian.Uint32(t.slots[4*i:]))
		if off == 0 {
			return nil, false
		}
		k, v, _ := t.entry(off - 1)
		if string(k) == string(key) {
			return v, true
		}
	}
	return nil, false
}
