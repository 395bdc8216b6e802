"""Where no country stands out twice as often as any other, the one a story names most often (two that tie taken in
the order the story first names them) is the home of an official it introduces by a title alone and of the officer
of a body it names by a common noun (StoryCountries._leading_country), after the dateline's country (a wire's
officials by title alone are of its dateline's state); the officer of such a body is now of the dateline's country
too where no country stands out (before, of none). Must-nots: the dateline's country first; no country named
twice gives none; a counterpart in the official's sentence still decides. Sentences written for these tests."""

TIE = ("Taiwan will cut tariffs again this year to narrow its surplus with the United States. Lin Wei-ping, "
       "{title}, said Taiwan would cut tariffs on 900 products. The United States has called the cuts too small.")

LED = ("British banks hold much of Brazil's debt. \"We need a new structure for the talks,\" central bank president "
       "Mario Teles said. Brazil will also ask Britain for help. Brazil owes banks 68 billion dlrs.")


def test_two_that_tie_the_first_named_is_the_body_s_country(story, country_of):
    found = story(TIE.format(title="vice-chairman of the council for economic planning"))
    assert country_of(found, "Lin Wei-ping") == "TWN"


def test_the_dateline_s_country_is_the_body_s_before_the_count(story, country_of):
    # datelined TAIPEI, the United States named first and as often: the council is Taiwan's
    text = ("The United States wants Taiwan to cut its tariffs faster. Lin Wei-ping, vice-chairman of the council for "
            "economic planning, said Taiwan would cut tariffs on 900 products. The United States called that too "
            "little.")
    assert country_of(story(text, dateline="TAIPEI"), "Lin Wei-ping") == "TWN"


def test_two_that_tie_the_first_named_is_the_official_s_country(story, country_of):
    found = story(TIE.format(title="the deputy economics minister"))
    assert country_of(found, "Lin Wei-ping") == "TWN"


def test_the_country_named_most_not_the_first_named(story, country_of):
    # no dateline: Brazil named three times, Britain twice and first; the central bank's president is Brazil's
    assert country_of(story(LED), "Mario Teles") == "BRA"


def test_the_dateline_s_country_comes_first(story, country_of):
    # datelined MANILA: the United States named more often (New York, U.S. banks), the secretary is Filipino
    text = ("Finance Secretary Juan Cruz said the proposal would avoid an impasse when talks reopen in New York. "
            "U.S. banks hold most of the debt, and the United States backs the plan. The Philippines owes 28 "
            "billion dlrs, and the Philippines wants more time.")
    assert country_of(story(text, dateline="MANILA"), "Juan Cruz") == "PHL"


def test_the_dateline_s_country_named_as_often_stays(story, country_of):
    # the two tie, the Soviet Union named first: the dateline's United States
    text = ("Agriculture Secretary Tom Hale met grain traders on Monday. The Soviet Union will buy more grain from the "
            "United States this year. The United States sold the Soviet Union four mln tonnes last year.")
    assert country_of(story(text, dateline="WASHINGTON"), "Tom Hale") == "USA"


def test_no_country_named_twice_gives_none(story, country_of):
    text = ("Coffee producers met in London this week. Pedro Alvarez, vice-chairman of the council, said Brazil and "
            "Colombia disagreed on quotas.")
    assert country_of(story(text), "Pedro Alvarez") is None


def test_a_counterpart_in_the_sentence_still_decides(story, country_of):
    # Japan named twice, the United States once with Shultz: the counterpart rule, not the count, gives Japan's
    text = ("Japan and the United States met on trade. Secretary of State George Shultz and Foreign Minister Ken "
            "Mori signed the accord. Japan will cut its surplus.")
    assert country_of(story(text), "Ken Mori") == "JPN"
