"""A committee named by its legislature's chamber ("the House Appropriations Committee", "a House Banking
Subcommittee"): that legislature, of the story's state where its legislature has such a chamber, else of the state a
wire means by it (lexicon `chamber_committees`; actors/resolve.py, `_chamber_committee`)."""


def test_a_house_committee_of_a_story_about_japan_is_the_us_congress(story, by_name):
    result = story("The House Budget Committee urged Japan to open its rice market to foreign growers. Tokyo said "
                   "Japan would study the request.", dateline="WASHINGTON")
    names = by_name(result)
    assert names["United States Congress"].country == "USA"
    assert not any(e.name.startswith("House") for e in result.entities)


def test_a_house_committee_of_a_philippine_story_is_the_philippine_legislature(story):
    result = story("The House Appropriations Committee cut the defence budget the Philippine government had sought, "
                   "a Manila daily said. The Philippines will ask Japan for new loans.", dateline="MANILA")
    legislatures = [e for e in result.entities if e.id.endswith(":LEG") or e.id == "usa:united-states-congress"]
    assert [e.country for e in legislatures] == ["PHL"]


def test_must_not_read_a_chamber_named_in_full_or_a_firm(story):
    result = story("The House of Commons Trade Committee questioned the minister. House Industries Committee Inc "
                   "bought a plant in Ohio.", dateline="LONDON")
    assert not any(e.id == "usa:united-states-congress" or e.id.endswith(":LEG") and e.country == "USA"
                   for e in result.entities)


def test_a_house_committee_of_a_tokyo_story_is_the_diet(story):
    result = story("The House Budget Committee of the Diet will debate the sales tax next week, Japanese officials "
                   "said. Prime Minister Nakasone asked the opposition to return.", dateline="TOKYO")
    assert "usa:united-states-congress" not in {e.id for e in result.entities}


def test_a_house_of_representatives_committee(story, by_name):
    result = story("The House of Representatives Appropriations Committee cut aid to Pakistan by 20 pct.",
                   dateline="WASHINGTON")
    assert by_name(result)["United States Congress"].country == "USA"
