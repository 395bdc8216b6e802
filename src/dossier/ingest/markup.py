"""A page's markup read once into an lxml tree, for the readers that look at its elements (embedded posts, the
lead paragraph), after trafilatura has taken its text."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def page_tree(html: str):
    """The page's lxml tree (its root element), or None where lxml cannot read the markup. The last page's tree is
    kept, so the readers of one page share one parse; they only read it."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except ValueError:  # a string with an XML encoding declaration
        try:
            return lxml_html.fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None
    except etree.ParserError:
        return None
