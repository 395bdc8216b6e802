"""Posts quoted whole in a web page (embedded tweets): who a first-person word in one stands for.

A page that embeds a post gives its lines and then a line naming the author, the author's handle and the day
("— Jane Roe (@janeroe) May 4, 2020"; nlp/data/tweets.yaml). The post is the line right above that line, and the
lines above it that end with no mark that closes a sentence of the page (a post's lines seldom have one: "…in
neighbouring states"; the page's own paragraphs and the colon that introduces a post end with one), up to a post's
greatest length (links left out), not past another author's line. A post set apart from the page's lines by a
blank line above its first line and below its author's line (as ingest/posts.py writes a post the page's markup
tells) is read whole, lines that end with a full stop too, unless a line in it ends as an introduction does (a
colon). "I", "we", "me" or "us" in the post is its author, as in a quotation whose speaker is named, and the day on
the author's line dates its acts.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dossier.data_files import load_yaml
from dossier.nlp.extensions import doc_text, sentences_of

_DATA = Path(__file__).parent / "data" / "tweets.yaml"
_KEY = "dossier_tweets"


@cache
def _rules() -> tuple[re.Pattern, int, re.Pattern, tuple[str, ...], tuple[str, ...]]:
    data = load_yaml(_DATA)
    return (re.compile(data["attribution"], re.MULTILINE), int(data["max_chars"]),
            re.compile("|".join(data["links"])), tuple(data["page_line_ends"]), tuple(data["intro_line_ends"]))


def _set_apart(text: str, match: re.Match) -> int | None:
    """The first character of a post set apart by blank lines (above its first line, below its author's line) that
    fits a post's length and has no line that introduces one; None where the post is not so set apart."""
    attribution, longest, links, _, intro = _rules()
    if text[match.end():].strip() and not text.startswith("\n\n", match.end()):
        return None
    block_end = match.start() - 1
    gap = text.rfind("\n\n", 0, block_end)
    if gap < 0 or block_end <= gap + 2:
        return None
    lines = text[gap + 2:block_end].split("\n")
    if any(not line.strip() or attribution.match(line) for line in lines) \
            or any(line.rstrip().endswith(intro) for line in lines[:-1]) \
            or sum(len(links.sub("", line).strip()) for line in lines) > longest:
        return None
    return gap + 2


def posts(doc: Doc) -> list[tuple[int, int, int, int, int]]:
    """The posts the Doc quotes: their first and end characters, their author's name's, and the end of the author's
    line (which tells the post's day), read once per Doc (kept as numbers in the Doc's user data)."""
    if _KEY in doc.user_data:
        return doc.user_data[_KEY]
    text = doc_text(doc)
    found = []
    if "(@" in text:
        attribution, longest, links, ends, _ = _rules()
        for match in attribution.finditer(text):
            start, used = match.start(), 0
            apart = _set_apart(text, match)
            if apart is not None:
                found.append((apart, match.start(), *match.span("author"), match.end()))
                continue
            while start > 0:
                line_start = text.rfind("\n", 0, start - 1) + 1
                line = text[line_start:start - 1]
                if not line.strip():
                    break
                used += len(links.sub("", line).strip())
                page_line = start < match.start() and line.rstrip().endswith(ends)
                if used > longest or attribution.match(line) or page_line:
                    break
                start = line_start
            if start < match.start():
                found.append((start, match.start(), *match.span("author"), match.end()))
    doc.user_data[_KEY] = found
    return found


def linked_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The first and end characters of each post's text that ends with its picture link at the end of a line
    (`picture_link`: "… pic.twitter.com/AbC123"), a post the page left in its body, its author's line there or not:
    the line up to the link where it fits a post's length, else the last sentence before the link on its line (the
    parser may make the link a sentence of its own). The page's own prose ends no line so."""
    text = doc_text(doc)
    if "pic.twitter.com/" not in text:
        return []
    _, longest, links, _, _ = _rules()
    found = []
    for match in re.finditer(load_yaml(_DATA)["picture_link"], text, re.MULTILINE):
        line_start = text.rfind("\n", 0, match.start()) + 1
        start = line_start
        if len(links.sub("", text[line_start:match.start()]).strip()) > longest:
            told = [sent.start_char for sent in sentences_of(doc)
                    if line_start <= sent.start_char < match.start() and text[sent.start_char:match.start()].strip()]
            start = told[-1] if told else line_start
        found.append((start, match.end()))
    return found


def post_author(tok: Token) -> Span | None:
    """The author of the post a token stands in, None outside any."""
    for start, end, first, last, _ in posts(tok.doc):
        if start <= tok.idx < end:
            return tok.doc.char_span(first, last, alignment_mode="contract")
    return None


def post_line(tok: Token) -> tuple[int, int] | None:
    """The characters of the author's line (the name, the handle, the day) of the post a token stands in."""
    return next(((end, line_end) for start, end, _, _, line_end in posts(tok.doc) if start <= tok.idx < end), None)
