"""The lead paragraph a page sets in its own element right above the body's (`<div class="article__summary">`
before `<div class="article__text">`), which trafilatura leaves out when it takes the body's element alone.

`with_lede` puts it back before the body's first paragraph where the element's class or id names a lead
(ingest/lede.yaml), its text is one or more whole sentences of running text (no heading, mostly no link) and the
text lacks it. A teaser ("teaser", "kicker" classes, an ellipsis at the end) stays out.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from dossier.data_files import load_yaml
from dossier.ingest.markup import page_tree

LEDE_FILE = Path(__file__).with_name("lede.yaml")
_LEVELS = 4  # ancestors of the first paragraph looked above
_TOKEN = re.compile(r"\w+")
_RUNNING = re.compile(r"[.!?][\"”’')]*$")  # a line of running text ends a sentence (a title does not)


@cache
def _rules() -> tuple[frozenset[str], re.Pattern, int]:
    data = load_yaml(LEDE_FILE)
    return frozenset(data["lede_words"]), re.compile(data["sentence_end"]), int(data["min_words"])


@cache
def _named() -> re.Pattern:
    """A class or id attribute with one of the lead's words in the markup (checked before the markup is parsed)."""
    words = "|".join(sorted(_rules()[0]))
    return re.compile(rf"""(?:class|id)\s*=\s*["'][^"'<>]*?(?<![A-Za-z])(?:{words})(?![a-z])""", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _words_of(element) -> set[str]:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return {w.lower() for w in re.split(r"[^A-Za-z]+", names) if w}


def _first_paragraph(tree, line: str):
    """The element whose own text starts `line` (the body's first paragraph), or None."""
    probe = _norm(line)[:40]
    for element in tree.iter():
        own = _norm(element.text or "") if isinstance(element.tag, str) else ""
        if len(own) >= 10 and (own.startswith(probe) or probe.startswith(own)):
            return element
    return None


def _element_above(element):
    """The nearest element with text before `element` or before one of its first few ancestors."""
    node = element
    for _ in range(_LEVELS):
        previous = node.getprevious()
        while previous is not None and (not isinstance(previous.tag, str) or not _norm(previous.text_content())):
            previous = previous.getprevious()
        if previous is not None:
            return previous
        node = node.getparent()
        if node is None:
            return None
    return None


def _a_lede(element) -> str | None:
    words, sentence_end, min_words = _rules()
    if element is None or not _words_of(element) & words:
        return None
    text = _norm(element.text_content())
    linked = sum(len(_norm(a.text_content())) for a in element.iter("a"))
    if len(text.split()) < min_words or not sentence_end.search(text) or linked * 2 > len(text) \
            or next(element.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
        return None
    return text


def page_lede(html: str, text: str) -> tuple[str, str] | None:
    """(the lead paragraph, the line of `text` it goes before), or None where the page sets none apart."""
    min_words = _rules()[2]
    lines = [line for line in text.split("\n") if len(line.split()) >= min_words and _RUNNING.search(line)][:2]
    if not lines or not _named().search(html):  # no element named so: no need to read the markup
        return None
    root = page_tree(html)
    tree = root.find("body") if root is not None else None
    if tree is None:
        return None
    for line in lines:
        first = _first_paragraph(tree, line)
        if first is not None:
            lede = _a_lede(_element_above(first))
            return (lede, line) if lede else None
    return None


def with_lede(html: str, text: str) -> str:
    """The text with the page's lead paragraph put back before the body's first paragraph, where it lacks it."""
    found = page_lede(html, text)
    if found is None:
        return text
    lede, line = found
    if " ".join(_TOKEN.findall(lede)[:8]) in " ".join(_TOKEN.findall(text)):
        return text
    lines = text.split("\n")
    at = lines.index(line)
    return "\n".join(lines[:at] + [lede] + lines[at:])
