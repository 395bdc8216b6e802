"""A state named only before the dollar's word ("U.S. dollars", "Hong Kong dollars") tells what money a figure is in,
not whom the story is about: it does not count among the story's countries, so the generic agents of a story of
another state take that state, not the currency's. A state named otherwise too, or before another currency (a story
of the Luxembourg franc market), still counts. Sentences written for these tests."""

from tests.actors.conftest import mention_countries


def test_dollar_figures_do_not_make_a_story_american(story):
    found = story("Thailand's rice exports rose to 1.2 billion U.S. dollars last year. Thailand's reserves stood at "
                  "3.4 billion U.S. dollars in May. The police arrested ten rice traders for fraud.")
    assert mention_countries(found, "police") == {"THA"}


def test_dollar_figures_in_a_dated_story_leave_it_to_its_state(story):
    found = story("Taiwan's trade surplus with Europe widened to 2.1 billion U.S. Dlrs in June from 1.7 billion U.S. "
                  "Dlrs a year ago. The government said it would ask Europe to buy more machinery.",
                  dateline="TAIPEI")
    assert mention_countries(found, "government") == {"TWN"}


def test_other_currencies_too(story):
    found = story("Indonesia's oil revenue fell to 900 mln Hong Kong dollars. Hong Kong dollars were also used by "
                  "Indonesia's traders. The police closed the port of Surabaya.")
    assert mention_countries(found, "police") == {"IDN"}


def test_a_state_named_otherwise_too_still_counts(story):
    found = story("Taiwan's exports rose. Taiwan said the Taiwan dollar would rise against the U.S. dollar, and the "
                  "police would watch the currency dealers.", dateline="TAIPEI")
    assert mention_countries(found, "police") == {"TWN"}


def test_another_currency_s_state_still_counts(story):
    found = story("Luxembourg franc issues slowed. Luxembourg franc bonds were placed with Swedish buyers, and Luxembourg "
                  "franc rates rose. The police arrested two currency dealers.")
    assert mention_countries(found, "police") == {"LUX"}
