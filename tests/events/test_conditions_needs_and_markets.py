"""Words that name no act done (events/data/non_events.yaml; patterns/none.yaml): an act inside "on condition that",
a want told, a price that moves in a market sentence, buying that declines, a statistic of things granted, an act a
way is sought for, a thing that forces, a move to a post, an act warned against; and the acts beside them that stay
coded."""

import pytest

from tests.events.conftest import trigger_words


@pytest.mark.parametrize("text, word", [
    # the act inside a condition named by a noun phrase
    ("Ankara will lift the duties on condition that Athens recalls its ambassador from Cyprus.", "recalls"),
    ("Seoul will open its market on the condition that Washington cuts its tariffs on Korean steel.", "cuts"),
    ("The rebels will free the hostages on condition that the army withdraws from the valley and releases its "
     "prisoners.", "releases"),
    # a want told in the present is no request
    ("Egypt needs more aid from the United States.", "needs"),
    ("Sudan needs emergency aid from Western donors, the relief agency said.", "needs"),
    ("Peru requires more aid from the United States.", "requires"),
    # a market that rallies or retreats
    ("LONDON - Zinc futures opened 10 pounds higher and then retreated slightly as buying dried up.", "retreated"),
    ("Sao Paulo rallied late in the session as local buying picked up, brokers said.", "rallied"),
    # buying that declines
    ("Money flowing into Chile slowed in May, with purchases of Chilean debt by foreign funds declining steeply, "
     "the statistics office reported.", "declining"),
    ("Foreign purchases of Swiss bonds declined sharply in March, the central bank said.", "declined"),
    # a sum of what was granted, told by how it grew
    ("Total credit granted by the Norwegian savings banks rose to 50 billion crowns last year.", "granted"),
    # what a way is sought for
    ('"Seoul is hunting for ways to ease friction with Washington over steel, yet it is not backing down," a banker '
     'remarked.', "ease"),
    ("The Thai government wants to find a way to ease trade friction with Tokyo.", "ease"),
    # a thing that forces
    ("Higher tariffs would force Taiwan to buy more American wheat.", "force"),
    # a move to a post
    ("Mary Chen will return to Canada as chief executive of the group's Toronto unit.", "return"),
    # what one is warned against doing
    ("Washington has warned Baghdad against using the new rockets recently placed near the border.", "using"),
])
def test_no_act_is_coded_on_the_word(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, type_", [
    ("The rebels retreated into the hills after the army attacked their camp.", "retreated", "RETREAT"),
    ("Thousands of supporters rallied outside the parliament in Manila.", "rallied", "PROTEST"),
    ("Argentina was forced by its creditor banks to accept tougher terms.", "forced", "COERCE"),
    ("Washington has warned Baghdad against using the new rockets recently placed near the border.", "warned",
     "REQUEST"),
    ("Peru offered talks to Ecuador on the border.", "offered", "AGREE"),
])
def test_must_not_acts_beside_them_stay_coded(rules_only, code, text, word, type_):
    events, _ = code(text)
    assert [e.type for e in events if word in e.trigger] == [type_], [(e.type, e.trigger) for e in events]


def test_an_act_one_may_be_forced_to_stays_hypothetical(code):
    events, _ = code("Mexico may be forced to halt oil shipments to the United States.")
    assert [(e.trigger, e.status) for e in events] == [("halt", "hypothetical")]


@pytest.mark.parametrize("text, word", [
    ("Officials said the new certificates encourage more loan entries and heavier redemptions.", "encourage"),
])
def test_the_dictionary_names_no_act_on_the_word(typed, text, word):
    assert typed(text)[word][0] == "NONE"
