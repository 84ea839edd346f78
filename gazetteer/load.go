package gazetteer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ParseTSV reads entries in the TSV format described in the package
// documentation. file names the source in errors. A bad line gives a
// *LineError.
func ParseTSV(data, file string) ([]Entry, error) {
	var out []Entry
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 || len(fields) > 3 {
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w: want KIND<TAB>NAME[<TAB>ALIAS|ALIAS…], got %d fields", ErrSyntax, len(fields))}
		}
		kind, err := ParseKind(strings.TrimSpace(fields[0]))
		if err != nil {
			return nil, &LineError{File: file, Line: i + 1, Err: err}
		}
		e := Entry{Kind: kind, Name: strings.TrimSpace(fields[1])}
		if e.Name == "" {
			return nil, &LineError{File: file, Line: i + 1, Err: ErrEmpty}
		}
		if len(fields) == 3 {
			for a := range strings.SplitSeq(fields[2], "|") {
				if a = strings.TrimSpace(a); a != "" {
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// ParseJSON reads entries from a JSON array of {"kind", "name", "aliases"}
// objects. A bad entry gives a *LineError whose Line is the entry's
// 1-based index.
func ParseJSON(data []byte, file string) ([]Entry, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, &LineError{File: file, Line: jsonLine(data, err), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	out := make([]Entry, 0, len(raw))
	for i, r := range raw {
		var e Entry
		dec := json.NewDecoder(bytes.NewReader(r))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
		}
		if strings.TrimSpace(e.Name) == "" {
			return nil, &LineError{File: file, Line: i + 1, Err: ErrEmpty}
		}
		if e.Kind == KindUnknown {
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w: missing", ErrKind)}
		}
		out = append(out, e)
	}
	return out, nil
}

// jsonLine gives the 1-based line of a JSON syntax error, or 1.
func jsonLine(data []byte, err error) int {
	if se, ok := err.(*json.SyntaxError); ok && se.Offset <= int64(len(data)) {
		return 1 + bytes.Count(data[:se.Offset], []byte("\n"))
	}
	return 1
}

// LoadFile reads a user table: JSON when the name ends in ".json", TSV
// otherwise.
func LoadFile(path string) ([]Entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return ParseJSON(b, path)
	}
	return ParseTSV(string(b), path)
}
