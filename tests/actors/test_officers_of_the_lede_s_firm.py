"""A firm's officer named by a firm's title alone ("chairman X") in a story whose first sentence names a firm by its
legal form is that firm's officer, and takes its country where the firms the first sentence so names have one
between them; two firms of two states, or a firm of no known country, tell nothing, and the one-country wire story's
dateline speaks as before. Sentences written for these tests."""

LEDE = ("Pemberton Foods Ltd <PEMB.L> expects higher profits this year, chairman Alistair Brodie said. He said sales "
        "in France and the United States rose.")


def test_the_chairman_takes_the_country_of_the_lede_s_firm(story, country_of):
    assert country_of(story(LEDE), "Alistair Brodie") == "GBR"


def test_two_firms_of_two_states_in_the_lede_tell_nothing(story, country_of):
    text = LEDE.replace("this year,", "this year and will buy Gerland SA of France,")
    assert country_of(story(text), "Alistair Brodie") is None


def test_a_firm_of_no_known_country_tells_nothing(story, country_of):
    text = ("Harwell Mills Inc expects higher profits this year, chairman Thomas Grady said. Sales in Canada and "
            "Mexico rose.")
    assert country_of(story(text), "Thomas Grady") is None


def test_a_state_s_title_keeps_its_own_reading(story, country_of):
    text = ("Pemberton Foods Ltd <PEMB.L> will build a plant in Kenya, Industry Minister Daniel Mwangi said. Sales in "
            "France and the United States rose.")
    assert country_of(story(text), "Daniel Mwangi") != "GBR"
