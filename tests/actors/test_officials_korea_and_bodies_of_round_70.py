"""Round 70 (dyads70): sides of no country on Reuters stories 5,001-6,000.

- An official named by a state's title alone whose only companions in the sentence are known people of the dateline's
  state takes that state where it gives the title: the one person joined to them by "and" ("Commerce Secretary X and
  Defence Secretary Weinberger", in a story that also names France and Japan), or any such person in a story that
  names no other state ("Energy Secretary X will send his plan to President Reagan"). Before, such a person
  counted as a counterpart and the official had no country.
- "Korea" alone is South Korea where the story names nothing of the North.
- The sugar pact's council and the Latin American states' economic body are international bodies.
"""


def _entity(found, name):
    return next(e for e in found.entities if e.name == name)


def test_an_official_joined_to_a_colleague_of_the_dateline_s_state(story, country_of):
    found = story("Aides said Commerce Secretary Tom Hollis and Defence Secretary Caspar Weinberger opposed the sale "
                  "of Acme by French-owned Lumiere Ltd to Japan's biggest chip maker.", dateline="NEW YORK")
    assert country_of(found, "Tom Hollis") == "USA"


def test_an_official_beside_the_president_in_a_story_of_one_state(story, country_of):
    found = story("Energy Secretary Tom Hollis will send his proposals to President Reagan next week.",
                  dateline="WASHINGTON")
    assert country_of(found, "Tom Hollis") == "USA"


def test_a_minister_beside_an_american_stays_a_counterpart(story, country_of):
    # the United States gives no "minister": the one named beside its secretary of state is another state's
    found = story("Foreign Minister Tom Hollis and Secretary of State George Shultz put their names to the accord "
                  "on Tuesday. Japan welcomed it.", dateline="WASHINGTON")
    assert country_of(found, "Tom Hollis") == "JPN"


def test_an_official_beside_another_state_s_leader_takes_no_dateline_state(story, country_of):
    found = story("Trade Secretary Tom Hollis met Chancellor Helmut Kohl in Bonn on Tuesday.", dateline="WASHINGTON")
    assert country_of(found, "Tom Hollis") != "USA"


def test_korea_alone_is_the_south(story):
    found = story("Washington has pressed Taiwan and Korea to let their currencies rise against the dollar, "
                  "officials said.", dateline="NEW YORK")
    assert "KOR" in {e.country for e in found.entities}


def test_korea_in_a_story_of_the_north_stays_of_no_state(story):
    found = story("North Korea turned down the proposal. Korea will be discussed again next month, the agency said.",
                  dateline="PEKING")
    assert "KOR" not in {e.country for e in found.entities}


def test_bodies_of_many_states(story):
    found = story("Delegates of the International Sugar Organization met in London, and the Latin American Economic "
                  "System urged lenders to cut rates.", dateline="LONDON")
    assert _entity(found, "International Sugar Organization").kind == "igo"
    assert _entity(found, "Latin American Economic System").kind == "igo"
