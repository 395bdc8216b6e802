"""A noun a period's wire text wrote alone for one body ("the Community" for the EC until 1993: `period_heads`),
where the story names that body elsewhere."""

EC = "org:european-community"


def test_community_and_community_ministers_are_the_ec(story):
    result = story("EC agriculture ministers gathered on Monday. Community ministers agreed to press Japan on rice. "
                   "The Community accused Japan of dumping steel.")
    assert {ev.source[0] for ev in result.events if ev.type in ("AGREE", "ACCUSE")} == {EC}
    assert not [e for e in result.entities if e.id.startswith("unk:") and "community" in e.id]


def test_the_noun_alone_in_a_story_that_does_not_name_the_body_is_not_it(story):
    result = story("Community leaders in the suburb protested against the new road on Tuesday.")
    assert EC not in {e.id for e in result.entities}


def test_the_noun_after_the_period_is_not_the_body(story):
    result = story("EC officials met on Monday. Community ministers said they would reply.", published="2005-03-04")
    assert [m.text for m in result.mentions if m.entity == EC] == ["EC"]


def test_a_longer_name_with_the_noun_stays_that_name(story):
    result = story("The EC and the Caribbean Community signed a trade accord on Friday.")
    assert "org:caribbean-community" in {e.id for e in result.entities}


COMMISSION = "org:european-commission"


def test_the_commission_in_a_story_naming_the_european_commission_is_it(story):
    result = story("The European Commission has put off a ruling on a request from the British government to sell "
                   "stored barley, Commission sources said. The Commission wants to watch prices first.",
                   dateline="LONDON")
    assert {m.entity for m in result.mentions if m.text == "Commission"} == {COMMISSION}


def test_the_commission_beside_another_commission_is_not_the_body(story):
    result = story("The Monopolies and Mergers Commission will look at the bid, and the EC Commission said it had no "
                   "view. The Commission asked both firms for papers.", dateline="LONDON")
    assert COMMISSION not in {m.entity for m in result.mentions if m.text == "Commission"}
