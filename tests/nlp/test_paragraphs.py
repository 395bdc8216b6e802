from dossier.nlp.loader import load


def test_a_headline_on_its_own_line_is_its_own_sentence():
    nlp = load()
    doc = nlp("Ministers hold talks in Quito\nThe two ministers met on Monday and signed a pact.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Ministers hold talks in Quito"
    assert sentences[-1].startswith("The two ministers met")


def test_sentences_within_a_line_are_still_split_by_the_parser():
    nlp = load()
    doc = nlp("The envoy arrived on Monday. She left on Tuesday.")
    assert len(list(doc.sents)) == 2


def test_stages_run_after_spacy_in_order():
    names = load().pipe_names
    assert names.index("dossier_paragraphs") < names.index("parser")
    assert names[-4:] == ["dossier_actors", "dossier_time", "dossier_events", "dossier_facts"]
