"""Acts whose type the PLOVER manual decides where the dictionaries coded another or none (pattern entries, must-nots
included):

- a foreign envoy summoned or called in is told a grievance, ACCUSE 111 (accuse.yaml; the manual's CONSULT and ACCUSE
  sections), one's own envoy summoned home or back recalled, SANCTION 161 (sanction.yaml);
- a ceasefire declared, announced or called is CAMEO's 0871, RETREAT (retreat.yaml; PLV's YIELD);
- cultural property returned to its state is property returned, RETREAT 0842 (retreat.yaml);
- going or coming out on strike is a strike, PROTEST 143 (hunger strike 142) (protest.yaml);
- a deal or its text agreed is concluded as one signed, AGREE/sign 057, which the codebook view reads as SUPPORT
  (agree.yaml);
- criticism faced from someone is their criticism of the subject, ACCUSE 111 (accuse.yaml, undergone), and calling
  someone a fool is an insult (the naming entry's words of blame);
- a siege laid to a town is a blockade, ASSAULT 191 (assault.yaml).
"""

import pytest

from dossier.events import codebook


@pytest.mark.parametrize("text, word", [
    ("Norway summoned the Iranian ambassador on Monday over the arrest of two aid workers.", "summoned"),
    ("The ministry in Rome summoned a senior Egyptian diplomat to complain about the raid.", "summoned"),
    ("Britain called in the Iranian ambassador on Monday.", "called"),
    ("The Foreign Office called in the Russian envoy to protest at the expulsions.", "called"),
])
def test_a_foreign_envoy_summoned_is_told_a_grievance(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "111"), text


@pytest.mark.parametrize("text", [
    "The coach summoned the courage to speak to reporters.",
    "The mayor summoned reporters to his office.",
    "The police called in the army to restore order.",
])
def test_other_things_summoned_are_no_protest(typed, text):
    assert all(t != "ACCUSE" for t, _ in typed(text).values()), text


@pytest.mark.parametrize("text", [
    "Mexico summoned its ambassador back from Caracas.",
    "Peru summoned its envoy in Santiago for consultations on the dispute.",
])
def test_ones_own_envoy_summoned_back_is_recalled(typed, text):
    assert typed(text)["summoned"] == ("SANCTION", "161"), text


def test_an_envoy_called_with_an_in_phrase_is_no_summons(typed):
    assert typed("Peru called its envoy in Santiago for talks on the dispute.").get("called", ("NONE", ""))[0] \
        != "ACCUSE"


def test_the_summoned_envoys_state_is_the_target(code, rules_only):
    events, actors = code("Norway summoned the Iranian ambassador on Monday over the arrest of two aid workers.")
    protest = [e for e in events if e.trigger == "summoned"]
    assert protest and protest[0].type == "ACCUSE"
    assert "Norway" in {actors[i].name for i in protest[0].source if i in actors}
    assert protest[0].target and all("IRN" in i or (i in actors and actors[i].country == "IRN")
                                      for i in protest[0].target)


@pytest.mark.parametrize("text, word", [
    ("The rebel movement declared a two-week truce on Friday.", "declared"),
    ("The army announced a unilateral ceasefire in the northern province.", "announced"),
    ("The president proclaimed a cessation of hostilities along the border.", "proclaimed"),
])
def test_a_ceasefire_declared_is_a_ceasefire(typed, text, word):
    assert typed(text)[word] == ("RETREAT", "0871"), text


@pytest.mark.parametrize("text, word", [
    ("The opposition called for a ceasefire in the region.", "called"),
    ("Parliament declared a state of emergency after the floods.", "declared"),
    ("Bolivia declared war on its neighbour in the story.", "declared"),
])
def test_other_things_declared_are_no_ceasefire(typed, text, word):
    assert typed(text).get(word, ("NONE", ""))[1] != "0871", text


@pytest.mark.parametrize("text, word", [
    ("Italian police returned the stolen statues to the government of Cambodia.", "returned"),
    ("The museum repatriated ancient bronzes to Nigeria in a ceremony in Lagos.", "repatriated"),
    ("Customs officers returned 300 smuggled antiquities to Egypt.", "returned"),
])
def test_cultural_property_returned_is_property_returned(typed, text, word):
    assert typed(text)[word] == ("RETREAT", "0842"), text


@pytest.mark.parametrize("text, word", [
    ("He returned the favour by praising the minister.", "returned"),
    ("The company returned two hundred million dollars to its shareholders.", "returned"),
    ("The delegation returned to Madrid on Sunday.", "returned"),
])
def test_other_things_returned_are_no_property_returned(typed, text, word):
    assert typed(text).get(word, ("NONE", "")) != ("RETREAT", "0842"), text


def test_the_state_property_is_returned_to_is_the_target(code, rules_only):
    events, actors = code("Italian police returned the stolen statues to the government of Cambodia.")
    returned = [e for e in events if e.trigger == "returned"]
    assert returned and returned[0].type == "RETREAT"
    assert "Cambodia" in {actors[i].name for i in returned[0].target if i in actors}


@pytest.mark.parametrize("text, word, code_", [
    ("Nurses in Lagos went on strike over unpaid wages.", "went", "143"),
    ("Dockers in Antwerp came out on strike on Monday.", "came", "143"),
    ("Dozens of detainees have gone on hunger strike at the camp.", "gone", "142"),
])
def test_going_on_strike_is_a_strike(typed, text, word, code_):
    assert typed(text)[word] == ("PROTEST", code_), text


@pytest.mark.parametrize("text, word", [
    ("The minister went on a visit to Ghana.", "went"),
    ("The talks went on for three days in Doha.", "went"),
])
def test_going_on_other_things_is_no_strike(typed, text, word):
    assert typed(text).get(word, ("NONE", ""))[0] != "PROTEST", text


@pytest.mark.parametrize("text", [
    "Japan and Australia agreed a new security pact on Tuesday.",
    "Kenya and Uganda agreed on the final text of the border accord.",
    "Canada agreed to a trade deal with Britain on Saturday.",
])
def test_a_deal_agreed_is_concluded(typed, text):
    assert typed(text)["agreed"] == ("AGREE", "057"), text


@pytest.mark.parametrize("text", [
    "The unions agreed to the plan.",
    "Chile and Peru agreed to negotiate a trade deal.",
    "Both sides agreed that a deal was needed.",
])
def test_other_things_agreed_are_no_deal_concluded(typed, text):
    assert typed(text).get("agreed", ("NONE", "")) != ("AGREE", "057"), text


def test_a_deal_agreed_is_support_in_the_codebook_view(code, rules_only):
    events, _ = code("Japan and Australia agreed a new security pact on Tuesday.")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and codebook.view(agreed[0], "codebook").type == "SUPPORT"


def test_criticism_faced_from_someone_is_their_criticism(code, rules_only):
    events, actors = code("The government of Iran now faces sharp criticism from the U.N. for jailing two "
                          "reporters.")
    faced = [e for e in events if e.trigger == "faces"]
    assert faced and faced[0].type == "ACCUSE" and faced[0].cameo == "111"
    assert faced[0].source == ["org:united-nations"]
    assert "Iran" in {actors[i].name for i in faced[0].target if i in actors}


def test_criticism_faced_from_nobody_named_is_no_event(code, rules_only):
    events, _ = code("The Kenyan minister faces criticism over the budget.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_calling_someone_a_fool_is_an_insult(typed):
    assert typed("The senator called the Danish prime minister a stupid woman.")["called"] == ("ACCUSE", "111")


def test_a_siege_laid_is_a_blockade(typed):
    assert typed("The army laid siege to the rebel town of Homs for a month.")["laid"] == ("ASSAULT", "191")
    assert "laid" not in typed("She laid the book on the table in Oslo.")
