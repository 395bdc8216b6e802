"""An act told by a present participle on the noun of a decision adopted ("passed a motion condemning…", "adopted
a resolution urging…") with no time of its own takes the time of the clause that adopts it, as the infinitive
does ("approved a measure to send troops"), and so does one on an agreement made ("finalised accords giving…");
a decision another verb only speaks of lends none."""

import pytest


def _dates(code, text, ptype):
    events, _ = code(text, "2024-06-27")
    return [(e.date.start if e.date else None) for e in events if e.type == ptype]


@pytest.mark.parametrize("text, ptype, start", [
    ("The Kenyan parliament last week passed a motion condemning Uganda.", "ACCUSE", "2024-06-17"),
    ("The Kenyan senate on Tuesday adopted a resolution urging Uganda to free the traders.", "REQUEST",
     "2024-06-25"),
    ("On Monday the Kenyan cabinet approved a bill backing the new railway to Uganda.", "SUPPORT", "2024-06-24"),
])
def test_the_participle_s_act_takes_the_time_of_the_adopting_clause(code, text, ptype, start):
    assert _dates(code, text, ptype) == [start]


def test_a_decision_another_verb_speaks_of_lends_no_time(code):
    text = "Kenyan lawmakers yesterday criticised a motion condemning Uganda."
    assert _dates(code, text, "ACCUSE") == ["2024-06-26", None]


def test_a_participle_on_an_agreement_made_takes_the_making_s_time(code):
    text = "Ghana and Togo yesterday finalised three accords giving Togo 200 mln dlrs in loans."
    assert _dates(code, text, "AID") == ["2024-06-26"]

