"""Pure history (events/history.py): an act the story dates two calendar years or more before its own year, or a
state kept up since then, is background, not news. A year back, a time on a noun the act governs, and the act of
the story's own days stay."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-24"


def _kinds(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "The rebel movement has been fighting the Maputo government since 2015.",
    "A strike by the dockers' union in 2020 shut the port of Durban for five weeks.",
    "A Nairobi court jailed the former bank chairman for fraud in 2012.",
])
def test_an_act_dated_years_before_the_story_is_history(code, text):
    events, _ = code(text, PUBLISHED)
    assert not events, _kinds(events)


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a border protocol in 2019.",
    "Three years ago Sudan accused Chad of arming the rebels.",
])
def test_an_act_between_two_states_is_their_history_and_stays(code, text):
    events, _ = code(text, PUBLISHED)
    assert events and all(e.date is not None and e.date.start[:4] < "2022" for e in events), _kinds(events)


@pytest.mark.parametrize("text, kind", [
    ("Sudan accused Chad of arming the rebels on Monday.", "ACCUSE"),
    # a year back may be a dated part of the story's episode
    ("The United States imposed tariffs on Chinese steel in July 2023.", "SANCTION"),
    ("President Ruto vetoed a similar bill last year.", "REJECT"),
    # the year names a noun the act governs, not the act's time
    ("Uganda's delegate made the appeal at a meeting which reviews the 1995 trade waiver.", "REQUEST"),
])
def test_the_news_and_last_year_stay(code, text, kind):
    events, _ = code(text, PUBLISHED)
    assert kind in [e.type for e in events], _kinds(events)


def test_a_plan_for_an_old_year_is_no_concern(code):
    """Only acts told as done are history; the rule reads no other status."""
    events, _ = code("Ghana will sign the border protocol with Togo on Friday.", PUBLISHED)
    assert "AGREE" in [e.type for e in events], _kinds(events)


# a story of five sentences: the act of its second sentence varies, the others tell no act
STORY = ("Peru accused Chile on Monday of moving troops across their border. {} The border between Peru and "
         "Chile runs through the desert. Chile is a large copper producer. The weather was cold.")


def test_an_act_dated_years_before_the_story_is_left_out_of_it(code):
    events, _ = code(STORY.format("A Lima court jailed the mayor of Tacna for fraud in 2011."),
                     published="2019-11-18")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger, e.date) for e in events]


@pytest.mark.parametrize("sentence", [
    # an act of the year before, or undated, stays
    "The two states signed a border treaty in July 2018.",
    "The two states signed a border treaty.",
])
def test_recent_or_undated_acts_of_a_story_stay(code, sentence):
    events, _ = code(STORY.format(sentence), published="2019-11-18")
    assert sorted(e.type for e in events) == ["ACCUSE", "AGREE"], [(e.type, e.trigger, e.date) for e in events]
