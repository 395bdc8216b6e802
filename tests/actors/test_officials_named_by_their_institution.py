"""A state's officials named by the common noun of their institution ("a government official", "ministry officials"):
the generic officials' agent of the country the story is about, as "officials" alone is (data/agents.yaml). Not an
embassy's official, who serves abroad, and not the officials of a ministry named by its name ("Finance Ministry
officials": the ministry's). Sentences written for these tests."""


def sides(result):
    names = {e.id: e for e in result.entities}
    return [([(names[i].name, names[i].country) for i in e.source], [(names[i].name, names[i].country) for i in e.target])
            for e in result.events]


def agent_of(result, word: str) -> list[tuple[str, str | None]]:
    names = {e.id: e for e in result.entities}
    return [(m.entity, names[m.entity].country) for m in result.mentions if m.text.endswith(word)
            and m.entity.startswith("agent:")]


def test_ministry_officials_meeting_visitors_are_the_story_s_state(story):
    result = story("Tokyo will open its bond market to foreign banks next year, the finance ministry said. A group "
                   "of American bankers is due to hold talks with ministry officials in April.", dateline="TOKYO")
    assert ("agent:JPN:GOV", "JPN") in agent_of(result, "ministry officials")
    assert any(("Japanese officials", "JPN") in target for _, target in sides(result))


def test_a_government_official_speaks_for_the_dateline_s_state(story):
    result = story("Ruritania's sales of tin from its stockpile will slow this year, a government official said.",
                   dateline="WASHINGTON")
    assert agent_of(result, "government official") == [("agent:USA:GOV", "USA")]


def test_an_embassy_official_is_no_official_of_the_host_state(story):
    result = story("Egyptian and Canadian negotiators ended their talks on wheat sales. An embassy official declined "
                   "to say when they would resume.", dateline="CAIRO")
    assert not any(country == "EGY" for _, country in agent_of(result, "embassy official"))


def test_officials_of_a_named_ministry_are_the_ministry_s(story):
    result = story("Finance Ministry officials in Tokyo said the yen's rise would slow exports.", dateline="TOKYO")
    assert agent_of(result, "Ministry officials") == []
