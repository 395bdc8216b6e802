"""A prison term passed with a conviction: "convicted X of spying and sentenced him to ten years", "was found guilty
and jailed for life". The PLOVER manual puts a court's sentence that includes imprisonment (COERCE, arrest; CAMEO
173) above its finding of guilt (ACCUSE, CAMEO 116): the sentence is the sentence's main act. The sentence verb
joined to the conviction's verb takes the conviction's sides where its own are not named ("sentenced him", a pronoun
the actors stage did not resolve) and, told in the passive with no subject of its own ("were convicted … and
sentenced to ten years"), is made from the conviction: the same court, the same people, the same time."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.events import cameo
from dossier.events.roles.model import trigger_token
from dossier.model import Event

SENTENCE_CODE, SENTENCE_MODE = "173", "arrest"


def _joined(verb: Token, conviction: Token) -> bool:
    """Is the verb one of the conviction verb's joined verbs ("convicted … and sentenced", "found guilty and jailed")
    or a participle clause on it ("convicted him, sentencing him to …")?"""
    if verb.i == conviction.i:
        return False
    return (verb.dep_ in ("conj", "advcl") and verb.head.i == conviction.i) \
        or (conviction.dep_ == "conj" and conviction.head.i == verb.i)


def _number(event: Event) -> int:
    tail = event.id.rsplit(":e", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def sentences_passed(doc: Doc, events: list[Event], bare: list[Event],
                     verbs: frozenset[str] | set[str]) -> list[tuple[Event, Event]]:
    """The (sentence passed, conviction) pairs of the document, adding to `events` a sentence event the coder left
    without sides (from `bare`) or did not make; `verbs`: the lemmas of sentencing (lexicon `sentencing_verbs`),
    numbered after the highest event number in use. The caller ranks each sentence above its conviction."""
    pairs: list[tuple[Event, Event]] = []
    convictions = [e for e in events if e.type == "ACCUSE" and e.mode == "convict"]
    if not convictions:
        return pairs
    number = max((_number(e) for e in events + bare), default=0)
    at = {}
    for e in events:
        tok = trigger_token(doc, e)
        if tok is not None:
            at.setdefault(tok.i, e)
    unmanned = {}
    for e in bare:
        tok = trigger_token(doc, e)
        if tok is not None:
            unmanned.setdefault(tok.i, e)
    for conviction in convictions:
        found = trigger_token(doc, conviction)
        if found is None:
            continue
        for verb in found.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not _joined(verb, found):
                continue
            passed = at.get(verb.i)
            if passed is not None and passed.type != "COERCE":
                continue  # the sentence was read as another act: left to it
            if passed is None and verb.i in unmanned:
                passed = unmanned.pop(verb.i)
                number += 1
                passed.id = f"{doc._.doc_id}:e{number}"
                events.append(passed)
                at[verb.i] = passed
            if passed is None:
                number += 1
                passed = conviction.model_copy(deep=True, update={
                    "id": f"{doc._.doc_id}:e{number}", "type": "COERCE", "mode": SENTENCE_MODE,
                    "cameo": SENTENCE_CODE, "goldstein": cameo.goldstein(SENTENCE_CODE),
                    "quad_class": cameo.quad_class(SENTENCE_CODE), "trigger": verb.text})
                events.append(passed)
                at[verb.i] = passed
            if not passed.source:
                passed.source = list(conviction.source)
            if not passed.target:
                passed.target = [a for a in conviction.target if a not in passed.source]
            pairs.append((passed, conviction))
    return pairs
