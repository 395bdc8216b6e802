"""A noun of a person's kin ("Maria's father", "the relatives of the pilot", "the president's brother") names the
kin, not the person its possessor or "of" phrase names: that person is no side of what the kin do (events/actors.py
`Resolver`, data/lexicon.yaml `kin_nouns`). A name in apposition names the kin; a place before the noun tells where
they live (their country's civilians). Sentences written for these tests."""

import pytest

from tests.events.conftest import countries, names


def _act(events, ptype):
    return next(e for e in events if e.type == ptype)


@pytest.mark.parametrize("text, ptype", [
    ("Tomasa's father asked the Chilean government on Monday to let his daughter come home.", "REQUEST"),
    ("The relatives of the drowned fisherman accused the Bolivian army of lying.", "ACCUSE"),
    ("President Arce's brother met the Chilean ambassador on Tuesday.", "CONSULT"),
])
def test_the_one_kin_is_to_is_no_side(code, text, ptype):
    events, actors = code(text, "1999-03-10")
    act = _act(events, ptype)
    assert not ({"Tomasa", "Arce", "Luis Arce", "fisherman"} & names(act.source + act.target, actors))


def test_a_kin_named_in_apposition_is_the_side(code):
    events, actors = code("Tomasa's father, Ramiro Quispe, asked the Chilean government on Monday to let his "
                          "daughter come home.", "1999-03-10")
    act = _act(events, "REQUEST")
    assert names(act.source, actors) == {"Ramiro Quispe"}
    assert countries(act.target, actors) == {"CHL"}


def test_kin_qualified_by_a_city_are_its_country_s_civilians(code):
    events, actors = code("The girl's Lima relatives refused to hand her over to Chilean officials.", "1999-03-10")
    act = _act(events, "REJECT")
    assert countries(act.source, actors) == {"PER"}
    assert names(act.source, actors) != {"Lima"}


def test_a_counterpart_still_names_the_other_party(code):
    events, actors = code("Norway's neighbour Sweden criticised the fishing plan on Friday.", "1999-03-10")
    assert names(_act(events, "ACCUSE").source, actors) == {"Sweden"}
