"""The clause a figure sits in: the tokens whose actors and dates the figure concerns."""

from __future__ import annotations

from spacy.tokens import Doc, Token

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "conj", "xcomp", "csubj"}


def head_of(doc: Doc, start: int, end: int) -> Token:
    """The syntactic root of a token span."""
    return doc[start:end].root


def clause_head(tok: Token) -> Token:
    """The lowest verb (or the sentence root) above a token."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def clause_tokens(tok: Token) -> list[Token]:
    """Tokens of the clause around `tok`: its verb's subtree, less nested clauses that do not hold it
    and less "according to …" phrases (the source, not the subject)."""
    head = clause_head(tok)
    out: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            # a nested clause or an "according to" phrase stays out unless it holds tok (asked only of those:
            # a subtree's edges are costly to read)
            if (child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") or child.lower_ == "according"
                    or child.dep_ == "prep" and child.lower_ == "to" and node.lower_ == "according"):
                if child.i == tok.i or tok.i in _span(child):
                    stack.append(child)
            else:
                stack.append(child)
    # "X agreed to train 20,000 people": an infinitive clause's doer is the subject of the verb it completes
    if head.dep_ == "xcomp" and head.head.i != head.i:
        seen = {t.i for t in out}
        for child in head.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                out.extend(t for t in child.subtree if t.i not in seen)
    return sorted(out, key=lambda t: t.i)


def _span(tok: Token) -> range:
    return range(tok.left_edge.i, tok.right_edge.i + 1)
