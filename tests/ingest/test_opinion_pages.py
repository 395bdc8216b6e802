"""A page whose metadata marks it an opinion piece (ingest/html.py `opinion_page`, ingest/opinion.yaml): Open Graph's
`article:opinion` flag, or the first section a meta element or the JSON-LD names. Pages written for these tests."""

from dossier.ingest.html import opinion_page, read_html

BODY = ("<p>The harbour board of Westmere voted on Monday to close the old ferry pier for the winter, its chairman "
        "told the town's weekly paper, after engineers found rot in the planks.</p>"
        "<p>Fishing crews who tie up at the pier said they had warned the board about the planks for years and "
        "would now have to sail to the next town to land their catch.</p>")


def _page(head: str) -> str:
    return (f"<html><head><title>The pier</title>{head}</head><body><article><h1>The pier</h1>"
            f"<div class=\"article-body\">{BODY}</div></article></body></html>")


def test_an_opinion_flag_or_section_marks_the_document():
    for head in ('<meta property="article:opinion" content="true">',
                 '<meta property="article:section" content="Opinion">',
                 '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": ["Commentary"]}'
                 '</script>'):
        assert opinion_page(_page(head)), head
        assert read_html("page.html", _page(head)).opinion, head


def test_a_news_section_or_a_false_flag_does_not():
    for head in ('<meta property="article:opinion" content="false"><meta property="article:section" content="World">',
                 '<script type="application/ld+json">{"articleSection": "Politics"}</script>',
                 '<meta property="article:section" content="Advice">', ""):
        assert not opinion_page(_page(head)), head
        assert not read_html("page.html", _page(head)).opinion, head
