package segment

// SplitSteps splits text with the default tables and returns how many runes the scanner
// examined, for the linear-time tests.
func SplitSteps(text string) ([]Sentence, int) {
	t, err := defaultTables()
	if err != nil {
		panic(err)
	}
	return splitCount(text, t)
}
