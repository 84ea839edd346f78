package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type evCase struct {
	name   string
	reason string
	s      spec
	want   []string
}

func runCases(t *testing.T, cases []evCase) {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tc := range cases {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range extractChecked(t, x, build(t, tc.s)) {
				got = append(got, summary(e))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%s(-want +got)\n%s", tc.s.text, tc.reason, diff)
			}
		})
	}
}

func fr(text string, ents, money, qty, dates []string) spec {
	return spec{lang: "fr", text: text, ents: ents, money: money, qty: qty, dates: dates}
}

func en(text string, ents, money, qty, dates []string) spec {
	return spec{lang: "en", text: text, ents: ents, money: money, qty: qty, dates: dates}
}

type ss = []string

// TestFrench covers every event type and modality on French wire copy.
func TestFrench(t *testing.T) {
	runCases(t, []evCase{
		// funding rounds
		{name: "lever_aupres_de", s: fr("La start-up parisienne Alan a levé 50 millions d’euros auprès de Temasek.",
			ss{"ORG:Alan", "ORG:Temasek"}, ss{"50 millions d’euros=50000000 EUR"}, nil, nil),
			want: ss{"funding_round asserted investee=Alan amount=50000000 investors=Temasek"}},
		{name: "tour_de_table_serie_b_mene_par", reason: "the valuation told in the round's sentence is the round's valuation\n",
			s: fr("Mistral AI a bouclé un tour de table de série B de 600 millions d’euros mené par General Catalyst, valorisant la société à 6 milliards d’euros.",
				ss{"ORG:Mistral AI", "ORG:General Catalyst"}, ss{"600 millions d’euros=600000000 EUR", "6 milliards d’euros=6000000000 EUR"}, nil, nil),
			want: ss{"funding_round asserted investee=Mistral AI amount=600000000 round=series_b valuation=6000000000 lead_investors=General Catalyst"}},
		{name: "lever_date", s: fr("En mars 2024, Pigment a levé 145 millions de dollars.",
			ss{"ORG:Pigment"}, ss{"145 millions de dollars=145000000 USD"}, nil, ss{"En mars 2024=2024-03"}),
			want: ss{"funding_round asserted investee=Pigment amount=145000000 @2024-03"}},
		{name: "lever_conditionnel_selon", s: fr("Selon Les Echos, Qonto aurait levé 486 millions d’euros.",
			ss{"ORG:Les Echos", "ORG:Qonto"}, ss{"486 millions d’euros=486000000 EUR"}, nil, nil),
			want: ss{"funding_round reported investee=Qonto amount=486000000"}},
		{name: "lever_prevoit", s: fr("Doctolib prévoit de lever 500 millions d’euros d’ici la fin de l’année.",
			ss{"ORG:Doctolib"}, ss{"500 millions d’euros=500000000 EUR"}, nil, nil),
			want: ss{"funding_round planned investee=Doctolib amount=500000000"}},
		{name: "levee_de_fonds_de", s: fr("La levée de fonds de Pennylane atteint 75 millions d’euros.",
			ss{"ORG:Pennylane"}, ss{"75 millions d’euros=75000000 EUR"}, nil, nil),
			want: ss{"funding_round asserted investee=Pennylane amount=75000000"}},
		// valuations
		{name: "valorisee_passif", s: fr("Mirakl est désormais valorisée à 3,5 milliards de dollars.",
			ss{"ORG:Mirakl"}, ss{"3,5 milliards de dollars=3500000000 USD"}, nil, nil),
			want: ss{"valuation asserted company=Mirakl valuation=3500000000"}},
		{name: "valorisation_conditionnel_apres", reason: "a conditional verb right after the trigger makes it reported\n",
			s: fr("La valorisation de Back Market atteindrait 5,7 milliards de dollars.",
				ss{"ORG:Back Market"}, ss{"5,7 milliards de dollars=5700000000 USD"}, nil, nil),
			want: ss{"valuation reported company=Back Market valuation=5700000000"}},
		{name: "valorisation_contexte", reason: "the company is named in the previous sentence only\n",
			s: fr("Pennylane poursuit sa croissance. Sa valorisation atteint désormais 2 milliards d’euros.",
				ss{"ORG:Pennylane"}, ss{"2 milliards d’euros=2000000000 EUR"}, nil, nil),
			want: ss{"valuation asserted company=Pennylane valuation=2000000000"}},
		// investments
		{name: "investir_dans_participation", s: fr("Meta a investi 14,3 milliards de dollars dans Scale AI pour une participation de 49 %.",
			ss{"ORG:Meta", "ORG:Scale AI"}, ss{"14,3 milliards de dollars=14300000000 USD"}, ss{"49 %=49 percent"}, nil),
			want: ss{"investment asserted investor=Meta target=Scale AI amount=14300000000 stake=49"}},
		{name: "investit_present", s: fr("Bpifrance investit 20 millions d’euros dans Ynsect.",
			ss{"ORG:Bpifrance", "ORG:Ynsect"}, ss{"20 millions d’euros=20000000 EUR"}, nil, nil),
			want: ss{"investment asserted investor=Bpifrance target=Ynsect amount=20000000"}},
		{name: "prise_de_participation", s: fr("TotalEnergies a pris une participation de 20 % dans Clearway.",
			ss{"ORG:TotalEnergies", "ORG:Clearway"}, nil, ss{"20 %=20 percent"}, nil),
			want: ss{"investment asserted investor=TotalEnergies target=Clearway stake=20"}},
		{name: "investir_dement", s: fr("Renault dément vouloir investir dans Nissan.",
			ss{"ORG:Renault", "ORG:Nissan"}, nil, nil, nil),
			want: ss{"investment denied investor=Renault target=Nissan"}},
		{name: "investir_coordination", s: fr("Google et Microsoft ont investi 100 millions de dollars dans Anthropic.",
			ss{"ORG:Google", "ORG:Microsoft", "ORG:Anthropic"}, ss{"100 millions de dollars=100000000 USD"}, nil, nil),
			want: ss{"investment asserted investor=Google investor=Microsoft target=Anthropic amount=100000000"}},
		{name: "investissement_soutenue_par", reason: "\"soutenue par un investissement\" is passive: the topic is the target\n",
			s: fr("Pour Ynsect, soutenue par un investissement de 50 millions d’euros de Bpifrance, le risque est grand.",
				ss{"ORG:Ynsect", "ORG:Bpifrance"}, ss{"50 millions d’euros=50000000 EUR"}, nil, nil),
			want: ss{"investment asserted investor=Bpifrance target=Ynsect amount=50000000"}},
		// acquisitions
		{name: "racheter_pour", s: fr("Capgemini a racheté WNS pour 3,3 milliards de dollars.",
			ss{"ORG:Capgemini", "ORG:WNS"}, ss{"3,3 milliards de dollars=3300000000 USD"}, nil, nil),
			want: ss{"acquisition asserted acquirer=Capgemini target=WNS amount=3300000000"}},
		{name: "rachete_passif", s: fr("Exclusive Networks a été racheté par CD&R.",
			ss{"ORG:Exclusive Networks", "ORG:CD&R"}, nil, nil, nil),
			want: ss{"acquisition asserted acquirer=CD&R target=Exclusive Networks"}},
		{name: "rachat_de_par", s: fr("Le rachat de Kapten par Free Now a été finalisé en janvier 2024.",
			ss{"ORG:Kapten", "ORG:Free Now"}, nil, nil, ss{"en janvier 2024=2024-01"}),
			want: ss{"acquisition asserted acquirer=Free Now target=Kapten @2024-01"}},
		{name: "acquerir_envisage", s: fr("Mars envisage d’acquérir Kellanova pour 36 milliards de dollars.",
			ss{"ORG:Mars", "ORG:Kellanova"}, ss{"36 milliards de dollars=36000000000 USD"}, nil, nil),
			want: ss{"acquisition planned acquirer=Mars target=Kellanova amount=36000000000"}},
		{name: "racheterait_selon", s: fr("Selon Bloomberg, Safran rachèterait Collins Aerospace.",
			ss{"ORG:Bloomberg", "ORG:Safran", "ORG:Collins Aerospace"}, nil, nil, nil),
			want: ss{"acquisition reported acquirer=Safran target=Collins Aerospace"}},
		{name: "ceder_a", s: fr("Sanofi a cédé Opella à CD&R.",
			ss{"ORG:Sanofi", "ORG:Opella", "ORG:CD&R"}, nil, nil, nil),
			want: ss{"acquisition asserted acquirer=CD&R target=Opella seller=Sanofi"}},
		{name: "rachat_deux_fois", reason: "\"Le rachat\" refers back: one event with both sentences as evidence\n",
			s: fr("Vinci a racheté Edeis. Le rachat, d’un montant de 300 millions d’euros, a été finalisé en juin.",
				ss{"ORG:Vinci", "ORG:Edeis"}, ss{"300 millions d’euros=300000000 EUR"}, nil, ss{"en juin=2025-06"}),
			want: ss{"acquisition asserted acquirer=Vinci target=Edeis amount=300000000 @2025-06"}},
		// lawsuits
		{name: "plainte_contre_devant", s: fr("Getty Images a porté plainte contre Stability AI devant la Haute Cour de Londres.",
			ss{"ORG:Getty Images", "ORG:Stability AI", "LOC:London|Londres"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Getty Images defendant=Stability AI court=London"}},
		{name: "poursuivi_passif", s: fr("Apple a été poursuivi en justice par Epic Games.",
			ss{"ORG:Apple", "ORG:Epic Games"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Epic Games defendant=Apple"}},
		{name: "selon_la_plainte", s: fr("Selon la plainte, Uber aurait violé les brevets de Waymo.",
			ss{"ORG:Uber", "ORG:Waymo"}, nil, nil, nil),
			want: ss{"lawsuit alleged plaintiff=Waymo defendant=Uber"}},
		{name: "assigne_dement", s: fr("Orange dément avoir été assigné par Free.",
			ss{"ORG:Orange", "ORG:Free"}, nil, nil, nil),
			want: ss{"lawsuit denied plaintiff=Free defendant=Orange"}},
		{name: "plainte_deux_defendeurs", s: fr("Naval Group a porté plainte contre Fincantieri et contre son ancien directeur Marc Durand pour espionnage.",
			ss{"ORG:Naval Group", "ORG:Fincantieri", "PERSON:Marc Durand"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Naval Group defendant=Fincantieri defendant=Marc Durand claim=trade_secrets"}},
		{name: "proces_tribunal_de", s: fr("Scale AI a déposé un procès contre Mercor dans un tribunal de Californie.",
			ss{"ORG:Scale AI", "ORG:Mercor", "LOC:California|Californie"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Scale AI defendant=Mercor court=California"}},
		{name: "plainte_allegue_que", reason: "\"La plainte\" refers back to the lawsuit of the first sentence\n",
			s: fr("Thales a déposé une plainte contre Airbus. La plainte allègue que l’ancien cadre Paul Martin a copié des fichiers.",
				ss{"ORG:Thales", "ORG:Airbus", "PERSON:Paul Martin"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Thales defendant=Airbus defendant=Paul Martin"}},
		// layoffs
		{name: "supprimer_postes_va", s: fr("Michelin va supprimer 1 254 postes en France.",
			ss{"ORG:Michelin", "LOC:France"}, nil, ss{"1 254 postes=1254 jobs"}, nil),
			want: ss{"layoff planned employer=Michelin headcount=1254 location=France"}},
		{name: "chez_emplois_supprimes", s: fr("Chez Ubisoft, 185 emplois ont été supprimés.",
			ss{"ORG:Ubisoft"}, nil, ss{"185 emplois=185 jobs"}, nil),
			want: ss{"layoff asserted employer=Ubisoft headcount=185"}},
		{name: "licencie_pourcentage", s: fr("Atos a licencié 10 % de ses effectifs en juillet.",
			ss{"ORG:Atos"}, nil, ss{"10 %=10 percent"}, ss{"en juillet=2025-07"}),
			want: ss{"layoff asserted employer=Atos percent=10 @2025-07"}},
		{name: "plan_social_conditionnel", s: fr("Selon la CGT, Auchan préparerait un plan social touchant 2 389 salariés.",
			ss{"ORG:CGT", "ORG:Auchan"}, nil, ss{"2 389 salariés=2389 people"}, nil),
			want: ss{"layoff reported employer=Auchan headcount=2389"}},
		{name: "licenciements_nie", s: fr("Carrefour nie tout projet de licenciements.",
			ss{"ORG:Carrefour"}, nil, nil, nil),
			want: ss{"layoff denied employer=Carrefour"}},
		// contracts
		{name: "remporter_contrat_aupres_de", s: fr("Thales a remporté un contrat de 1,2 milliard d’euros auprès de la Marine nationale.",
			ss{"ORG:Thales", "ORG:Marine nationale"}, ss{"1,2 milliard d’euros=1200000000 EUR"}, nil, nil),
			want: ss{"contract asserted customer=Marine nationale supplier=Thales amount=1200000000"}},
		{name: "attribuer_contrat_a", s: fr("Airbus a attribué un contrat de maintenance à Sabena.",
			ss{"ORG:Airbus", "ORG:Sabena"}, nil, nil, nil),
			want: ss{"contract asserted customer=Airbus supplier=Sabena"}},
		{name: "resilier_envisage", s: fr("EDF envisage de résilier son contrat avec Orano.",
			ss{"ORG:EDF", "ORG:Orano"}, nil, nil, nil),
			want: ss{"contract planned customer=EDF supplier=Orano"}},
		{name: "client_de_rompre", reason: "the apposition \"client de Y\" makes Y the supplier\n",
			s: fr("Renault, le plus grand client de Valeo, a commencé à planifier de rompre un contrat d’une valeur allant jusqu’à 300 millions d’euros.",
				ss{"ORG:Renault", "ORG:Valeo"}, ss{"jusqu’à 300 millions d’euros=300000000 EUR up_to"}, nil, nil),
			want: ss{"contract planned customer=Renault supplier=Valeo amount=300000000"}},
		{name: "fournisseur_de_signe", s: fr("Capgemini, fournisseur de la SNCF, a signé un nouveau contrat de 50 millions d’euros.",
			ss{"ORG:Capgemini", "ORG:SNCF"}, ss{"50 millions d’euros=50000000 EUR"}, nil, nil),
			want: ss{"contract asserted customer=SNCF supplier=Capgemini amount=50000000"}},
		// hires
		{name: "rejoint_en_tant_que", s: fr("Marie Dupont rejoint Danone en tant que directrice financière.",
			ss{"PERSON:Marie Dupont", "ORG:Danone"}, nil, nil, nil),
			want: ss{"hire asserted person=Marie Dupont organization=Danone role=cfo"}},
		{name: "nomme_passif", s: fr("Luca de Meo a été nommé directeur général de Kering.",
			ss{"PERSON:Luca de Meo", "ORG:Kering"}, nil, nil, nil),
			want: ss{"hire asserted person=Luca de Meo organization=Kering role=ceo"}},
		{name: "nomme_actif", s: fr("Renault nomme François Provost à la tête du groupe.",
			ss{"ORG:Renault", "PERSON:François Provost"}, nil, nil, nil),
			want: ss{"hire asserted person=François Provost organization=Renault"}},
		{name: "recrute_comme", s: fr("Stellantis a recruté Antonio Filosa comme directeur général.",
			ss{"ORG:Stellantis", "PERSON:Antonio Filosa"}, nil, nil, nil),
			want: ss{"hire asserted person=Antonio Filosa organization=Stellantis role=ceo"}},
		{name: "nommer_envisage", s: fr("Carrefour envisage de nommer Alexandre Bompard président.",
			ss{"ORG:Carrefour", "PERSON:Alexandre Bompard"}, nil, nil, nil),
			want: ss{"hire planned person=Alexandre Bompard organization=Carrefour role=president"}},
		{name: "pour_diriger_apposition", s: fr("L’accord visait à sécuriser le fondateur de Scale AI, Alexandr Wang, pour diriger le nouveau laboratoire de Meta.",
			ss{"ORG:Scale AI", "PERSON:Alexandr Wang", "ORG:Meta"}, nil, nil, nil),
			want: ss{"hire asserted person=Alexandr Wang organization=Meta"}},
		// quotes
		{name: "citation_apres", s: fr("« Nous sommes très confiants pour l’avenir », a déclaré Patrick Pouyanné.",
			ss{"PERSON:Patrick Pouyanné"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Patrick Pouyanné"}},
		{name: "citation_avant", s: fr("Bernard Arnault a déclaré : « Le luxe reste un secteur très solide. »",
			ss{"PERSON:Bernard Arnault"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Bernard Arnault"}},
		{name: "citation_deux_points", s: fr("Bruno Le Maire a affirmé : la réforme sera menée à son terme.",
			ss{"PERSON:Bruno Le Maire"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Bruno Le Maire"}},
		{name: "citation_selon", s: fr("Selon Christine Lagarde, « l’inflation devrait continuer à ralentir cette année ».",
			ss{"PERSON:Christine Lagarde"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Christine Lagarde"}},
		{name: "citation_apposition", s: fr("Surya Midha, cofondateur de Mercor, a déclaré : « Nous n’avons aucun intérêt pour ces documents ».",
			ss{"PERSON:Surya Midha", "ORG:Mercor"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Surya Midha"}},
		{name: "citation_guillemets_mt", reason: "machine translation opens with ” and closes with ”; the hire trigger inside is not an event\n",
			s: fr("La cofondatrice Surya Midha a déclaré:”Bien que Mercor ait embauché de nombreuses personnes, nous n’avons aucun intérêt.”",
				ss{"PERSON:Surya Midha", "ORG:Mercor"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Surya Midha"}},
		// nothing to report
		{name: "rien_generique", s: fr("Le marché de l’intelligence artificielle est en pleine effervescence.", nil, nil, nil, nil)},
		{name: "rien_sans_entite", s: fr("Les investissements dans la tech atteignent des sommets.", nil, nil, nil, nil)},
		{name: "rien_terme_cite", reason: "a quoted term of fewer than four words is not speech\n",
			s: fr("Ling se dit « désolé » pour les désagréments.", ss{"PERSON:Ling"}, nil, nil, nil)},
		{name: "rien_poursuit_croissance", reason: "\"poursuivre\" without \"en justice\" is not a lawsuit\n",
			s: fr("Mercor poursuit sa croissance aux côtés de Meta.", ss{"ORG:Mercor", "ORG:Meta"}, nil, nil, nil)},
	})
}

// TestEnglish covers every event type and modality on English wire copy.
func TestEnglish(t *testing.T) {
	runCases(t, []evCase{
		// funding rounds
		{name: "raised_series_c_led_by", s: en("Anthropic raised $450 million in a Series C round led by Spark Capital.",
			ss{"ORG:Anthropic", "ORG:Spark Capital"}, ss{"$450 million=450000000 USD"}, nil, nil),
			want: ss{"funding_round asserted investee=Anthropic amount=450000000 round=series_c lead_investors=Spark Capital"}},
		{name: "raised_from_coordination", s: en("Revolut has raised $1 billion from SoftBank and Tiger Global.",
			ss{"ORG:Revolut", "ORG:SoftBank", "ORG:Tiger Global"}, ss{"$1 billion=1000000000 USD"}, nil, nil),
			want: ss{"funding_round asserted investee=Revolut amount=1000000000 investors=SoftBank investors=Tiger Global"}},
		{name: "funding_round_valuing", s: en("The startup, Cohere, closed a $500 million funding round valuing it at $5.5 billion.",
			ss{"ORG:Cohere"}, ss{"$500 million=500000000 USD", "$5.5 billion=5500000000 USD"}, nil, nil),
			want: ss{"funding_round asserted investee=Cohere amount=500000000 valuation=5500000000"}},
		{name: "seed_round_date", s: en("In June 2024, Lovable closed a $7.5 million seed round.",
			ss{"ORG:Lovable"}, ss{"$7.5 million=7500000 USD"}, nil, ss{"In June 2024=2024-06"}),
			want: ss{"funding_round asserted investee=Lovable amount=7500000 round=seed @2024-06"}},
		{name: "raise_plans", s: en("Databricks plans to raise $1 billion from existing investors.",
			ss{"ORG:Databricks"}, ss{"$1 billion=1000000000 USD"}, nil, nil),
			want: ss{"funding_round planned investee=Databricks amount=1000000000"}},
		// valuations
		{name: "valued_at_passive", s: en("Mistral AI is now valued at $6 billion.",
			ss{"ORG:Mistral AI"}, ss{"$6 billion=6000000000 USD"}, nil, nil),
			want: ss{"valuation asserted company=Mistral AI valuation=6000000000"}},
		{name: "valuation_possessive_according", s: en("OpenAI's valuation reached $157 billion, according to people familiar with the matter.",
			ss{"ORG:OpenAI"}, ss{"$157 billion=157000000000 USD"}, nil, nil),
			want: ss{"valuation reported company=OpenAI valuation=157000000000"}},
		{name: "valued_context", reason: "\"The company\" names no entity: the company comes from the previous sentence\n",
			s: en("Klarna is preparing its listing. The company was valued at $45.6 billion in 2021.",
				ss{"ORG:Klarna"}, ss{"$45.6 billion=45600000000 USD"}, nil, ss{"in 2021=2021"}),
			want: ss{"valuation asserted company=Klarna valuation=45600000000 @2021"}},
		// investments
		{name: "invested_in", s: en("Microsoft invested $10 billion in OpenAI.",
			ss{"ORG:Microsoft", "ORG:OpenAI"}, ss{"$10 billion=10000000000 USD"}, nil, nil),
			want: ss{"investment asserted investor=Microsoft target=OpenAI amount=10000000000"}},
		{name: "will_invest_up_to", s: en("Amazon will invest up to $4 billion in Anthropic.",
			ss{"ORG:Amazon", "ORG:Anthropic"}, ss{"up to $4 billion=4000000000 USD up_to"}, nil, nil),
			want: ss{"investment planned investor=Amazon target=Anthropic amount=4000000000"}},
		{name: "stake_in", s: en("Nvidia took a 5% stake in Intel.",
			ss{"ORG:Nvidia", "ORG:Intel"}, nil, ss{"5%=5 percent"}, nil),
			want: ss{"investment asserted investor=Nvidia target=Intel stake=5"}},
		{name: "invested_denied", s: en("Berkshire Hathaway denied that it had invested in Paramount.",
			ss{"ORG:Berkshire Hathaway", "ORG:Paramount"}, nil, nil, nil),
			want: ss{"investment denied investor=Berkshire Hathaway target=Paramount"}},
		{name: "invested_reportedly", s: en("SoftBank reportedly invested $500 million in OpenAI.",
			ss{"ORG:SoftBank", "ORG:OpenAI"}, ss{"$500 million=500000000 USD"}, nil, nil),
			want: ss{"investment reported investor=SoftBank target=OpenAI amount=500000000"}},
		// acquisitions
		{name: "acquired_for", s: en("Adobe acquired Figma for $20 billion.",
			ss{"ORG:Adobe", "ORG:Figma"}, ss{"$20 billion=20000000000 USD"}, nil, nil),
			want: ss{"acquisition asserted acquirer=Adobe target=Figma amount=20000000000"}},
		{name: "acquired_by_passive", s: en("Figma was acquired by Adobe in 2022.",
			ss{"ORG:Adobe", "ORG:Figma"}, nil, nil, ss{"in 2022=2022"}),
			want: ss{"acquisition asserted acquirer=Adobe target=Figma @2022"}},
		{name: "acquisition_possessive_of", s: en("Cisco's acquisition of Splunk closed in March 2024.",
			ss{"ORG:Cisco", "ORG:Splunk"}, nil, nil, ss{"in March 2024=2024-03"}),
			want: ss{"acquisition asserted acquirer=Cisco target=Splunk @2024-03"}},
		{name: "agreed_to_buy", s: en("Microsoft agreed to buy Activision Blizzard for $68.7 billion.",
			ss{"ORG:Microsoft", "ORG:Activision Blizzard"}, ss{"$68.7 billion=68700000000 USD"}, nil, nil),
			want: ss{"acquisition planned acquirer=Microsoft target=Activision Blizzard amount=68700000000"}},
		{name: "in_talks_to_acquire", s: en("Broadcom is in talks to acquire VMware.",
			ss{"ORG:Broadcom", "ORG:VMware"}, nil, nil, nil),
			want: ss{"acquisition planned acquirer=Broadcom target=VMware"}},
		{name: "sold_to", s: en("Sanofi sold its consumer health unit Opella to CD&R.",
			ss{"ORG:Sanofi", "ORG:Opella", "ORG:CD&R"}, nil, nil, nil),
			want: ss{"acquisition asserted acquirer=CD&R target=Opella seller=Sanofi"}},
		{name: "acquisition_told_twice", reason: "\"The acquisition\" refers back to the deal of the first sentence\n",
			s: en("Adobe agreed to acquire Figma for $20 billion. The acquisition was abandoned in December 2023.",
				ss{"ORG:Adobe", "ORG:Figma"}, ss{"$20 billion=20000000000 USD"}, nil, ss{"in December 2023=2023-12"}),
			want: ss{"acquisition planned acquirer=Adobe target=Figma amount=20000000000 @2023-12"}},
		// lawsuits
		{name: "sued_in_court", s: en("Elon Musk's xAI sued OpenAI and Apple in a Texas court.",
			ss{"PERSON:Elon Musk", "ORG:xAI", "ORG:OpenAI", "ORG:Apple", "LOC:Texas"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=xAI defendant=OpenAI defendant=Apple court=Texas"}},
		{name: "lawsuit_against_in", s: en("Getty Images filed a lawsuit against Stability AI in Delaware.",
			ss{"ORG:Getty Images", "ORG:Stability AI", "LOC:Delaware"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Getty Images defendant=Stability AI court=Delaware"}},
		{name: "is_suing_copyright", reason: "\"is suing\" is a progressive, not a passive\n",
			s: en("The New York Times is suing OpenAI and Microsoft for copyright infringement.",
				ss{"ORG:The New York Times", "ORG:OpenAI", "ORG:Microsoft"}, nil, nil, nil),
			want: ss{"lawsuit asserted plaintiff=The New York Times defendant=OpenAI defendant=Microsoft claim=copyright"}},
		{name: "lawsuit_alleges_that", s: en("The lawsuit alleges that Rivian stole trade secrets from Tesla.",
			ss{"ORG:Rivian", "ORG:Tesla"}, nil, nil, nil),
			want: ss{"lawsuit alleged plaintiff=Tesla defendant=Rivian claim=trade_secrets"}},
		{name: "sued_by_passive", s: en("Google was sued by the Justice Department in 2020.",
			ss{"ORG:Google", "ORG:Justice Department"}, nil, nil, ss{"in 2020=2020"}),
			want: ss{"lawsuit asserted plaintiff=Justice Department defendant=Google @2020"}},
		{name: "sue_trade_secrets", s: en("Waymo sued Uber over trade secrets, seeking $1 billion.",
			ss{"ORG:Waymo", "ORG:Uber"}, ss{"$1 billion=1000000000 USD"}, nil, nil),
			want: ss{"lawsuit asserted plaintiff=Waymo defendant=Uber claim=trade_secrets amount=1000000000"}},
		// layoffs
		{name: "will_cut_percent", s: en("Intel will cut 15% of its workforce.",
			ss{"ORG:Intel"}, nil, ss{"15%=15 percent"}, nil),
			want: ss{"layoff planned employer=Intel percent=15"}},
		{name: "is_laying_off", s: en("Amazon is laying off 14,000 corporate employees.",
			ss{"ORG:Amazon"}, nil, ss{"14,000 corporate employees=14000 employees"}, nil),
			want: ss{"layoff asserted employer=Amazon headcount=14000"}},
		{name: "job_cuts", s: en("Microsoft announced 10,000 job cuts.",
			ss{"ORG:Microsoft"}, nil, ss{"10,000=10000 jobs"}, nil),
			want: ss{"layoff asserted employer=Microsoft headcount=10000"}},
		{name: "layoffs_at_date", s: en("Layoffs at Google hit 12,000 employees in January 2023.",
			ss{"ORG:Google"}, nil, ss{"12,000 employees=12000 employees"}, ss{"in January 2023=2023-01"}),
			want: ss{"layoff asserted employer=Google headcount=12000 @2023-01"}},
		{name: "plans_to_lay_off", s: en("Tesla plans to lay off more than 10% of its global staff.",
			ss{"ORG:Tesla"}, nil, ss{"10%=10 percent"}, nil),
			want: ss{"layoff planned employer=Tesla percent=10"}},
		{name: "denied_job_cuts", s: en("Airbus denied plans to cut 2,000 jobs.",
			ss{"ORG:Airbus"}, nil, ss{"2,000 jobs=2000 jobs"}, nil),
			want: ss{"layoff denied employer=Airbus headcount=2000"}},
		// contracts
		{name: "won_contract_from", s: en("Boeing won a $2.3 billion contract from the US Air Force.",
			ss{"ORG:Boeing", "ORG:US Air Force"}, ss{"$2.3 billion=2300000000 USD"}, nil, nil),
			want: ss{"contract asserted customer=US Air Force supplier=Boeing amount=2300000000"}},
		{name: "awarded_contract", s: en("The Pentagon awarded Palantir a contract worth $480 million.",
			ss{"ORG:Pentagon", "ORG:Palantir"}, ss{"$480 million=480000000 USD"}, nil, nil),
			want: ss{"contract asserted customer=Pentagon supplier=Palantir amount=480000000"}},
		{name: "ended_contract_with", s: en("Apple ended its contract with Imagination Technologies.",
			ss{"ORG:Apple", "ORG:Imagination Technologies"}, nil, nil, nil),
			want: ss{"contract asserted customer=Apple supplier=Imagination Technologies"}},
		{name: "signed_contract_with", s: en("Anthropic signed a $200 million contract with the Pentagon.",
			ss{"ORG:Anthropic", "ORG:Pentagon"}, ss{"$200 million=200000000 USD"}, nil, nil),
			want: ss{"contract asserted customer=Pentagon supplier=Anthropic amount=200000000"}},
		{name: "customer_of_terminate", s: en("Ford, the largest customer of Rivian, plans to terminate its contract.",
			ss{"ORG:Ford", "ORG:Rivian"}, nil, nil, nil),
			want: ss{"contract planned customer=Ford supplier=Rivian"}},
		// hires
		{name: "joined_date", s: en("Mira Murati joined OpenAI in 2018.",
			ss{"PERSON:Mira Murati", "ORG:OpenAI"}, nil, nil, ss{"in 2018=2018"}),
			want: ss{"hire asserted person=Mira Murati organization=OpenAI @2018"}},
		{name: "appointed_as_cfo", s: en("Nvidia appointed Jane Doe as chief financial officer.",
			ss{"ORG:Nvidia", "PERSON:Jane Doe"}, nil, nil, nil),
			want: ss{"hire asserted person=Jane Doe organization=Nvidia role=cfo"}},
		{name: "named_ceo_passive", s: en("John Smith was named CEO of Intel.",
			ss{"PERSON:John Smith", "ORG:Intel"}, nil, nil, nil),
			want: ss{"hire asserted person=John Smith organization=Intel role=ceo"}},
		{name: "hired_to_lead", s: en("Meta hired Alexandr Wang to lead its superintelligence lab.",
			ss{"ORG:Meta", "PERSON:Alexandr Wang"}, nil, nil, nil),
			want: ss{"hire asserted person=Alexandr Wang organization=Meta"}},
		{name: "considering_hiring", s: en("Apple is considering hiring Jony Ive.",
			ss{"ORG:Apple", "PERSON:Jony Ive"}, nil, nil, nil),
			want: ss{"hire planned person=Jony Ive organization=Apple"}},
		// quotes
		{name: "quote_said_after", s: en("“We are very excited about this partnership,” said Satya Nadella.",
			ss{"PERSON:Satya Nadella"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Satya Nadella"}},
		{name: "quote_said_colon", s: en("Jensen Huang said: “Demand for our chips remains extraordinary.”",
			ss{"PERSON:Jensen Huang"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Jensen Huang"}},
		{name: "quote_according_to", s: en("According to Lisa Su, “AI is the most important technology of our time.”",
			ss{"PERSON:Lisa Su"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Lisa Su"}},
		{name: "quote_colon_no_marks", s: en("Tim Cook told investors: the iPhone remains our most important product.",
			ss{"PERSON:Tim Cook"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Tim Cook"}},
		{name: "quote_org_speaker", s: en("Microsoft said in a statement: \"We will defend ourselves vigorously in court.\"",
			ss{"ORG:Microsoft"}, nil, nil, nil),
			want: ss{"quote asserted speaker=Microsoft"}},
		// nothing to report
		{name: "none_short_quote", s: en("Apple calls it a “game changer”.", ss{"ORG:Apple"}, nil, nil, nil)},
		{name: "none_shares", s: en("Shares of Nvidia rose 3% on Tuesday.", ss{"ORG:Nvidia"}, nil, ss{"3%=3 percent"}, nil)},
		{name: "none_raised_concerns", reason: "\"raised\" with no amount is not a funding round\n",
			s: en("Regulators raised concerns about Meta.", ss{"ORG:Meta"}, nil, nil, nil)},
	})
}

// TestOtherLanguages covers the basic German, Spanish and Italian tables.
func TestOtherLanguages(t *testing.T) {
	runCases(t, []evCase{
		{name: "de_ubernimmt", s: spec{lang: "de", text: "Siemens übernimmt Altair für 10 Milliarden Dollar.",
			ents: ss{"ORG:Siemens", "ORG:Altair"}, money: ss{"10 Milliarden Dollar=10000000000 USD"}},
			want: ss{"acquisition asserted acquirer=Siemens target=Altair amount=10000000000"}},
		{name: "de_verklagt", s: spec{lang: "de", text: "Die Deutsche Bahn verklagt Siemens.", ents: ss{"ORG:Deutsche Bahn", "ORG:Siemens"}},
			want: ss{"lawsuit asserted plaintiff=Deutsche Bahn defendant=Siemens"}},
		{name: "es_adquiere", s: spec{lang: "es", text: "Telefónica adquiere Vivo por 7.500 millones de euros.",
			ents: ss{"ORG:Telefónica", "ORG:Vivo"}, money: ss{"7.500 millones de euros=7500000000 EUR"}},
			want: ss{"acquisition asserted acquirer=Telefónica target=Vivo amount=7500000000"}},
		{name: "es_invierte", s: spec{lang: "es", text: "Inditex invierte 100 millones en Ynsect.",
			ents: ss{"ORG:Inditex", "ORG:Ynsect"}, money: ss{"100 millones=100000000 EUR"}},
			want: ss{"investment asserted investor=Inditex target=Ynsect amount=100000000"}},
		{name: "it_acquisisce", s: spec{lang: "it", text: "Leonardo acquisisce Iveco Defence per 1,7 miliardi di euro.",
			ents: ss{"ORG:Leonardo", "ORG:Iveco Defence"}, money: ss{"1,7 miliardi di euro=1700000000 EUR"}},
			want: ss{"acquisition asserted acquirer=Leonardo target=Iveco Defence amount=1700000000"}},
		{name: "it_nomina", s: spec{lang: "it", text: "Stellantis nomina Antonio Filosa.", ents: ss{"ORG:Stellantis", "PERSON:Antonio Filosa"}},
			want: ss{"hire asserted person=Antonio Filosa organization=Stellantis"}},
	})
}
