"""The country or body that qualifies the noun phrase of the one who tells of an act (a possessive, an adjective, a
name before the head, an apposition, a phrase with "of", "from", "in" or "at") is the teller's own side, like the teller himself: the role
model does not take it for the act's target (role_model.is_speaker), when the act is in what is said, not a
circumstance of the saying ("said after talks with X": role_model.told_in). Sentences written for these tests."""

import pytest

from dossier.events.roles import model as role_model
from dossier.events.actors import Resolver


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _speaks(nlp, text, mention, trigger, told=False):
    doc = nlp(text)
    resolver = Resolver(doc, reporting_verbs=nlp.get_pipe("dossier_events").coder.lex.reporting_verbs)
    tok = _token(doc, mention)
    cand = role_model.Candidate(token=tok, anchor=tok, actor=resolver.one(tok) or "x")
    return role_model.is_speaker(cand, _token(doc, trigger), resolver, told=told)


@pytest.mark.parametrize("text, mention, trigger", [
    ("Kenya's trade minister said there were no plans for an urgent EAC meeting.", "Kenya", "meeting"),
    ("The Ugandan defence minister said the talks with the rebels would resume soon.", "Ugandan", "talks"),
    ("General Omar Adan, chief of the Somali General Staff, told a news conference that the army would attack.",
     "Staff", "attack"),
    ("Moses Kuria, the minister of Kenya, told reporters the two sides would meet in May.", "Kenya", "meet"),
    # an act named in the speaker's own noun phrase: an observer is no party
    ("Ochieng, an observer at the talks with Uganda, told reporters the lenders were split.", "Ochieng", "talks"),
    ("The organizers in Nakuru said there was no coordination between the marches and Ruto's team.", "Nakuru",
     "coordination"),
])
def test_the_speakers_own_country_or_body_is_the_teller(nlp, text, mention, trigger):
    assert _speaks(nlp, text, mention, trigger)


@pytest.mark.parametrize("text, mention, trigger", [
    # the one the act is told of, named in the reported clause
    ("Kenya's trade minister said Uganda had closed the border.", "Uganda", "closed"),
    # the one told, after the reporting verb
    ("Kenya's trade minister told Uganda's envoy that the talks would resume.", "Uganda", "talks"),
    # the qualifier of the subject of a verb that does not report
    ("Kenya's trade minister visited Uganda on Monday.", "Kenya", "visited"),
    # the one an envoy is sent to is another party
    ("The American envoy to Kenya said Washington would send more aid.", "Kenya", "aid"),
    # the one acted on, though a speaker of its own is named after it
    ("Uganda threatened Kenya, whose trade minister said the talks would resume.", "Kenya", "threatened"),
])
def test_other_mentions_are_no_teller(nlp, text, mention, trigger):
    assert not _speaks(nlp, text, mention, trigger)


def test_an_act_told_as_a_circumstance_of_the_saying_may_have_the_speaker_for_its_doer(nlp):
    text = "Kenya's foreign minister said after talks with Uganda that the border would reopen."
    assert _speaks(nlp, text, "Kenya", "talks")  # never its target
    assert not _speaks(nlp, text, "Kenya", "talks", told=True)  # but may replace a source the rules read
    assert _speaks(nlp, "Kenya's foreign minister said the talks with Uganda would resume.", "Kenya", "talks",
                   told=True)
