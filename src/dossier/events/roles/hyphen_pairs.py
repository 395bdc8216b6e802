"""Two parties joined by a hyphen or a slash before a noun act ("Soviet-American talks", "the Iran-Iraq war", "U.S.-
Japanese trade negotiations", "a U.S./Soviet summit"): where the act is one two sides do to each other (talks, an
accord, fighting, a dispute: `TWO_SIDED`), the first is its source and the second its target; otherwise both do it
("a Franco-German proposal"). The parser hangs the first word on the second, so the noun's own modifiers name only
the second."""

from __future__ import annotations

from spacy.tokens import Token

_JOINERS = frozenset({"-", "/", "–"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "punct", "dep"})
TWO_SIDED = frozenset({"AGREE", "CONSULT", "ASSAULT", "FIGHT", "ACCUSE", "REJECT", "THREATEN", "SANCTION"})


def _before_noun(word: Token, noun: Token) -> bool:
    """The word hangs on the noun through modifiers alone ("Soviet" of "Soviet-American arms talks")."""
    while word.i != noun.i:
        if word.dep_ not in _MODIFIER_DEPS or word.head.i == word.i or word.head.i > noun.i:
            return False
        word = word.head
    return True


def hyphen_pair(noun: Token) -> tuple[Token, Token] | None:
    """The two capitalised words of the one "A-B" or "A/B" before the noun, each a modifier of it; None where there is
    none or more than one."""
    doc = noun.doc
    found = []
    for k in range(noun.left_edge.i + 1, noun.i - 1):
        joiner, first, second = doc[k], doc[k - 1], doc[k + 1]
        if joiner.text in _JOINERS and not joiner.whitespace_ and not first.whitespace_ \
                and first.text[:1].isupper() and second.text[:1].isupper() \
                and _before_noun(first, noun) and _before_noun(second, noun):
            found.append((first, second))
    return found[0] if len(found) == 1 else None
