"""Pieces of names that are never an actor: one or two letters ("D", "Co"), only the legal forms that end a
company's name ("Inc and Co": `legal_forms` in the lexicon), a word written without a capital ("cts"). Read by the
actors stage and by the events coder's fallback names alike; both see the legal forms of the dictionaries loaded
(the shipped lexicon and a user's files alike)."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.actors.dictionary import loaded, slug

_FORMS: dict[tuple[int, ...], frozenset[str]] = {}


def legal_forms() -> frozenset[str]:
    """The legal forms of every dictionary this process has loaded (the shipped one when none yet), lower case: the
    events coder's fallback names are judged by the same forms as the actors stage, a user's additions included."""
    dictionaries = loaded()
    key = tuple(id(d) for d in dictionaries)
    if key not in _FORMS:
        _FORMS.clear()
        _FORMS[key] = frozenset(f.lower() for d in dictionaries for f in d.lexicon.legal_forms)
    return _FORMS[key]


def is_fragment(name: str, forms: Iterable[str] | None = None) -> bool:
    """Whether a name is only a piece of one: one or two letters, legal forms alone, or no capital letter."""
    forms = legal_forms() if forms is None else forms
    words = [w for w in slug(name).split("-") if w and w != "the"]
    return (sum(len(w) for w in words) <= 2 or all(w in forms or w == "and" for w in words)
            or not any(c.isupper() for c in name))
