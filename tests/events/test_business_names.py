"""The head of a firm's name that names its line of business ("Film Services", "Oilfield Services", "Gold
Reserves", lexicon `business_name_heads`) is no common noun: the dictionary's armed-forces list ("services",
"reserves") does not read it, so a firm formed is no mobilisation. A name headed by what it is ("the Red Army", "the
Muslim Brotherhood", "the National Congress") still meets the lists that name such bodies."""

from __future__ import annotations

from dossier.events.matching import object_words


def _types(events):
    return [(e.type, e.cameo) for e in events]


def test_a_film_company_formed_is_no_mobilisation(code):
    events, _ = code("Pacific Film Services was formed by chairman Daniel Roth in 1971 to make films.", "1987-04-01")
    assert [t for t in _types(events) if t[0] == "MOBILIZE"] == []


def test_an_oilfield_firm_formed_is_no_mobilisation(code):
    events, _ = code("Nordic Oilfield Services was formed by chairman Peter Lund in 1975.", "1987-04-01")
    assert [t for t in _types(events) if t[0] == "MOBILIZE"] == []


def test_an_army_formed_is_still_a_mobilisation(code):
    events, _ = code("The Red Army was formed by Trotsky in 1918.", "1919-04-01")
    assert ("MOBILIZE", "150") in _types(events)


def test_a_banned_brotherhood_is_still_repression(code):
    events, _ = code("Egypt banned the Muslim Brotherhood on Wednesday.", "2013-12-27")
    assert ("COERCE", "172") in _types(events)


def test_a_dissolved_congress_is_still_repression(code):
    events, _ = code("The president dissolved the National Congress on Friday.", "2024-06-01")
    assert ("COERCE", "172") in _types(events)


def test_the_head_of_a_business_name_gives_no_words(nlp):
    doc = nlp("Gulf Film Services was formed in 1971.")
    head = next(t for t in doc if t.text == "Services")
    if head.ent_type_ == "ORG":  # the rule reads the tagger's organisation names only
        assert object_words(head) == set()


def test_a_common_noun_keeps_its_words(nlp):
    doc = nlp("The armed services were mobilized in 1971.")
    head = next(t for t in doc if t.text == "services")
    assert "services" in object_words(head) or "service" in object_words(head)
