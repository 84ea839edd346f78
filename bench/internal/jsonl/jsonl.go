package jsonl

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Read decodes every line of the file at path into a T, and calls keep
// with its 1-based line number; keep says whether to keep the row or
// returns an error, which Read gives back with the file and line. A nil
// keep keeps every row.
func Read[T any](path string, keep func(line int, v *T) (bool, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		ok := true
		if keep != nil {
			if ok, err = keep(line, &v); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
		}
		if ok {
			out = append(out, v)
		}
	}
	return out, sc.Err()
}
