"""Round 76 (dyads76): in a story of 1987, "Georgia" that no other word of the story ties to the Soviet Union (no
"Soviet", "Moscow", "Georgian", no Soviet dateline) is the US state: its regulators are American officials and a firm
named with it is American; before, every one was given the Soviet Union (the country Georgia was part of then)."""


def _named(found):
    return {e.name: e for e in found.entities}


def test_georgia_regulators_of_a_us_wire_are_american(story):
    found = story("Peachtree Electric Co said its costs at the new reactor were fair and it would ask Georgia "
                  "regulators to allow a rate rise of nine pct.", dateline="ATLANTA", published="1987-05-12")
    assert all(e.country != "SUN" for e in found.entities)
    assert any(e.id.startswith("agent:USA:") for e in found.entities)


def test_a_firm_named_with_georgia_is_american_without_a_dateline(story):
    found = story("Georgia Textile Corp said it would close two mills and cut 400 jobs after a weak quarter.",
                  published="1987-05-12")
    assert _named(found)["Georgia Textile Corp"].country == "USA"


def test_georgia_of_a_moscow_story_stays_soviet(story):
    found = story("Farm officials said the tea harvest in Georgia fell short of the plan this year.",
                  dateline="MOSCOW", published="1987-05-12")
    assert all(e.country != "USA" for e in found.entities)
    assert any(e.country == "SUN" for e in found.entities)


def test_georgia_beside_a_soviet_word_stays_soviet(story):
    found = story("Soviet newspapers said the tea harvest in Georgia fell short of the plan this year.",
                  published="1987-05-12")
    assert all(e.country != "USA" for e in found.entities)


def test_georgia_of_today_is_the_country(story):
    found = story("Georgia said it would hold talks with Armenia on a new road link.", published="2024-05-12")
    assert _named(found)["Georgia"].country == "GEO"
