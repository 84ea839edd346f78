package main

import "github.com/depeche-nlp/depeche/internal/udmodel"

func config(lang string) udmodel.Config {
	return udmodel.Config{Lang: lang, TagBits: 18, TagEpochs: 8, TagDict: 20, ParseBits: 18, ParseEpochs: 12, Seed: 14, MinMultiword: 2}
}

const (
	ccBySA4 = "CC BY-SA 4.0"
	ccBySA3 = "CC BY-SA 3.0"
)

// recipes are the languages in training order. Rules: no file of ud/noncommercial; no test
// file that a score is reported for is trained on; tuning sets are never trained on. Where a
// treebank's train file is missing (fr, de, es GSD), its dev file is cut into a training part
// and a tuning part, and the test-only treebanks (PUD, FQB, COSER) are training material.
var recipes = []recipe{
	{
		cfg:   config("en"),
		train: []part{all("en_ewt/en_ewt-ud-train.conllu.gz"), all("en_gum/en_gum-ud-train.open-genres.conllu.gz")},
		tune:  []part{all("en_ewt/en_ewt-ud-dev.conllu.gz")},
		test:  []part{all("en_ewt/en_ewt-ud-test.conllu.gz")},
		notes: "Trained on Universal Dependencies English-EWT (contributors listed in its README), " + ccBySA4 +
			"; GUM corpus, Zeldes (2017), https://gucorpling.org/gum/, annotations CC BY 4.0; texts from Wikinews " +
			"(CC BY 2.5), Wikipedia/Wikivoyage (CC BY-SA 3.0), OpenStax, PLOS and others (CC BY 4.0) (open-licence " +
			"genres only).",
	},
	{
		cfg: config("fr"),
		train: []part{
			all("fr_sequoia/fr_sequoia-ud-train.conllu.gz"),
			all("fr_gsd/fr_gsd-ud-dev.conllu.gz"),
			all("fr_pud/fr_pud-ud-test.conllu.gz"),
			all("fr_fqb/fr_fqb-ud-test.conllu.gz"),
			all("fr_parisstories/fr_parisstories-ud-train.conllu.gz"),
			all("fr_rhapsodie/fr_rhapsodie-ud-train.conllu.gz"),
		},
		tune: []part{all("fr_sequoia/fr_sequoia-ud-dev.conllu.gz")},
		test: []part{all("fr_gsd/fr_gsd-ud-test.conllu.gz"), all("fr_sequoia/fr_sequoia-ud-test.conllu.gz")},
		notes: "Trained on Universal Dependencies French-GSD (dev file), French-ParisStories and French-Rhapsodie " +
			"(contributors listed in their READMEs), " + ccBySA4 + "; Universal Dependencies PUD treebank (CoNLL 2017 " +
			"shared task; Google), " + ccBySA3 + "; Sequoia corpus (Candito, Seddah et al.), LGPL-LR; French QuestionBank " +
			"(Seddah, Candito), UD conversion, LGPL-LR. The LGPL-LR data is not redistributed here; only a model " +
			"trained on it is.",
	},
	{
		cfg: config("de"),
		train: []part{
			{file: "de_gsd/de_gsd-ud-dev.conllu.gz", from: 0, to: 8},
			all("de_pud/de_pud-ud-test.conllu.gz"),
		},
		tune: []part{{file: "de_gsd/de_gsd-ud-dev.conllu.gz", from: 8, to: 10}},
		test: []part{all("de_gsd/de_gsd-ud-test.conllu.gz")},
		notes: "Trained on Universal Dependencies German-GSD (dev file; contributors listed in its README), " + ccBySA4 +
			"; Universal Dependencies PUD treebank (CoNLL 2017 shared task; Google), " + ccBySA3 + ".",
	},
	{
		cfg: config("es"),
		train: []part{
			{file: "es_gsd/es_gsd-ud-dev.conllu.gz", from: 0, to: 8},
			all("es_pud/es_pud-ud-test.conllu.gz"),
			all("es_coser/es_coser-ud-test.conllu.gz"),
		},
		tune: []part{{file: "es_gsd/es_gsd-ud-dev.conllu.gz", from: 8, to: 10}},
		test: []part{all("es_gsd/es_gsd-ud-test.conllu.gz")},
		notes: "Trained on Universal Dependencies Spanish-GSD (dev file) and Spanish-COSER (contributors listed in their " +
			"READMEs), " + ccBySA4 + "; Universal Dependencies PUD treebank (CoNLL 2017 shared task; Google), " + ccBySA3 + ".",
	},
	{
		cfg: config("it"),
		train: []part{
			all("it_markit/it_markit-ud-train.conllu.gz"),
			all("it_twittiro/it_twittiro-ud-train.conllu.gz"),
			all("it_parlamint/it_parlamint-ud-train.conllu.gz"),
		},
		tune: []part{all("it_markit/it_markit-ud-dev.conllu.gz"), all("it_twittiro/it_twittiro-ud-dev.conllu.gz")},
		test: []part{all("it_pud/it_pud-ud-test.conllu.gz"), all("it_parlamint/it_parlamint-ud-test.conllu.gz")},
		notes: "Trained on Universal Dependencies Italian-TWITTIRO and Italian-ParlaMint (contributors listed in their " +
			"READMEs), " + ccBySA4 + "; MarkIT treebank (Paccosi, Palmero Aprosio, Tonelli), CC BY 4.0. " +
			"Italian-TWITTIRO reproduces tweets, whose text is also subject to the Twitter/X terms.",
	},
}
