"""A state's name before a portfolio's word and a title that also names envoys ("an assistant U.S. trade
representative") names the state's own office: the holder is of that state. A state's name before the title alone
("a Chile representative") still says where the envoy is sent, not whose he is. Sentences written for these tests."""

import pytest


def actor_of(result, surface: str):
    names = {e.id: e for e in result.entities}
    return next(names[m.entity] for m in result.mentions if m.text == surface)


@pytest.mark.parametrize("text, surface, country", [
    ("Sugar talks stayed hard, officials said. Tom Verlaine, an assistant U.S. trade representative back from a week "
     "in Lima, said most growers now backed quotas.", "Tom Verlaine", "USA"),
    ("Sugar talks stayed hard, officials said. Tom Verlaine, a deputy U.S. trade representative, said most growers "
     "now backed quotas.", "Tom Verlaine", "USA"),
    ("Rice talks went on into the night. Jan Roe, a Japan trade representative, told reporters the offer was "
     "fair.", "Jan Roe", "JPN"),
])
def test_a_state_s_trade_representative_is_its_own(story, text, surface, country):
    assert actor_of(story(text), surface).country == country


def test_a_representative_named_after_a_state_alone_is_sent_there(story):
    result = story("Rice talks went on into the night. Jan Roe, a Chile representative, told reporters the offer was "
                   "fair.")
    assert actor_of(result, "Jan Roe").country is None
