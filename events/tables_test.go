package events

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestWithTables adds an event type from a testdata table, with no Go
// code: its roles in types.tsv, its triggers in triggers.tsv.
func TestWithTables(t *testing.T) {
	x, err := New(WithTables(os.DirFS("testdata/tables")))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(x.Types(), "product_launch") {
		t.Fatalf("Types() = %v, want product_launch among them", x.Types())
	}
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(base.Types(), "product_launch") {
		t.Fatal("the added type leaks into an Extractor without the table")
	}
	tests := []briefCase{
		{"en", spec{lang: "en", text: "Nimbus launched a cheaper phone on Tuesday.", ents: []string{"ORG:Nimbus"}},
			[]string{"product_launch asserted company=Nimbus"}},
		{"fr", spec{lang: "fr", text: "Nimbus lance un téléphone moins cher.", ents: []string{"ORG:Nimbus"}},
			[]string{"product_launch asserted company=Nimbus"}},
		{"built-in types still found", spec{lang: "en", text: "Nimbus acquired Kestrel.", ents: []string{"ORG:Nimbus", "ORG:Kestrel"}},
			[]string{"acquisition asserted acquirer=Nimbus target=Kestrel"}},
	}
	runBriefs(t, x, tests)
}

// briefCase is a document and the events Extract should find in it, as
// brief renders them.
type briefCase struct {
	name string
	s    spec
	want []string
}

// runBriefs runs x on each case as a subtest.
func runBriefs(t *testing.T, x *Extractor, tests []briefCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := x.Extract(context.Background(), build(t, tc.s))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, brief(e))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// brief renders an event as "type modality role=name …".
func brief(e Event) string {
	var b strings.Builder
	b.WriteString(e.Type.String() + " " + e.Modality.String())
	for _, a := range e.Arguments {
		b.WriteString(" " + a.Role + "=" + a.Name + a.Value)
	}
	return b.String()
}

// TestWithTablesErrors checks that a bad row of an added table is an error
// naming its layer, file and line, at New.
func TestWithTablesErrors(t *testing.T) {
	tests := []struct {
		name, file, text string
		line             int
	}{
		{"role of no kind", "types.tsv", "recall\tproduct\tORG\tcore\nrecall\trequire\tproduct\t-\nrecall\tcompany\tORG\tloud\n", 3},
		{"trigger of an unknown type", "triggers.tsv", "# c\nen\trecall\trecall\t0.8\trecalls\tsubj=company\n", 2},
		{"unknown role", "triggers.tsv", "en\tlayoff\tfurlough\t0.8\tfurlough|furloughs\tsubj=boss\n", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(WithTables(fstest.MapFS{"data/" + tc.file: {Data: []byte(tc.text)}}))
			var te *TableError
			if !errors.Is(err, ErrTable) || !errors.As(err, &te) || te.File != "layer 1: "+tc.file || te.Line != tc.line {
				t.Errorf("New error = %v, want a TableError at layer 1: %s:%d", err, tc.file, tc.line)
			}
		})
	}
	if _, err := New(WithTables(nil)); !errors.Is(err, ErrOption) {
		t.Errorf("WithTables(nil): error = %v, want ErrOption", err)
	}
}

// TestNewTypes finds the four types that exist only as data (departure,
// partnership, bankruptcy, ipo) in plain sentences of each language.
func TestNewTypes(t *testing.T) {
	tests := []briefCase{
		{"departure en", spec{lang: "en", text: "Mark Delaney resigned from Brightline on Thursday.", ents: []string{"ORG:Brightline", "PERSON:Mark Delaney"}},
			[]string{"departure asserted person=Mark Delaney organization=Brightline"}},
		{"departure fr", spec{lang: "fr", text: "Éric Lemoine a annoncé sa démission de Valmont.", ents: []string{"PERSON:Éric Lemoine", "ORG:Valmont"}},
			[]string{"departure asserted person=Éric Lemoine organization=Valmont"}},
		{"partnership en", spec{lang: "en", text: "ADT partnered with Google on smart-home security.", ents: []string{"ORG:ADT", "ORG:Google"}},
			[]string{"partnership asserted partner=ADT partner=Google"}},
		{"partnership fr", spec{lang: "fr", text: "Orange a créé une coentreprise avec Mistral AI.", ents: []string{"ORG:Orange", "ORG:Mistral AI"}},
			[]string{"partnership asserted partner=Orange partner=Mistral AI"}},
		{"bankruptcy en", spec{lang: "en", text: "Harbor Freight Lines filed for Chapter 11 bankruptcy.", ents: []string{"ORG:Harbor Freight Lines"}},
			[]string{"bankruptcy asserted company=Harbor Freight Lines"}},
		{"bankruptcy fr", spec{lang: "fr", text: "Le tribunal a prononcé la liquidation judiciaire de Tissages du Nord.", ents: []string{"ORG:Tissages du Nord"}},
			[]string{"bankruptcy asserted company=Tissages du Nord"}},
		{"ipo en", spec{lang: "en", text: "Ardent priced its initial public offering on the New York Stock Exchange.", ents: []string{"ORG:Ardent", "ORG:New York Stock Exchange"}},
			[]string{"ipo asserted company=Ardent exchange=New York Stock Exchange"}},
		{"ipo fr", spec{lang: "fr", text: "Nubéo a réussi son introduction en Bourse sur Euronext Paris.", ents: []string{"ORG:Nubéo", "ORG:Euronext Paris"}},
			[]string{"ipo asserted company=Nubéo exchange=Euronext Paris"}},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runBriefs(t, x, tests)
}

// TestNamesInCode ties every event type and role the package's Go code
// names to the tables: the Type constants, and the string literals it
// passes as roles (argOf(e, "role"), spec.role("role"), Argument{Role:
// "role"}, a.Role == "role", and the lists named …Roles).
func TestNamesInCode(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	roles := map[string]bool{}
	for _, ty := range tb.typeOrder {
		for _, r := range tb.types[ty].roles {
			roles[r.name] = true
		}
	}
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	nroles := 0
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		role := func(e ast.Expr) {
			lit, ok := e.(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			nroles++
			if !roles[s] {
				t.Errorf("%s: role %q is in no type of types.tsv", fset.Position(lit.Pos()), s)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					if fn.Name == "argOf" && len(n.Args) == 2 {
						role(n.Args[1])
					}
				case *ast.SelectorExpr:
					if fn.Sel.Name == "role" && len(n.Args) == 1 {
						role(n.Args[0])
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "Role" {
					role(n.Value)
				}
			case *ast.BinaryExpr:
				if s, ok := n.X.(*ast.SelectorExpr); ok && s.Sel.Name == "Role" && (n.Op == gotoken.EQL || n.Op == gotoken.NEQ) {
					role(n.Y)
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if strings.HasSuffix(name.Name, "Roles") && i < len(n.Values) {
						if cl, ok := n.Values[i].(*ast.CompositeLit); ok {
							for _, e := range cl.Elts {
								role(e)
							}
						}
					}
					if id, ok := n.Type.(*ast.Ident); ok && id.Name == "Type" && i < len(n.Values) {
						lit, ok := n.Values[i].(*ast.BasicLit)
						if !ok {
							continue
						}
						s, _ := strconv.Unquote(lit.Value)
						if _, err := tb.parseType(s); err != nil && s != "" {
							t.Errorf("%s: type constant %s = %q is not in types.tsv", fset.Position(name.Pos()), name.Name, s)
						}
					}
				}
			}
			return true
		})
	}
	if nroles < 20 {
		t.Errorf("found %d role names in the code; the scan has lost its way", nroles)
	}
}
