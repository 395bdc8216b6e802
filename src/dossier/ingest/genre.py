"""A page's genre from what the page declares of itself (ingest/genre.yaml): its own address (the URL read, its
canonical link, og:url), its metadata's section, an opinion flag, the JSON-LD @type and articleSection of its own
objects, a kicker opening its title or byline. Never a link of its menus, never the text: a page that declares
nothing has no genre (news). The events stage reads fewer acts from an opinion piece (events/relevance.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from dossier.data_files import load_yaml
from dossier.ingest.markup import page_tree

GENRE_FILE = Path(__file__).with_name("genre.yaml")


@cache
def _markers() -> dict:
    data = load_yaml(GENRE_FILE)
    data["kicker_patterns"] = {g: re.compile(p, re.IGNORECASE) for g, p in data.get("kickers", {}).items()}
    data["opening_patterns"] = {g: re.compile(p) for g, p in data.get("openings", {}).items()}
    return data


def page_genre(html: str, url: str | None = None, title: str | None = None, byline: str | None = None) -> str | None:
    """The genre the page declares (the first of genre.yaml's `genres` that a marker gives), or None."""
    found = set(declared_genres(html, url, title, byline))
    return next((g for g in _markers()["genres"] if g in found), None)


def declared_genres(html: str, url: str | None = None, title: str | None = None,
                    byline: str | None = None) -> Iterator[str]:
    """Every genre a marker of the page gives, in no particular order."""
    m = _markers()
    tree = page_tree(html) if "<" in html else None
    addresses = [url] if url else []
    if tree is not None:
        addresses += [str(v) for expr in m["addresses"] for v in tree.xpath(expr)]
    yield from address_genres(addresses)
    yield from _named(m["section_names"], (s for v in _values(tree, m["sections"]) for s in v.split(",")))
    if tree is not None:
        yield from (g for g, expr in m.get("flags", {}).items() if tree.xpath(expr))
        for obj in own_linked_data(tree):
            types = obj.get("@type")
            yield from (m["types"][t] for t in _as_list(types) if isinstance(t, str) and t in m["types"])
            yield from _named(m["section_names"], (s for v in _as_list(obj.get("articleSection"))
                                                   if isinstance(v, str) for s in v.split(",")))
    for line in (title, byline):
        if line:
            yield from (g for g, p in m["kicker_patterns"].items() if p.search(line))


def opening_genre(text: str) -> str | None:
    """The genre the text's opening declares ("The Daily Courier said in an editorial on Friday, May 7: …"), or
    None."""
    head = text[:300]
    return next((g for g, p in _markers()["opening_patterns"].items() if p.search(head)), None)


def address_genres(addresses: Iterable[str]) -> Iterator[str]:
    """The genres a whole segment of an address's path names ("/opinion/2020/…")."""
    segments = _markers()["address_segments"]
    for address in addresses:
        path = urlsplit(address if "//" in address else "//" + address).path
        yield from (segments[s] for s in path.lower().split("/") if s in segments)


def own_linked_data(tree) -> Iterator[dict]:
    """The JSON-LD objects of the page itself: each script's top-level objects and the members of an @graph."""
    for script in tree.xpath("//script[@type = 'application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _as_list(data):
            if isinstance(obj, dict):
                yield obj
                yield from (o for o in _as_list(obj.get("@graph")) if isinstance(o, dict))


def _values(tree, expressions: list[str]) -> Iterator[str]:
    if tree is not None:
        yield from (str(v) for expr in expressions for v in tree.xpath(expr))


def _named(names: dict[str, str], values: Iterable[str]) -> Iterator[str]:
    yield from (names[v.strip().lower()] for v in values if v.strip().lower() in names)


def _as_list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]
