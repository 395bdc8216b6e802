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
