// Package examples holds runnable programs that use depeche on the sample
// articles in testdata/. Run them from the repository root, for example:
//
//	go run ./examples/scan
//
// The programs are part of the module, so "go vet ./..." and
// "go build ./..." keep them compiling.
package examples
