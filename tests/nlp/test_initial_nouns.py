"""A sentence-initial common noun the tagger reads as a proper noun gets its common noun's lemma
(nlp/initial_nouns.py); names keep theirs. Sentences written for these tests."""

from dossier.nlp.loader import load


def _words(text: str) -> dict[str, tuple[str, str]]:
    nlp = load()
    with nlp.select_pipes(disable=["dossier_actors", "dossier_time", "dossier_events", "dossier_facts"]):
        doc = nlp(text)
    return {t.text: (t.pos_, t.lemma_) for t in doc}


def test_an_initial_common_noun_read_as_a_name_gets_the_lower_case_lemma():
    pos, lemma = _words("Deforestation would drive the herders of the valley to the coast, the study found.")[
        "Deforestation"]
    assert (pos, lemma) == ("PROPN", "deforestation")  # the tag stays the tagger's; only the lemma changes


def test_a_name_of_the_recogniser_keeps_its_lemma():
    assert _words("Chile will send a trade mission to Lima next week.")["Chile"][1] == "Chile"


def test_a_word_the_story_writes_as_a_name_elsewhere_keeps_its_lemma():
    words = _words("Deforestation said on Monday it would sue the firm. The group known as Deforestation "
                   "has members in Brazil.")
    assert words["Deforestation"][1] == "Deforestation"


def test_a_capitalised_word_after_it_makes_a_longer_name():
    lemma = _words("Deforestation Watch published its report on Monday.")["Deforestation"][1]
    assert lemma == "Deforestation"


def test_a_word_after_a_line_break_inside_a_name_is_not_initial():
    words = _words("The talks with the Asian Development\nBank ended on Friday, a delegate said.")
    assert words["Bank"][1] == "Bank"


def test_a_word_after_a_hyphen_inside_a_compound_is_not_initial():
    assert _words("Shipping in the Iran-Iraq war zone slowed last week.")["Iraq"][1] == "Iraq"


def test_a_word_after_an_opening_quote_or_a_colon_is_initial():
    quoted = _words('"Deforestation would drive the herders away," the minister of Peru said.')
    after_colon = _words("The study was blunt: Deforestation would drive the herders away.")
    assert quoted["Deforestation"] == after_colon["Deforestation"] == ("PROPN", "deforestation")


def test_a_surname_the_story_names_in_full_elsewhere_keeps_its_lemma():
    words = _words("Senator Walter Crane met the Peruvian envoy on Monday. Crane said the talks went well.")
    assert words["Crane"][1] == "Crane"


def test_a_common_noun_the_wire_capitalised_after_a_state_abbreviation_gets_the_lower_case_lemma():
    blockade = _words("Peru said the U.S. Blockade of its harbours would not last the winter.")["Blockade"]
    embargo = _words("The envoy of Chile deplored the U.K. Embargo on the sale of spare parts.")["Embargo"]
    assert blockade == ("NOUN", "blockade") and embargo == ("NOUN", "embargo")  # mid-sentence: a common noun


def test_a_sentence_initial_noun_keeps_the_tagger_s_proper_noun_tag():
    assert _words("Deforestation would drive the herders of the valley away.")["Deforestation"][0] == "PROPN"


def test_a_name_after_a_state_abbreviation_keeps_its_lemma():
    trade = _words("The U.S. Trade Representative flew to Seoul for two days of talks.")["Trade"]
    embassy = _words("The U.S. Embassy in Lima closed its doors on Monday.")["Embassy"]
    named = _words("U.S. Beacon cut its fares on Monday. Beacon said the cuts would hold all summer.")["Beacon"]
    assert (trade, embassy, named) == (("PROPN", "Trade"), ("PROPN", "Embassy"), ("PROPN", "Beacon"))



def test_the_state_before_a_recased_act_is_its_doer_not_part_of_a_name():
    from dossier.nlp.loader import load
    nlp = load()
    for text in ("Syria warned that any U.S. Intervention in Lebanon would be met with force.",
                 "Syria warned that any U.K. Intervention in Lebanon would be met with force."):
        events = [e for e in nlp(text)._.events if e.type == "THREATEN"]
        assert events and events[0].target in (["Q30"], ["Q145"]), text  # not Lebanon, the place of the act


def test_a_recased_act_noun_held_out_a_response_is_a_threat_of_the_state():
    from dossier.nlp.loader import load
    nlp = load()
    for text in ("Cuba declared that a U.S. Attack on its ships would be met with force.",
                 "Syria said any U.K. Interference in Lebanon would meet a firm response."):
        events = nlp(text)._.events
        assert [(e.type, e.target) for e in events] in ([("THREATEN", ["Q30"])], [("THREATEN", ["Q145"])]), text
    forecast = nlp("Chile said any U.S. Cut in its quota would hurt its copper mines.")._.events
    assert not [e for e in forecast if e.type == "THREATEN"]  # a forecast, no threat
