"""A component that keeps a closing quotation mark, and the "he said" after it, in the sentence of the quote,
before the parser runs.

The parser of the small English pipeline, given `…no talks."` at the end of a line, often starts a new sentence on
the closing mark: the quote's sentence loses its mark and the next one begins with it (or with `" he said`), so the
evidence of an event is no whole sentence. A mark is a closing one when it hangs on the word before it (no space
between) and that word ends a sentence (`.`, `?`, `!`) or the mark is a typographic closing one (`”`); the parser
respects boundaries set before it, including a "no boundary here".

An ellipsis inside a quote (a quotation mark opened before it on the same line) marks words left out, not a
sentence's end, when the word after it goes on with the quote's sentence: a word in lower case, a conjunction,
preposition, verb or modal, a common noun or adjective ("... the ... Services of its staff," wire text that
capitalises the word after the dots), or an article whose words up to the quote's end have no finite verb ("... The
facts,"). A pronoun, a name or a word that opens sentences as often ("But", "If") after the dots is left to the
parser, as is a stop after the dots ("....").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dossier.nlp.abbreviations import abbreviation_rules
from dossier.nlp.arrays import with_text

_QUOTES = frozenset({'"', "''", "”"})
_TYPOGRAPHIC_CLOSING = frozenset({"”"})
_ENDS = (".", "?", "!", "…")
_ELLIPSES = frozenset({"...", "…", ". . ."})
_COMMON_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS"})
_ARTICLE_TAGS = frozenset({"DT", "PDT"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


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


def _inside_quote(token: Token) -> bool:
    """An odd number of quotation marks between the start of the token's line and the token."""
    marks = 0
    for before in reversed(token.doc[:token.i]):
        if before.is_space and "\n" in before.text or "\n" in before.whitespace_:
            break
        marks += before.text in _QUOTES or before.text == "“"
    return marks % 2 == 1


def _verbless_to_close(word: Token) -> bool:
    """No finite verb from `word` to the quote's closing mark (or the line's end)."""
    for token in word.doc[word.i:min(len(word.doc), word.i + 40)]:
        if token.text in _QUOTES or token.is_space or "\n" in token.whitespace_:
            return True
        if token.tag_ in _FINITE_TAGS:
            return False
    return False


def goes_on_after_ellipsis(word: Token) -> bool:
    """Whether `word`, after an ellipsis inside a quote, goes on with the quote's sentence."""
    _, continuing, opening, _, _ = abbreviation_rules()
    if word.text[:1].islower():
        return True
    if not word.text[:1].isupper() or word.lower_ in opening:
        return False
    if word.tag_ in continuing or word.tag_ in _COMMON_TAGS:
        return True
    return word.tag_ in _ARTICLE_TAGS and _verbless_to_close(word)


@Language.component("dossier_closing_quotes")
def keep_closing_quotes(doc: Doc) -> Doc:
    for token in (doc[i] for i in with_text(doc, _QUOTES)):  # the marks alone, found on the Doc's ORTH ids
        if closes_quote(token):
            token.is_sent_start = False
            said = _said_after(token)
            if said is not None:
                said.is_sent_start = False
    for i in with_text(doc, _ELLIPSES):
        if i + 1 < len(doc) and not doc[i + 1].is_sent_start and _inside_quote(doc[i]) \
                and goes_on_after_ellipsis(doc[i + 1]):
            _keep_to_close(doc[i + 1])
    return doc


def _keep_to_close(word: Token) -> None:
    """No sentence starts at `word`, nor at a word in lower case after it up to the quote's closing mark."""
    word.is_sent_start = False
    for token in word.doc[word.i + 1:min(len(word.doc), word.i + 40)]:
        if token.text in _QUOTES or token.is_space or token.text in {".", "?", "!"}:
            return
        if token.text[:1].islower():
            token.is_sent_start = False
