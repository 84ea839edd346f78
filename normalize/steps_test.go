package normalize_test

import (
	"testing"

	"github.com/depeche-nlp/depeche/normalize"
)

type stepCase struct {
	name, in, want string
	reason         string
}

func testStep(t *testing.T, f func(string) string, cases []stepCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := f(tt.in)
			if got != tt.want {
				t.Errorf("got %q (% x), want %q (%s)", got, got, tt.want, tt.reason)
			}
			if again := f(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestFixUTF8(t *testing.T) {
	testStep(t, normalize.FixUTF8, []stepCase{
		{name: "valid", in: "café", want: "café"},
		{name: "lone byte", in: "caf\xe9 noir", want: "caf\uFFFD noir", reason: "Latin-1 é is invalid UTF-8"},
		{name: "run", in: "a\xff\xfe\xfdb", want: "a\uFFFDb", reason: "one replacement for a run"},
		{name: "truncated", in: "é\xc3", want: "é\uFFFD"},
		{name: "empty", in: "", want: ""},
	})
}

func TestUnescapeEntities(t *testing.T) {
	testStep(t, normalize.UnescapeEntities, []stepCase{
		{name: "named", in: "AT&amp;T", want: "AT&T"},
		{name: "accent", in: "caf&eacute;", want: "café"},
		{name: "numeric", in: "l&#8217;IA &#x2019;", want: "l’IA ’"},
		{name: "double escaped", in: "caf&amp;eacute;", want: "café", reason: "decoded to the fixed point"},
		{name: "no semicolon", in: "R&D &copy 2025", want: "R&D &copy 2025", reason: "only references ending with ';'"},
		{name: "unknown", in: "&zorglub;", want: "&zorglub;"},
	})
}

func TestFixMojibake(t *testing.T) {
	testStep(t, normalize.FixMojibake, []stepCase{
		{name: "e acute", in: "dÃ©posÃ©", want: "déposé"},
		{name: "apostrophe", in: "lâ€™IA", want: "l’IA", reason: "three bytes, two of them Windows-1252 signs"},
		{name: "euro", in: "10 â‚¬", want: "10 €"},
		{name: "double", in: "ÃƒÂ©", want: "é", reason: "mojibake of mojibake"},
		{name: "clean accents", in: "À Québec, Éric a payé 3 €", want: "À Québec, Éric a payé 3 €"},
		{name: "ellipsis after capital", in: "CAFÉ…", want: "CAFÉ…", reason: "É… would decode to a rare letter"},
	})
}

func TestRemoveInvisible(t *testing.T) {
	testStep(t, normalize.RemoveInvisible, []stepCase{
		{name: "soft hyphen", in: "inter\u00adnational", want: "international"},
		{name: "zero width", in: "Sca\u200b\u200ble", want: "Scale"},
		{name: "bom", in: "\ufeffTexte", want: "Texte"},
		{name: "zwj kept", in: "👩\u200d💻", want: "👩\u200d💻", reason: "joiners build emoji"},
	})
}

func TestNFC(t *testing.T) {
	testStep(t, normalize.NFC, []stepCase{
		{name: "decomposed", in: "Me\u0301ta", want: "Méta"},
		{name: "composed", in: "Méta", want: "Méta"},
		{name: "two marks", in: "e\u0301\u0302x", want: "é\u0302x"},
	})
}

func TestTypography(t *testing.T) {
	testStep(t, normalize.Typography, []stepCase{
		{name: "apostrophe", in: "l’échelle", want: "l'échelle"},
		{name: "straight quotes", in: `il dit "oui" puis`, want: "il dit “oui” puis"},
		{name: "closing used as opening", in: "déclaré: ”Bien.”", want: "déclaré: “Bien.”"},
		{name: "glued quotes", in: "une”acqui-embauche”stratégique", want: "une“acqui-embauche”stratégique", reason: "the first opens, the second closes"},
		{name: "guillemets kept", in: "«Nous» et “eux”", want: "«Nous» et “eux”"},
		{name: "hyphens", in: "e\u2011mail \u2212 3", want: "e-mail - 3"},
		{name: "dashes", in: "a\u2012b\u2015c – d — e", want: "a–b—c – d — e"},
	})
}

func TestSpacing(t *testing.T) {
	testStep(t, normalize.Spacing, []stepCase{
		{name: "nbsp", in: "49\u00a0%", want: "49 %"},
		{name: "narrow nbsp", in: "«\u202fOui\u202f»", want: "« Oui »"},
		{name: "colon quote", in: "déclaré:“Bien”", want: "déclaré: “Bien”"},
		{name: "glued quotes", in: "une“acqui-embauche”stratégique", want: "une “acqui-embauche” stratégique"},
		{name: "colon letter", in: "Note:voir", want: "Note: voir"},
		{name: "time", in: "à 10:30", want: "à 10:30", reason: "digits around a colon"},
		{name: "url", in: "https://x.fr", want: "https://x.fr"},
		{name: "closing before comma", in: "“oui”, dit-il", want: "“oui”, dit-il"},
	})
}

func TestString(t *testing.T) {
	testStep(t, normalize.String, []stepCase{
		{name: "clean", in: "Scale AI a déposé une plainte.", want: "Scale AI a déposé une plainte."},
		{name: "all steps", in: "l\u2019IA\u00a0: caf&eacute; dÃ©posÃ©\u00ad, Me\u0301ta:\u201dOui\u201d", want: "l'IA : café déposé, Méta: “Oui”"},
		{name: "entity to mojibake", in: "&Atilde;&copy;", want: "é", reason: "entities are decoded before mojibake is fixed"},
	})
}

func TestStringNoAlloc(t *testing.T) {
	clean := "Le procès déposé par Scale AI contre Mercor, selon « Reuters », vaut 14,3 milliards de dollars."
	if got := testing.AllocsPerRun(100, func() { _ = normalize.String(clean) }); got != 0 {
		t.Errorf("String on clean text: %v allocations, want 0", got)
	}
}
