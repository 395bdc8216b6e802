"""Sides a sentence leaves to its story (events/roles/context.py): the dateline's state as the host of a visitor's act
told "here", the other state of a lede that names two, the lede's pair for "the two countries"; each filled side is
listed in the event's `inferred`. Sentences in the project's own words."""

from __future__ import annotations

import pytest


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def _one(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_a_visitor_s_act_told_here_is_done_with_the_dateline_s_state(story):
    events, actors = story("Ghana's foreign minister signed a trade agreement here on Monday.", "NAIROBI")
    event = _one(events, "AGREE")
    assert _countries(event.source, actors) == {"GHA"}
    assert _countries(event.target, actors) == {"KEN"}
    assert event.inferred == ["target"]


def test_talks_held_here_have_the_host_as_the_other_side(story):
    events, actors = story("Ghana held talks here on Monday on coffee prices.", "NAIROBI")
    event = _one(events, "CONSULT")
    assert _countries(event.target, actors) == {"KEN"}
    assert event.inferred == ["target"]


def test_bilateral_talks_without_here_do_not_name_the_host(story):
    # at a summit in the dateline's city a leader holds bilateral talks with many: not the host alone
    events, _ = story("Ghana's president was due to hold a string of bilateral talks on Monday.", "NAIROBI")
    event = _one(events, "CONSULT")
    assert event.target == [] and event.inferred == []


def test_no_host_for_an_act_of_the_dateline_s_own_country(story):
    events, _ = story("Ghana's foreign minister signed a trade agreement here on Monday.", "ACCRA")
    event = _one(events, "AGREE")
    assert event.target == [] and event.inferred == []


def test_no_host_without_here(story):
    events, _ = story("Ghana signed a trade agreement on Monday.", "NAIROBI")
    event = _one(events, "AGREE")
    assert event.target == [] and event.inferred == []


LEDE = "Japan held talks with Peru on fishing rights on Monday, officials said. "


def test_a_directed_act_takes_the_lede_s_other_state(story):
    events, actors = story(LEDE + "Japan also agreed to extend its fishing quota by two years.")
    event = _one(events, "AGREE")
    assert _countries(event.target, actors) == {"PER"}
    assert event.inferred == ["target"]
    talks = _one(events, "CONSULT")
    assert talks.inferred == []  # both sides stated in its own sentence


def test_no_lede_fill_where_the_sentence_names_a_party_in_other_words(story):
    events, _ = story(LEDE + "Japan will ask them for more data.")
    event = _one(events, "REQUEST")
    assert event.target == [] and event.inferred == []


def test_no_lede_fill_when_the_lede_names_three_countries(story):
    events, _ = story("Japan held talks with Peru and Chile on fishing rights on Monday, officials said. "
                      "Japan also agreed to extend its fishing quota by two years.")
    event = _one(events, "AGREE")
    assert event.target == [] and event.inferred == []


def test_no_lede_fill_in_a_story_that_tells_no_act_between_the_two(story):
    events, _ = story("Japan's fishing catch rose last year while Peru's fell, officials said. "
                      "Japan also agreed to extend its fishing quota by two years.")
    event = _one(events, "AGREE")
    assert event.target == [] and event.inferred == []


def test_the_two_countries_are_the_lede_s_pair(story):
    events, actors = story(LEDE + "The two countries also signed a treaty on shipping.")
    event = next(e for e in events if e.type == "AGREE")
    assert _countries(event.source, actors) | _countries(event.target, actors) == {"JPN", "PER"}
    # the actors stage's own pair reading finds the two since round 59 (the lede's officials, of no country told,
    # are no side of their own); the lede's pair fills them where it does not
    assert event.inferred in ([], ["source", "target"])


def test_no_lede_fill_for_a_denial(story):
    # a denial answers whoever said it, not the story's other country
    events, _ = story(LEDE + "Japan denied that its boats had entered the reserve.")
    assert all(e.inferred == [] for e in events)


def test_no_lede_fill_when_the_sentence_speaks_of_many_countries(story):
    events, _ = story(LEDE + "Japan also urged the coastal countries to share their catch records.")
    assert all(e.inferred == [] for e in events)


def test_no_host_when_the_sentence_names_the_counterpart_in_words(story):
    events, actors = story("Ghana's finance minister will meet commercial bankers here on Monday.", "NAIROBI")
    # the bankers are the counterpart (a business agent since round 32), never the dateline's Kenya
    assert all(e.inferred == [] and all(actors[t].country != "KEN" for t in e.target) for e in events)
    assert all(t.startswith("agent:") and t.endswith(":BUS") for e in events for t in e.target)


HOME_STORY = "Teachers in Kenya stayed away from schools on Monday in a dispute over pay. "


def test_a_domestic_group_s_demand_is_addressed_to_its_own_state(story):
    events, actors = story(HOME_STORY + "Kenyan teachers demanded a pay rise of 30 percent.")
    event = _one(events, "REQUEST")
    assert _countries(event.target, actors) == {"KEN"} and actors[event.target[0]].kind == "government"
    assert event.inferred == ["target"]


def test_a_domestic_group_s_threat_is_addressed_to_its_own_state(story):
    events, actors = story(HOME_STORY + "The Kenyan nurses warned that they would join the strike next week.")
    event = _one(events, "THREATEN")
    assert _countries(event.target, actors) == {"KEN"} and event.inferred == ["target"]


def test_no_own_state_fill_for_an_organisation_known_only_by_its_country(story):
    # a named body the actors stage knows only by its country may be a firm or an institute: no guess
    events, _ = story(HOME_STORY + "The Kenya National Union of Teachers demanded a pay rise of 30 percent.")
    event = _one(events, "REQUEST")
    assert event.target == [] and event.inferred == []


def test_no_own_state_fill_in_a_story_of_two_countries(story):
    events, _ = story("Kenya and Uganda traded charges over the border on Monday. "
                      "Kenyan teachers demanded a pay rise of 30 percent.")
    event = _one(events, "REQUEST")
    assert event.target == [] and event.inferred == []


def test_no_own_state_fill_for_a_state_s_own_demand(story):
    events, _ = story(HOME_STORY + "The Kenyan education ministry demanded that teachers return to work.")
    assert all(e.inferred == [] for e in events if e.type == "REQUEST")


def test_an_act_on_the_agreement_takes_the_parties_the_role_model_gave_the_agreement(story):
    # the lede's agreement gets its second side from the role model; the later act on "the agreement" reads it
    events, actors = story("Details of today's agreement to hand over the islands to Chile will be made public "
                           "after the formal signing, Argentina's foreign ministry said. In Lima, Peru said it would "
                           "not recognise the agreement.")
    event = _one(events, "REJECT")
    assert _countries(event.target, actors) == {"ARG", "CHL"}


def test_a_visit_told_with_no_place_is_to_the_dateline_s_state(story):
    events, actors = story("Ghana's president Jerry Rawlings will pay a state visit next month, officials said.",
                           "NAIROBI")
    event = _one(events, "CONSULT")
    assert _countries(event.target, actors) == {"KEN"}
    assert event.inferred == ["target"]


def test_no_dateline_host_for_a_visit_to_a_place_named(story):
    events, actors = story("Ghana's president Jerry Rawlings will pay a state visit to Uganda next month.",
                           "NAIROBI")
    event = _one(events, "CONSULT")
    assert _countries(event.target, actors) == {"UGA"} and event.inferred == []


def test_no_dateline_host_for_a_visit_of_the_dateline_s_own_country(story):
    events, actors = story("Kenya's foreign minister will pay a state visit next month, officials said.",
                           "NAIROBI")
    event = _one(events, "CONSULT")
    assert _countries(event.source, actors) == {"KEN"}
    assert event.target == [] and event.inferred == []


def test_without_a_dateline_here_is_the_lede_s_other_state(story):
    events, actors = story("Japan will lend Peru 200 million dollars for ports, the finance minister said today. "
                           "The loan was agreed during a visit here by Peru's President Alberto Fujimori last week.")
    visit = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert len(visit) == 1 and _countries(visit[0].target, actors) == {"JPN"}
    assert visit[0].inferred == ["target"]


def test_without_a_dateline_no_host_for_a_visit_not_told_here(story):
    events, _ = story("Japan will lend Peru 200 million dollars for ports, the finance minister said today. "
                      "Peru's President Alberto Fujimori will pay a state visit next month.")
    visit = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert len(visit) == 1 and visit[0].target == [] and visit[0].inferred == []


def test_no_dateline_host_for_a_verb_of_travel_alone(story):
    events, _ = story("Ghana's president Jerry Rawlings left on Sunday after the summit, officials said.", "NAIROBI")
    assert not [e for e in events if e.inferred]


def test_a_name_inside_the_visitor_s_title_is_no_other_party(story):
    # "Trade" in "Deputy Trade Minister X" may be taken for an organisation: it is the visitor's title
    events, actors = story("Japan will lend Peru 200 million dollars for ports, the finance minister said today. "
                           "The loan was agreed during a visit here last week by Peru's Deputy Trade Minister "
                           "Carlos Quispe Huaman.")
    visit = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert len(visit) == 1 and _countries(visit[0].target, actors) == {"JPN"}
    assert visit[0].inferred == ["target"]


def test_a_title_word_is_the_named_actor_s_and_a_separate_name_is_not(nlp):
    from dossier.events.roles.context import _in_a_title
    doc = nlp("The deal was agreed by Deputy Mining Minister Carlos Quispe and executives of the Zorvantis Group.")
    person = {t.i for t in doc if t.text in ("Carlos", "Quispe")}
    token_actor = {i: "person" for i in person}
    assert _in_a_title(next(t for t in doc if t.text == "Mining"), token_actor)
    assert not _in_a_title(next(t for t in doc if t.text == "Group"), token_actor)
    assert not _in_a_title(next(t for t in doc if t.text == "Zorvantis"), token_actor)


# a measure told with no doer, after a lede that names one state besides the target's: that state's measure
_LEDE = "Breaking with years of Brazilian policy, President Lula has turned to import duties in a dispute over steel. "


@pytest.mark.parametrize("sentence, target", [
    ("Tariffs on Argentine steel were raised from 10% to 25% in May.", "ARG"),
    ("Tariffs have also been imposed on imports from Paraguay.", "PRY"),
])
def test_a_measure_told_with_no_doer_is_the_lede_s_state_s(story, sentence, target):
    events, actors = story(_LEDE + sentence)
    event = _one(events, "SANCTION")
    assert _countries(event.source, actors) == {"BRA"}, (event.source, event.target)
    assert _countries(event.target, actors) == {target}
    assert event.inferred == ["source"]


@pytest.mark.parametrize("text", [
    # the sentence names who did it
    _LEDE + "Tariffs on Argentine steel were raised by Chile in May.",
    # the lede names two states besides the target's: whose measure is left open
    "Brazil and Chile have turned to import duties in a dispute over steel. "
    "Tariffs on Argentine steel were raised from 10% to 25% in May.",
    # the measure is on the lede's own state: not its own doing
    _LEDE + "Tariffs on Brazilian steel were raised from 10% to 25% in May.",
    # the first sentence itself: no story before it
    "Tariffs on Argentine steel were raised from 10% to 25% in May, Brazilian officials said.",
])
def test_no_doer_given_to_a_measure_the_story_leaves_open(story, text):
    events, actors = story(text)
    assert not any("BRA" in _countries(e.source, actors) and "source" in (e.inferred or [])
                   for e in events if e.type == "SANCTION"), [(e.source, e.target, e.inferred) for e in events]


# a page's text may open with its headline, a line with no final stop: the first sentence of prose is the lede
@pytest.mark.parametrize("heading", ["A season of quotas and quarrels\n", "Fishing rights\nThe talks in brief\n"])
def test_a_heading_line_is_no_lede(story, heading):
    events, actors = story(heading + LEDE + "Japan also agreed to extend its fishing quota by two years.")
    event = _one(events, "AGREE")
    assert _countries(event.target, actors) == {"PER"}
    assert event.inferred == ["target"]


def test_a_first_line_that_ends_in_a_stop_is_the_lede(story):
    # a one-line first paragraph of prose is the lede: it names Japan alone, so nothing is left to a second state
    events, _ = story("Japan's fishing fleet returned to port on Monday.\n" + LEDE
                      + "Japan also agreed to extend its fishing quota by two years.")
    assert _one(events, "AGREE").inferred == []
