package events

import "testing"

// TestGaps covers nominal triggers, German wording and roles found missing
// on held-out articles; every row uses its own companies and wording.
func TestGaps(t *testing.T) {
	de := func(text string, ents, money, qty, dates []string) spec {
		return spec{lang: "de", text: text, ents: ents, money: money, qty: qty, dates: dates}
	}
	runCases(t, []evCase{
		{name: "en_signed_agreement", s: en("Northwind signed a ten-year agreement with Contoso.", ss{"ORG:Northwind", "ORG:Contoso"}, nil, nil, nil), want: ss{"contract asserted customer=Contoso supplier=Northwind"}},
		{name: "en_signed_collaboration", s: en("Genfit signed a research collaboration with Pfizer.", ss{"ORG:Genfit", "ORG:Pfizer"}, nil, nil, nil), want: ss{"contract asserted customer=Pfizer supplier=Genfit"}},
		{name: "en_its_purchase", s: en("Adobe completed its purchase of Figma for $20 billion.", ss{"ORG:Adobe", "ORG:Figma"}, ss{"$20 billion=20000000000 USD"}, nil, nil), want: ss{"acquisition asserted acquirer=Adobe target=Figma amount=20000000000"}},
		{name: "fr_recours", s: fr("Orange a déposé un recours devant le tribunal administratif contre Free.", ss{"ORG:Orange", "ORG:Free"}, nil, nil, nil), want: ss{"lawsuit asserted plaintiff=Orange defendant=Free"}},
		{name: "fr_nomination_poste", s: fr("Renault annonce la nomination de Marie Dupont au poste de directrice financière.", ss{"ORG:Renault", "PERSON:Marie Dupont"}, nil, nil, nil), want: ss{"hire asserted person=Marie Dupont organization=Renault role=directrice financière"}},
		{name: "fr_mis_dans", s: fr("Microsoft a déjà mis 8 milliards de dollars dans Mistral.", ss{"ORG:Microsoft", "ORG:Mistral"}, ss{"8 milliards de dollars=8000000000 USD"}, nil, nil), want: ss{"investment asserted investor=Microsoft target=Mistral amount=8000000000"}},
		{name: "fr_offre_concurrente", s: fr("Selon Les Echos, Atos aurait reçu une offre concurrente de Thales.", ss{"ORG:Les Echos", "ORG:Atos", "ORG:Thales"}, nil, nil, nil), want: ss{"acquisition reported acquirer=Thales target=Atos"}},
		{name: "de_arbeitsgericht", s: de("Die Mitarbeiter reichten Klage vor dem Arbeitsgericht Hamburg gegen Airbus ein.", ss{"ORG:Arbeitsgericht Hamburg", "ORG:Airbus"}, nil, nil, nil), want: ss{"lawsuit asserted defendant=Airbus court=Arbeitsgericht Hamburg"}},
		{name: "de_sollen_wegfallen", s: de("Bei Continental sollen bis Mitte 2026 rund 420 Arbeitsplätze wegfallen.", ss{"ORG:Continental"}, nil, ss{"420 Arbeitsplätze=420 jobs"}, ss{"Mitte 2026=2026-06"}), want: ss{"layoff planned employer=Continental headcount=420 @2026-06"}},
		{name: "en_passive_sued", s: en("Acme, which was sued by Globex, denies wrongdoing.", ss{"ORG:Acme", "ORG:Globex"}, nil, nil, nil), want: ss{"lawsuit asserted plaintiff=Globex defendant=Acme"}},
		{name: "fr_auparavant_chez", s: fr("Doctolib a recruté Paul Martin, auparavant chez Alan.", ss{"ORG:Doctolib", "PERSON:Paul Martin", "ORG:Alan"}, nil, nil, nil), want: ss{"hire asserted person=Paul Martin organization=Doctolib previous_organization=Alan"}},
		{name: "fr_damages", s: fr("Getty a porté plainte contre Stability AI et réclame au moins 75 millions de dollars de dommages.", ss{"ORG:Getty", "ORG:Stability AI"}, ss{"au moins 75 millions de dollars=75000000 USD"}, nil, nil), want: ss{"lawsuit asserted plaintiff=Getty defendant=Stability AI amount=75000000"}},
	})
}
