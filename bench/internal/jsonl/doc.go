// Package jsonl reads the JSON Lines evaluation files of the bench
// programs.
package jsonl
