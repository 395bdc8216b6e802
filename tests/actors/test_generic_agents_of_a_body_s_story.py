"""In a story an international body leads (named at least twice, and more than twice as often as any state), generic
agents no word describes take no state from the story: a late mention of one outside state twice does not make the
body's farmers or officials that state's. Where a state is named about as often as the body, it still gives them.
Sentences written for these tests."""


def _agents(found, text):
    """The countries of the generic agents mentioned by that text."""
    named = {m.entity for m in found.mentions if m.text.lower() == text}
    return {e.country for e in found.entities if e.id in named}


_BODY_STORY = ("European Community dairy ministers argued on Monday over a plan of the EC Commission to cut milk "
               "quotas. Farmers would lose a fifth of their income, said the ministers of the EC. The EC spends a "
               "third of its budget on milk, and the EC has to cut that share. The plan also worries Canada, and "
               "Canadian dairies sell in the same markets.")


def test_the_body_s_story_gives_its_farmers_no_state(story):
    found = story(_BODY_STORY, dateline="BRUSSELS")
    assert _agents(found, "farmers") == {None}


def test_a_state_named_as_often_as_the_body_still_gives_them(story):
    found = story("Canada plans to cut milk quotas on Monday, Canadian officials said. Farmers would lose a fifth "
                  "of their income. Ottawa told the EC of the plan, and the EC will study it.", dateline="OTTAWA")
    assert _agents(found, "farmers") == {"CAN"}


def test_a_story_naming_only_its_dateline_s_state_keeps_it(story):
    found = story("The World Bank will lend more to farms, the World Bank said, and the World Bank will send a "
                  "team. The government will ask for a larger loan, Ugandan officials said.", dateline="KAMPALA")
    assert _agents(found, "government") == {"UGA"}


# A story datelined where international bodies meet, that names a body and never its host state: the delegates there
# are of no state, however often the story names the states they deal with.
_SEAT_STORY = ("Trade ministers of the European Community met on Tuesday and warned Canada over its lumber duties. Ministers "
               "also urged Ottawa and Lima to open their markets, and Canada and Peru said they would reply. Canadian "
               "and Peruvian envoys left the talks early.")


def test_ministers_at_a_meeting_seat_are_no_host_state_s(story):
    found = story(_SEAT_STORY, dateline="GENEVA")
    assert _agents(found, "ministers") == {None}
    assert "CHE" not in {e.country for e in found.entities}


def test_a_seat_story_that_names_its_host_keeps_the_host(story):
    found = story("Swiss officials said on Tuesday that the Community would talk with Switzerland on transit, and "
                  "ministers of Switzerland will meet again in May. Officials expect a deal.", dateline="GENEVA")
    assert "CHE" in _agents(found, "officials")
