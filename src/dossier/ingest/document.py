"""Build a dossier Document from what a reader found; the id is a hash of the whitespace-normalised text as read
(before hard-wrapped lines are joined, so that stores built before the joining keep their ids)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from dossier.ingest.apostrophes import mend_possessives
from dossier.ingest.genre import opening_genre
from dossier.ingest.header import Header, apply_dateline, drop_boilerplate, split_header, strip_leading_bylines
from dossier.ingest.outlets import credited_outlet
from dossier.ingest.wrapping import unwrap
from dossier.model import Document

_SPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")


@dataclass
class IngestError:
    """A file or record that could not be read: where (`source`) and why (`reason`, one sentence)."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        # one line, of a sensible length, whatever a library's exception message looked like
        reason = " ".join(str(self.reason).split())
        self.reason = reason if len(reason) <= 400 else reason[:399] + "…"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def document_id(text: str) -> str:
    """First 16 hex digits of the sha1 of the text with all whitespace runs made one space."""
    normalised = _SPACE.sub(" ", text).strip()
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


def tidy(text: str) -> str:
    """Trim the text and collapse runs of blank lines to one; lines themselves are left as they are."""
    return _BLANK_LINES.sub("\n\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def make_document(source: str, text: str, *, title: str | None = None, outlet: str | None = None,
                  published: str | None = None, dateline: str | None = None,
                  published_inferred: bool = False, genre: str | None = None) -> Document:
    text = tidy(text)
    ident = document_id(text)  # (before the page furniture is dropped: ids of stores built before stay)
    text = mend_possessives(unwrap(tidy(drop_boilerplate(text))))
    inferred = published_inferred and published is not None
    basis = None if published is None else "dateline" if inferred else "stated"
    return Document(id=ident, source=source, title=_clean(title), outlet=_clean(outlet),
                    published=published, published_inferred=inferred, published_basis=basis,
                    dateline=dateline, genre=genre, text=text)


def document_from_text(source: str, text: str, *, title: str | None = None, outlet: str | None = None,
                       published: str | None = None, header: bool = True, dateline: str | None = None,
                       genre: str | None = None) -> Document:
    """A Document from article text: given fields win; the rest come from its header lines and dateline. A dateline
    kept apart from the text (a JSON record's field, `dateline` here) is the story's where its text opens with none;
    so is the genre its opening declares (`genre.opening_genre`: a wire's reprint of an editorial) where none is given.

    `header=False` keeps every line of the text (for bodies already separated from their metadata, as in
    HTML or JSON), and reads only the dateline.
    """
    found = split_header(text) if header else Header(body=strip_leading_bylines(tidy(text), title))
    genre = genre or opening_genre(found.body)
    found.published = published or found.published
    found.outlet = outlet or found.outlet
    found = apply_dateline(found)
    outlet = found.outlet or credited_outlet(found.body)
    return make_document(source, found.body, title=title or found.title, outlet=outlet,
                         published=found.published, dateline=found.dateline or dateline,
                         published_inferred=found.published_inferred, genre=genre)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACE.sub(" ", str(value)).strip()
    return value or None
