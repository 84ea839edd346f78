// Package conllu reads and writes the CoNLL-U format of Universal Dependencies
// (https://universaldependencies.org/format.html): one word per line in ten tab-separated
// columns, comments starting with "#", and a blank line after each sentence.
//
// # Mechanism
//
// A Reader reads one line at a time with no limit on the line length, so a 1 MiB token is read
// like any other, and memory grows with the sentence only. Every word line is checked as it is
// read: ten columns, an integer ID that follows the previous one, a multiword range "a-b" that
// covers words still to come, and a head that is "_" or an integer between 0 and the number of
// words of the sentence (checked when the sentence ends). Empty nodes of enhanced dependencies
// ("8.1") are read and dropped, since the basic tree does not use them. A malformed line is a
// *SyntaxError naming the line, wrapping ErrSyntax; reading stops there.
//
// Write prints a sentence back in the same format, with its comments and multiword tokens, so
// reading and writing a file keeps every basic-tree column.
//
// # Usage
//
//	r := conllu.NewReader(f)
//	for {
//		s, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // names the line
//		}
//		use(s.Words)
//	}
//
// # Concurrency
//
// A Reader is used by one goroutine at a time. Write is safe for concurrent use on distinct
// writers.
package conllu
