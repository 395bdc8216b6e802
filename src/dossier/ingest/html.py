"""HTML pages: trafilatura extracts the body, title and site name; htmldate the original publication date
(trafilatura's own date when htmldate finds none: htmldate first scored 0.913 vs 0.903 on MediaCloud 2020).

Never fetches anything: both libraries get the page as a string.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from dossier.data_files import load_yaml
from dossier.ingest.dates import iso_date, parse_date
from dossier.ingest.decode import decode_bytes
from dossier.ingest.document import IngestError, document_from_text
from dossier.ingest.genre import page_genre
from dossier.ingest.lede import with_lede
from dossier.ingest.outlets import load_outlets
from dossier.ingest.posts import embedded_posts, set_apart
from dossier.model import Document

_DOMAIN_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")
HIDDEN_FILE = Path(__file__).with_name("hidden.yaml")


@lru_cache(maxsize=4)
def hidden_parts(path: Path = HIDDEN_FILE) -> tuple[str, ...]:
    """The XPath expressions of the page parts no reader sees in the article (hidden.yaml); an entry that is not
    an XPath expression is left out with a warning naming the file (else every page would lose its body)."""
    from lxml import etree

    kept = []
    for expr in load_yaml(path) or ():
        try:
            etree.XPath(str(expr))
        except etree.XPathSyntaxError:
            logging.getLogger(__name__).warning("%s: %r is not an XPath expression; left out", path, expr)
            continue
        kept.append(str(expr))
    return tuple(kept)


def decode_html(data: bytes, declared: str | None = None) -> str | None:
    """The page as text, in the charset the server (`declared`) or the page itself names, else the one
    detected; None for binary data."""
    return decode_bytes(data, declared=declared)


def extract_html(html: str, url: str | None = None) -> dict | None:
    """trafilatura's reading of a page: text, title, sitename, date, hostname (None when it finds no body). Not its
    precision mode (`favor_precision`): on the article_extraction_benchmark's held-out pages it lost article
    paragraphs (body-token recall 0.974 -> 0.930), though it left out more furniture on the pages studied."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                             include_tables=False, prune_xpath=list(hidden_parts()))
    except Exception:  # trafilatura raises many kinds on malformed markup; treat all as "no body"
        return None
    return result.as_dict() if result is not None else None


def page_date(html: str, url: str | None = None) -> str | None:
    """The publication date htmldate finds in the markup (original date preferred), or None. A 1 January that only
    htmldate's search of the page's text gives (not its metadata, URL or date elements) is a year written alone, a
    copyright line ("© 2016") or a bare year, which htmldate pads to a day (`a_year_padded`): no day, so None, and
    the pipeline infers a lower bound from the content instead; unless the page writes that day out
    (`first_of_january_written`: "01/01/2024" in its text). A publication date the page declares in a form htmldate
    does not read ("datePublished": "Tue, Sep 15 2020 10:01:41 EDT") comes before a date of its text (a caption's).
    """
    declared = declared_date(html)
    if declared is not None and _find_date(html, url, extensive=False) is None:
        return declared
    found = _find_date(html, url, extensive=True)
    if found is not None and a_year_padded(found) and _find_date(html, url, extensive=False) != found \
            and not first_of_january_written(html, found[:4]):
        return None
    return found


# the publication date a page declares: JSON-LD's or microdata's datePublished, a meta element's published time; two
# patterns, each searched on its own (`_declared_values`), where one alternation tried both at every character
_DECLARED = (re.compile(r"""["']datePublished["']\s*:\s*["']([^"'<>]{6,40})["']""", re.IGNORECASE),
             re.compile(r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["']"""
                        r"""(?:article:published_time|datePublished|published_at|pubdate|publish[-_]date)["']"""
                        r"""[^>]*?\scontent\s*=\s*["']([^"'<>]{6,40})["']""", re.IGNORECASE))


def _declared_values(html: str) -> Iterator[str]:
    """The values `_DECLARED`'s patterns find, in the page's order, as the alternation of the two gives them: the
    earlier match first (they never start on the same character: a quote, a "<"), the search going on after its
    end."""
    found = [pattern.search(html) for pattern in _DECLARED]
    while True:
        match = min((m for m in found if m is not None), key=lambda m: m.start(), default=None)
        if match is None:
            return
        yield match[1]
        pos = match.end()
        found = [m if m is None or m.start() >= pos else pattern.search(html, pos)  # none before, none after
                 for m, pattern in zip(found, _DECLARED)]


def declared_date(html: str) -> str | None:
    """The first publication date the page's metadata declares with a month named ("Tue, Sep 15 2020 10:01:41 EDT",
    "15 September 2020"), read by dateparser; None where there is none (a form of digits alone is htmldate's)."""
    months = _month_words()
    for value in _declared_values(html):
        if re.search(rf"\b(?:{months})\b", value, re.IGNORECASE) and (day := parse_date(value)) is not None:
            return day
    return None


@lru_cache(maxsize=1)
def _month_words() -> str:
    from dossier.time.lexicon import lexicon

    return "|".join(sorted((re.escape(w) for w in lexicon()["months"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _january_words() -> str:
    from dossier.time.lexicon import lexicon

    return "|".join(sorted((re.escape(w) for w, n in lexicon()["months"].items() if n == 1), key=len, reverse=True))


def first_of_january_written(html: str, year: str) -> bool:
    """The page writes 1 January of `year` as a day ("01/01/2024", "2024-01-01", "Jan. 1, 2024", "1 January
    2024"; the month's names from the time lexicon): htmldate's 1 January is then that day, not a padded year."""
    jan = _january_words()
    forms = (rf"\b0?1[./-]0?1[./-]{year}\b", rf"\b{year}[./-]0?1[./-]0?1\b",
             rf"\b(?:{jan})\.?\s+0?1(?:st)?,?\s+{year}\b", rf"\b0?1(?:st)?\s+(?:{jan})\.?,?\s+{year}\b")
    return any(re.search(form, html, re.IGNORECASE) for form in forms)


def a_year_padded(day: str | None) -> bool:
    """A date that is 1 January: what htmldate (and trafilatura through it) makes of a year written alone."""
    return bool(day) and day.endswith("-01-01")


def _find_date(html: str, url: str | None, extensive: bool) -> str | None:
    from htmldate import find_date

    if "<" not in html:  # find_date would take a bare URL-like string as something to download
        return None
    try:
        return iso_date(find_date(html, extensive_search=extensive, original_date=True, url=url))
    except Exception:  # htmldate gives up on some broken pages by raising; no date then
        return None


def outlet_of_page(sitename: str | None, url: str | None, hostname: str | None) -> str | None:
    """Known outlet by URL domain first, then by the page's site name; an unknown site name as written."""
    outlets = load_outlets()
    known = outlets.from_url(url) or outlets.from_domain(hostname)
    if known:
        return known
    if not sitename:
        return None
    sitename = sitename.strip()
    if _DOMAIN_LIKE.match(sitename):
        return outlets.from_domain(sitename)
    return outlets.from_name(sitename) or sitename


def read_html(source: str, html: str, url: str | None = None) -> Document | IngestError:
    extracted = extract_html(html, url)
    if not extracted or not (extracted.get("text") or "").strip():
        return IngestError(source, "no article text could be extracted from the HTML.")
    fallback = iso_date(extracted.get("date"))  # trafilatura's, by htmldate's search too: a year alone is no day
    published = page_date(html, url) or (None if a_year_padded(fallback) else fallback)
    outlet = outlet_of_page(extracted.get("sitename"), url or extracted.get("url"), extracted.get("hostname"))
    text = set_apart(with_lede(html, extracted["text"]), embedded_posts(html))
    genre = page_genre(html, url, extracted.get("title"), extracted.get("author"))
    return document_from_text(source, text, title=extracted.get("title"), outlet=outlet,
                              published=published, header=False, genre=genre)
