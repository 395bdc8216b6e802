"""A component that keeps a closing quotation mark, and the "he said" after it, in the sentence of the quote,
before the parser runs.

The parser of the small English pipeline, given `…no talks."` at the end of a line, often starts a new sentence on
the closing mark: the quote's sentence loses its mark and the next one begins with it (or with `" he said`), so the
evidence of an event is no whole sentence. A mark is a closing one when it hangs on the word before it (no space
between) and that word ends a sentence (`.`, `?`, `!`) or the mark is a typographic closing one (`”`); the parser
respects boundaries set before it, including a "no boundary here".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dossier.nlp.arrays import with_text

_QUOTES = frozenset({'"', "''", "”"})
_TYPOGRAPHIC_CLOSING = frozenset({"”"})
_ENDS = (".", "?", "!", "…")


def closes_quote(token: Token) -> bool:
    """A quotation mark written right after the word it closes (`talks."`, `talks”`)."""
    if token.text not in _QUOTES or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.whitespace_ or before.is_space:
        return False
    return token.text in _TYPOGRAPHIC_CLOSING or before.text.endswith(_ENDS)


def _said_after(token: Token) -> Token | None:
    """The first word after a closing mark when it goes on the quote's sentence in lower case (`?" he asked`)."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or not token.whitespace_ or nxt.is_space or not nxt.text[:1].islower():
        return None
    return nxt


@Language.component("dossier_closing_quotes")
def keep_closing_quotes(doc: Doc) -> Doc:
    for token in (doc[i] for i in with_text(doc, _QUOTES)):  # the marks alone, found on the Doc's ORTH ids
        if closes_quote(token):
            token.is_sent_start = False
            said = _said_after(token)
            if said is not None:
                said.is_sent_start = False
    return doc
