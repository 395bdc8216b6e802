"""Where no country stands out twice as often as any other, the story's dateline's country breaks the tie when it is
one of those the story names most, at least twice (StoryCountries._leading_country): the officer of a body the story
names by its common noun ("X, vice-chairman of the council for economic planning") is of that country. Must-nots:
no dateline gives none; a dateline whose country the story names less often than another, or a country named only
once, gives none. Sentences written for these tests."""

OFFICER = "Lin Wei-ping, vice-chairman of the council for economic planning,"


def test_the_dateline_breaks_a_tie(story, country_of):
    # datelined TAIPEI, the United States named first and as often as Taiwan: the council is Taiwan's
    text = (f"The United States wants Taiwan to cut its tariffs faster. {OFFICER} said Taiwan would cut tariffs on 900 "
            "products. The United States called that too little.")
    assert country_of(story(text, dateline="TAIPEI"), "Lin Wei-ping") == "TWN"


def test_the_dateline_s_country_named_most_but_not_twice_as_often(story, country_of):
    text = (f"Taiwan will cut tariffs again to narrow its surplus with the United States. {OFFICER} said Taiwan would "
            "cut tariffs on 900 products. The United States called that too little.")
    assert country_of(story(text, dateline="TAIPEI"), "Lin Wei-ping") == "TWN"


def test_no_dateline_leaves_a_tie_open(story, country_of):
    text = (f"The United States wants Taiwan to cut its tariffs faster. {OFFICER} said Taiwan would cut tariffs on 900 "
            "products. The United States called that too little.")
    assert country_of(story(text), "Lin Wei-ping") is None


def test_a_dateline_named_less_often_gives_none(story, country_of):
    # datelined LONDON, Britain named once, Brazil and Colombia twice each: whose council is not told
    text = ("Brazil and Colombia disagreed on coffee quotas at talks in London. Pedro Alvarez, vice-chairman of the "
            "council, said Brazil and Colombia would meet again in April.")
    assert country_of(story(text, dateline="LONDON"), "Pedro Alvarez") is None


def test_countries_named_once_give_none(story, country_of):
    text = ("Coffee producers met this week. Pedro Alvarez, vice-chairman of the council, said Brazil and Colombia "
            "disagreed on quotas.")
    assert country_of(story(text, dateline="LONDON"), "Pedro Alvarez") is None
