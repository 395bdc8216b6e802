"""Words misread for an act between parties (events/data/non_events.yaml): a market's next move ("market move,
next verb"; patterns/none.yaml: a futures market's city that rallies), a figure the parser hangs "declining" on ("a
figure that declines"), a sum of loans given that rises ("a stock of loans held"), a going to take up a post in a
firm, what one is warned against doing ("told not to") or not let do, and what an instrument of policy does for
someone; and the acts beside them that stay coded."""

import pytest

from tests.events.conftest import trigger_words


def _coded(events):
    return [(e.trigger, e.type) for e in events]


@pytest.mark.parametrize("text, word", [
    # the second verb of a market's move
    ("Cocoa futures jumped 20 dollars at the open and then retreated as buying dried up.", "retreated"),
    ("The dollar climbed early in Tokyo but later retreated against the mark.", "retreated"),
    # a figure that declines, the falling verb hung on the figure
    ("Capital flowed out of Norway in May, with foreign purchases of Norwegian shares declining steeply.",
     "declining"),
    # a going to take up a post in a firm
    ("Maria Lopez, head of the Lima office, will return to Chicago as vice president of marketing.", "return"),
    ("He moved to Brussels as managing director of the group's European arm in 1984.", "moved"),
    # what one is warned against doing
    ("Washington has warned Managua against sending more troops to the border.", "sending"),
    ("Britain cautioned Argentina against attacking the islands.", "attacking"),
    # an instrument of policy does something for someone
    ("The officials said the subsidies encourage farmers to plant more maize.", "encourage"),
    # a sum of loans given that rises is a figure
    ("Total credit granted by the Danish mortgage houses rose to 40 billion crowns last year.", "granted"),
    # a futures market's city rallies
    ("Soymeal was firm in Rotterdam after Chicago rallied overnight, traders said.", "rallied"),
])
def test_no_act_is_coded_on_the_word(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), _coded(events)


@pytest.mark.parametrize("text, word, type_", [
    ("Iraqi troops retreated from the border town after heavy shelling.", "retreated", "RETREAT"),
    ("Uganda declined to sign the border accord with Kenya.", "declined", "REJECT"),
    ("The Syrian foreign minister will return to Cairo for talks with Egyptian leaders.", "return", "CONSULT"),
    ("Washington has warned Managua against sending more troops to the border.", "warned", "REQUEST"),
    ("Iraq attacked Iranian oil platforms in the Gulf.", "attacked", "ASSAULT"),
    ("Japan granted a 300 million dollar credit to Peru on Monday.", "granted", "AID"),
])
def test_must_not_acts_between_parties_keep_their_type(code, text, word, type_):
    events, _ = code(text)
    assert type_ in [e.type for e in events if word in e.trigger.split(" … ")], _coded(events)


@pytest.mark.parametrize("text, word", [
    ("Officials said Washington would not let Iran use the new missiles to close the strait.", "use"),
    ("The navy will not allow the tankers to enter the port of Basra.", "enter"),
])
def test_what_one_is_not_let_do_is_not_done(code, text, word):
    """non_events.yaml "what one is not let do"."""
    events, _ = code(text)
    assert word not in trigger_words(events), _coded(events)


def test_must_not_what_one_is_let_do_keeps_its_act(code):
    events, _ = code("Syria let the Iraqi envoy meet the Lebanese president in Damascus on Monday.")
    assert "meet" in trigger_words(events), _coded(events)


def test_must_not_the_next_verb_with_its_own_doer_keeps_its_act(code):
    events, _ = code("The dollar fell sharply in Tokyo and Iraqi jets attacked an Iranian tanker in the Gulf.")
    assert "ASSAULT" in [e.type for e in events if e.trigger == "attacked"], _coded(events)
