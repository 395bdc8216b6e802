"""A duty or a quota laid on another's goods is a tariff (patterns/sanction.yaml, SANCTION 163), as is a duty at a
rate the parser reads as a sum with a "per" phrase ("a 12 dlrs per tonne duty": `matching.object_words`); a duty
on a thing of nobody's is no sanction of anyone."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, word", [
    ("Ruritania imposed quotas on Fredonian shrimp last year.", "imposed"),
    ("Ruritania slapped a duty on Fredonian salmon on Tuesday.", "slapped"),
])
def test_a_duty_or_quota_laid_is_a_sanction_entry(typed, text, word):
    assert typed(text).get(word) == ("SANCTION", "163")


@pytest.mark.parametrize("text, imposer, hit", [
    ("Thailand slapped a 12 dlrs per tonne duty on Vietnamese rice imports in May.", "THA", "VNM"),
    ("The European Union imposed a duty on Norwegian salmon on Tuesday.", None, "NOR"),
])
def test_a_duty_on_anothers_goods_is_a_sanction(code, text, imposer, hit):
    events, actors = code(text)
    sanctions = [e for e in events if e.type == "SANCTION" and e.cameo == "163"]
    assert len(sanctions) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    if imposer:
        assert _countries(sanctions[0].source, actors) == {imposer}
    assert _countries(sanctions[0].target, actors) == {hit}


@pytest.mark.parametrize("text", [
    "The city imposed a duty on hotel stays to fund the festival.",  # a tax on nobody's goods
    "The government imposed a levy on bank profits.",  # a levy is a tax, no curb on trade
])
def test_a_duty_on_nobodys_thing_is_no_sanction(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SANCTION"], [(e.type, e.cameo, e.trigger) for e in events]
