package extract

// The typed values of a Document. Each is a string type whose constants
// are the names docs/SCHEMA.md fixes, so that a Document marshals to
// depeche/v1 as it is and reads back with encoding/json. The zero value
// ("") means unknown. Consumers must accept values they do not know:
// fields may gain values, never lose them.

// EventType is the type of an Event.
type EventType string

// The event types of depeche/v1.
const (
	FundingRound EventType = "funding_round"
	Valuation    EventType = "valuation"
	Investment   EventType = "investment"
	Acquisition  EventType = "acquisition"
	Lawsuit      EventType = "lawsuit"
	Layoff       EventType = "layoff"
	Contract     EventType = "contract"
	Hire         EventType = "hire"
	Quote        EventType = "quote"
	Departure    EventType = "departure"
	Partnership  EventType = "partnership"
	Bankruptcy   EventType = "bankruptcy"
	IPO          EventType = "ipo"
)

// Modality says how the text presents an Event.
type Modality string

// The modalities of depeche/v1.
const (
	Asserted Modality = "asserted" // stated as fact
	Reported Modality = "reported" // hearsay: the French conditional, "selon", "reportedly"
	Alleged  Modality = "alleged"  // claimed in a complaint
	Planned  Modality = "planned"  // intended: "prévoit de", "plans to"
	Denied   Modality = "denied"   // denied: "dément", "denies"
)

// Role is the part an Argument plays in its Event. A role may repeat in
// one event (two defendants).
type Role string

// The roles of depeche/v1, by event type.
const (
	RoleInvestee      Role = "investee"       // funding_round
	RoleInvestors     Role = "investors"      // funding_round
	RoleLeadInvestors Role = "lead_investors" // funding_round
	RoleRound         Role = "round"          // funding_round: "seed", "series_a", …
	RoleValuation     Role = "valuation"      // funding_round, valuation
	RoleCompany       Role = "company"        // valuation
	RoleInvestor      Role = "investor"       // investment
	RoleTarget        Role = "target"         // investment, acquisition
	RoleStake         Role = "stake"          // investment, acquisition
	RoleAcquirer      Role = "acquirer"       // acquisition
	RoleSeller        Role = "seller"         // acquisition
	RolePlaintiff     Role = "plaintiff"      // lawsuit
	RoleDefendant     Role = "defendant"      // lawsuit
	RoleCourt         Role = "court"          // lawsuit
	RoleClaim         Role = "claim"          // lawsuit
	RoleEmployer      Role = "employer"       // layoff
	RoleHeadcount     Role = "headcount"      // layoff
	RolePercent       Role = "percent"        // layoff
	RoleLocation      Role = "location"       // layoff
	RoleCustomer      Role = "customer"       // contract
	RoleSupplier      Role = "supplier"       // contract
	RoleSubject       Role = "subject"        // contract
	RolePerson        Role = "person"         // hire
	RoleOrganization  Role = "organization"   // hire
	RoleTitle         Role = "role"           // hire: the job title
	RolePrevious      Role = "previous_organization"
	RoleSpeaker       Role = "speaker"  // quote
	RoleQuote         Role = "quote"    // quote: the quoted words
	RoleAmount        Role = "amount"   // funding_round, investment, acquisition, lawsuit, contract, partnership, ipo
	RolePartner       Role = "partner"  // partnership
	RoleExchange      Role = "exchange" // ipo: the stock exchange
)

// Unit is the unit of a Quantity or of a number Argument.
type Unit string

// The units of depeche/v1.
const (
	Percent   Unit = "percent"
	People    Unit = "people"
	Jobs      Unit = "jobs"
	Shares    Unit = "shares"
	Companies Unit = "companies"
	Customers Unit = "customers"
	Users     Unit = "users"
)

// EntityType is the type of an Entity.
type EntityType string

// The entity types of depeche/v1.
const (
	Org    EntityType = "ORG"
	Person EntityType = "PERSON"
	Loc    EntityType = "LOC"
)

// EditKind is the kind of change an Edit made.
type EditKind string

// The edit kinds of depeche/v1.
const (
	EditEncoding   EditKind = "encoding"   // invalid bytes, mojibake
	EditUnicode    EditKind = "unicode"    // HTML entities, NFC, invisible characters
	EditTypography EditKind = "typography" // apostrophes, quotes and dashes made canonical
	EditSpacing    EditKind = "spacing"    // no-break spaces, a missing space
	EditName       EditKind = "name"       // a garbled or translated name restored
)

// Qualifier says how an amount or a quantity relates to its figure.
type Qualifier string

// The qualifiers of depeche/v1.
const (
	Exact    Qualifier = "exact"
	About    Qualifier = "about"
	UpTo     Qualifier = "up_to"
	AtLeast  Qualifier = "at_least"
	MoreThan Qualifier = "more_than"
	LessThan Qualifier = "less_than"
	Range    Qualifier = "range"
	Vague    Qualifier = "vague" // named without a figure: "plusieurs millions de dollars"
)

// Precision says how much of a Date the text gives.
type Precision string

// The precisions of depeche/v1.
const (
	PrecisionUnknown Precision = "unknown" // a relative date without a publication date
	PrecisionDecade  Precision = "decade"
	PrecisionYear    Precision = "year"
	PrecisionHalf    Precision = "half"
	PrecisionQuarter Precision = "quarter"
	PrecisionSeason  Precision = "season"
	PrecisionMonth   Precision = "month"
	PrecisionWeek    Precision = "week"
	PrecisionDay     Precision = "day"
	PrecisionHour    Precision = "hour"
)
