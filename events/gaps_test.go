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
		{name: "fr_prudhommes", s: fr("Les syndicats CGT et FO ont saisi le conseil de prud’hommes de Lille contre Camaïeu.", ss{"ORG:CGT", "ORG:FO", "ORG:Camaïeu", "LOC:Lille"}, nil, nil, nil), want: ss{"lawsuit asserted plaintiff=CGT plaintiff=FO defendant=Camaïeu court=Lille"}},
		{name: "de_minderheitsbeteiligung", reason: "taking over a stake is an investment, not an acquisition\n", s: de("Porsche übernimmt eine Minderheitsbeteiligung von 25,1 Prozent an Rimac.", ss{"ORG:Porsche", "ORG:Rimac"}, nil, ss{"25,1 Prozent=25.1 percent"}, nil), want: ss{"investment asserted investor=Porsche target=Rimac stake=25.1"}},
		{name: "de_wies_zuruck", reason: "rejecting reports denies the event\n", s: de("Bayer wies Berichte über einen Verkauf von Monsanto zurück.", ss{"ORG:Bayer", "ORG:Monsanto"}, nil, nil, nil), want: ss{"acquisition denied target=Monsanto seller=Bayer"}},
		{name: "fr_vendue_par", reason: "passive: the agents are the sellers\n", s: fr("Kalyx est vendue par Ardian et Eurazeo.", ss{"ORG:Kalyx", "ORG:Ardian", "ORG:Eurazeo"}, nil, nil, nil), want: ss{"acquisition asserted target=Kalyx seller=Ardian seller=Eurazeo"}},
		{name: "en_previously_finance", reason: "previously marks the previous employer a few words on\n", s: en("Stripe hired John Smith, previously the finance chief of Square.", ss{"ORG:Stripe", "PERSON:John Smith", "ORG:Square"}, nil, nil, nil), want: ss{"hire asserted person=John Smith organization=Stripe previous_organization=Square"}},
		{name: "fr_qui_poursuivi", reason: "a passive trigger ending in its agent: the agent is the plaintiff, one lawsuit\n", s: fr("Acme, qui a été poursuivie par Globex, conteste.", ss{"ORG:Acme", "ORG:Globex"}, nil, nil, nil), want: ss{"lawsuit asserted plaintiff=Globex defendant=Acme"}},
		{name: "de_am_standort", s: de("Bosch streicht 900 Stellen am Standort Reutlingen.", ss{"ORG:Bosch", "LOC:Reutlingen"}, nil, ss{"900 Stellen=900 jobs"}, nil), want: ss{"layoff asserted employer=Bosch headcount=900 location=Reutlingen"}},
		{name: "en_formerly_head", s: en("Canva appointed Amy Lee, formerly head of design at Atlassian.", ss{"ORG:Canva", "PERSON:Amy Lee", "ORG:Atlassian"}, nil, nil, nil), want: ss{"hire asserted person=Amy Lee organization=Canva previous_organization=Atlassian"}},
		{name: "fr_quote_a_reagi", s: fr("« Nous sommes très déçus par cette décision », a réagi Paul Martin.", ss{"PERSON:Paul Martin"}, nil, nil, nil), want: ss{"quote asserted speaker=Paul Martin"}},
		{name: "fr_quote_affirme", s: fr("« Cette offre sous-évalue largement le groupe », affirme Claire Dubois.", ss{"PERSON:Claire Dubois"}, nil, nil, nil), want: ss{"quote asserted speaker=Claire Dubois"}},
		{name: "fr_quote_reagi_le_pdg", s: fr("« Nous allons faire appel de ce jugement », a réagi le PDG Luc Bernard.", ss{"PERSON:Luc Bernard"}, nil, nil, nil), want: ss{"quote asserted speaker=Luc Bernard"}},
		{name: "de_quote_sagte_er", reason: "er is the nearest person told before\n", s: de("Der Vorstand Jens Müller kündigte Sparmaßnahmen an. „Wir müssen die Kosten deutlich senken“, sagte er.", ss{"PERSON:Jens Müller"}, nil, nil, nil), want: ss{"quote asserted speaker=Jens Müller"}},
		{name: "de_quote_sprecher", reason: "a role noun after the person: er is the spokesman, not Jens Müller\n", s: de("Der Vorstand Jens Müller kündigte Sparmaßnahmen an. Ein Bosch-Sprecher bestätigte die Pläne. „Wir müssen die Kosten deutlich senken“, sagte er.", ss{"PERSON:Jens Müller", "ORG:Bosch"}, nil, nil, nil)},
		{name: "en_offer_valuing", reason: "the valuation told after a bid is the bid's price, not a valuation event\n",
			s:    en("Unilever made an offer for Haleon, valuing it at $50 billion.", ss{"ORG:Unilever", "ORG:Haleon"}, ss{"$50 billion=50000000000 USD"}, nil, nil),
			want: ss{"acquisition planned acquirer=Unilever target=Haleon amount=50000000000"}},
		{name: "fr_offre_valorisant", s: fr("Vivendi a fait une offre sur Lagardère, la valorisant à 3 milliards d'euros.", ss{"ORG:Vivendi", "ORG:Lagardère"}, ss{"3 milliards d'euros=3000000000 EUR"}, nil, nil),
			want: ss{"acquisition planned acquirer=Vivendi target=Lagardère amount=3000000000"}},
		{name: "en_person_and_org_acquirer", reason: "a person is no acquirer when an organization is\n",
			s:    en("Hedge fund manager John Paulson and Apex bought Zeta.", ss{"PERSON:John Paulson", "ORG:Apex", "ORG:Zeta"}, nil, nil, nil),
			want: ss{"acquisition asserted acquirer=Apex target=Zeta"}},
		{name: "fr_person_and_org_investor", s: fr("Xavier Niel et Iliad investissent 10 millions d'euros dans Kyutai.", ss{"PERSON:Xavier Niel", "ORG:Iliad", "ORG:Kyutai"}, ss{"10 millions d'euros=10000000 EUR"}, nil, nil),
			want: ss{"investment asserted investor=Iliad target=Kyutai amount=10000000"}},
		{name: "en_person_only_acquirer", reason: "with no organization, the person is the acquirer\n",
			s:    en("Elon Musk bought Twitter.", ss{"PERSON:Elon Musk", "ORG:Twitter"}, nil, nil, nil),
			want: ss{"acquisition asserted acquirer=Elon Musk target=Twitter"}},
		{name: "de_zum_finanzvorstand_ernannt", reason: "a passive hire with its role after zum neuen\n",
			s:    de("Anna Weber wurde bei Henkel zum neuen Finanzvorstand ernannt.", ss{"PERSON:Anna Weber", "ORG:Henkel"}, nil, nil, nil),
			want: ss{"hire asserted person=Anna Weber organization=Henkel role=Finanzvorstand"}},
		{name: "de_ernennt", s: de("Henkel ernennt Anna Weber zum neuen Finanzvorstand.", ss{"PERSON:Anna Weber", "ORG:Henkel"}, nil, nil, nil),
			want: ss{"hire asserted person=Anna Weber organization=Henkel role=Finanzvorstand"}},
		{name: "de_liefervertrag", reason: "a noun after von is not a passive agent\n",
			s:    de("Siemens erhält einen Liefervertrag über 1,2 Milliarden Euro von der Bahn.", ss{"ORG:Siemens", "ORG:Bahn"}, ss{"1,2 Milliarden Euro=1200000000 EUR"}, nil, nil),
			want: ss{"contract asserted customer=Bahn supplier=Siemens amount=1200000000"}},
		{name: "fr_apposition_actionnaire", reason: "a name in apposition to a marked noun phrase takes its marker\n",
			s:    fr("Lydia lève 100 millions d'euros auprès de son actionnaire historique, Accel.", ss{"ORG:Lydia", "ORG:Accel"}, ss{"100 millions d'euros=100000000 EUR"}, nil, nil),
			want: ss{"funding_round asserted investee=Lydia amount=100000000 investors=Accel"}},
		{name: "en_apposition_backer", s: en("Monzo raised $100 million from its longtime backer, Accel.", ss{"ORG:Monzo", "ORG:Accel"}, ss{"$100 million=100000000 USD"}, nil, nil),
			want: ss{"funding_round asserted investee=Monzo amount=100000000 investors=Accel"}},
		{name: "en_acronym_common_noun", reason: "an acronym inside a noun phrase after a participle is no party\n",
			s:    en("Arbor, developing RNA drugs, raised $85m.", ss{"ORG:Arbor", "ORG:RNA"}, ss{"$85m=85000000 USD"}, nil, nil),
			want: ss{"funding_round asserted investee=Arbor amount=85000000"}},
	})
}
