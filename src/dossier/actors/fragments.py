"""Pieces of names and words that are never an actor: one or two letters ("D", "Co"), only the legal forms that end a
company's name ("Inc and Co": `legal_forms` in the lexicon), only words of earnings tables and market reports ("Avg",
"Revs", "GMT", "U.S. Dollar": `not_actor_words`, with initials), a credit rating grade ("AAA", "Baa-3"), a word
written without a capital ("cts"), the name of a thing made or measured ("the Arusha Communique", "Petroleum Revenue
Tax": `thing_name_heads`, `is_thing_name`); a holiday's or a month's name ("Diwali", "May": the time stage's `holidays` and
`months`, `is_time_name`).
Read by the actors stage and by the events coder's fallback names alike; both see the words of the dictionaries loaded
(the shipped lexicon and a user's files alike)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.actors.dictionary import Dictionary, from_loaded, lexicon_words, slug
from dossier.time.lexicon import lexicon as time_lexicon

# "AAA", "BBB-", "Baa-3", "BB+"; a two-letter grade only with its modifier ("AA" and "BA" are also airlines)
_RATING = re.compile(r"^(?:(?:AAA|BBB|CCC|Aaa|Baa|Caa|BAA|CAA)(?:[-+]|-?[123])?|(?:AA|BB|Aa|Ba|Ca)(?:[-+]|-?[123]))$")


@from_loaded
def _lexicon_words(dictionaries: list[Dictionary]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(legal forms, words of tables and markets, heads of things' names) of every dictionary this process has
    loaded, lower case."""
    return (lexicon_words(dictionaries, "legal_forms"), lexicon_words(dictionaries, "not_actor_words"),
            lexicon_words(dictionaries, "thing_name_heads"))


def legal_forms() -> frozenset[str]:
    """The legal forms of every dictionary this process has loaded (the shipped one when none yet), lower case: the
    events coder's fallback names are judged by the same forms as the actors stage, a user's additions included."""
    return _lexicon_words()[0]


def not_actor_words() -> frozenset[str]:
    """The words of earnings tables and market reports of every dictionary loaded, lower case."""
    return _lexicon_words()[1]


def thing_name_heads() -> frozenset[str]:
    """The words that end a thing's name (a document, a law, a tax, an index) in every dictionary loaded, lower case."""
    return _lexicon_words()[2]


def is_thing_name(name: str, heads: Iterable[str] | None = None) -> bool:
    """Whether a name is a thing's: its head word (the last, or the one before its first "of": "the Treaty of Rome",
    or the word alone: "the Constitution") is one of `thing_name_heads`, written with a capital and not as an acronym
    ("the ACT" may be a territory); an acronym in brackets after it is left out ("the X Accord (XA")."""
    heads = thing_name_heads() if heads is None else heads
    name = name.split("(")[0] or name  # "the X Agreement (XA": the tagger's span ran into the acronym after it
    words = name.replace("’", "'").removesuffix("'s").split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    words = [w for w in words if w.lower() != "the"]
    head = words[-1] if words else ""
    return head.lower() in heads and head[:1].isupper() and not head.isupper()


def is_fragment(name: str, forms: Iterable[str] | None = None, words: Iterable[str] | None = None) -> bool:
    """Whether a name is only a piece of one or no name at all: one or two letters, legal forms alone, words of tables
    and markets alone, a credit rating grade, or no capital letter; or the name of a thing (`is_thing_name`)."""
    forms = legal_forms() if forms is None else forms
    words = not_actor_words() if words is None else words
    parts = [w for w in slug(name).split("-") if w and w != "the"]
    return (sum(len(w) for w in parts) <= 2 or all(w in forms or w == "and" for w in parts)
            or (any(w in words for w in parts) and all(w in words or w.isdigit() or w == "and" or len(w) == 1
                                                       for w in parts)) or bool(_RATING.match(name.strip()))
            or not any(c.isupper() for c in name) or is_thing_name(name))


def is_time_name(name: str) -> bool:
    """Whether a name is, whole, a holiday or a month the time stage reads as a date ("Diwali", "the Lunar New Year",
    "May")."""
    words = " ".join(name.replace("’", "'").lower().split())
    words = words[4:] if words.startswith("the ") else words
    return words in time_lexicon()["holidays"] or words in time_lexicon()["months"]
