"""A measure told again without its doer takes the doer the story last named imposing it under the same noun
(events/roles/measures.py `imposed_again`, data/story_context.yaml `again`); not an earlier doer of the target's own
country, nor a measure named by another noun. Stories written for these tests."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process


@pytest.fixture(scope="module")
def story(nlp):
    def run(text: str):
        result = next(process([Document(id="t", source="t", text=text, published="2019-11-18")], nlp=nlp))
        countries = {e.id: e.country for e in result.entities}
        return [(e.type, {countries.get(i) for i in e.source}, {countries.get(i) for i in e.target}, e.inferred)
                for e in result.events]
    return run


def test_a_measure_raised_again_is_the_earlier_imposer_s(story):
    events = story("The tariffs imposed by the Canadian government last year have raised prices for shoppers. "
                   "Tariffs on Mexican steel were raised again in March. "
                   "In April tariffs were imposed on imports from Brazil. "
                   "In June tariffs were imposed on steel from the European Union.")
    later = [e for e in events if e[0] == "SANCTION" and e[2]]
    assert [(s, t, i) for _, s, t, i in later] == [({"CAN"}, {"MEX"}, ["source"]), ({"CAN"}, {"BRA"}, ["source"]),
                                                   ({"CAN"}, {None}, ["source"])]  # a body of no country


@pytest.mark.parametrize("text", [
    # the earlier imposer is the target's own state
    "China imposed tariffs on American soybeans last year. Tariffs on Chinese steel were raised in May.",
    # another measure: sanctions are not the tariffs told before
    "The Canadian government imposed tariffs on Mexican steel. Sanctions on Brazil were tightened in May.",
])
def test_no_imposer_from_the_target_s_own_state_or_another_measure(story, text):
    """The earlier imposer is not taken; another story rule may still give the sanction a doer (context.imposer:
    the lede's one other state, the United States in the first story)."""
    first, *later = story(text)
    assert first[1] and later and all(t == "SANCTION" and first[1].isdisjoint(s) for t, s, _, _ in later)
