package webpage

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decode turns page into UTF-8 and returns the notes on what it had to
// guess. The charset comes, in order, from a byte-order mark, the
// Content-Type header, then a <meta charset> or <meta http-equiv> in the
// first 1024 bytes (the HTML standard's prescan); a page that declares
// none is UTF-8 when it is valid UTF-8, else windows-1252. A page that
// declares a single-byte charset in its markup but is valid UTF-8 with
// non-ASCII letters is read as UTF-8: such pages were saved as UTF-8 under
// a template's stale declaration, and a single-byte reading would turn
// every accent into mojibake. Bytes invalid in the charset become U+FFFD.
func decode(page []byte, contentType string) ([]byte, []string) {
	var notes []string
	enc, name, certain := charset.DetermineEncoding(page, contentType)
	switch {
	case certain:
	case name == "utf-8":
	case validUTF8(page) && !isUTF16(name):
		if declared(page, contentType) {
			notes = append(notes, "the page declares "+name+" but is UTF-8; read as UTF-8")
		}
		enc = encoding.Nop
	}
	if enc == encoding.Nop || name == "utf-8" {
		page = bytes.TrimPrefix(page, bom)
		if !utf8.Valid(page) {
			notes = append(notes, "invalid UTF-8 bytes replaced")
		}
		return bytes.ToValidUTF8(page, []byte("\uFFFD")), notes
	}
	out, err := enc.NewDecoder().Bytes(page)
	out = bytes.TrimPrefix(out, bom)
	if err != nil {
		// decoders replace what they cannot read; an error here is a
		// broken stateful encoding: fall back to UTF-8 with replacement.
		notes = append(notes, "undecodable as "+name+"; read as UTF-8")
		return bytes.ToValidUTF8(page, []byte("\uFFFD")), notes
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), notes
}

// declared reports whether the page names a charset in its header or
// markup (rather than the prescan's default).
func declared(page []byte, contentType string) bool {
	head := bytes.ToLower(page[:min(len(page), 1024)])
	return bytes.Contains(head, []byte("charset")) || contentType != ""
}

// isUTF16 reports whether name is a UTF-16 charset.
func isUTF16(name string) bool { return name == "utf-16le" || name == "utf-16be" }

// bom is the byte-order mark in UTF-8.
var bom = []byte("\xEF\xBB\xBF")
