"""A page's genre from what the page declares of itself (ingest/genre.py, genre.yaml). Pages written for these
tests."""

import json

from dossier.ingest.genre import page_genre
from dossier.ingest.html import read_html
from dossier.ingest.jsonl import read_record

BODY = ("<p>The river authority of Carvell opened its new flood gates on Thursday after two years of work, and the "
        "mayor thanked the engineers who finished the project ahead of the autumn rains.</p>"
        "<p>Residents of the lower town gathered on the embankment to watch the first test of the gates, which "
        "held back the water for an hour before the crews opened them again.</p>")
MENU = '<nav><a href="/opinion/">Opinion</a> <a href="/analysis/">Analysis</a> <a href="/blogs/">Blogs</a></nav>'


def _page(head: str = "", body: str = BODY, title: str = "Carvell opens its flood gates") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>{MENU}<article><h1>{title}</h1>{body}</article>"
            "</body></html>")


def _linked(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_the_page_s_own_address_names_its_genre():
    canonical = '<link rel="canonical" href="https://news.example.org/opinion/2021/05/the-gates-came-too-late">'
    assert page_genre(_page(canonical)) == "opinion"
    og = '<meta property="og:url" content="https://news.example.org/commentisfree/2021/may/06/gates">'
    assert page_genre(_page(og)) == "opinion"
    assert page_genre(_page(), url="https://news.example.org/analysis/carvell-gates-what-next") == "analysis"
    # a word inside a segment is no segment: "opinion-poll" names a poll, not the page's genre
    assert page_genre(_page(), url="https://news.example.org/politics/opinion-poll-carvell") is None


def test_links_of_the_page_s_menus_say_nothing_of_the_page():
    news = '<link rel="canonical" href="https://news.example.org/world/2021/05/carvell-opens-flood-gates">'
    assert page_genre(_page(news)) is None
    assert page_genre(_page()) is None
    assert read_html("gates.html", _page(news)).genre is None


def test_metadata_sections_flags_and_linked_data_name_the_genre():
    assert page_genre(_page('<meta property="article:section" content="Commentary">')) == "opinion"
    assert page_genre(_page('<meta property="article:section" content="Columnists, Opinion, Local">')) == "opinion"
    assert page_genre(_page('<meta property="article:section" content="World">')) is None
    assert page_genre(_page('<meta property="article:opinion" content="true">')) == "opinion"
    assert page_genre(_page('<meta property="article:opinion" content="false">')) is None
    assert page_genre(_page(_linked({"@context": "https://schema.org", "@type": "OpinionNewsArticle"}))) == "opinion"
    assert page_genre(_page(_linked({"@type": "AnalysisNewsArticle"}))) == "analysis"
    assert page_genre(_page(_linked({"@graph": [{"@type": "WebSite"}, {"@type": "ReviewNewsArticle"}]}))) == "review"
    assert page_genre(_page(_linked({"@type": "NewsArticle", "articleSection": "Opinion"}))) == "opinion"
    # a live blog is also a blog posting: the more specific genre wins
    assert page_genre(_page(_linked({"@type": ["BlogPosting", "LiveBlogPosting"]}))) == "liveblog"
    # an object nested in the page's own (a list of other articles) is not the page
    other = {"@type": "NewsArticle", "hasPart": {"@type": "ItemList", "itemListElement": [
        {"@type": "OpinionNewsArticle", "url": "https://news.example.org/opinion/x"}]}}
    assert page_genre(_page(_linked(other))) is None
    assert page_genre(_page('<script type="application/ld+json">{not json</script>')) is None


def test_a_kicker_of_the_title_or_the_byline_names_the_genre():
    assert page_genre(_page(), title="Opinion | The gates came too late for Carvell") == "opinion"
    assert page_genre(_page(), title="EDITORIAL: Carvell's flood gates") == "opinion"
    assert page_genre(_page(), byline="Analysis by Tomas Brel, chief correspondent") == "analysis"
    assert page_genre(_page(), title="Carvell opens its flood gates") is None
    assert page_genre(_page(), title="Opinion polls favour the mayor of Carvell") is None


def test_the_genre_travels_on_the_document():
    head = '<link rel="canonical" href="https://news.example.org/opinion/columnists/the-gates">'
    assert read_html("gates.html", _page(head)).genre == "opinion"
    record = {"id": "c1", "url": "https://news.example.org/editorials/carvell-gates", "title": "Gates at last",
              "text": "The river authority of Carvell opened its new flood gates on Thursday."}
    assert read_record("gates.jsonl", record).genre == "opinion"
    assert read_record("gates.jsonl", {**record, "url": "https://news.example.org/local/gates"}).genre is None


def test_a_wire_s_reprint_of_an_editorial_declares_itself_in_its_opening():
    from dossier.ingest.document import document_from_text

    reprint = ("The Harbour Gazette said in an editorial on Friday, May 7: The council of Carvell waited far too "
               "long to build its flood gates, and the lower town paid for the delay.")
    assert document_from_text("wire.txt", reprint, header=False).genre == "opinion"
    # a story that reports what an editorial said is news
    report = ("The Harbour Gazette said in an editorial on Friday that the council of Carvell had waited too long "
              "to build its flood gates.")
    assert document_from_text("wire.txt", report, header=False).genre is None
