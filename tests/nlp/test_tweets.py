"""Posts a web page quotes whole (embedded tweets): where one runs and who wrote it (nlp/tweets.py). Texts written
for these tests."""

import pytest

from dossier.nlp.tweets import post_author, posts


@pytest.fixture(scope="module")
def nlp():
    import spacy
    return spacy.blank("en")


def _author_of(nlp, text: str, word: str):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    author = post_author(tok)
    return author.text if author is not None else None


POST = ("The mayor answered within the hour.\n"
        "We will not let the ministry cut the city's budget. I condemn the plan pic.twitter.com/AbC123\n"
        "— Bola Adeyemi (@bolaadeyemi) March 3, 2020\n"
        "The ministry did not reply.")


def test_the_lines_above_the_author_s_line_are_the_post(nlp):
    assert _author_of(nlp, POST, "I") == "Bola Adeyemi"
    assert _author_of(nlp, POST, "We") == "Bola Adeyemi"


def test_the_page_s_own_lines_are_no_post(nlp):  # must-not: after the author's line, a colon's lead-in, a long line
    assert _author_of(nlp, POST, "reply") is None
    text = "The governor wrote: \nI thank the council tonight\n— Anna Berger (@annaberger) May 4, 2020"
    assert _author_of(nlp, text, "governor") is None and _author_of(nlp, text, "I") == "Anna Berger"
    long_line = "I " + "spoke with the board about the budget and the schools at length, " * 5
    text = long_line + "\nWe condemn the attack\n— Kenyan Red Cross (@KenyaRedCross) June 1, 2020"
    assert _author_of(nlp, text, "I") is None and _author_of(nlp, text, "We") == "Kenyan Red Cross"


def test_a_page_with_no_author_s_line_has_no_post(nlp):  # must-not
    doc = nlp("I condemn the plan, the mayor said (@ the town hall).\n— a reader")
    assert posts(doc) == []


def test_lines_of_a_post_above_its_last_one_end_with_no_closing_mark(nlp):
    text = ("The council met on Monday.\n"
            "Our city is choking on smoke from the fires in the next valley\n"
            "We have started handing out masks today\n"
            "— Ravi Menon (@ravimenon) November 1, 2019")
    assert _author_of(nlp, text, "Our") == "Ravi Menon" and _author_of(nlp, text, "We") == "Ravi Menon"
    assert _author_of(nlp, text, "council") is None  # must-not: the page's line ends with a full stop


SET_APART = ("The senator answered her critics on Tuesday.\n\n"
             "Sharing the letter I sent to the judge. \n"
             "We must answer threats with the law, not with anger pic.twitter.com/XyZ789\n"
             "— Mara Lind (@maralind) June 2, 2020\n\n"
             "Her office did not comment.")


def test_a_post_set_apart_by_blank_lines_is_read_whole(nlp):  # its first line ends with a full stop
    assert _author_of(nlp, SET_APART, "I") == "Mara Lind" and _author_of(nlp, SET_APART, "We") == "Mara Lind"
    assert _author_of(nlp, SET_APART, "senator") is None and _author_of(nlp, SET_APART, "office") is None


def test_a_block_set_apart_is_no_whole_post_where_it_introduces_one_or_runs_long(nlp):  # must-nots
    text = "\n\nThe governor wrote this:\nI thank the council tonight\n— Anna Berger (@annaberger) May 4, 2020"
    assert _author_of(nlp, text, "governor") is None and _author_of(nlp, text, "I") == "Anna Berger"
    long_block = "Pages of text. " * 20 + "\nI condemn the plan.\nWe will go on\n— Bola Adeyemi (@bolaadeyemi) March 3, 2020"
    text = "The mayor spoke.\n\n" + long_block
    assert _author_of(nlp, text, "I") is None and _author_of(nlp, text, "We") == "Bola Adeyemi"
    text = "The mayor spoke.\n\nI condemn the plan.\nWe will go on\n— Bola Adeyemi (@bolaadeyemi) March 3, 2020\nMore."
    assert _author_of(nlp, text, "I") is None  # the author's line not set apart below: lines as before
