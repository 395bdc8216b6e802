"""The status of an act told as a purpose or as any act of its kind, and private matters told with verbs of acts
(events/status.py: `_continued` reads "keep" with a gerund only, a purpose shares a denial, data/negation.yaml
`any_kind`; events/data/non_events.yaml: "a span of time kicked off", "a paper's guarantor", "met as young people",
"an illness told"; patterns/none_figures_and_dues.yaml: shelter or work sought)."""

import pytest

from tests.events.conftest import found_acts


def _on(events, trigger):
    return [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text", [
    "Treasury officials will try to keep the yield low to meet German requests for a narrower spread, an official "
    "said.",
    "Finance ministry officials will try to keep the yen weak to meet Washington's requests for a smaller trade gap, "
    "the official said.",
])
def test_a_purpose_of_keeping_a_figure_is_still_to_come(code, text):
    events, _ = code(text)
    met = _on(events, "meet")
    assert met and all(e.status != "occurred" for e in met), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["The army will keep shelling the rebel positions, the general said.",
                                  "The army will continue to shell the rebel positions, the general said."])
def test_an_act_kept_up_is_under_way(code, text):
    events, _ = code(text)
    assert any(e.type == "ASSAULT" and e.status == "occurred" for e in events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Crean told reporters the Cairns Group of farm exporters, to which Canada and Chile belong, had become a third "
    "force in any multilateral trade talks.",
    "The trade minister said Brazil would take a hard line in any future talks with the European Union.",
])
def test_any_talks_are_no_talks_held(code, text):
    """Talks of any kind are no talks held or set: no event at all since round 63 (non_events.yaml "talks of any
    kind"; a hypothetical one before)."""
    events, _ = code(text)
    talks = _on(events, "talks")
    assert not any(e.status in ("occurred", "planned") for e in talks), found_acts(events, status=True)


def test_talks_held_stay_held(code):
    events, _ = code("Egypt held talks with Israel on Monday.")
    assert any(e.type == "CONSULT" and e.status == "occurred" for e in events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "A reader asked why FEMA was not doing more to negotiate on behalf of the states for masks.",
    "Reporters asked why the ministry was not doing more to negotiate with the unions.",
])
def test_the_purpose_of_an_act_not_done_is_not_done(code, text):
    events, _ = code(text)
    talks = _on(events, "negotiate")
    assert talks and all(e.status == "negated" for e in talks), found_acts(events, status=True)


def test_the_purpose_of_an_act_done_is_not_denied(code):
    events, _ = code("The ministry sent two envoys to Nairobi to negotiate with the unions.")
    assert all(e.status != "negated" for e in events), found_acts(events, status=True)


def test_a_year_kicked_off_is_no_talks(code):
    events, _ = code("President Biden kicked off 2022 the same way he spent many weekends in 2021: with a trip to "
                     "Delaware.")
    assert not _on(events, "kicked"), found_acts(events, status=True)


def test_talks_kicked_off_stay_talks(code):
    events, _ = code("The president kicked off the talks with Chinese envoys on Monday.")
    assert any(e.type == "CONSULT" for e in events), found_acts(events, status=True)


def test_refuge_sought_in_shelters_is_no_request(code):
    events, _ = code("Flood rules would limit how many families could seek refuge in school gyms, the mayor said.")
    assert "REQUEST" not in {e.type for e in events}, found_acts(events, status=True)


def test_help_sought_from_an_alliance_stays_a_request(code):
    events, _ = code("Ukraine sought help from NATO after the strike.")
    assert "REQUEST" in {e.type for e in events}, found_acts(events, status=True)


def test_a_papers_guarantor_makes_no_accord(code):
    events, _ = code("The notes are guaranteed by the Kingdom of Sweden.")
    assert "AGREE" not in {e.type for e in events}, found_acts(events, status=True)


def test_states_that_guarantee_a_deal_stay_an_accord(code):
    events, _ = code("France and Germany guaranteed the ceasefire deal between the two sides.")
    assert "AGREE" in {e.type for e in events}, found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "His parents, an engineer from Ghana and a nurse from Chile, met as graduate students in Leeds.",
    "Their daughters, a doctor from Peru and a lawyer from Spain, met as exchange students in Boston.",
])
def test_people_who_met_as_students_hold_no_meeting(code, text):
    events, _ = code(text)
    assert "CONSULT" not in {e.type for e in events}, found_acts(events, status=True)


def test_presidents_who_met_stay_a_meeting(code):
    events, _ = code("The two presidents met in Geneva as the war entered its second year.")
    assert "CONSULT" in {e.type for e in events}, found_acts(events, status=True)


def test_an_illness_told_is_no_act(code):
    events, _ = code("The palace said the king had been diagnosed with pneumonia and was resting.")
    assert not events, found_acts(events, status=True)


def test_a_place_not_safe_to_visit_does_not_deny_the_visit(code):
    """A relative infinitive ("a place to visit") is no purpose of the clause's verb: its denial is not the act's."""
    events, _ = code("The envoy conceded that the border town isn't a safe place to visit.")
    assert all(e.status != "negated" for e in _on(events, "visit")), found_acts(events, status=True)


def test_refuge_sought_in_a_country_stays_a_request(typed):
    assert typed("About 300 people arrived in Chad seeking refuge in early 2021, the agency said.")["seeking"][0] \
        == "REQUEST"
