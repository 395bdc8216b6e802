"""A named group of a nation (its name holds its state's name or demonym; no state body) that acts on "the government"
addresses its own state's government, where the story gave the government no state or only that of its first
sentence named after the group, or that of a dateline whose state the story names nowhere ("SINGAPORE - The
Malaysian Rubber Dealers Association urged the government"): "The Ceylon Tea Traders Association urged the
government to cut the export duty on tea sold to Egypt" is Sri Lanka's government, not Egypt's. Not a foreign group
in a story that named its host state before ("Brazil's exports rose. The American Chamber of Commerce urged the
government": Brazil's), nor a state's embassy or ministry (another state's government is urged)."""

from tests.actors.conftest import mention_countries


def test_an_exporters_association_urges_its_government(story):
    found = story("The Ceylon Tea Traders Association urged the government to cut the export duty on tea sold to "
                  "Egypt.")
    assert mention_countries(found, "government") == {"LKA"}


def test_a_growers_federation_asks_its_government(story):
    found = story("The Kenyan Coffee Growers Federation asked the government on Tuesday to stop coffee sales to "
                  "Britain below cost.")
    assert mention_countries(found, "government") == {"KEN"}


def test_a_foreign_chamber_in_a_story_of_its_host(story):
    found = story("Chile's copper exports rose in May. The American Chamber of Commerce urged the government to "
                  "lower duties on machinery.")
    assert mention_countries(found, "government") == {"CHL"}


def test_an_embassy_urges_its_host_s_government(story):
    found = story("Peru's fishing fleet grew last year. The Japanese Embassy asked the government to let more trawlers "
                  "into Peruvian waters.")
    assert "JPN" not in mention_countries(found, "government")


def test_a_group_in_a_story_told_from_a_market_s_city(story):
    found = story("The Malaysian Rubber Dealers Association urged the government to cut the export duty on rubber, "
                  "dealers said.", dateline="SINGAPORE")
    assert mention_countries(found, "government") == {"MYS"}


def test_a_foreign_lobby_in_a_story_of_its_host_s_capital(story):
    found = story("The American Rice Council urged the government to open the rice market, a spokesman of Japan's "
                  "farm ministry said on Friday.", dateline="TOKYO")
    assert mention_countries(found, "government") == {"JPN"}
