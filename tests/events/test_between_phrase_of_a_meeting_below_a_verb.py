"""A "between" phrase that the parser hung on a verb past a noun of talks and a time expression names the parties
of the talks (roles._stray_between), so it is not the verb's too (roles.claimed_between, for the rules and the
role model alike): "The bankers, talking
before a meeting due later today between A and B, said…" is no talk of the sources with A and B. Sentences written
for these tests."""

import pytest

from dossier.events.roles import reading as roles
from tests.events.conftest import names


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


_SPEAKING = ("The bankers, speaking ahead of a meeting later today between Kenyan Finance Minister Njuguna Ndungu "
             "and his Ugandan counterpart Matia Kasaija, also believed Kenya should come up with a credible budget plan.")


def test_a_verb_leaves_the_between_phrase_to_the_meeting_before_it(nlp):
    doc = nlp(_SPEAKING)
    claimed = roles.claimed_between(_verb(doc, "speaking"))
    assert {doc[i].text for i in claimed} & {"Ndungu", "Kasaija"}


@pytest.mark.parametrize("text, verb", [
    # no noun of talks before the phrase
    ("Kenyan and Ugandan officials spoke yesterday between the sessions of the summit.", "spoke"),
    # an adverb stands between the meeting and the phrase
    ("The two ministries split the cost of the meeting equally between Kenya and Uganda.", "split"),
    # the talks are told in a clause of their own before it
    ("After the talks ended, the envoys divided the cost on Monday between Kenya and Uganda.", "divided"),
])
def test_a_verbs_own_between_phrase_stays_its_own(nlp, text, verb):
    assert not roles.claimed_between(_verb(nlp(text), verb))


def test_speaking_before_a_meeting_is_no_meeting_with_its_parties(code):
    events, actors = code(_SPEAKING.replace("The bankers", "The analysts"))
    assert not any(e.trigger == "speaking" for e in events)
    meetings = [e for e in events if e.type == "CONSULT" and "meeting" in e.trigger]
    assert meetings and all(names(m.source + m.target, actors) & {"Njuguna Ndungu", "Kenya"} for m in meetings)


@pytest.mark.parametrize("speakers", ["The bankers", "The diplomats"])
def test_the_speaking_of_actors_before_a_meeting_is_given_none_of_its_parties(code, speakers):
    events, actors = code(_SPEAKING.replace("The bankers", speakers))
    meetings = [e for e in events if e.type == "CONSULT" and "meeting" in e.trigger]
    assert meetings and all(names(m.source + m.target, actors) & {"Njuguna Ndungu", "Kenya"} for m in meetings)
    speaking = [e for e in events if e.trigger == "speaking"]
    assert all(not names(e.source + e.target, actors) & {"Njuguna Ndungu", "Matia Kasaija", "Kenya", "Uganda"}
               for e in speaking), [(e.type, names(e.source + e.target, actors)) for e in speaking]


@pytest.mark.xfail(strict=True, reason="a speaker who is an actor (bankers, diplomats: generic agents) keeps the "
                   "speaking as a one-sided CONSULT 046 (no party of the meeting since round 33, roles.model "
                   "excluded: claimed_between); a participle of speaking that frames what is said is no act: the "
                   "coder's ground (docs/evaluation.md, 'Round 33, roles')")
@pytest.mark.parametrize("speakers", ["The bankers", "The diplomats"])
def test_speaking_of_actors_before_a_meeting_is_no_meeting_with_its_parties(code, speakers):
    events, _ = code(_SPEAKING.replace("The bankers", speakers))
    assert not any(e.trigger == "speaking" for e in events)
