package gazetteer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/utf8pos"
)

// ParseTSV reads entries in the TSV format described in the package
// documentation. file names the source in errors. A bad line gives a
// *LineError.
func ParseTSV(data, file string) ([]Entry, error) {
	var out []Entry
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if !utf8.ValidString(line) {
			return nil, &LineError{File: file, Line: i + 1, Err: fmt.Errorf("%w at byte %d of the line", ErrEncoding, utf8pos.FirstInvalid(line))}
		}
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
// objects. A bad entry gives a *LineError whose Line is the line where the
// entry starts (where the bad byte is, for invalid UTF-8).
func ParseJSON(data []byte, file string) ([]Entry, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, jsonError(data, file, dec, err, "want a JSON array")
	}
	var out []Entry
	lines := lineCounter{data: data}
	for dec.More() {
		start := skipJSONSpace(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, jsonError(data, file, dec, err, "")
		}
		line := lines.at(start)
		if !utf8.Valid(raw) {
			bad := start + utf8pos.FirstInvalid(raw)
			return nil, &LineError{File: file, Line: lines.at(bad), Err: fmt.Errorf("%w at byte %d", ErrEncoding, bad)}
		}
		var e Entry
		entry := json.NewDecoder(bytes.NewReader(raw))
		entry.DisallowUnknownFields()
		if err := entry.Decode(&e); err != nil {
			return nil, &LineError{File: file, Line: line, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
		}
		if strings.TrimSpace(e.Name) == "" {
			return nil, &LineError{File: file, Line: line, Err: ErrEmpty}
		}
		if e.Kind == KindUnknown {
			return nil, &LineError{File: file, Line: line, Err: fmt.Errorf("%w: missing", ErrKind)}
		}
		out = append(out, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(data, file, dec, err, "")
	}
	return out, nil
}

// jsonError gives a *LineError for a JSON syntax error at the decoder's
// position (or the error's own offset, when it has one).
func jsonError(data []byte, file string, dec *json.Decoder, err error, want string) error {
	off := int(dec.InputOffset())
	if se, ok := err.(*json.SyntaxError); ok {
		off = int(se.Offset)
	}
	switch {
	case err == nil:
		err = errors.New(want)
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		err, off = io.ErrUnexpectedEOF, len(data)
	}
	lines := lineCounter{data: data}
	return &LineError{File: file, Line: lines.at(min(off, len(data))), Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
}

// skipJSONSpace returns the offset of the first byte at or after i that is
// neither JSON white space nor the comma between array elements.
func skipJSONSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r' || data[i] == ',') {
		i++
	}
	return i
}

// lineCounter gives the 1-based line of increasing byte offsets, counting
// each newline once.
type lineCounter struct {
	data []byte
	off  int // bytes counted
	line int // newlines in data[:off]
}

// at returns the line of byte offset i; i must not be below the previous
// call's.
func (c *lineCounter) at(i int) int {
	if i > c.off {
		c.line += bytes.Count(c.data[c.off:i], []byte("\n"))
		c.off = i
	}
	return c.line + 1
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
