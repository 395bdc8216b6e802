"""Wire text that capitalises the common word after "U.S." ("U.S. Banks"): the word is no part of a name
(nlp/recased.py). Sentences written for these tests."""

from dossier.nlp.loader import load


def _read(text: str):
    nlp = load()
    with nlp.select_pipes(disable=["dossier_actors", "dossier_time", "dossier_events", "dossier_facts"]):
        doc = nlp(text)
    return [(e.text, e.label_) for e in doc.ents], {doc[i].text for i in (doc._.recased or ())}


def test_a_recased_plural_noun_after_the_state_is_cut_from_the_name():
    ents, recased = _read("Seoul may let U.S. Banks open branches in its capital next year, analysts said.")
    assert "Banks" in recased and ("U.S.", "GPE") in ents
    assert not any("Banks" in text for text, _ in ents)


def test_a_recased_noun_after_the_article_and_the_state_is_cut_from_the_name():
    ents, recased = _read("Traders said the U.S. Economy would slow in the second half of the year.")
    assert "Economy" in recased and not any("Economy" in text for text, _ in ents)


def test_a_recased_word_outside_any_name_is_marked():
    ents, recased = _read("PARIS, May 4 - U.S. Bankers will hold talks with French treasury officials in June.")
    assert "Bankers" in recased


# Must-nots: a body of the state, a longer name, a firm's ticker, a name that begins before the abbreviation.

def test_a_body_of_the_state_named_by_a_common_noun_keeps_its_name():
    ents, recased = _read("The U.S. Embassy said it had asked Lima to explain the arrests.")
    assert not recased and any("Embassy" in text for text, _ in ents)


def test_a_word_followed_by_another_capitalised_word_is_part_of_a_longer_name():
    ents, recased = _read("Peru's minister will meet U.S. Treasury Secretary Ann Colby on Friday.")
    assert not recased


def test_a_firm_name_before_its_ticker_is_kept():
    _, recased = _read("U.S. Steel <USS> said it would close two mills in Ohio.")
    assert not recased


def test_a_name_that_starts_before_the_abbreviation_is_kept():
    ents, recased = _read("Shares of Arbor U.K. Holdings rose after the bid, dealers said.")
    assert not recased


def test_a_proper_word_of_no_lexicon_is_kept():
    _, recased = _read("The deal was signed by U.S. Zentrix last month.")
    assert not recased


def test_the_component_runs_after_the_recogniser_and_before_the_actors():
    names = load().pipe_names
    assert names.index("ner") < names.index("dossier_recased_names") < names.index("dossier_actors")


def test_the_state_s_money_is_left_as_the_recogniser_reads_it():
    _, recased = _read("The peso fell against the U.S. Dollar on Friday, dealers in Manila said.")
    assert not recased


def test_a_chamber_and_an_office_that_owns_something_keep_their_names():
    _, recased = _read("The U.S. House voted on Tuesday to extend aid to Ukraine.")
    assert not recased
    _, recased = _read("A spokesman for the U.S. Attorney's office in Boston declined to comment.")
    assert not recased


def test_a_firm_s_short_form_after_its_name_written_out_is_kept():
    _, recased = _read("United States Lines Inc filed for protection on Monday. U.S. Lines said talks were going well.")
    assert not recased


# The story's own writing of the word decides before the lexicon (nlp/recased.py `story_case`).

def test_a_word_of_no_lexicon_the_story_writes_in_lower_case_is_cut():
    ents, recased = _read("Tokyo will let U.S. Chipmakers sell more in Japan next year, officials said. "
                          "Two chipmakers welcomed the plan.")
    assert "Chipmakers" in recased and not any("Chipmakers" in text for text, _ in ents)


def test_a_common_word_the_story_writes_as_a_name_on_its_own_is_kept():  # must-not
    _, recased = _read("Seoul said U.S. Sprint would bid for the network. Officials of Sprint declined to comment.")
    assert not recased


def test_a_capital_after_the_state_again_or_in_a_title_case_headline_is_no_name():  # must-not
    _, recased = _read("Seoul said U.S. Banks would open branches. Analysts said U.S. Banks were keen.")
    assert recased and all(t == "Banks" for t in recased)
    _, recased = _read("Seoul Opens Its Doors to Banks in the Capital Next Year\n\n"
                       "Seoul said U.S. Banks would open branches.")
    assert "Banks" in recased


def test_a_word_of_no_lexicon_the_story_writes_nowhere_else_is_kept():  # must-not
    _, recased = _read("Tokyo will let U.S. Chipmakers sell more in Japan next year, officials said.")
    assert not recased


def test_a_capital_after_the_state_and_a_comma_is_no_name():  # must-not
    _, recased = _read("Tokyo must act, U.S. Officials said. Talks will resume, the U.S., Officials added, in May.")
    assert "Officials" in recased


def test_a_word_inside_a_longer_name_elsewhere_is_no_evidence_of_a_name():  # must-not
    _, recased = _read("He said U.S. Banks must hold more capital. Dealers said that the Bank of England would not "
                       "change its rules for lenders this year.")
    assert "Banks" in recased


def test_a_capital_after_an_opening_quotation_mark_is_no_name():  # must-not
    _, recased = _read('Warsaw says U.S. Sanctions cost it dearly. An economist said "Sanctions have hurt trade '
                       'less than the ministers in Warsaw claim."')
    assert "Sanctions" in recased



# `story_case` reads only the words opening with the word's first three letters, found on the Doc's LOWER ids
# (`opening_like`): the same words as a look at every word's first three letters.

def test_the_words_read_are_those_opening_as_the_word_does():
    from dossier.nlp.arrays import with_lower_matching
    from dossier.nlp.recased import opening_like
    nlp = load()
    doc = nlp.make_doc("U.S. Banks and Ox traders met. The banks said an ox, two Oxen and the bank's Banker were "
                       "sold. OX herders and Bankside said Oxford banked on it, as did a U.N. body.")
    for word in doc:
        assert with_lower_matching(doc, opening_like(word)) == [t.i for t in doc if t.lower_[:3] == word.lower_[:3]]
    ox = [doc[i].text for i in with_lower_matching(doc, opening_like(doc[3]))]
    assert ox == ["Ox", "ox", "OX"]  # a word shorter than three letters: that word alone, not "Oxen" nor "Oxford"
