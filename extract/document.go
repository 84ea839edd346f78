package extract

// Schema is the value of Document.Schema: the version of the JSON document,
// described field by field in docs/SCHEMA.md of the repository.
const Schema = "depeche/v1"

// Document is what depeche finds in one article. It marshals to the
// depeche/v1 JSON document. All spans are half-open byte offsets into Text,
// which is the article text exactly as given, so Text[Start:End] is each
// item's surface text. Every slice is sorted by Start, then by a stable
// key, and is empty rather than nil.
type Document struct {
	Schema    string   `json:"schema"`
	ID        string   `json:"id,omitempty"`
	Published string   `json:"published,omitempty"`
	Text      string   `json:"text"`
	Language  Language `json:"language"`
	// Segments cut the whole text into runs of one language.
	Segments []Segment `json:"segments"`
	// Edits are the changes the repair made to read the text.
	Edits    []Edit   `json:"edits"`
	Entities []Entity `json:"entities"`
	Amounts  []Amount `json:"amounts"`
	// Quantities are percentages and counts of people or things. They are
	// an addition to depeche/v1 that consumers may ignore.
	Quantities []Quantity `json:"quantities"`
	Dates      []Date     `json:"dates"`
	Events     []Event    `json:"events"`
	// Source describes the HTML page the text was read from; nil for text
	// input. It is an addition to depeche/v1.
	Source *Source `json:"source,omitempty"`
	// Tokens are the analysed words, only with Config.Tokens (see Token).
	Tokens []Token `json:"tokens,omitempty"`
}

// Language is a detected language: an ISO 639-1 code ("" when unknown) and
// a confidence in [0, 1].
type Language struct {
	Code       string  `json:"code"`
	Confidence float64 `json:"confidence"`
}

// Segment is a run of text in one language.
type Segment struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Language string `json:"language"`
}

// Edit is one change the repair made: Original, at [Start, End) in Text,
// reads as Replacement. Kind is "encoding", "unicode", "typography",
// "spacing" or "name". Inferred marks a name proposed from where the
// words stand, in no list (omitted when false).
type Edit struct {
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Original    string   `json:"original"`
	Replacement string   `json:"replacement"`
	Kind        EditKind `json:"kind"`
	Confidence  float64  `json:"confidence"`
	Inferred    bool     `json:"inferred,omitempty"`
}

// Entity is an organization, person or place, with its canonical name and
// every mention. Type is "ORG", "PERSON" or "LOC"; more may be added.
type Entity struct {
	ID         string     `json:"id"`
	Type       EntityType `json:"type"`
	Name       string     `json:"name"`
	Confidence float64    `json:"confidence"`
	Mentions   []Mention  `json:"mentions"`
	// Role and Organization describe a person when the text does ("cofondatrice",
	// "Mercor"). They are additions to depeche/v1.
	Role         string `json:"role,omitempty"`
	Organization string `json:"organization,omitempty"`
}

// Mention is one place an entity is named.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Amount is a money amount. Value, Min and Max are exact decimal strings;
// Currency is an ISO 4217 code. A vague amount ("plusieurs millions de
// dollars") has no Value.
type Amount struct {
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Value     string    `json:"value,omitempty"`
	Currency  string    `json:"currency,omitempty"`
	Qualifier Qualifier `json:"qualifier"`
	Min       string    `json:"min,omitempty"`
	Max       string    `json:"max,omitempty"`
	Vague     bool      `json:"vague,omitempty"`
}

// Quantity is a percentage or a count ("49 %", "200 employés"). Unit is
// "percent", "people", "jobs", ….
type Quantity struct {
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Value     string    `json:"value"`
	Unit      Unit      `json:"unit"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
}

// Date is a time expression resolved against the publication date. Value
// is ISO 8601 cut to Precision ("2025", "2025-06", "2025-06-12",
// "2025-Q1"); Relative is true where the publication date was needed.
type Date struct {
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Value     string    `json:"value,omitempty"`
	Precision Precision `json:"precision"`
	Relative  bool      `json:"relative"`
	// Range gives both ends of a range ("du 25 au 27 janvier"), each with its
	// precision; Value and Precision are then those of its start. Notes
	// flags a weekday that does not match its date ("weekday_mismatch") or
	// a range whose end precedes its start ("reversed_range"). Both are
	// additions to depeche/v1.
	Range *DateRange `json:"range,omitempty"`
	Notes []string   `json:"notes,omitempty"`
}

// DateRange is the two ends of a range of dates.
type DateRange struct {
	From DateBound `json:"from"`
	To   DateBound `json:"to"`
}

// DateBound is one end of a range: ISO 8601 cut to Precision.
type DateBound struct {
	Value     string    `json:"value"`
	Precision Precision `json:"precision"`
}

// Event is a business event with its typed arguments. Start and End span
// its evidence: the sentence that tells it and the sentences that give
// its other arguments.
type Event struct {
	ID         string     `json:"id"`
	Type       EventType  `json:"type"`
	Modality   Modality   `json:"modality"`
	Confidence float64    `json:"confidence"`
	Rule       string     `json:"rule"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Date       *EventDate `json:"date,omitempty"`
	Arguments  []Argument `json:"arguments"`
	// Evidence lists every sentence that tells the event, in text order,
	// when an article tells it more than once. It is an addition to
	// depeche/v1.
	Evidence []Span `json:"evidence,omitempty"`
}

// Span is a half-open byte range of Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// EventDate is the date an event took place, as the text gives it.
type EventDate struct {
	Value string `json:"value"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Argument is one role an event gives to an entity, an amount, a number or
// a word. An entity argument carries Entity and Name; a money argument
// Value and Currency (and Min, Max, Qualifier where given); a number Value
// and Unit; a word such as a round Value.
type Argument struct {
	Role      Role      `json:"role"`
	Entity    string    `json:"entity,omitempty"`
	Name      string    `json:"name,omitempty"`
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Value     string    `json:"value,omitempty"`
	Currency  string    `json:"currency,omitempty"`
	Min       string    `json:"min,omitempty"`
	Max       string    `json:"max,omitempty"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
	Unit      Unit      `json:"unit,omitempty"`
}

// newDocument returns a document with every slice empty, not nil, so that
// it marshals to [] rather than null.
func newDocument() *Document {
	return &Document{
		Schema:     Schema,
		Segments:   []Segment{},
		Edits:      []Edit{},
		Entities:   []Entity{},
		Amounts:    []Amount{},
		Quantities: []Quantity{},
		Dates:      []Date{},
		Events:     []Event{},
	}
}
