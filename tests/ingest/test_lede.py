"""The lead paragraph a page sets in its own element right above the body's (ingest/lede.py). Pages written for
these tests."""

from dossier.ingest.html import read_html
from dossier.ingest.lede import with_lede

LEDE = ("Two ferry workers were hurt on Monday when a crane toppled onto the old pier at Westmere, the harbour "
        "council said, and the pier was closed until further notice.")
BODY = ("<p>The council's engineer told reporters that the crane had been lifting a cargo of steel beams when its "
        "base gave way on the wet planks of the pier.</p>"
        "<p>Both workers were taken to the regional hospital, where one of them was kept overnight with a broken "
        "arm, according to a statement from the hospital.</p>"
        "<p>The fishing crews who tie up at the pier every winter said they had warned the council about the state "
        "of the planks for several years without any answer.</p>")


def _page(above: str, body_class: str = "article-body") -> str:
    return (f"<html><head><title>Crane falls on pier</title></head><body><article>"
            f"<h1>Crane falls on Westmere pier</h1>{above}<div class=\"{body_class}\">{BODY}</div>"
            f"</article></body></html>")


def _text(page: str) -> str:
    return read_html("page.html", page).text


def test_a_lead_in_its_own_element_above_the_body_is_put_back_first():
    for above in (f'<div class="article__summary summary">{LEDE}</div>',
                  f'<p id="story-standfirst">{LEDE}</p>',
                  f'<section class="lede-block"><span>{LEDE}</span></section>'):
        text = _text(_page(above))
        assert text.startswith(LEDE + "\n"), above
        assert text.count("crane toppled") == 1 and "The council's engineer told" in text


def test_a_teaser_a_question_or_an_element_not_named_a_lead_stays_out():
    blurb = "Two ferry workers were hurt when a crane toppled onto the old pier at Westmere and then ..."
    question = "What were the harbour council's engineers thinking of when they let a heavy crane onto a rotten pier?"
    for above in (f'<div class="article__summary">{blurb}</div>',  # cut short: a teaser
                  f'<div class="article__summary">{question}</div>',  # an opinion page's standfirst
                  f'<div class="article__teaser">{LEDE}</div>',  # a teaser's class
                  f'<div class="article__note">{LEDE}</div>',  # no lead named
                  f'<div class="summary"><a href="/other">{LEDE}</a></div>',  # a link to another story
                  f'<div class="summary">{LEDE}</div><figure><figcaption>The pier, seen from the harbour '
                  f'wall on a calm morning.</figcaption></figure>'):  # not right above the body
        assert "crane toppled" not in _text(_page(above)), above


def test_a_lead_the_text_already_has_is_not_doubled():
    text = "Crane falls on Westmere pier\n" + LEDE + "\nThe council's engineer told reporters the base gave way."
    page = _page(f'<div class="summary">{LEDE}</div>')
    assert with_lede(page, text) == text
