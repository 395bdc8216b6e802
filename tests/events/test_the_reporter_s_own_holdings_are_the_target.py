""""Kenya said Somali gunmen had shelled its border posts": the "its" on what an act is done to stands for the state
that reports it, the act's target (events/roles/reported_holdings.py). Not where "its own" says the doer's, where the
reporter is of the doer's state or of none, nor for a thing no state holds. Sentences written here."""

from __future__ import annotations

import pytest


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def _event(events, actors, kind, doer):
    return next(e for e in events if e.type == kind and doer in _countries(e.source, actors))


@pytest.mark.parametrize("text, kind, doer, target", [
    ("Thailand said Burmese aircraft had violated its airspace twice last week.", "REJECT", "MMR", "THA"),
    ("Chad said Libyan troops had shelled its border posts near the oasis on Tuesday.", "ASSAULT", "LBY", "TCD"),
    ("Ecuador said Peruvian soldiers had fired on its positions in the disputed valley.", "ASSAULT", "PER", "ECU"),
    ("Saudi Arabia said Iranian gunboats had attacked its tankers in the Gulf.", "ASSAULT", "IRN", "SAU"),
])
def test_the_reporter_whose_holding_is_acted_on_is_the_target(rules_only, code, text, kind, doer, target):
    events, actors = code(text, "1987-06-10")
    event = _event(events, actors, kind, doer)
    assert _countries(event.target, actors) == {target}, (event.source, event.target)


def test_a_state_s_news_agency_reports_for_its_state(rules_only, code):
    events, actors = code("The Soviet news agency Tass said Chinese troops had fired on its border posts along the "
                          "river.", "1987-06-10")
    event = _event(events, actors, "ASSAULT", "CHN")
    assert _countries(event.target, actors) == {"SUN"}, (event.source, event.target)


def test_must_not_a_doer_s_own_villages_told_by_diplomats_of_no_state(rules_only, code):
    events, actors = code("Foreign diplomats said Burma had attacked its own border villages.", "1987-06-10")
    for event in events:
        assert all(actors[t].country for t in event.target), (event.type, event.source, event.target)


@pytest.mark.parametrize("text, doer, reporter", [
    ("Burma said its aircraft had attacked rebel camps near the border.", "MMR", "MMR"),
    ("The United States said Iran had moved its missiles closer to the strait.", "IRN", "USA"),
])
def test_must_not_the_reporter_of_the_doer_s_own_thing(rules_only, code, text, doer, reporter):
    events, actors = code(text, "1987-06-10")
    for event in events:
        if doer in _countries(event.source, actors):
            assert reporter not in _countries(event.target, actors), (event.type, event.source, event.target)
