"""The rival a state's forces are put on alert against, where the words of the alert name none (round 75, stance75).

"The Greek armed forces are in a state of alert, a general said", after "Tension rose between Greece and Turkey": an
alert is a move against another state, and a story of two states at odds names it. The forces put on alert in the
passive ("the forces were put on alert") are the ones who move: their state is the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.doers import is_passive
from dossier.events.roles.reading import Roles

_GOVERNMENT = "government"


def alerted(gov: Token | None, roles: Roles, resolver: Resolver) -> None:
    """The doer of an alert told on a passive light verb ("the Greek forces were put on alert"): the forces put on
    it, where no one is named as putting them."""
    if roles.source or gov is None or not is_passive(gov):
        return
    roles.source = list(dict.fromkeys(i for c in gov.children if c.dep_ == "nsubjpass" for i in resolver.many(c)))
    roles.target = [i for i in roles.target if i not in roles.source]


def rival(tok: Token, roles: Roles, resolver: Resolver) -> None:
    """The target of an alert with none of another state's (none, or only its own forces): the one state of
    another country its sentence, or else the sentence before, names ("tension rose between Greece and Turkey…",
    "after Turkey announced the drilling plan"); none where neither names one, or names two or more."""
    actors = resolver.doc._.actors or {}
    own = {getattr(actors.get(i), "country", None) for i in roles.source} - {None}
    if not own or any(getattr(actors.get(i), "country", None) not in own for i in roles.target):
        return
    sent = tok.sent
    before = [sent.doc[sent.start - 1].sent] if sent.start > 0 else []
    for span in [sent, *before]:
        states: dict[str, str] = {}
        for t in span:
            if t.pos_ not in ("PROPN", "ADJ", "NOUN"):
                continue
            for i in resolver.many(t):
                entity = actors.get(i)
                country = getattr(entity, "country", None)
                if country and country not in own and getattr(entity, "kind", None) == _GOVERNMENT:
                    states.setdefault(country, i)
        if len(states) == 1:
            roles.target = [*roles.target, *states.values()]
            return
        if states:
            return
