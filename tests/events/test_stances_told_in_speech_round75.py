"""Stances told in reported speech (round 75, stance75).

A hostile act against a party that one will not (or refuses to) rule out is held out as a threat (threaten.yaml,
entries marked `refused`; threatened.left_open): the act's own doer named on its noun threatens, the one it would be
done to, or the one whose act the condition tells, is threatened. A course left open that is no hostile act, or
another state's act left open, threatens nothing.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


def _threats(events):
    return [e for e in events if e.type == "THREATEN"]


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Chile did not rule out military action against Peru, the minister said.", "138", "Chile", "Peru"),
    ("The Kenyan minister said Nairobi would not rule out retaliation if Uganda raised the tariffs.", "131",
     "Kenya", "Uganda"),
    ("A Foreign Ministry official refused to rule out Kenyan retaliation if Uganda went ahead with its duties.",
     "131", "Kenya", "Uganda"),
    ("Ghana refused to rule out sanctions against Togo.", "131", "Ghana", "Togo"),
])
def test_a_hostile_act_not_ruled_out_is_a_threat(code, text, cameo, source, target):
    events, actors = code(text)
    threats = _threats(events)
    assert threats and threats[0].cameo == cameo, found_acts(events)
    assert source in "".join(names(threats[0].source, actors)), found_acts(events)
    assert target in "".join(names(threats[0].target, actors)), found_acts(events)
    assert threats[0].status == "occurred"
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)  # "refused" refuses nothing


@pytest.mark.parametrize("text", [
    "The analyst would not rule out a drop in the dollar.",
    "The Kenyan central bank did not rule out a rate cut.",
    "The minister told reporters he could not rule out joint intervention by central banks.",
    "The union would not rule out a strike at the plant.",
    "Ghana refused to rule out Togolese retaliation.",  # another state's act: a forecast
    "Chile ruled out military action against Peru.",  # ruled out: no threat
])
def test_a_course_left_open_that_is_no_own_hostile_act_is_no_threat(code, text):
    events, _ = code(text)
    assert not _threats(events), found_acts(events)


# A thing judged unacceptable with no author named on it is the author's its reason names, or, told as "this" or as
# "the proposal", the proposer's of the sentence before (predicates.adjective_roles; lexicon `putting_forward_verbs`,
# `put_forward_nouns`); a judgment of what no party put forward stays no event.
@pytest.mark.parametrize("text", [
    "A Ghanaian spokesman told reporters this was unacceptable because of the conditions Togo had set.",
    "Ghana said the plan was unacceptable because Togo had set preconditions.",
    "Togo proposed a joint patrol on the river. A Ghanaian spokesman told reporters this was unacceptable.",
    "Togo offered a truce on Friday. Ghana said the proposal was unacceptable.",
    "Togo offered a truce on Friday. Ghana said this was out of the question.",
])
def test_a_judgment_is_of_the_author_its_reason_or_the_sentence_before_names(code, text):
    events, actors = code(text)
    rejections = [e for e in events if e.type == "REJECT" and e.trigger in ("unacceptable", "question")]
    assert rejections, found_acts(events)
    assert names(rejections[0].target, actors) == {"Togo"}, found_acts(events)
    assert "Ghana" in "".join(names(rejections[0].source, actors)), found_acts(events)


@pytest.mark.parametrize("text", [
    "The delay is unacceptable, the Ghanaian minister said.",
    "The central bank raised its rates. The Ghanaian minister said this was unacceptable.",
    "Ghana said the delay was unacceptable because of the weather.",
    "Togo proposed talks on the river. Ghana said it was unacceptable that the road was closed.",
])
def test_a_judgment_of_what_no_party_put_forward_is_no_rejection(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


# A step towards the other side denied ("could not go further", "could not narrow the gap with X") refuses the other
# side's demand (reject.yaml `stopped_short`); help a party does not want or need refuses its sender.
@pytest.mark.parametrize("text, source, target", [
    ("Chile has demanded lower tariffs on its copper. Peruvian officials said they could not go further.",
     "Peru", "Chile"),
    ("Peruvian officials said they could not go any further to meet Chilean demands.", "Peru", "Chile"),
    ("Peru said it could not narrow the gap with Chile on fishing rights.", "Peru", "Chile"),
    ('Togo has asked Ghana to open its border. "The Ghanaians clearly do not want to budge," a Togolese aide told '
     "reporters.", "Ghana", "Togo"),
    ("Chile has demanded lower tariffs. Peru would not yield an inch, its trade minister said.", "Peru", "Chile"),
    ("Ethiopia said it did not want the relief supplies sent by Sudan.", "Ethiopia", "Sudan"),
    ("Ethiopia said it does not need Sudan's aid.", "Ethiopia", "Sudan"),
])
def test_a_step_denied_or_help_not_wanted_is_a_refusal(code, text, source, target):
    events, actors = code(text)
    rejections = [e for e in events if e.type == "REJECT"]
    assert rejections, found_acts(events)
    assert source in "".join(names(rejections[0].source, actors)), found_acts(events)
    assert target in "".join(names(rejections[0].target, actors)), found_acts(events)
    assert not [e for e in events if e.type == "CONCEDE"], found_acts(events)  # the step is not taken


@pytest.mark.parametrize("text", [
    "The bank said it could not go further with the rate cuts.",
    "Analysts said the dollar could not go much further.",
    "The central bank could not close the gap between supply and demand.",
    "Kenya does not want a trade war with Uganda.",
    "Investors did not want the shares.",
    "The dollar did not budge in early trading.",
])
def test_a_step_or_a_want_with_no_party_on_the_other_side_refuses_nothing(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


# Forces put on alert, or a research ship sent with a naval escort, move against the one other state the story of two
# states at odds names (rivals.py; mobilize.yaml `rival`); the forces put on alert in the passive are the doer.
@pytest.mark.parametrize("text, status", [
    ("Tension rose between Ghana and Togo over the river. The Ghanaian armed forces are in a state of alert, a "
     "Ghanaian general said.", "occurred"),
    ("The Ghanaian armed forces were put on alert after Togo announced the dam plan.", "occurred"),
    ("Ghana and Togo are at odds over fishing rights. A Ghanaian research ship, escorted by warships, would sail "
     "into the disputed waters on Friday, Ghanaian officials said.", "planned"),
])
def test_a_force_moved_with_no_target_moves_against_the_rival_the_story_names(code, text, status):
    events, actors = code(text)
    moves = [e for e in events if e.type == "MOBILIZE"]
    assert moves, found_acts(events)
    assert "Ghana" in "".join(names(moves[0].source, actors)), found_acts(events)
    assert names(moves[0].target, actors) == {"Togo"}, found_acts(events)
    assert moves[0].status == status


@pytest.mark.parametrize("text", [
    "The Ghanaian army was put on alert after the floods.",
    "Ghana and Togo are at odds over the river. Nigeria put its armed forces on alert.",  # two states before
    "The tanker sailed into the Gulf escorted by American warships.",  # protected, no show of force
    "A Norwegian research ship sailed into the Arctic to study the ice.",
])
def test_a_move_with_no_single_rival_named_has_no_rival(code, text):
    events, actors = code(text)
    assert not [e for e in events if e.type == "MOBILIZE" and names(e.target, actors) & {"Ghana", "Togo", "Nigeria"}
                ], found_acts(events)


# An act asked about ("Asked whether X would …") and answered in the same sentence: a "yes" tells it as still to come,
# a "no" denies it, other words leave it as asked (answers.py).
@pytest.mark.parametrize("reply, status", [
    ('replied "Yes."', "planned"),
    ('said "Of course."', "planned"),
    ('replied "No."', "negated"),
    ('said: "Certainly not."', "negated"),
    ('replied "No comment."', "hypothetical"),
])
def test_an_act_asked_about_takes_the_answer(code, reply, status):
    events, _ = code(f"Asked whether Ghana would expel the Togolese diplomats, the Ghanaian foreign minister {reply}")
    expulsions = [e for e in events if e.type == "SANCTION"]
    assert expulsions and expulsions[0].status == status, found_acts(events, status=True)
