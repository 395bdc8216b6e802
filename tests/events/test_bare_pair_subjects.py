""""The two" alone as a subject ("the two met", "the two discussed"): the two parties named just before
(pairs.bare_pair), and not where "two" counts a noun told before or where more than two were named."""

from tests.events.conftest import names

LEDE = "Japanese Prime Minister Fumio Kishida telephoned Indian Prime Minister Narendra Modi on Monday. "


def _between(events, actors, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), names(found[0].target, actors)


def test_the_two_discussing_are_the_two_leaders_named_before(code):
    events, actors = code(LEDE + "The two discussed the security situation in the region and ways to expand "
                                 "trade, officials said.")
    assert _between(events, actors, "discussed") == ({"Fumio Kishida"}, {"Narendra Modi"})


def test_the_two_agreeing_are_one_side_each(code):
    events, actors = code(LEDE + "The two agreed to hold a summit in New Delhi later this year.")
    assert _between(events, actors, "agreed") == ({"Fumio Kishida"}, {"Narendra Modi"})


def test_the_two_states_named_before(code):
    events, actors = code("Kenya and Tanzania signed a border accord on Friday. "
                          "The two also pledged to cooperate on fishing rights.")
    source, target = _between(events, actors, "pledged")
    assert source | target == {"Kenya", "Tanzania"} and source != target


def test_not_the_pair_of_a_counted_noun(code):
    events, actors = code("Gunmen seized two Italian aid workers in northern Mali on Sunday. "
                          "The two were later released by the kidnappers.")
    assert not any({"Italy", "Mali"} <= names(e.source + e.target, actors) for e in events
                   if e.trigger != "seized")


def test_not_where_three_were_named(code):
    events, actors = code("President Lula spoke with Argentine leader Javier Milei, and with Chilean President "
                          "Gabriel Boric. The two met later.")
    assert not [e for e in events if e.trigger == "met"]


def test_the_two_with_a_noun_is_left_to_the_pair_nouns(code):
    events, actors = code(LEDE + "The two leaders are expected to meet again in September.")
    met = [e for e in events if e.trigger == "meet"]
    assert len(met) == 1 and names(met[0].source + met[0].target, actors) == {"Fumio Kishida", "Narendra Modi"}


def test_the_two_discussing_a_state_s_affair_are_still_the_two_sides(code):
    events, actors = code("Chinese Premier Li Qiang told visiting Australian Prime Minister Anthony Albanese that "
                          "ties had improved. The two discussed Canberra's trade dispute with Beijing and regional "
                          "security.")
    source, target = _between(events, actors, "discussed")
    assert source | target == {"Li Qiang", "Anthony Albanese"} and source != target
