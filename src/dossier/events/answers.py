"""An act asked about and answered in one sentence (round 75, stance75): "Asked whether Greece would expel the
diplomats, the premier replied 'Yes'" tells the act as the premier's word, still to come; "… replied 'No'" denies it.
An answer of other words ("no comment", "we are studying it") leaves the question's act as it is told.
"""

from __future__ import annotations

from spacy.tokens import Token

_CHAIN = frozenset({"xcomp", "ccomp", "conj", "advcl"})  # clauses only: the summit a question's act is done at
# ("asked if the border would be discussed at the summit, X said no") is not what the answer denies
_QUESTION_MARKS = frozenset({"if", "whether"})
_YES = frozenset({"yes", "obviously", "certainly", "definitely", "absolutely", "sure", "surely", "naturally",
                  "indeed", "yeah", "undoubtedly"})
_NO = frozenset({"no", "never", "nope"})
_SKIP = frozenset({'"', "'", "“", "”", "‘", "’", ":", ",", "``", "''", "-", "—"})


def answer(tok: Token) -> str | None:
    """"yes" or "no" where the word lies in a question ("if"/"whether" clause) that the participle "asked" opening its
    answer puts, and the answer, the first words after its verb of saying, affirms or denies it ("replied
    'Obviously'", "said: 'Certainly not.'"); None otherwise (no such question, or an answer of other words)."""
    node = tok
    while node.dep_ in _CHAIN and node.head.i != node.i:
        clause, node = node, node.head
        if node.lemma_.lower() == "ask" and node.tag_ == "VBN" and node.dep_ == "advcl" \
                and clause.dep_ in ("ccomp", "advcl") \
                and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in clause.children):
            return _reply(node.head, node)
    return None


def _reply(verb: Token, asked: Token) -> str | None:
    """What the words right after the verb of the answer say: "yes", "no" or None."""
    doc = verb.doc
    toks = [t for t in doc[verb.i + 1: verb.sent.end] if t.text not in _SKIP and not t.is_space][:3]
    if asked.i > verb.i or not toks or toks[0].dep_ == "det":  # "no comment": no "no"
        return None
    words = [t.lower_ for t in toks]
    first = words[0] if words[0] != "of" or words[1:2] != ["course"] else "of course"
    rest = words[1:] if first != "of course" else words[2:]
    if first in _NO:
        return "no"
    if first in _YES or first == "of course":
        return "no" if rest[:1] == ["not"] else "yes"
    return None
