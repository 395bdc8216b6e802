"""The publication date of a web page (ingest/html.page_date): htmldate's reading, less a 1 January that only its
search of the page's text gives, which is a year written alone (a copyright line) padded to a day. A 1 January in
the page's metadata or a day written in full stays, so does a 1 January the page writes out as a day."""

from __future__ import annotations

import pytest

from dossier.ingest.html import a_year_padded, declared_date, first_of_january_written, page_date, read_html

_BODY = ("<p>The two neighbours agreed to reopen the crossing after a long closure, officials from both capitals "
         "told reporters, and trucks queued at the border post for most of the afternoon.</p>"
         "<p>Traders on both sides welcomed the decision, which they said would cut the cost of moving grain.</p>")


def _page(head: str = "", foot: str = "", lead: str = "") -> str:
    return (f"<html><head><title>Border crossing reopens</title>{head}</head><body><article><h1>Border crossing "
            f"reopens</h1>{lead}{_BODY}</article><footer>{foot}</footer></body></html>")


def test_a_copyright_year_alone_gives_no_day():
    html = _page(foot="<p>\u00a9 2016 Example Regional News. All rights reserved.</p>")
    assert page_date(html) is None


def test_a_page_with_a_copyright_year_alone_is_read_undated():
    html = _page(foot="<p>Copyright \u00a9 2019 Example Regional News</p>")
    doc = read_html("p.html", html)
    assert doc.published is None


def test_a_first_of_january_in_the_metadata_stays():
    html = _page(head='<meta property="article:published_time" content="2024-01-01T09:30:00Z">',
                 foot="<p>\u00a9 2016 Example Regional News</p>")
    assert page_date(html) == "2024-01-01"


def test_a_day_written_in_full_on_the_page_stays():
    html = _page(lead="<p class='byline'>Published March 3, 2024</p>",
                 foot="<p>\u00a9 2016 Example Regional News</p>")
    assert page_date(html) == "2024-03-03"


def test_only_the_first_of_january_is_a_padded_year():
    assert a_year_padded("2016-01-01")
    assert not a_year_padded("2016-02-01") and not a_year_padded("2016-01-11") and not a_year_padded(None)


def test_a_first_of_january_written_as_a_day_in_the_text_stays():
    html = _page(lead="<p>Posted 01/01/2024 at 9:15</p>", foot="<p>\u00a9 2016 Example Regional News</p>")
    assert page_date(html) == "2024-01-01"


@pytest.mark.parametrize("text", ["01/01/2024", "1.1.2024", "2024-01-01", "Jan. 1, 2024", "January 1st, 2024",
                                  "1 January 2024"])
def test_the_first_of_january_written_out(text):
    assert first_of_january_written(f"<p>Posted {text}</p>", "2024")


@pytest.mark.parametrize("text", ["\u00a9 2024 Example News", "Jan. 11, 2024", "01/01/2023", "1 June 2024",
                                  "11/01/2024"])
def test_no_first_of_january_of_that_year_written(text):
    assert not first_of_january_written(f"<p>{text}</p>", "2024")



# a picture whose path carries a month, and a caption's day: what htmldate's search of the page's text may take
_PICTURE = "<p><img src='/media/2023-10/stalls.jpg'> Stall holders outside the market hall on April 4, 2023.</p>"


def _declaring(value: str) -> str:
    return _page(head='<script type="application/ld+json">\n{\n  "@type": "NewsArticle",\n  "datePublished": '
                      f'"{value}"\n}}\n</script>', lead=_PICTURE)


@pytest.mark.parametrize("value", ["Wed, Oct 18 2023 07:45:10 EDT", "October 18, 2023 at 7:45 am EDT",
                                   "Wednesday 18 October 2023"])
def test_a_declared_date_htmldate_cannot_read_beats_a_date_of_the_text(value):
    assert page_date(_declaring(value)) == "2023-10-18"


def test_a_declared_date_htmldate_reads_is_htmldates():
    html = _page(head='<meta property="article:published_time" content="2023-10-17T23:45:10Z">', lead=_PICTURE)
    assert page_date(html) == "2023-10-17"


def test_a_declared_value_without_a_month_named_is_left_to_htmldate():
    assert declared_date(_declaring("18/10/2023")) is None
    assert page_date(_page(lead=_PICTURE)) == "2023-10-01"


def test_the_declared_values_come_in_the_pages_order_whichever_form_declares_them():
    from dossier.ingest.html import _declared_values

    html = ('<meta property="article:published_time" content="Mon, 2 Mar 2020">'
            '<script>{"datePublished": "Tue, 3 Mar 2020"}</script>'
            "<meta itemprop='datePublished' content='Wed, 4 Mar 2020'>"
            '<script>{"DATEPUBLISHED" : "Thu, 5 Mar 2020"}</script>')
    assert list(_declared_values(html)) == ["Mon, 2 Mar 2020", "Tue, 3 Mar 2020", "Wed, 4 Mar 2020",
                                            "Thu, 5 Mar 2020"]
    assert declared_date(html) == "2020-03-02"


def test_a_value_inside_a_declaring_meta_element_is_not_read_again():
    from dossier.ingest.html import _declared_values

    # the element's own published time is read; the JSON-like text in one of its attributes lies inside that match
    html = ('<meta name="article:published_time" data-x=\'"datePublished": "Fri, 6 Mar 2020"\' '
            'content="Sat, 7 Mar 2020">')
    assert list(_declared_values(html)) == ["Sat, 7 Mar 2020"]
    assert list(_declared_values("<p>No declared date here.</p>")) == []
