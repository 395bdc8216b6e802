"""An attack of words is criticism (accuse.yaml, CAMEO 111), not a blow: an attack made, led or launched while
naming or blaming its target (patterns' `participle`: "calling them fools", "branding it a farce") or launched on a
law, a proceeding or a policy. An attack that kills, one told with "saying", one on a base or a building stays an
assault (190). A call made to congratulate, thank or assure someone, or to voice support, is coded for what it was
made for (support.yaml, CAMEO 051), as the PLOVER manual codes a consultation made to complain for its content; a
call with no such purpose stays a call (041). A visit or talks welcomed, or one welcomed to mediate, are approved of
(051), as is an attempt welcomed (round 37); a guest welcomed is hosted (043). An exercise two parties hold together,
or one holds with another, is military cooperation (cooperate.yaml, patterns' `joint`, CAMEO 062); one party's
exercise stays a mobilisation (154). Criticism or a rebuke offered is criticism (accuse.yaml, 111, round 37); an offer
of a loan or of an act stays an offer (030)."""

import pytest

from dossier.events.matching import participles


@pytest.mark.parametrize("text, word", [
    ("The former premier launched a fierce attack on the intelligence chiefs, calling them fools.", "attack"),
    ("The opposition leader mounted an attack on the committee, branding it a farce.", "attack"),
    ("The senator led the attack on the new tax law on Tuesday.", "attack"),
    ("The governor's party launched an attack on the impeachment proceedings.", "attack"),
    ("The governor attacked the senator, accusing him of lying about the budget.", "attacked"),
    ("The mayor attacked the council, describing its members as cowards.", "attacked"),
])
def test_an_attack_of_words_is_criticism(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "111"), text


@pytest.mark.parametrize("text, word", [
    ("Rebels launched an attack on the army base, killing ten soldiers.", "attack"),
    ("Rebels launched an attack on the town, saying it sheltered government troops.", "attack"),
    ("Militants launched an attack on the parliament building in the capital.", "attack"),
    ("The army launched an attack on the rebel stronghold, calling in air support.", "attack"),
    ("The army launched an attack on the border post, calling for reinforcements.", "attack"),
    ("Troops attacked the village, killing twelve people.", "attacked"),
])
def test_an_attack_that_strikes_stays_an_assault(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "190"), text


def test_participles_read_with_an_object_not_with_a_particle_or_a_preposition(nlp):
    doc = nlp("The army launched an attack on the post, calling the village a rebel base.")
    assert "call" in participles(doc[4])
    for text in ("The army launched an attack on the post, calling in air support.",
                 "The army launched an attack on the post, calling for reinforcements."):
        assert "call" not in participles(nlp(text)[4]), text


@pytest.mark.parametrize("text, word", [
    ("The Japanese prime minister phoned the new Italian premier Mario Rossi on Monday to congratulate him.", "phoned"),
    ("President Obama called German Chancellor Angela Merkel to express his support for Germany.", "called"),
    ("The Ruritanian president telephoned his Fredonian counterpart John Smith to assure him of Ruritania's "
     "backing.", "telephoned"),
])
def test_a_call_made_to_praise_or_back_is_support(typed, text, word):
    assert typed(text)[word] == ("SUPPORT", "051"), text


@pytest.mark.parametrize("text, word, code", [
    ("President Obama called German Chancellor Angela Merkel to discuss the crisis in Ukraine.", "called",
     ("CONSULT", "041")),
    ("President Obama called German Chancellor Angela Merkel on Friday.", "called", ("CONSULT", "041")),
    ("The French foreign minister called on Iran to release the prisoners.", "called", ("REQUEST", "020")),
])
def test_a_call_for_no_such_purpose_stays_what_it_was(typed, text, word, code):
    assert typed(text)[word] == code, text


@pytest.mark.parametrize("text", [
    "Both Fredonia and the Ruritanian government have welcomed the inspectors' visit.",
    "Japan welcomed the talks between the two Koreas.",
    "A professor in Ruritania welcomed the agency's attempt to square the emissions goal with its plans.",
    "The minister welcomed Fredonia's attempts at reform.",
    "The Foreign Office of Ruritania on Monday welcomed US President Barack Obama to mediate between the two states.",
])
def test_a_visit_or_a_mediation_welcomed_is_approved_of(typed, text):
    assert typed(text)["welcomed"] == ("SUPPORT", "051"), text


def test_a_guest_welcomed_is_hosted(typed):
    text = "The Chinese president welcomed the visiting French President Emmanuel Macron to Beijing."
    assert typed(text)["welcomed"] == ("CONSULT", "043"), text


@pytest.mark.parametrize("text, word", [
    ("The war game was staged by Ruritanian marines and Fredonian armed forces.", "game"),
    ("Ruritania and its allies launched war games near the strait.", "games"),
    ("Ruritania held naval drills with the Fredonian navy in the gulf.", "drills"),
])
def test_an_exercise_parties_hold_together_is_military_cooperation(typed, text, word):
    assert typed(text)[word] == ("COOPERATE", "062"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania held military exercises near the Fredonian border.", "exercises"),
    ("The army held drills with live ammunition near the border.", "drills"),
])
def test_one_partys_exercise_stays_a_show_of_force(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154"), text


@pytest.mark.parametrize("text", [
    "The visiting delegation offered scathing criticism of the Ruritanian government's handling of the crisis.",
    "The minister offered a sharp rebuke to Fredonia over the border incident.",
])
def test_criticism_offered_is_criticism(typed, text):
    assert typed(text)["offered"] == ("ACCUSE", "111"), text


@pytest.mark.parametrize("text", [
    "Ruritania offered Fredonia a loan of 50 million dollars.",
    "Ruritania offered to send troops to the border.",
])
def test_an_offer_of_goods_or_acts_stays_an_offer(typed, text):
    assert typed(text)["offered"] == ("AGREE", "030"), text
