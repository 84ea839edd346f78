// Package examples holds runnable programs that use depeche on the sample
// articles in testdata/. Run them from the repository root, for example:
//
//	go run ./examples/scan
//	go run ./examples/slim < examples/testdata/scale-mercor.fr.txt
//
// scan runs the whole pipeline; slim uses only the light packages
// (normalize, money, dates) and builds a binary without language models.
//
// The programs are part of the module, so "go vet ./..." and
// "go build ./..." keep them compiling.
package examples
