// Package testcorpus locates the test material that lives outside a
// package: the shared folder beside the repository (../shared: the sample
// articles, their gold files, the money corpora, the scorer) and the
// repository's own example articles. It is for tests only.
package testcorpus
