"""Round 75 (dyads75): a minister or secretary named by a portfolio's title alone in a wire story's first sentence
is of the dateline's state, though the story names another state more ("BONN - Finance Minister X said he would
advise Brazil ..."); before, the state named most (Brazil) was his. A wire gives another state's minister a
demonym in its lede; later sentences, stories with no dateline, a body's officer and a title the dateline's state
does not give keep the old reading."""


def _country(found, name):
    return next(e for e in found.entities if e.name == name).country


_BRAZIL = (" Brazil had agreed in January to talk to its banks. After Brazil stopped its interest payments, the "
           "Brazilian finance minister sought help from Brazil's partners.")


def test_the_lede_s_minister_is_the_dateline_state_s(story):
    found = story("Finance Minister Gerhard Holtberg said he would advise Brazil to resume talks with its creditor "
                  "banks." + _BRAZIL, dateline="BONN")
    assert _country(found, "Gerhard Holtberg") == "DEU"


def test_a_minister_of_a_later_sentence_keeps_the_story_s_state(story):
    found = story("Brazil will ask its creditor banks for new loans this month." + _BRAZIL +
                  " Finance Minister Joao Bastos said the talks would start soon.", dateline="BONN")
    assert _country(found, "Joao Bastos") == "BRA"


def test_a_title_the_dateline_state_does_not_give(story):
    found = story("Economy Minister Carlos Ruiz said he would ask Brazil to join the talks." + _BRAZIL,
                  dateline="WASHINGTON")
    assert _country(found, "Carlos Ruiz") != "USA"


def test_with_no_dateline_the_story_s_state(story):
    found = story("Finance Minister Gerhard Holtberg said he would advise Brazil to resume talks with its creditor "
                  "banks." + _BRAZIL)
    assert _country(found, "Gerhard Holtberg") == "BRA"
