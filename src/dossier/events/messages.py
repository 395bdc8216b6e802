"""A letter or a message sent to say something: the act is what the text does ("sent a letter to the minister urging
him to block the plan", "sent a message to the president, accusing him of meddling"), not its sending."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.patterns import Lexicon


def _message(verb: Token, lex: Lexicon) -> Token | None:
    """The text a verb sends or writes: its direct object, where it is one of `lex.message_nouns`."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.authoring_verbs:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in lex.message_nouns), None)


def _sent_by(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that sends a text a participle tells: the participle is a gerund clause on that verb ("sent a letter
    to X, threatening to ..."), on the text ("a letter demanding the release"), or, as the parser often hangs it, on
    the addressee of the text ("a letter to the envoy urging Y to ...")."""
    if tok.tag_ != "VBG":
        return None
    if tok.dep_ == "advcl":
        return tok.head if _message(tok.head, lex) is not None else None
    if tok.dep_ != "acl":
        return None
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.dep_ in ("dative", "prep"):
        noun = noun.head.head  # the addressee's "to" hangs on the verb or on the text
        if _message(noun, lex) is not None:
            return noun
    text = _message(noun.head, lex) if noun.lower_ in lex.message_nouns else None
    if text is not None and text.i == noun.i:
        return noun.head
    return None


def told_by_message(tok: Token, lex: Lexicon) -> bool:
    """A participle that says what a sent text does (`_sent_by`)."""
    return _sent_by(tok, lex) is not None


def sends_a_message(verb: Token, by_index: dict, lex: Lexicon) -> bool:
    """The verb sends a text whose participle is itself a trigger (`by_index`: the triggers by position)."""
    if _message(verb, lex) is None:
        return False
    return any(i != verb.i and (sender := _sent_by(verb.doc[i], lex)) is not None and sender.i == verb.i
               for i in by_index)


def addressee(tok: Token, lex: Lexicon) -> Token | None:
    """The one a sent text is addressed to: the "to" phrase on the sending verb or on the text ("sent a letter
    to the minister"), for a participle `told_by_message`."""
    verb = _sent_by(tok, lex)
    if verb is None:
        return None
    text = _message(verb, lex)
    for head in (verb, text):
        for p in head.children:
            if p.dep_ in ("dative", "prep") and p.lower_ == "to":
                return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def addressed(tok: Token, roles, resolver, lex: Lexicon) -> None:
    """A text's act done to its addressee: where the participle names nobody of its own (no object, or only a
    pronoun: "sent a message to X accusing him", "a letter to X threatening to pull funding"), its target is the
    one the text was sent to."""
    to = addressee(tok, lex)
    if to is None:
        return
    own = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if own and not all(c.pos_ == "PRON" for c in own):
        return
    sent_to = [i for i in resolver.many(to) if i not in roles.source]
    if sent_to:
        roles.target = sent_to
