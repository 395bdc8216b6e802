"""Round 76 (dyads76): the plural "Communists" and the adjective "Christian Democrat" name the party of the state the
story tells (Communists opposing a plan in a Paris story: the French Communist Party; "the Christian Democrat
leadership" in a Rome story: Christian Democracy); before, "Communists" was a name of
no country and "Democrat" a fragment of none. Shared by several states' parties, they stay of none where the story
names none of those states."""


def _named(found):
    return {e.name: e for e in found.entities}


def test_communists_of_a_paris_story_are_the_french_party(story):
    found = story("In the French assembly today, Communists joined Gaullist rebels in opposing the premier's plan to "
                  "cut farm budgets.", dateline="PARIS")
    names = _named(found)
    assert "Communists" not in names
    assert names["French Communist Party"].country == "FRA"


def test_the_christian_democrat_leadership_of_a_rome_story_is_italian(story):
    found = story("The Christian Democrat leadership said late tonight it would leave Italy's coalition cabinet.",
                  dateline="ROME")
    names = _named(found)
    assert "Democrat" not in names
    assert names["Christian Democracy"].country == "ITA"


def test_christian_democrat_of_a_bonn_story_is_the_german_party(story):
    found = story("A Christian Democrat deputy said West Germany would back the tax plan.", dateline="BONN")
    assert _named(found)["Christian Democratic Union"].country == "DEU"


def test_communists_of_a_story_of_neither_state_stay_of_none(story):
    found = story("Communists and rebels fought army troops near the border of Thailand for three days.",
                  dateline="BANGKOK")
    assert all(e.country not in ("FRA", "ITA") for e in found.entities)
