"""The event coder: triggers found by the Matcher become Events with roles, status, attribution, date and evidence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.events import cameo
from dossier.events.actors import Resolver
from dossier.events.dates import event_date, is_after, is_before
from dossier.events.matching import TriggerMatcher
from dossier.events.patterns import Entry, Lexicon
from dossier.events.roles import governor, read_roles
from dossier.events.status import is_tenseless, read_attribution, read_status
from dossier.model import Event, Evidence


class Coder:
    """Built once per pipeline; `code(doc)` returns the doc's events."""

    def __init__(self, matcher: TriggerMatcher, lexicon: Lexicon):
        self.matcher = matcher
        self.lex = lexicon

    def code(self, doc: Doc) -> list[Event]:
        resolver = Resolver(doc, pairs=self.lex.pairs, leader_titles=self.lex.leader_titles,
                            reporting_verbs=self.lex.reporting_verbs)
        events: list[Event] = []
        planned: set[tuple] = set()
        for tok, entry in self._triggers(doc):
            event = self._event(doc, tok.sent, tok, entry, resolver, len(events) + 1)
            if event is None:
                continue
            key = (event.type, event.mode, tuple(event.source))
            # an article that announced the act reads later tenseless mentions of it ("her visit") as the plan
            if event.status == "occurred" and entry.pos == "noun" and key in planned and is_tenseless(tok) \
                    and not is_before(event.date, doc._.published):
                event.status = "planned"
            if event.status == "planned":
                planned.add(key)
            events.append(event)
        return events

    def _triggers(self, doc: Doc) -> list[tuple[Token, Entry]]:
        """Matches, less those another trigger subsumes ("agreed to cooperate", "signed an agreement")."""
        found = self.matcher(doc)
        by_index = {t.i: e for t, e in found}
        kept = []
        for tok, entry in found:
            if tok.dep_ == "xcomp" and tok.head.i in by_index:
                continue
            if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in by_index:  # "criticised X, warning..."
                continue
            gov = governor(tok) if entry.pos == "noun" else None
            if gov is not None and gov.i in by_index and by_index[gov.i].type == entry.type:
                continue
            kept.append((tok, entry))
        return kept

    def _is_commentary(self, tok: Token, gov: Token | None, entry: Entry) -> bool:
        """An event only talked about: a noun not the object of a light verb or judged by a predicate, or a
        subjectless gerund that completes a noun ("the importance of cooperating with X", "plans for meeting Y")."""
        if entry.pos != "noun":
            return (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.head.pos_ in ("NOUN", "PROPN")
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        if entry.light_only and (gov is None or gov.lemma_.lower() not in self.lex.light_verbs):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.opinion_predicates:
            return True
        return any(a.lower_ == "likely" for a in tok.head.children) and tok.dep_ == "nsubj"

    def _event(self, doc: Doc, sent: Span, tok: Token, entry: Entry, resolver: Resolver, n: int) -> Event | None:
        gov = governor(tok) if entry.pos == "noun" else None
        if self._is_commentary(tok, gov, entry):
            return None
        # only a light verb or "be" lends its subject to a noun event ("X held talks", "X is on a visit")
        lends = gov is not None and (gov.lemma_.lower() in self.lex.light_verbs or gov.lemma_ == "be")
        roles = read_roles(tok, entry, resolver, gov if lends else None)
        if not roles.source and not roles.target:  # an event nobody does to nobody is noise
            return None
        if entry.target_labels:
            roles.target = [t for t in roles.target if resolver.label(t) in entry.target_labels]
            if not roles.target:
                return None
        anchor = gov if gov is not None and gov.lemma_.lower() in self.lex.light_verbs else tok
        status = read_status(anchor, self.lex)
        if status == "occurred" and entry.pos == "noun" and anchor is not tok:
            status = read_status(tok, self.lex)
        date = event_date([t for t in (tok, gov) if t is not None], sent, doc._.timexes or [])
        if status == "occurred" and anchor.tag_ not in ("VBD", "VBN") and is_after(date, doc._.published):
            status = "planned"
        return Event(
            id=f"{doc._.doc_id}:e{n}", type=entry.type, mode=entry.mode, cameo=entry.cameo,
            goldstein=cameo.goldstein(entry.cameo), quad_class=cameo.quad_class(entry.cameo),
            source=roles.source, target=roles.target, date=date, location=roles.location, status=status,
            attribution=read_attribution(anchor, resolver, self.lex), issue=roles.issue,
            trigger=tok.text if anchor is tok else f"{anchor.text} … {tok.text}",
            confidence=_confidence(entry, roles.source, roles.target, resolver.fallback, _is_background(anchor)),
            evidence=[Evidence(doc=doc._.doc_id or "", text=sent.text, start=sent.start_char, end=sent.end_char)],
        )


def _named_subject(verb: Token) -> bool:
    """A verb with a noun subject the actors stage did not resolve ("the two presidents met")."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                                       for c in verb.children)


def _is_background(tok: Token) -> bool:
    """A trigger inside a relative or adverbial clause, or a clause modifying a noun: background to the sentence's
    own report ("..., where 24 people were killed", "after a jet shot down a helicopter", "rebels fighting X")."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("relcl", "acl", "advcl"):
            return True
        if anc.dep_ == "ccomp":  # what a speaker reports is the sentence's news
            return False
    return False


def _confidence(entry: Entry, source: list[str], target: list[str], fallback: set[str],
                background: bool = False) -> float:
    """Rule-based: lower for noun triggers, missing roles, actors the actors stage did not know, and acts
    told as background in a subordinate clause."""
    score = 0.9 - (0.15 if entry.pos == "noun" else 0.0) - (0.15 if background else 0.0)
    score -= 0.2 if not source else 0.0
    score -= 0.1 if not target else 0.0
    score -= 0.05 * sum(1 for a in source + target if a in fallback)
    return round(max(0.1, min(1.0, score)), 2)
