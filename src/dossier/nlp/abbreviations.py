"""A component that keeps a sentence whole after a dotted abbreviation ("U.S.", "U.K.") before the parser runs.

The stop of "U.S." may end a sentence or not, and the parser judges by the word after it: capitalised, it often
starts a new sentence there. Wire text that capitalises every word after such an abbreviation ("sold in the U.S.
And Japan", "a levy laid on by the U.S. To pay for checks") is then cut in two. A word after the abbreviation (on
the same line) does not start a sentence when it is in lower case, or when it is of a kind that goes on with the
sentence before it (a conjunction, a preposition, a modal or finite verb, a wh-relative; nlp/data/abbreviations.yaml)
and is neither a word that as often opens a sentence ("But", "If") nor a preposition whose phrase a comma sets off
before any verb ("In May, the firm ..."), as fronted phrases open sentences. A pronoun, article or name after the
abbreviation is left to the parser ("... by the U.S. He listed ..."). The parser respects what is set before it.

Two more cases go on: a stretch after the abbreviation with no finite verb up to the next stop ("to the U.S. Later
this year in a bid to ..."), which is no sentence, and the name after a title written with a stop ("Maj. Gen. Ana
Ruiz"). A comma that sets off a fronted phrase must open a clause: followed by a conjunction, a participle or a bare
"he said." it does not ("... with the U.S. Over chip trade, officials said.").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from dossier.data_files import load_yaml
from dossier.nlp.extensions import doc_text

_DATA = Path(__file__).parent / "data" / "abbreviations.yaml"


@lru_cache(maxsize=1)
def _rules() -> dict:
    """The rules beyond the word's own kind (nlp/data/abbreviations.yaml)."""
    data = load_yaml(_DATA)
    titles = "|".join(data["titles"])
    return {"titles": re.compile(rf"(?<![\w.])(?<!, )(?:{titles})\.(?=[ \t]+[A-Z])"),
            "after_comma": frozenset(data["after_comma_going_on"]), "reporting": frozenset(data["reporting_verbs"]),
            "tail": int(data["reporting_tail"]), "finite": frozenset(data["finite_tags"]),
            "left": frozenset(data["verbless_openers_left"])}


@lru_cache(maxsize=1)
def abbreviation_rules() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str], int]:
    data = load_yaml(_DATA)
    found = re.compile(rf"(?<![\w.])(?:{data['abbreviation']})(?=[ \t]+\S)")
    return (found, frozenset(data["continuing_tags"]), frozenset(w.lower() for w in data["opening_words"]),
            frozenset(data["fronted_tags"]), int(data["fronted_window"]))


def _fronted(word: Token, window: int) -> bool:
    """A comma within `window` words after `word`, before any verb or stop: a phrase set off at a sentence's start."""
    doc = word.doc
    for token in doc[word.i + 1:min(len(doc), word.i + 1 + window)]:
        if token.text == ",":
            return _opens_clause(token)
        if token.tag_.startswith("VB") or token.tag_ == "MD" or token.text in {".", "?", "!", ";"}:
            return False
    return False


def _opens_clause(comma: Token) -> bool:
    """What follows the comma can be a fronted phrase's clause: not a conjunction or a participle ("..., but he",
    "..., seeking to"), nor a short reporting clause that ends the sentence ("..., officials said.")."""
    rules, doc = _rules(), comma.doc
    if comma.i + 1 >= len(doc) or doc[comma.i + 1].tag_ in rules["after_comma"]:
        return False
    for token in doc[comma.i + 1:min(len(doc), comma.i + 2 + rules["tail"])]:
        if token.lower_ in rules["reporting"]:
            return not (token.i + 1 == len(doc) or doc[token.i + 1].text in {".", "?", "!"})
        if token.is_punct or token.is_space:
            break
    return True


def _verbless(word: Token) -> bool:
    """No finite verb or modal from `word` to the next stop or line break: the words are no sentence."""
    rules, doc = _rules(), word.doc
    if word.tag_ in rules["left"]:
        return False
    for token in doc[word.i:min(len(doc), word.i + 60)]:
        if token.text in {".", "?", "!"} or (token.is_space and "\n" in token.text):
            return True
        if token.tag_ in rules["finite"]:
            return False
    return False


def goes_on(word: Token) -> bool:
    """Whether `word`, right after a dotted abbreviation, continues the sentence the abbreviation stands in."""
    _, continuing, opening, fronted, window = abbreviation_rules()
    first = word.text[:1]
    if first.islower():
        return True
    if not first.isupper() or word.lower_ in opening or word.tag_ not in continuing:
        return False
    return not (word.tag_ in fronted and _fronted(word, window))


@Language.component("dossier_abbreviations")
def join_after_abbreviations(doc: Doc) -> Doc:
    found = abbreviation_rules()[0]
    text = doc_text(doc)
    for match in found.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.end >= len(doc):
            continue
        word = doc[span.end]
        if word.is_space or word.is_sent_start:  # a line break already set the start (dossier_paragraphs)
            continue
        if goes_on(word) or _verbless(word):
            word.is_sent_start = False
    for match in _rules()["titles"].finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.end < len(doc) and not doc[span.end].is_sent_start:
            doc[span.end].is_sent_start = False  # "Maj. Gen. Ana Ruiz"
    return doc
