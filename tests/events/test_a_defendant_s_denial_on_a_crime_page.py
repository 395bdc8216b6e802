"""On a crime story (events/relevance.py `crime_page`), a private person's own word in the case — "has denied both
charges", read as a denial made to the court — is his answer at trial, no act between parties (data/relevance.yaml
crime_page `own_word_types`; a court named by its words is the courts: `crime_body_words`). The police's arrest and
the courts' charge stay, and so does an accusation a private person aims at an official. Pages written here
(round 75)."""

from __future__ import annotations

PAGE = ("A former nurse went on trial in Leeds on Monday accused of stealing from elderly patients.\n"
        "Prosecutors told the jury that Peter Mwangi, 45, took cash from two women at a care home in the city.\n"
        "Mwangi, a Kenyan national on trial at Leeds Crown Court, has denied both charges.\n"
        "Police arrested him in March after a colleague reported the thefts.\n"
        "The trial is expected to last two weeks, the court heard.\n"
        "He was charged in April with two counts of theft.")


def _seen(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


def test_a_defendant_s_denial_is_no_act(code):
    events, _ = code(PAGE)
    assert not [e for e in events if e.trigger == "denied"], _seen(events)


def test_the_arrest_and_the_charge_stay(code):  # must-nots: the state's acts upon him
    events, _ = code(PAGE)
    assert [e for e in events if e.type == "COERCE"], _seen(events)
    assert [e for e in events if e.type == "ACCUSE" and e.cameo == "112"], _seen(events)


def test_an_accusation_aimed_at_an_official_stays(code):  # must-not
    events, actors = code(PAGE.replace("has denied both charges", "accused the Kenyan interior minister of lying"))
    assert [e for e in events if e.type == "ACCUSE" and e.trigger == "accused"], _seen(events)
