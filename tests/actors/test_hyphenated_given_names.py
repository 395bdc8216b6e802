"""A person's name whose given name joins two syllables with a hyphen ("Kim On-soo") is one name, though the tagger
may end it at the hyphen."""


def test_the_name_keeps_both_syllables(story):
    result = story("Trade Minister Kim On-soo received the visiting envoy in his office on Monday.")
    assert [e.name for e in result.entities if e.kind == "person"] == ["Kim On-soo"]

