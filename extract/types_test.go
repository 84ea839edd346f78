package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/dates"
	"github.com/depeche-nlp/depeche/events"
	"github.com/depeche-nlp/depeche/extract"
	"github.com/depeche-nlp/depeche/gazetteer"
	"github.com/depeche-nlp/depeche/money"
	"github.com/depeche-nlp/depeche/normalize"
)

// names gives the names a stage's enum prints, for every value that has
// one (an out-of-range value prints as "Kind(9)" or as "").
func names[T ~uint8](str func(T) string) []string {
	var out []string
	for i := range 256 {
		if s := str(T(i)); s != "" && !strings.Contains(s, "(") {
			out = append(out, s)
		}
	}
	return out
}

// TestTypedConstants checks that extract declares a constant for every
// name a stage can put in a Document, so that callers never need a bare
// string: every event type and modality of package events, every role of
// its type table, every unit and qualifier of money, every precision of
// dates, every edit kind of normalize and every entity kind.
func TestTypedConstants(t *testing.T) {
	declared := map[string][]string{
		"event type": strs(extract.FundingRound, extract.Valuation, extract.Investment, extract.Acquisition,
			extract.Lawsuit, extract.Layoff, extract.Contract, extract.Hire, extract.Quote, extract.Departure,
			extract.Partnership, extract.Bankruptcy, extract.IPO),
		"modality": strs(extract.Asserted, extract.Reported, extract.Alleged, extract.Planned, extract.Denied),
		"role": strs(extract.RoleInvestee, extract.RoleInvestors, extract.RoleLeadInvestors, extract.RoleRound,
			extract.RoleValuation, extract.RoleCompany, extract.RoleInvestor, extract.RoleTarget, extract.RoleStake,
			extract.RoleAcquirer, extract.RoleSeller, extract.RolePlaintiff, extract.RoleDefendant, extract.RoleCourt,
			extract.RoleClaim, extract.RoleEmployer, extract.RoleHeadcount, extract.RolePercent, extract.RoleLocation,
			extract.RoleCustomer, extract.RoleSupplier, extract.RoleSubject, extract.RolePerson,
			extract.RoleOrganization, extract.RoleTitle, extract.RolePrevious, extract.RoleSpeaker,
			extract.RoleQuote, extract.RoleAmount, extract.RolePartner, extract.RoleExchange),
		"unit": strs(extract.Percent, extract.People, extract.Jobs, extract.Shares, extract.Companies,
			extract.Customers, extract.Users),
		"qualifier": strs(extract.Exact, extract.About, extract.UpTo, extract.AtLeast, extract.MoreThan,
			extract.LessThan, extract.Range, extract.Vague),
		"precision": strs(extract.PrecisionUnknown, extract.PrecisionDecade, extract.PrecisionYear,
			extract.PrecisionHalf, extract.PrecisionQuarter, extract.PrecisionSeason, extract.PrecisionMonth,
			extract.PrecisionWeek, extract.PrecisionDay, extract.PrecisionHour),
		"edit kind":   strs(extract.EditEncoding, extract.EditUnicode, extract.EditTypography, extract.EditSpacing, extract.EditName),
		"entity type": strs(extract.Org, extract.Person, extract.Loc),
	}
	used := map[string][]string{
		"event type":  tableTypes(t),
		"modality":    names(events.Modality.String),
		"role":        tableRoles(t),
		"unit":        names(money.Unit.String),
		"qualifier":   names(money.Qualifier.String),
		"precision":   names(dates.Precision.String),
		"edit kind":   names(normalize.EditKind.String),
		"entity type": names(gazetteer.Kind.String),
	}
	for set, ns := range used {
		if len(ns) == 0 {
			t.Errorf("%s: the stage gives no names", set)
		}
		for _, n := range ns {
			if !contains(declared[set], n) {
				t.Errorf("%s %q has no constant in extract", set, n)
			}
		}
		for _, n := range declared[set] {
			// the contract has roles no rule fills yet (contract subject)
			if set != "role" && !contains(ns, n) {
				t.Errorf("extract declares %s %q, which no stage gives", set, n)
			}
		}
	}
}

func strs[T ~string](xs ...T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// tableTypes lists the event types of the events stage's tables.
func tableTypes(t *testing.T) []string {
	types, err := events.Types()
	if err != nil {
		t.Fatal(err)
	}
	return strs(types...)
}

// tableRoles reads the roles of the events stage's type table.
func tableRoles(t *testing.T) []string {
	f, err := os.Open("../events/data/types.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") || fields[1] == "require" || contains(out, fields[1]) {
			continue
		}
		out = append(out, fields[1])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
