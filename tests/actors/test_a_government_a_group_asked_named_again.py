""""The government" a nation's named group asked, named again later without a state, is the same government (its
state's), not the state the lede names only as the goal of the request ("… to ban copra sales to Japan"); not where
the later mention's sentence names another state ("Japan's trade ministry said the government …")."""


def _last_government_country(found):
    ents = {e.id: e for e in found.entities}
    last = [m for m in found.mentions if m.text.lower() == "government"][-1]
    return ents[last.entity].country


def test_named_again_in_the_next_sentence(story):
    found = story("The Ceylon Spice Growers Association asked the government to ban exports of pepper to Japan. The "
                  "government refused on Monday.")
    assert _last_government_country(found) == "LKA"


def test_named_again_after_another_sentence(story):
    found = story("The Kenyan Sisal Growers Federation urged the government to stop sisal sales to Britain. Prices "
                  "fell by a tenth last year. The government has not answered.")
    assert _last_government_country(found) == "KEN"


def test_not_where_the_later_sentence_names_another_state(story):
    found = story("The Ceylon Spice Growers Association asked the government to ban exports of pepper to Japan. "
                  "Japan's trade ministry said the government in Tokyo would protest.")
    assert _last_government_country(found) != "LKA"
