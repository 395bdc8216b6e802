"""A series of acts of one doer ("X seized A, killed B and burned C"): a later verb the parser hung on the object
before its comma as a participle describing it keeps the series' doer (doers.series_verb). Sentences written for
these tests."""

from dossier.events.roles.doers import series_verb, subject_tokens


def _countries(ids, actors):
    return {actors[i].country for i in ids}


def test_the_later_acts_of_a_series_are_done_by_its_subject(code):
    events, actors = code("The agency said Syrian forces crushed three Turkish battalions, killed or wounded 900 "
                          "Turkish soldiers and destroyed 30 enemy tanks.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) >= 3
    assert all(_countries(e.source, actors) == {"SYR"} for e in assaults)
    assert any(_countries(e.target, actors) == {"TUR"} for e in assaults if e.trigger in ("killed", "wounded"))


def test_a_verb_with_an_object_after_the_comma_takes_the_series_subject(nlp):
    doc = nlp("Government troops crushed two rebel brigades, killed or wounded 300 fighters and seized their guns.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert killed.dep_ == "acl"  # the parse this rule mends: "killed" hung on "brigades"
    assert series_verb(killed).lower_ == "crushed"
    assert [t.lower_ for t in subject_tokens(killed)] == ["troops"]


def test_a_participle_without_an_object_describes_the_noun(nlp):
    doc = nlp("The army shelled the two towns, captured by rebels in May, for a week.")
    captured = next(t for t in doc if t.lower_ == "captured")
    assert series_verb(captured) is None
    assert [t.lower_ for t in subject_tokens(captured)] == ["rebels"]


def test_a_participle_without_a_comma_is_no_later_act(nlp):
    doc = nlp("The army shelled the towns held by the rebels.")
    held = next(t for t in doc if t.lower_ == "held")
    assert series_verb(held) is None
