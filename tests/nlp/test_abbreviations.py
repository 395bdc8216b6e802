from dossier.nlp.abbreviations import goes_on
from dossier.nlp.loader import load


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load()(text).sents if s.text.strip()]


# Wire text that capitalises the word after "U.S.": the sentence goes on.

def test_a_capitalised_conjunction_after_the_abbreviation_goes_on():
    assert len(_sentences("The board sold most of its tea in the U.S. And Japan last year.")) == 1


def test_a_capitalised_to_of_purpose_goes_on():
    assert len(_sentences("The levy was imposed by the U.S. To help pay for port inspections, officials in Lima "
                          "said.")) == 1


def test_a_capitalised_preposition_with_no_comma_goes_on():
    assert len(_sentences("Its exports to the U.S. In the early 1980s came to about 300 mln dlrs a year.")) == 1


def test_a_capitalised_relative_word_goes_on():
    assert len(_sentences("Kenya says it is owed aid by the U.S. Which it blames for the fall in its tea sales.")) == 1


# Must-nots: a real sentence end after the abbreviation stays one.

def test_a_pronoun_after_the_abbreviation_still_starts_a_sentence():
    assert _sentences("The minister said the cuts were forced on Chile by the U.S. He named two grain programmes.") \
        == ["The minister said the cuts were forced on Chile by the U.S.", "He named two grain programmes."]


def test_an_article_after_the_abbreviation_still_starts_a_sentence():
    assert len(_sentences("The firm will open offices in the U.S. The first will be in Ohio.")) == 2


def test_a_fronted_phrase_set_off_by_a_comma_still_starts_a_sentence():
    assert len(_sentences("Steel output rose in the U.S. In March, Japan's output fell by two pct.")) == 2


def test_a_word_that_opens_sentences_as_often_is_left_to_the_parser():
    assert len(_sentences("Most of the wheat was sold to the U.K. If prices hold, more will follow.")) == 2


def test_a_line_break_after_the_abbreviation_still_starts_a_sentence():
    assert len(_sentences("Rice went to the U.S.\nAnd wheat went to Peru.")) == 2


def test_the_word_after_an_abbreviation_is_judged_by_its_case_and_kind():
    doc = load()("They met in the U.S. last week. Buyers in the U.K. The end.")
    assert goes_on(doc[5])  # "last": lower case
    assert not goes_on(doc[12])  # "The": an article is left to the parser


def test_the_abbreviations_component_runs_before_the_parser():
    names = load().pipe_names
    assert names.index("dossier_abbreviations") < names.index("parser")


# Stretches with no finite verb, titles, and commas that set off no fronted
# phrase: the sentence goes on.

def test_a_stretch_with_no_finite_verb_after_the_abbreviation_goes_on():
    assert len(_sentences("The guild will send a trade delegation to the U.S. Later this spring in a bid to narrow "
                          "its surplus. Its members meet on Friday.")) == 2


def test_the_name_after_a_title_written_with_a_stop_goes_on():
    assert len(_sentences("The panel also wants to hear from retired Army Maj. Gen. Ivo Brandt, a former aide.")) == 1
    assert len(_sentences("She heard of the plan only when Atty. Gen. Rosa Linden told her in May.")) == 1


def test_a_comma_before_a_short_reporting_clause_sets_off_no_fronted_phrase():
    assert len(_sentences("Seoul hopes to end its quarrel with the U.S. Over textile quotas, trade officials said. "
                          "Talks resume next week.")) == 2


def test_a_comma_before_a_participle_sets_off_no_fronted_phrase():
    assert len(_sentences("A Chilean team flew to the U.S. For a round of meetings with lenders, hoping for easier terms on "
                          "its loans.")) == 1
