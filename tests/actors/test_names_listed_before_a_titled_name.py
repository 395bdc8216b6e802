"""In a list of names "X, Y and Japanese Finance Minister Z", the parser may set Z beside X (an apposition); Z is the
list's last item, another person, and says nothing of whose X is: the demonym and title of Z's do not spread to the
earlier names (descriptions.py `_neighbours`)."""

import pytest

# Argentina named most; the dateline is LONDON
TEXT = ("Argentina is unhappy with the terms of its debt accord, Economy Minister Raul Benitez said. "
        "\"Creditors should be treated alike,\" central bank president Tomas Lerner said. "
        "Argentina owes British and U.S. banks about 30 billion dlrs, and its reserves have fallen. "
        "Argentina's creditors in Britain and the United States want talks. ")


@pytest.mark.parametrize("pair, name, country", [
    ("Benitez, Lerner and Japanese Finance Minister Kiichi Miyazawa met in Paris on Monday.", "Raul Benitez", "ARG"),
    ("Lerner, Benitez and Japanese Finance Minister Kiichi Miyazawa will meet French officials.", "Tomas Lerner",
     "ARG"),
])
def test_the_last_name_s_demonym_does_not_spread_to_the_first(story, country_of, pair, name, country):
    assert country_of(story(TEXT + pair, dateline="LONDON"), name) == country


@pytest.mark.parametrize("pair, name, country", [
    # the list's last item keeps its own demonym and title
    ("Benitez, Lerner and Japanese Finance Minister Kiichi Miyazawa met in Paris on Monday.", "Kiichi Miyazawa",
     "JPN"),
    # a noun set beside a name still describes it
    ("Lerner, a Japanese banker, and Benitez met in Paris on Monday.", "Tomas Lerner", "JPN"),
    # no list: a name alone keeps what it had (the dateline's state, for an official by title alone)
    ("Lerner met Japanese Finance Minister Kiichi Miyazawa in Paris on Monday.", "Tomas Lerner", "GBR"),
])
def test_own_words_still_describe(story, country_of, pair, name, country):
    assert country_of(story(TEXT + pair, dateline="LONDON"), name) == country
