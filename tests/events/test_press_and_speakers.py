"""The outlet that carries a report and the one who tells it are no side of the act reported: a mention whose noun
phrase names a news medium ("the daily X", "Radio X", "the newspaper X", role_model.press_named), the subject of a
passive "quoted as saying", and a name that holds the event's own word. Sentences written for these tests."""

import pytest

from dossier.events.roles import model as role_model
from dossier.events.actors import Resolver
from tests.events.conftest import names, only


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Uganda will close the border, the minister told the daily Monitor.", "Monitor"),
    ("Uganda will close the border, the minister told the newspaper Monitor.", "Monitor"),
    ("Uganda will close the border, the minister told the Ubwa news agency.", "Ubwa"),
    ("Uganda will close the border, the minister told Radio Jambo.", "Jambo"),
    ("The minister spoke in remarks printed in the emirate's daily al-Watan.", "Watan"),
])
def test_a_mention_named_as_a_news_medium_is_press(nlp, text, word):
    assert role_model.press_named(_token(nlp(text), word))


@pytest.mark.parametrize("text, word", [
    ("Uganda will close the border, the minister told the daily Monitor.", "Uganda"),
    ("The International Atomic Energy Agency inspected the plant in Iran.", "Agency"),
    ("The Kenya Ports Authority signed a deal with a Chinese firm.", "Authority"),
    ("The Kenyan government held a news conference on Monday.", "government"),
])
def test_a_party_is_no_press(nlp, text, word):
    assert not role_model.press_named(_token(nlp(text), word))


def test_a_speaker_quoted_by_a_daily_is_not_the_target(code):
    events, actors = code("Kenya will sign a trade accord soon, Trade Minister Moses Kuria was quoted as saying "
                          "by the daily Taifa Leo.")
    event = only(events, "AGREE")
    assert [actors[i].country for i in event.source] == ["KEN"]
    assert not names(event.target, actors) & {"Moses Kuria", "Taifa Leo"}


def test_the_radio_told_of_talks_is_no_party_to_them(code):
    events, actors = code("Ochieng, an observer at Kenya's talks in Geneva with the committee of lenders, told "
                          "Radio Jambo in an interview that the lenders were split.")
    talks = only(events, "CONSULT")
    assert not any("Jambo" in n for n in names(talks.source + talks.target, actors))


def test_the_daily_that_printed_remarks_is_no_party_to_the_meeting_they_deny(code):
    events, actors = code("Qatar's energy minister said in remarks printed in the emirate's daily al-Watan that "
                          "there were no plans for an urgent OPEC meeting with Iraq.")
    meeting = only(events, "CONSULT")
    assert not any("Watan" in n for n in names(meeting.source + meeting.target, actors))


def test_a_state_told_of_in_the_report_stays_the_target(code):
    events, actors = code("Uganda will protest to Kenya over the border closure, the minister told the Ugandan "
                          "newspaper New Vision.")
    event = only(events, "ACCUSE")  # a state's protest: a complaint, 114 (test_protests_of_states.py)
    assert names(event.source, actors) == {"Uganda"} and names(event.target, actors) == {"Kenya"}


def test_a_name_that_holds_the_trigger_is_no_candidate(nlp):
    doc = nlp("“Ruto has my Complete and Total Endorsement,” Odinga wrote on Twitter.")
    resolver = Resolver(doc)
    trigger = _token(doc, "Endorsement")
    cands = role_model.candidates(trigger.sent, resolver, frozenset({trigger.i}))
    assert not any(c.token.text in ("Complete", "Total", "Endorsement") for c in cands)
    assert any(c.token.text == "Ruto" for c in cands)


@pytest.mark.parametrize("text, word, made", [
    ("Washington would not let Iran use Chinese-made missiles to block the strait.", "Chinese", True),
    ("Uganda agreed to buy more Kenyan-built buses for its capital.", "Kenyan", True),
    ("Uganda agreed to buy more buses from Kenyan firms.", "Kenyan", False),
    ("The Chinese-led consortium will build the port.", "Chinese", False),
])
def test_a_name_joined_to_a_participle_of_making_tells_where_a_thing_was_made(nlp, text, word, made):
    assert role_model.made_in(_token(nlp(text), word)) is made


def test_where_the_weapons_were_made_is_no_target(code):
    events, actors = code("Washington would not let Iran use Chinese-made missiles to block tanker traffic.")
    assert not any("China" in names(e.source + e.target, actors) for e in events)


def test_the_by_phrase_of_a_noun_trigger_names_its_doer(nlp):
    doc = nlp("Ministers will meet after a week of angry protests by French farmers.")
    resolver = Resolver(doc)
    protests, farmers = _token(doc, "protests"), _token(doc, "farmers")
    assert role_model.is_subject(protests, resolver.many(farmers), resolver)
    other = nlp("Ministers will meet after a week of angry protests against French farmers.")
    resolver = Resolver(other)
    assert not role_model.is_subject(_token(other, "protests"), resolver.many(_token(other, "farmers")), resolver)
