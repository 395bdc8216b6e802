"""The type model's "d:" features: what the converted CAMEO verb dictionary reads the sentence's root verb and the
verbs of the root's own clauses as, kept trigger or not."""

from dossier.events import classifier


def _read(nlp, text):
    return classifier.dictionary_reading(nlp(text)[:])


def test_the_root_verb_is_read_with_its_type_and_code(nlp):
    feats = _read(nlp, "Artillery units shelled the rebel positions near the border on Sunday.")
    assert {"d:root:ASSAULT", "d:root:c19"} <= set(feats)


def test_a_verb_the_dictionary_says_names_no_event_is_read_as_none(nlp):
    assert "d:root:NONE" in _read(nlp, "A military spokesman said the two ships had left the port.")


def test_the_verbs_of_the_roots_own_clauses_are_read_apart_from_the_root(nlp):
    feats = set(_read(nlp, "The two delegations met in Geneva and signed a trade accord."))
    assert "d:root:CONSULT" in feats and "d:c:AGREE" in feats
    feats = set(_read(nlp, "The cabinet agreed to withdraw the troops by March."))
    assert "d:c:RETREAT" in feats


def test_a_verb_deeper_in_the_sentence_or_a_sentence_with_no_verb_gives_no_reading(nlp):
    # the relative clause's "attacked" is no clause of the root's own
    feats = _read(nlp, "The minister, who had attacked the plan, met the envoy in Nairobi.")
    assert "d:root:CONSULT" in feats and not any("ASSAULT" in f or "ACCUSE" in f for f in feats)
    assert _read(nlp, "Heavy rain in the capital.") == []


def test_each_sentence_of_a_document_gets_only_its_own_verbs(nlp):
    doc = nlp("Artillery units shelled the rebel positions on Sunday. The two delegations met in Geneva.")
    first, second = list(doc.sents)
    assert "d:root:ASSAULT" in classifier.dictionary_reading(first)
    assert "d:root:CONSULT" in classifier.dictionary_reading(second)
    assert "d:root:ASSAULT" not in classifier.dictionary_reading(second)


def test_the_reading_is_part_of_the_sentence_features(nlp):
    doc = nlp("Artillery units shelled the rebel positions near the border on Sunday.")
    assert "d:root:ASSAULT" in classifier.sentence_features(doc[:], [])
