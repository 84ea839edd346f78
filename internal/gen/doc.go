// Package gen generates synthetic test material from the project's own
// fixtures, reproducibly: the same seed gives the same bytes on every
// machine.
package gen
