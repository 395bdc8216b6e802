"""On a page, a supposed act told as owed or needed is a view of what ought to be done, no act of its own
(events/relevance.py `owed`, events/status.py `told_as_owed`): a deal a president says the other state "will have to
sign", a ban economists say a state "should lift", aid a commander says the pressure "must continue for" a capital to
allow. A possible act ("could impose sanctions if the talks fail"), a request ("urged Kenya to lift the ban"), an
obligation met ("had to withdraw … last week") and an act promised ("said it would send troops") stay, and so does a
need told in a single sentence (PLV's records). Pages written here (round 72)."""

from __future__ import annotations

import pytest

HAVE_TO = ("Kenya and Uganda have talked about trade for a year. The Ugandan president said on Tuesday that Kenya will "
           "have to sign a deal with Uganda soon. Kenyan officials said talks would go on. The two sides met in Nairobi "
           "in May. Growers are waiting. Prices have fallen.")
SHOULD = ("Sugar prices have doubled since March. Growers blame the ban. Many economists say Kenya should lift its ban "
          "on Ugandan sugar. The ministry did not comment. Shops ran out of sugar last week. Prices may rise again.")
MUST_CONTINUE = ("The camp holds 30,000 people. Food has run short since May. \"Kampala must answer for its choice, and "
                 "the pressure must continue for Kampala to allow the United Nations to deliver aid,\" the Kenyan "
                 "commander said. The United Nations has asked for access twice. Uganda has not replied. Aid trucks "
                 "wait at the border.")
STAYS = ("Kenya and Uganda have quarrelled over fishing rights for months. Uganda urged Kenya to lift the ban on its "
         "fish. The Kenyan trade minister said Kenya could impose sanctions on Ugandan fish if the talks fail. Uganda "
         "had to withdraw its troops from the border last week. Kenya said it would send troops to Uganda next week. "
         "Reporters waited outside.")


def _told(code, page, kind, words):
    events, _ = code(page)
    return [e for e in events if e.type == kind and words in e.evidence[0].text]


@pytest.mark.parametrize("page, kind, words", [
    (HAVE_TO, "AGREE", "will have to sign"),
    (SHOULD, "CONCEDE", "should lift"),
    (MUST_CONTINUE, "RETREAT", "pressure must continue"),
])
def test_an_act_owed_or_needed_is_no_act(code, page, kind, words):
    assert not _told(code, page, kind, words)


@pytest.mark.parametrize("words, status", [
    ("urged Kenya", "occurred"),
    ("could impose", "hypothetical"),
    ("had to withdraw", "occurred"),
    ("would send troops", "planned"),
])
def test_possible_asked_met_and_promised_acts_stay(code, words, status):
    events, _ = code(STAYS)
    assert status in {e.status for e in events if words in e.evidence[0].text}


def test_a_single_sentence_keeps_the_owed_act(code):
    """PLV's records are single sentences: the page rule does not read them."""
    assert _told(code, "Many economists say Kenya should lift its ban on Ugandan sugar.", "CONCEDE", "should lift")


@pytest.mark.parametrize("sentence, owed", [
    ("Many economists say Kenya should expel the Ugandan diplomats.", True),
    ("Should Kenya expel the Ugandan diplomats, Uganda will respond in kind.", False),
    # the parser reads no subject of the verb ("House" a compound of "vote"): "should" opens its phrase
    ("Several senators will be judges at the hearing should the House vote to impeach the mayor.", False),
])
def test_should_before_its_subject_opens_a_condition(nlp, sentence, owed):
    """`told_as_owed`: "should" before the subject is a condition ("should the talks fail"), not a duty."""
    from dossier.events.patterns import load_lexicon
    from dossier.events.status import told_as_owed
    doc = nlp(sentence)
    assert told_as_owed(next(t for t in doc if t.lower_ in ("expel", "impeach")), load_lexicon()) is owed
