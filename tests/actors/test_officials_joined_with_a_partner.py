"""An official introduced by a title alone who, in a later mention, is joined with a person of one state ("X and
Y") as the subject of a verb that names a third actor ("are meeting the British minister", "will visit France") is
of that person's state, where it is the state the story names most: one delegation acting on another party, before
the story's dateline."""

import pytest

# Argentina named three times, Britain and the United States twice: none stands out twice as often, so an official by
# title alone is of the dateline's state (LONDON) unless the text says otherwise
TEXT = ("Argentina is unhappy with the terms of its debt accord, Economy Minister Raul Benitez said. "
        "\"Creditors should be treated alike,\" central bank president Tomas Lerner said. "
        "Argentina owes British and U.S. banks about 30 billion dlrs, and its reserves have fallen. "
        "Argentina's creditors in Britain and the United States want talks. ")


def lerner(story, country_of, pair):
    return country_of(story(TEXT + pair, dateline="LONDON"), "Tomas Lerner")


@pytest.mark.parametrize("pair", [
    "Benitez and Lerner are today meeting Chancellor of the Exchequer Paul Weston.",
    "Benitez and Lerner will visit France and Italy next week.",
])
def test_a_partner_acting_on_a_third_gives_the_country(story, country_of, pair):
    assert lerner(story, country_of, pair) == "ARG"


@pytest.mark.parametrize("pair", [
    # "X and Y met": two counterparts as well as two colleagues
    "Benitez and Lerner met for two hours on Tuesday.",
    # the partner's state is not the one the story names most: two states' officials may go together
    "Lerner and Treasury Secretary James Baker will meet French officials.",
    "Lerner and Japanese Finance Minister Kiichi Miyazawa will meet French officials.",
    # no pair: the official named alone
    "Lerner will meet French officials next week.",
])
def test_no_partner_s_country_without_a_delegation_of_the_leading_state(story, country_of, pair):
    assert lerner(story, country_of, pair) == "GBR"


def test_the_state_of_those_the_pair_meets_is_no_rival_for_the_pair_s(story, country_of):
    # Britain named more often than Argentina, but through the ministers the two meet and their banks: the
    # other party, not a second state the two may be of
    text = ("Argentina is unhappy with the terms of its debt accord, Economy Minister Raul Benitez said. "
            "\"Creditors should be treated alike,\" central bank president Tomas Lerner said. "
            "Benitez and Lerner are seeing Foreign Secretary Geoffrey Howe and Chancellor Nigel Lawson today. "
            "British banks are owed some four billion dlrs, and British bankers want talks.")
    assert country_of(story(text, dateline="LONDON"), "Tomas Lerner") == "ARG"
