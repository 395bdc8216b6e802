"""A conflict act threatened, not done: vowed ("swore to fight"), held out under a condition ("will withdraw
unless..."), or announced by its own actor for the future ("X said it would boycott the talks"). The threat, not the
act, is what happened (`threat_of`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.clauses import committed_by
from dossier.events.noun_acts import lemma
from dossier.events.patterns import Entry, Lexicon, Threats

_FIRST_PERSON = frozenset({"i", "we"})  # the speaker as the actor of what is said


def threat_of(tok: Token, entry: Entry, status: str, source: list[str], resolver: Resolver, lex: Lexicon,
              threats: Threats) -> tuple[Token, str] | None:
    """(the word that announces it, the CAMEO threat code) when a conflict act is threatened, not done: vowed
    ("swore to fight", "is ready to strike"), held out under a condition ("will withdraw unless..."), or
    announced by its own actor for the future ("X said it would boycott the talks"; not "X announced it would
    ban Y", which makes a decision known)."""
    if status == "negated" or not threats.code(entry.type, True):
        return None
    vow = committed_by(tok)  # "vowed to attack X and (to) kill Y": both acts are vowed
    if vow is not None and lemma(vow) in lex.commissive_words and threats.code(entry.type, False):
        return vow, threats.code(entry.type, False)
    modal = any(a.dep_ == "aux" and a.lower_ in lex.future_aux | {"would", "'d"} for a in tok.children)
    if not modal:
        return None
    reporter = tok.head if tok.dep_ == "ccomp" and lemma(tok.head) in lex.reporting_verbs else None
    first_person = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON for c in tok.children)
    if reporter is not None and not first_person:  # only the actor's own announcement is a threat ("we will
        # retaliate", quoted, is the speaker's own, whoever the report names); others' forecasts are not
        speakers = [ident for s in reporter.children if s.dep_ == "nsubj" for ident in resolver.many(s)]
        if not set(speakers) & set(source):
            return None
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.condition_marks
                                                 for m in c.children) for c in tok.children)
    code = threats.code(entry.type, conditional)
    if code is None or (not conditional and (reporter is None or lemma(reporter) in lex.decision_verbs)):
        return None  # "X announced it would ban Y" makes the ban known: it is the ban
    return (reporter or tok), code
