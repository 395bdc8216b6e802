"""The date of an event: the time expression attached to its trigger, else the only one in its clause."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dossier.actors.convert import nation_of
from dossier.events.patterns import load_lexicon
from dossier.events.named_again import dated_again  # the nouns that name an earlier act again
from dossier.events.status import SELF_REFERENCE, SPEECH_ACTS, own_tense, reported, tense_form
from dossier.model import DateValue, Event, Timex
from dossier.time.calendar import as_date, day as cal_day, days as cal_days, shift
from dossier.time.lexicon import lexicon, number
from dossier.time.normalise import vague_window
from dossier.time.tense import OPEN, PRECEDING, preceding_words, tense_of, verb_tense

STATEMENT_VERBS = frozenset(lexicon()["statement_verbs"])
_NOUN_MODIFIER = ("pobj", "prep", "nummod", "compound", "amod", "nmod", "poss", "npadvmod")
_ATTACH = ("pobj", "prep", "npadvmod", "tmod", "nmod", "compound", "nummod", "amod", "appos", "advmod", "conj", "cc", "relcl")


def sentence_timexes(sent: Span, timexes: list[Timex]) -> list[tuple[Timex, Token]]:
    """Timexes inside the sentence, each with the head token of its span."""
    out = []
    for tx in timexes:
        if tx.start >= sent.start_char and tx.end <= sent.end_char:
            span = sent.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and len(span):
                out.append((tx, span.root))
    return out


def _clause_head(tok: Token, own_conjunct: bool = False) -> Token:
    """The head of the clause the token is in (a participle on an object heads its own). With `own_conjunct` (the
    clause of a time), a verb joined by "and"/"but" with a subject of its own heads its own: a time told in a later
    clause does not date the first ("the two were expected to sign, but the talks stalled last week"), while the
    first clause's time carries on into the next ("arrived on Thursday, and within hours they opened the port");
    so does a participle clause set off by a comma after its main clause, whose time is its own ("pledged to double
    output, going from 175 to 450 gigawatts by 2022"), while its act takes the main clause's ("banned rallies this
    year, arresting…") and one before the main clause frames it ("Speaking on Monday, the president accused…")."""
    while (tok.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "parataxis")
           or ((not own_conjunct or tok.i < tok.head.i) and _adjunct_participle(tok))) and tok.head.i != tok.i:
        if own_tense(tok):
            break  # a tense of its own: "signed the pact last week and plans to visit" (the visit is not last week)
        if own_conjunct and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) and not _gapped(tok):
            break
        if _charged_with(tok):
            break  # "accused Uganda on Monday of arming rebels": the arming is not Monday's
        if tok.dep_ == "acl" and tok.pos_ == "VERB" and _after_its_verb(tok):
            break  # "followed a letter from groups urging…": an act of its own, unlike "X, speaking on Monday, said"
        tok = tok.head
    return tok


def _gapped(tok: Token) -> bool:
    """A participle joined by "and" to a verb in the passive, whose auxiliary it leaves out and shares: "one soldier
    was killed and another wounded in shelling on Monday" is one clause, and its time tells both (not "were expected
    to sign, but the talks stalled last week", a verb in the past the tagger may read as a participle)."""
    head = tok.head
    joined = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < tok.i]
    return tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "auxpass" for c in head.children) and bool(joined) and joined[-1].lower_ == "and"


_CHARGE_PREPS = frozenset({"of", "for", "to"})


def _charged_with(tok: Token) -> bool:
    """A gerund an actor is accused of, blamed or praised for, or admits or pleads guilty to: an act of its own, told
    at no time by the verb it hangs on ("accused Uganda of arming rebels", "blamed Kenya for closing the border",
    "pleaded guilty on Monday to smuggling arms")."""
    prep = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ in _CHARGE_PREPS and prep.head.pos_ == "VERB"


def _adjunct_participle(tok: Token) -> bool:
    """A participle clause set off by a comma (or opening the sentence), with no subject, marker or auxiliary of its
    own, which tells more of its main clause's act: "banned the rallies this year, arresting 200 people and
    seizing…", "Speaking on Monday, the president accused…" (not "a decree extending the ban through May", a
    participle on the object the parser may hang on the verb)."""
    set_off = _after_comma(tok) or (tok.left_edge.i == tok.sent.start and tok.i < tok.head.i)  # "Speaking on…, X"
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and set_off and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _after_its_verb(tok: Token) -> bool:
    """The token stands after the verb of the clause it hangs in (on the object's side, not the subject's)."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX") and tok.i > head.i


def _outside_modal(tok: Token) -> Token:
    """A past-tense verb the parser joined to a reported "would"/"will" verb belongs with the reporting verb
    ("Greece said yesterday it would defend its rights and urged Turkey…": urged, like said, yesterday)."""
    head = tok.head
    if (tok.dep_ == "conj" and tok.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)):
        return head.head
    return tok


def _describes_noun(root: Token, anchor_ids: set[int]) -> bool:
    """A timex that dates a thing, not the act: "their 2009 trade agreement", "a plan for 2024-2029", "the
    minister's comments Tuesday"; not one that stands between a subject and its verb (`_preverbal`)."""
    if _preverbal(root) is not None:
        return False
    tok = root
    while tok.dep_ in _NOUN_MODIFIER and tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "npadvmod" and (head.pos_ != "NOUN" or _after_comma(tok)):
            return False  # "her last day, June 28, …": an apposition naming the time, not a modifier
        if head.i in anchor_ids:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return _describes_thing(head, anchor_ids)
        if head.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ == "prep" and tok.lower_ in _WHEN_PREPS and _undated_kind(head):
                tok = head  # "attacked rebels on Sunday": the parser's attachment; a group has no day of its own
                continue
            if _part_of_day(tok, head):
                tok = head  # "on the night of Oct. 23": the time is the night's, which is itself a time
                continue
            if tok.dep_ == "npadvmod" and _object_thing(tok, head):
                return False  # "seized a cache of rifles Sunday": the seizing's day, not the rifles'
            return True
        tok = head
    return False


_TIME_NOUNS = frozenset(lexicon()["time_of_day_nouns"])


def _part_of_day(tok: Token, noun: Token) -> bool:
    """A time in an "of" phrase on a noun that is itself a stretch of time ("on the night of Oct. 23", "on the
    morning of March 3", "on the eve of the vote"): the stretch lies in the time, so it tells the clause's act."""
    return tok.dep_ == "prep" and tok.lower_ == "of" and noun.lemma_.lower() in _TIME_NOUNS


def _object_thing(time: Token, noun: Token) -> bool:
    """A time standing alone (no preposition) at the end of a verb's object that names a thing, not an act or an
    occasion ("found 600 kg of explosives Sunday", "seized a car bomb Sunday", "sold 100,000 shares last week"): no
    thing is dated by a bare day after it in English, so the parser's attachment is the verb's (news puts the day
    after the object). Not an object that names an act, whose own time it may be ("condemned the attack Sunday":
    data/acts_named_again.yaml, time lexicon occasion_nouns), nor a noun that is not the object ("the minister's
    comments Tuesday drew criticism")."""
    if _noun_types(noun) or noun.lemma_.lower() in _OCCASION_NOUNS or noun.lower_ in _OCCASION_NOUNS:
        return False
    if time.right_edge.i != noun.right_edge.i:
        return False  # the time ends the object's phrase
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "a cache of rifles Sunday"
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")


_WHEN_PREPS = frozenset({"on", "in", "at", "during"})


def _preverbal(root: Token) -> Token | None:
    """The verb a time stands right before, at the end of that verb's subject: "The United States and a group of
    other nations on Thursday granted Kenya a loan", "the head of the farmers' union yesterday said". News puts the
    day of the act there, and the parser may hang it on a noun of the subject; it tells the verb's act. The time is
    the object of "on"/"in"/"at"/"during", or stands alone (npadvmod), on the subject's head, on a conjunct or an
    apposition of it, or on the noun of an "of" phrase on one of those, and nothing but adverbs and auxiliaries lies
    between it and the verb. Not on a noun of an act, whose own time it is ("The attack on Sunday prompted
    Kenya to…": data/acts_named_again.yaml). None otherwise."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _WHEN_PREPS:
        phrase = root.head
    elif root.dep_ == "npadvmod":
        phrase = root
    else:
        return None
    noun = phrase.head
    if noun.pos_ not in ("NOUN", "PROPN") or _noun_types(noun):
        return None
    for _ in range(6):
        if noun.dep_ in _SUBJECT:
            break
        if noun.dep_ in ("conj", "appos"):
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
            noun = noun.head.head
        else:
            return None
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
    else:
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= phrase.right_edge.i:
        return None
    between = root.doc[phrase.right_edge.i + 1: verb.i]
    return verb if all(t.pos_ in ("ADV", "AUX", "PART") for t in between) else None
_UNDATED_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})


def _undated_kind(noun: Token) -> bool:
    """A noun that names an actor or a place ("rebels", "the ministry", "Lima"): a time in a phrase of "on", "in",
    "at" or "during" the parser hangs on it tells the clause's act, not the actor or place ("troops attacked rebels
    on Sunday", "met in Lima on Monday"); not a noun of an act or thing ("the 2009 agreement", "talks on Friday")."""
    return noun.i in (noun.doc._.token_actor or {}) or noun.ent_type_ in _UNDATED_LABELS


_OCCASION_PREPS = frozenset({"in", "at", "during"})


_OCCASION_NOUNS = frozenset(lexicon()["occasion_nouns"])


def _occasion(root: Token, value: DateValue, anchor_ids: set[int]) -> bool:
    """A day (or days) told of the occasion the act was done at is the act's: "in a statement on Monday", "at a
    news conference Tuesday", "during talks on Friday" (a noun in "in"/"at"/"during" on the act's verb; not "after
    talks on Friday"); so is the year of an occasion that lasts a while and that the year names ("occupied the
    land in the 1967 war", "seized power during the 1980 coup"), but not a year of a document or plan ("in its 2019
    budget")."""
    if not value.start:
        return False
    day = len(value.start) == 10
    tok = root
    while tok.dep_ in _NOUN_MODIFIER and tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in _OCCASION_PREPS:
            named = tok.i == root.i and head.lower_ in _OCCASION_NOUNS  # the year on the occasion's own noun
            return (day or named) and head.head.head.i in anchor_ids
        tok = head
    return False


_ISSUING_VERBS = frozenset(lexicon()["issuing_verbs"])


def _issued_with(root: Token, anchor_ids: set[int]) -> bool:
    """A time told of the putting out of a document (on a participle of `issuing_verbs` on its noun: "in a statement
    issued on Monday", "in a report released Thursday", "in a letter dated June 3") is the time of an act done in it
    ("in"/"at"/"during" with the noun on the act's word, or on its object or infinitive complement, where the parser
    may hang it: "condemned the raid in a letter sent to the council on Tuesday", "urged Japan to apologise in a
    statement posted on Sunday") or by it as its subject ("A statement issued by the ministry on Monday accused…").
    Not a participle of what others did with the document ("in a report criticised on Friday"), nor a noun in another
    phrase ("in response to a statement issued on Monday")."""
    if root.dep_ in ("npadvmod", "tmod"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _WHEN_PREPS:
        verb = root.head.head
    else:
        return False
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _ISSUING_VERBS:
        return False
    noun = verb.head
    if noun.dep_ in _SUBJECT:
        return noun.head.i in anchor_ids
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
        return False
    host = prep.head
    return host.i in anchor_ids or (host.dep_ in ("dobj", "xcomp") and host.head.i in anchor_ids)


def _occasion_time(anchors: list[Token], found: list[tuple[Timex, Token]]) -> tuple[DateValue, Token] | None:
    """An act told as the occasion of another ("in"/"at"/"during" with its noun on a verb) takes the time that verb
    has: "failed to reach a deal during talks last week" (the talks were last week, though the time hangs on the
    complement "reach", whose time is not the failing's). The converse of `_occasion`."""
    for anchor in anchors:
        prep = anchor.head
        if anchor.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS \
                or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = prep.head
        every = [(tx.value, root) for tx, root in found
                 if root.i not in {t.i for t in prep.subtree} and _attached_to(tx, root, {verb.i})]
        if every:
            return (_finest(every) if len(every) > 1 else None) or every[0]
    return None


def _after_comma(tok: Token) -> bool:
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text == ","


def _describes_thing(verb: Token, anchor_ids: set[int]) -> bool:
    """A verb that only describes a thing ("the order extending the rules through May 26", "a law passed in 2018");
    not one of an actor's acts ("the minister, speaking on Monday, …")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i in anchor_ids or verb.i in anchor_ids:
        return False
    return noun.i not in (verb.doc._.token_actor or {}) and not noun.ent_type_


def _within_phrase(tok: Token, anchor_ids: set[int]) -> bool:
    """The token is an anchor or the object of a preposition on one ("visit to Peru")."""
    for _ in range(3):
        if tok.i in anchor_ids:
            return True
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i in anchor_ids


def _later_act_before(tx: Timex, root: Token) -> Token | None:
    """The noun of an act right before a time told as after the writing (`after_writing`), which is that act's
    time whatever word the parser hangs it on ("speaking ahead of a meeting later today", "backs Peru as host of the
    leaders' meeting later this year": the meeting is later, the speaking and the backing are not); None for any
    other time, for a word before it that is no noun of an act, and where the verb it hangs on is itself told as
    still to come ("will host a summit later this year")."""
    if not after_writing(tx.value):
        return None
    doc = root.doc
    first = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    noun = doc[first.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not _noun_types(noun):
        return None
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return None if verb_tense(verb) in ("future", OPEN) else noun


def _unique_in_clause(head: Token, found: list[tuple[Timex, Token]],
                      anchor_ids: set[int]) -> tuple[DateValue, Token] | None:
    same = [(tx.value, root) for tx, root in found
            if _clause_of(root).i == head.i and not _describes_noun(root, anchor_ids)
            and (_later_act_before(tx, root) or root).i in anchor_ids | {root.i}
            and not _in_complement(root, head, anchor_ids, tx.value) and not _bounds_only(root, anchor_ids)
            and not _deferred_to(root, anchor_ids)]
    return same[0] if len(same) == 1 else _finest(same)


def _finest(values: list[tuple[DateValue, Token]]) -> tuple[DateValue, Token] | None:
    """Of times that all nest, one within the next, the innermost ("This year … ahead of Diwali": Diwali's days);
    None when two do not nest: two days, or times that tell several acts ("met twice in the past year, in Lima last
    year and in Beijing in June")."""
    if any(not (_within(a[0], b[0]) or _within(b[0], a[0])) for a in values for b in values):
        return None
    if len({_bounds(v[0]) for v in values}) < 2:
        return None
    return min(values, key=lambda v: _length(v[0]))


_BOUNDING = frozenset({"before", "after"})


def _bounds_only(root: Token, anchor_ids: set[int]) -> bool:
    """The time of another act in a "before"/"after" clause, which only bounds the event: "Before becoming a minister
    last year, Ruiz often criticised…" (last year is when he became one)."""
    tok = root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or tok.i in anchor_ids:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.i != root.i and (
                (tok.dep_ == "pcomp" and head.lower_ in _BOUNDING)
                or (tok.dep_ == "advcl" and any(m.lower_ in _BOUNDING for m in tok.children if m.dep_ == "mark"))):
            return True
        tok = head
    return False


def _in_complement(tok: Token, head: Token, anchor_ids: set[int], value: DateValue | None = None) -> bool:
    """The time hangs in the infinitive complement of the event's own verb, another act than the event: "agreed to
    withdraw by December" (the withdrawal's deadline, not the agreement's day). Not where the event is the subject
    the complement tells the course of: "Talks are expected to resume next week" (the talks' own time), nor where
    the verb and its complement are one act at one time (`_one_time_with`), nor where the time (`value`) is past and
    so the verb's (`_past_on_complement`)."""
    if any(c.i in anchor_ids and c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    root = tok
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "xcomp" and tok.head.i == head.i and tok.pos_ in ("VERB", "AUX") and tok.i not in anchor_ids:
            return not (_one_time_with(root, tok) or (head.i in anchor_ids and _past_on_complement(root, tok, value)))
        tok = tok.head
    return False


_SAME_TIME_VERBS = frozenset(lexicon()["same_time_verbs"])
_TIME_OF_ACT = frozenset({"on", "in", "at", "during"})
_INTENDING_VERBS = frozenset(lexicon()["intending_verbs"])


def _right_on(root: Token, complement: Token) -> bool:
    """The time hangs right on the complement: alone ("last week", "Tuesday", "two weeks ago") or in "on", "in",
    "at", "during"."""
    if root.dep_ in ("npadvmod", "tmod", "advmod") and root.head.i == complement.i:
        return True
    prep = root.head
    return (root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _TIME_OF_ACT
            and prep.head.i == complement.i)


def _one_time_with(root: Token, complement: Token) -> bool:
    """A time told of the complement of a verb whose act is done in doing the complement's, or in trying to
    (`same_time_verbs`: "failed to reach a deal on Tuesday", "tried to broker a truce last week": the failure and
    the attempt were then), hung right on the complement: alone ("last week", "Tuesday") or in "on", "in", "at",
    "during"; not a bound or deadline ("failed to pay by March", "tried to hold the vote before June"), nor a time
    of a thing in the complement ("failed to repay loans due in March")."""
    return complement.head.lemma_.lower() in _SAME_TIME_VERBS and _right_on(root, complement)


def _past_on_complement(root: Token, complement: Token, value: DateValue | None) -> bool:
    """A time over before the article's date, hung right on the infinitive complement of a verb in the simple past,
    is the verb's time: "invited Chad to rejoin the talks two weeks ago", "voted to back the charter on Friday",
    "agreed to sell its stake in October", "asked Peru to extradite him last week". What a past verb leads to is
    done then or later, so a time already past when the story is written tells when the verb's act was done, which
    the story reports (the complement's act may be later or never). Not a verb of intending or expecting, whose own
    time news tells before "to" and whose complement's time is a plan's (time lexicon `intending_verbs`: "planned
    to leave on Thursday", "promised to pay on Friday"); not a verb in another tense ("has decided to admit them in
    early March"); not a deadline or bound ("asked it to respond by Oct. 31")."""
    verb = complement.head
    if value is None or verb.tag_ != "VBD" or verb.lemma_.lower() in _INTENDING_VERBS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "had agreed", "was asked": a tense of its own
    return _right_on(root, complement) and is_before(value, root.doc._.published)


def _opening(value: DateValue, root: Token, start_verbs: frozenset[str]) -> DateValue:
    """A day a start verb governs is the first day only ("starts on Wednesday"): its end is left open."""
    tok = root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    if tok.lemma_.lower() in start_verbs and value.start and value.start.count("-") == 2:
        return value.model_copy(update={"end": None})
    return value


def event_date(anchors: list[Token], sent: Span, timexes: list[Timex],
               start_verbs: frozenset[str] = frozenset(), ptype: str | None = None) -> DateValue | None:
    """The act's date (see _event_date). An indefinite window ("in recent days", "over the next few months") dates
    no act; a week told of what is done ends at the article's date ("met this week": Monday to the article's day).
    A deed put on "said" is first dated by what is said ("said the ship would sail tomorrow morning", status.reported),
    else by the saying."""
    timexes = [t for t in timexes if not vague_window(t.value)]
    prep = _bounding(anchors[0]) if anchors else None
    if prep is not None and (_attached(sentence_timexes(sent, timexes), {anchors[0].i}) is None):
        shifted = _shifted(prep, sent, timexes)  # "signed on Sunday, two days after talks": the talks were Friday
        if shifted is not None:
            return shifted[0]
        if any(c.dep_ == "npadvmod" for c in prep.children):
            return None  # "on Sunday, days after talks": not Sunday, and no day to count
    said = [c for c in (reported(a, ptype) for a in anchors) if c is not None]
    if ptype in SPEECH_ACTS and any(a.lemma_.lower() in STATEMENT_VERBS for a in anchors):
        timexes = _outside_quotes(timexes, sent, anchors)  # a speech act is dated when it was said
    found = (_event_date(said, sent, timexes) if said else None) or _event_date(anchors, sent, timexes)
    if found is None and ptype in SPEECH_ACTS:
        found = _statement_date(anchors, sent, timexes)
    if found is None:
        found = _occasion_before(anchors, sent, timexes)
    if found is None and ptype is not None:
        found = _on_own_object(anchors, sent, timexes, ptype)
    ahead = _ahead_of(anchors, sent, timexes)
    if ahead is not None and (found is None or found[1].i in ahead.phrase):
        return _before_value(ahead, sent, timexes)  # "arrested 40 activists ahead of Tuesday's election"
    if found is None:
        return None
    value, root = found
    return _so_far(_opening(value, root, start_verbs), root)


def _on_own_object(anchors: list[Token], sent: Span, timexes: list[Timex], ptype: str) -> tuple[DateValue, Token] | None:
    """A time the parser hangs on the verb's object where the object names an act of the event's own type ("will
    host talks with Uganda early next week": the talks' time is the hosting's; data/acts_named_again.yaml), or on
    the act the verb is done for ("was summoning the negotiators home for consultations later this week"); not an
    object that names another kind of act ("criticised the talks on Sunday")."""
    objects = {c.i for a in anchors if a.pos_ == "VERB" for c in a.children
               if c.dep_ == "dobj" and ptype in _noun_types(c)}
    objects |= {o.i for a in anchors if a.pos_ == "VERB" for p in _purpose_preps(a) for o in p.children
                if o.dep_ == "pobj" and ptype in _noun_types(o)}
    if not objects:
        return None
    found = [(tx, root) for tx, root in sentence_timexes(sent, timexes) if not _deferred_to(root, objects)]
    return _attached(found, objects)


def _purpose_preps(verb: Token) -> list[Token]:
    """The "for" phrases on a verb or on an adverb of it ("recalled its envoy for consultations", "summoned them
    home for talks")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]


@dataclass(frozen=True)
class _Ahead:
    """An act told as done before another that has a time: the word a measure hangs on ("before" in "two days
    before"), the tokens of the phrase or clause that tells the other act, the words that tell it, that act's time
    and the time's head token, and the act's clause head."""

    word: Token
    phrase: frozenset[int]
    said: str
    value: DateValue
    root: Token
    head: Token


def _ahead_of(anchors: list[Token], sent: Span, timexes: list[Timex]) -> _Ahead | None:
    """A phrase of the lexicon's preceding_words on the act ("ahead of", "before", "in the run-up to") whose object
    is a time ("before June 5", "ahead of Ramadan"), a noun with a time of its own ("ahead of Tuesday's election",
    "before the June 5 vote", "prior to the summit on June 12") or a verb with one ("before meeting Ruto on
    Friday"); or a clause opened by such a word with a time of its own ("before the vote takes place on Sunday").
    None when there is none, or two."""
    found = sentence_timexes(sent, timexes)
    if not found:
        return None
    heads = {a.i: a for a in anchors}  # and their clause's: "banned fireworks ahead of Diwali, arresting 210 people"
    heads.update({_clause_head(a).i: _clause_head(a) for a in anchors})
    doc, hits = sent.doc, {}
    for head in heads.values():  # also on the act's object, where the parser may hang it ("host talks in the run-up")
        verb = _clause_head(head) if head.pos_ not in ("VERB", "AUX") else head
        objects = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ in ("VERB", "AUX") else []
        for top in [t for h in (head, *objects) for t in h.children]:
            phrase = frozenset(t.i for t in top.subtree)
            if any(a.i in phrase for a in anchors):
                continue  # not the other act itself ("talks ahead of next week's summit": the summit)
            if top.dep_ == "advcl":  # "before the vote takes place on Sunday"
                mark = next((m for m in top.children if m.dep_ == "mark" and m.lower_ in PRECEDING), None)
                time = _attached(found, {top.i}) if mark is not None else None
                if time is not None and time[0].start:
                    said = doc[top.left_edge.i: top.right_edge.i + 1].text
                    hits[top.i] = _Ahead(mark, phrase, said, time[0], time[1], verb)
                continue
            if top.dep_ not in ("prep", "advmod"):
                continue
            for other in top.subtree:
                if other.dep_ not in ("pobj", "pcomp") or preceding_words(top, other) not in PRECEDING:
                    continue
                own = [(tx.value, root) for tx, root in found if root.i == other.i]
                time = own[0] if len(own) == 1 else _attached(found, {other.i})
                if time is not None and time[0].start:
                    said = doc[top.i: other.right_edge.i + 1].text
                    hits[top.i] = _Ahead(top, phrase, said, time[0], time[1], verb)
    return next(iter(hits.values())) if len(hits) == 1 else None


def _before_value(ahead: _Ahead, sent: Span, timexes: list[Timex]) -> DateValue | None:
    """The act's date as before the other's: with a measure of days or weeks, that many before the other's day ("two
    days before the May 20 vote": May 18); without one, a span that ends on the other's first day, at its precision,
    and opens at the first day of a time of the clause that holds the other's ("This year … ahead of Ramadan"), else
    at the article's day for an act still to come, else unknown (start None: "before the election" tells no first
    day). An act told as done ends on the article's day at the latest."""
    doc, value, said = sent.doc, ahead.value, ahead.said
    measure = next((c for c in ahead.word.children if c.dep_ == "npadvmod"), None)
    if measure is not None:
        return _counted_back(measure, value, ahead.word, said)
    end = value.start
    others = [tx.value for tx, root in sentence_timexes(sent, timexes)
              if root.i != ahead.root.i and not vague_window(tx.value) and _within(value, tx.value)
              and _clause_head(root).i == ahead.head.i and root.i not in ahead.phrase]
    published = (doc._.published or "")[:10]
    tense = verb_tense(ahead.head)
    start = None
    if others:
        bounds = _bounds(min(others, key=_length))
        start = bounds[0].isoformat()[: len(end)] if bounds else None
    elif tense == "future" and len(published) == 10 and end > published[: len(end)]:
        start = published[: len(end)]
    if tense == "past" and len(published) == 10 and end > published[: len(end)]:
        end = published[: len(end)]
    return DateValue(start=start, end=end, precision=value.precision, text=said)


def _counted_back(measure: Token, value: DateValue, prep: Token, said: str) -> DateValue | None:
    """The day a measure of days or weeks before another's day fixes ("two days before the vote"), or the days it
    may be ("a few days before"); None for other measures or a time that is not one day."""
    unit, n, few = _measured(measure)
    day = as_date(value.start) if value.precision == "day" and value.end in (None, value.start) else None
    if unit not in ("day", "week") or day is None:
        return None
    text = prep.doc[measure.left_edge.i: prep.i].text + " " + said
    if few is not None:
        ends = sorted(shift(day, unit, -k) for k in few)
        return cal_days(ends[0], ends[1], "vague", text)
    return cal_day(shift(day, unit, -n), text) if n is not None else None


_BOUNDING_PREPS = frozenset({"before", "after", "following"})


def _bounding(tok: Token) -> Token | None:
    """The preposition of a noun act told as before or after another: "after" in "signed on Sunday, two days after
    talks in Nairobi" (None for any other word). Without a measure the act takes the other's day, as a reporter's
    "said today after a meeting with Ruto" tells a meeting of the same day."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in _BOUNDING_PREPS or prep.dep_ != "prep":
        return None
    return prep


_VAGUE_COUNTS = {word: tuple(span) for word, span in lexicon()["vague_counts"].items()}


def _measured(measure: Token) -> tuple[str, int | None, tuple[int, int] | None]:
    """(unit, count, vague count) of a measure: "two days" ("day", 2, None), "a week" ("week", 1, None), "a few
    days" ("day", None, (2, 5))."""
    few = next((_VAGUE_COUNTS[c.lower_] for c in measure.children if c.lower_ in _VAGUE_COUNTS), None)
    count = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
    n = 1 if count is not None and count.lower_ in ("a", "one") else number(count.text) if count is not None else None
    return measure.lemma_.lower(), n, few


def _shifted(prep: Token, sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """The day a bounding phrase with a measure fixes: the act's day less (after) or plus (before) the measure
    ("on Sunday, two days after talks": Friday); None without a measure or a day to count from."""
    measure = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
    if measure is None or measure.lemma_.lower() not in ("day", "week"):
        return None
    unit, n, few = _measured(measure)
    main = _event_date([prep.head], sent, timexes)
    day = as_date(main[0].start) if main is not None and main[0].precision == "day" else None
    if (n is None and few is None) or day is None or main[0].end not in (None, main[0].start):
        return None
    sign = 1 if prep.lower_ == "before" else -1
    said = prep.doc[measure.left_edge.i: prep.i + 1].text  # "two days after"
    if few is not None:  # "a few days after": a window of days, not one day
        ends = sorted(shift(day, unit, sign * k) for k in few)
        return cal_days(ends[0], ends[1], "vague", said), main[1]
    return cal_day(shift(day, unit, sign * n), said), main[1]


_OCCASION_PRONOUNS = frozenset({"it", "this"})


def _occasion_before(anchors: list[Token], sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """An act done "in it" or "during it", the occasion the sentence before told with its time: "The interview aired
    at the weekend… In it, the prince denied…" (the one noun of that sentence a time is told of, itself or by a
    clause on it: "the interview aired at the weekend", "Monday's speech")."""
    if sent.start == 0:
        return None
    for anchor in anchors:
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else _clause_head(anchor)
        if not any(c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS and any(
                g.dep_ == "pobj" and g.lower_ in _OCCASION_PRONOUNS for g in c.children) for c in verb.children):
            continue
        owners = {}
        for tx, root in sentence_timexes(sent.doc[sent.start - 1].sent, timexes):
            owner = _time_owner(root)
            if owner is not None:
                owners[owner.i] = (tx.value, root)
        return next(iter(owners.values())) if len(owners) == 1 else None
    return None


def _time_owner(root: Token) -> Token | None:
    """The noun a time is told of: the one it modifies ("Monday's speech", "the talks on Monday"), the one a
    participle or relative clause with that time is on ("the interview aired at the weekend"), or the object of the
    verb it dates ("gave a speech on Monday")."""
    tok = root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ == "NOUN" and tok.dep_ in _NOUN_MODIFIER:
            return head
        if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl"):
            return head.head if head.head.pos_ == "NOUN" else None
        if head.pos_ == "VERB":  # "gave a speech on Monday": the thing given then
            return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        tok = head
    return None


_OTHERS_REPORTS = frozenset({"report"})  # a report tells what others did: its date is when it was known
_OWN_STATEMENTS = STATEMENT_VERBS - _OTHERS_REPORTS


def _statement_date(anchors: list[Token], sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """A speech act told in what a dated statement says is made by saying it: "Kenya said on Monday its army was
    ready to repel any attack" (a threat, on Monday). Not one the statement tells as done before ("said today Kenya
    had threatened…"), nor one a report by others tells of ("reported on Friday that the firm faces scrutiny over
    whether it broke the rules")."""
    found = sentence_timexes(sent, timexes)
    for anchor in anchors:
        head = _clause_head(anchor)
        said = head.head
        if head.dep_ != "ccomp" or said.lemma_.lower() not in _OWN_STATEMENTS:
            continue
        if any(t.dep_ == "mark" and t.lower_ in ("whether", "if") for t in anchor.subtree if t.head.i == anchor.i):
            continue
        if any(a.dep_ == "aux" and a.lemma_ == "have" for a in head.children):
            continue
        value = _attached(found, {said.i})
        if value is not None:
            return value
    return None


_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _outside_quotes(timexes: list[Timex], sent: Span, anchors: list[Token]) -> list[Timex]:
    """The times not inside a quotation that holds no anchor: what a speaker says about the past two years does
    not date the saying ("'Over the past two years, the mayor has…,' said the senator")."""
    marks = [t.idx for t in sent if t.text in _QUOTES]
    quoted = list(zip(marks[::2], marks[1::2]))
    spoken = [(a, b) for a, b in quoted if not any(a < t.idx < b for t in anchors)]
    return [tx for tx in timexes if not any(a < tx.start and tx.end <= b for a, b in spoken)]


def _so_far(value: DateValue, root: Token) -> DateValue:
    """A range of days that runs past the article's date, read in the past tense, ends at the article's date: what
    is told as done cannot have happened after it was reported."""
    published = root.doc._.published
    if not published or not value.start or len(value.start) != 10 or not value.end or len(value.end) != 10 \
            or after_writing(value):
        return value  # "later this year" is told as to come, whatever the tense of the sentence
    if not value.start <= published[:10] < value.end:
        return value
    if tense_of(root.doc[root.i: root.i + 1]) != "past":
        return value
    return value.model_copy(update={"end": published[:10]})


def _event_date(anchors: list[Token], sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """A timex syntactically attached (within a few hops) to a trigger or its governor, or in a relative clause on
    the trigger's phrase; else the one timex of its clause that dates no other thing; else, in a "when"/"where"
    clause, the one of the word it is about or of the clause it hangs on ("in November 2024, when the two
    signed…", "the July 25 call, when he asked…", "June 28 was spent in Beijing, where she met…"); and an act
    with a "when" clause of its own takes that clause's time ("was killed when a bomb exploded this morning")."""
    found = sentence_timexes(sent, timexes)
    if not found:
        return None
    anchor_ids = {a.i for a in anchors}
    attached = _attached(found, anchor_ids)
    if attached is not None:
        return attached
    for tx, root in found:  # "the visit to Peru, which starts on Wednesday": a clause on the trigger's phrase
        clause = _clause_head(root)
        if clause.dep_ == "relcl" and _within_phrase(clause.head, anchor_ids):
            return tx.value, root
    during = _occasion_time(anchors, found)
    if during is not None:
        return during
    heads = {_clause_head(_outside_modal(a)).i: _clause_head(_outside_modal(a)) for a in anchors}
    values = {v[0].model_dump_json(): v for v in (_unique_in_clause(h, found, anchor_ids) for h in heads.values()) if v}
    if len(values) == 1:
        return next(iter(values.values()))
    for head in heads.values():  # "was killed when a bomb exploded this morning": the when-clause's time
        for clause in head.children:
            if clause.dep_ == "advcl" and any(c.lower_ == "when" and c.i < clause.i for c in clause.children):
                inner = _unique_in_clause(clause, found, anchor_ids)
                if inner is not None:
                    return inner
    for head in heads.values():
        marker = next((c for c in head.children if c.lower_ in ("when", "where") and c.i < head.i), None)
        if marker is None or head.dep_ not in ("relcl", "advcl"):
            continue
        before = _phrase_before(marker, found)
        if before is not None:
            return before
        if head.dep_ == "relcl":
            return _unique_in_clause(_clause_head(head.head), found, anchor_ids)
    return _as_said(heads.values(), found, anchor_ids)


def _attached(found: list[tuple[Timex, Token]], anchor_ids: set[int]) -> tuple[DateValue, Token] | None:
    """The first timex syntactically attached (within a few hops, not through a clause of its own) to an anchor;
    where a later one lies within it, the finer one ("This year, the city banned fireworks ahead of Diwali": the
    days of Diwali, not the year)."""
    every = [(tx.value, root) for tx, root in found if _attached_to(tx, root, anchor_ids)]
    if not every:
        return None
    return (_finest(every) if len(every) > 1 else None) or every[0]


_DEFERRAL_VERBS = frozenset(lexicon()["deferral_verbs"])
_DEFERRED_TO = frozenset({"until", "till", "to"})


def _deferred_to(root: Token, anchor_ids: set[int]) -> bool:
    """The time an act is put off to, not the day it was put off: "postponed until the start of April"."""
    prep = root.head
    mover = prep.head.head if prep.head.dep_ in ("advmod", "prt") else prep.head  # "pushed back to Friday"
    return (root.dep_ == "pobj" and prep.lower_ in _DEFERRED_TO and mover.i in anchor_ids
            and mover.lemma_.lower() in _DEFERRAL_VERBS)


def _attached_to(tx: Timex, root: Token, anchor_ids: set[int]) -> bool:
    """The time hangs on an anchor within a few hops, not through a clause of its own, or stands right before an
    anchor verb, at the end of its subject (`_preverbal`)."""
    verb = _preverbal(root)
    if verb is not None and verb.i in anchor_ids:
        return True
    later = _later_act_before(tx, root)
    if later is not None:
        return later.i in anchor_ids  # "ahead of a meeting later today": the meeting's, wherever it is hung
    if _issued_with(root, anchor_ids):
        return True  # "accused Israel in a statement issued on Monday"
    if (_describes_noun(root, anchor_ids) and not _occasion(root, tx.value, anchor_ids)) or _said_on(root) \
            or _deferred_to(root, anchor_ids):
        return False
    tok, hops = root, 0
    while hops < 4 and tok.head.i != tok.i:
        # not through a clause of its own ("pledged that … by 2022", "plans to visit and signed … last week")
        attached = hops == 0 or (tok.dep_ in _ATTACH and not own_tense(tok))
        if tok.head.i in anchor_ids and attached:
            return True
        if not attached:
            return False
        tok, hops = tok.head, hops + 1
    return False


def _bounds(value: DateValue) -> tuple[date, date] | None:
    """The first and last day a value covers (a month its days, a year its months); None when unreadable."""
    start, end = value.start or "", value.end or value.start or ""
    try:
        first = date.fromisoformat(start if len(start) == 10 else f"{start}-01" if len(start) == 7
                                   else f"{start}-01-01")
        if len(end) == 10:
            last = date.fromisoformat(end)
        elif len(end) == 7:
            y, m = map(int, end.split("-"))
            last = date(y, m, calendar.monthrange(y, m)[1])
        else:
            last = date(int(end), 12, 31)
    except ValueError:
        return None
    return first, last


def _within(inner: DateValue, outer: DateValue) -> bool:
    """Every day of `inner` is a day of `outer`."""
    a, b = _bounds(inner), _bounds(outer)
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


def _length(value: DateValue) -> int:
    bounds = _bounds(value)
    return (bounds[1] - bounds[0]).days if bounds else 1 << 30


def _clause_of(root: Token) -> Token:
    """The head of the clause a time belongs to: its own, or the saying's for one hung on what is said (_said_on)."""
    head = _clause_head(root, own_conjunct=True)
    return _clause_head(head.head) if _said_on(root) else head


def _said_on(root: Token) -> bool:
    """A time between a verb of saying and the subject of what it reports, hung by the parser on the reported verb,
    is the saying's ("Kenya said on Tuesday it had shut the border on Sunday": Tuesday is when it said so)."""
    tok = root
    while tok.dep_ in ("pobj", "prep", "npadvmod") and tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in ("prep", "npadvmod") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in STATEMENT_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.head.i < root.i and subject is not None and root.i < subject.left_edge.i


def _as_said(heads, found: list[tuple[Timex, Token]], anchor_ids: set[int]) -> tuple[DateValue, Token] | None:
    """An act its speaker, in a dated statement, tells as under way ("told reporters yesterday he was ordering a
    review", "said on Monday it is sending troops"): the statement's date. Not an act it reports as done before
    ("said on Monday it had sent"), nor one still to come ("would send"), nor others' acts, whose report dates only
    what was known ("reported on Friday that the firm is facing scrutiny")."""
    for head in heads:
        said = head.head
        if head.dep_ != "ccomp" or said.lemma_.lower() not in STATEMENT_VERBS or not _under_way(head):
            continue
        speaker = {s.lower_ for s in said.children if s.dep_ == "nsubj"}
        if not any(s.lower_ in SELF_REFERENCE | speaker for s in head.children if s.dep_ in ("nsubj", "nsubjpass")):
            continue
        value = _unique_in_clause(_clause_head(said), found, anchor_ids)
        if value is not None:
            return value
    return None


def _under_way(verb: Token) -> bool:
    """A progressive ("was ordering", "are leaving") or a simple present with no modal ("is", "holds")."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
        return False
    if verb.tag_ == "VBG":
        return any(a.lemma_ == "be" for a in auxes)
    return verb.tag_ in ("VBZ", "VBP") and not auxes


def _phrase_before(marker: Token, found: list[tuple[Timex, Token]]) -> tuple[DateValue, Token] | None:
    """The time of the phrase a "when"/"where" clause follows, back to the verb before it ("in November 2024, when
    …", "the July 25 call with Zelenskiy, when he asked…"): the nearest timex in that stretch."""
    start = marker.sent.start
    for tok in reversed(marker.doc[start:marker.i]):
        if tok.pos_ in ("VERB", "AUX"):
            start = tok.i + 1
            break
    inside = [(tx, root) for tx, root in found if start <= root.i < marker.i]
    if not inside:
        return None
    tx, root = max(inside, key=lambda pair: pair[1].i)
    return tx.value, root


def vowed_then(act: Token, announcer: Token, act_date: DateValue | None, published: str | None) -> DateValue | None:
    """The date of a threat or vow told with no time of its own, by the time told with the act it announces, when
    that time lies before the article: an act only threatened has no past date of its own, so "threatened to kill
    the judge in March", read in November, tells when the threat was made. None otherwise (the act's future date is
    its own: "vowed to retaliate next week")."""
    if act.dep_ != "xcomp" or act.head.i != announcer.i or not is_before(act_date, published):
        return None
    return act_date


def is_after(value: DateValue | None, published: str | None) -> bool:
    """True when the date starts after the article's date (compared at the date's own precision), or is told as
    later than the writing ("later today", "later this week": `after_writing`)."""
    if value is None or not value.start or not published:
        return False
    return value.start > published[: len(value.start)] or after_writing(value)


_LATER = re.compile(r"^later\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month|year))$")


def after_writing(value: DateValue | None) -> bool:
    """A time the text tells as after the moment it was written, though it may begin on the article's day: "later
    today", "later this week", "later this year" (the writer's now; not "later that day" or "later in the day",
    which count from a time the story tells)."""
    return value is not None and bool(_LATER.match(" ".join((value.text or "").lower().split())))


def is_before(value: DateValue | None, published: str | None) -> bool:
    """True when the date ends before the article's date (compared at the date's own precision)."""
    if value is None or not published:
        return False
    end = value.end or value.start
    return bool(end) and end < published[: len(end)]


# --- a date told with an act named again in a later sentence ------------------------------------------------------

_INDEFINITE = frozenset({"a", "an", "another", "any", "some", "no", "every", "each"})
_SUBJECT = ("nsubj", "nsubjpass")
_NEAR_DAYS = 7  # a date carried back lies this close to the article: the news the lead told without one
_TOOK_PLACE = frozenset({"come", "take", "happen", "occur", "be"})  # "Approval came on Wednesday", "was on Monday"
DOING_VERBS = frozenset(lexicon()["doing_verbs"])  # "the pledge was made on Monday": passive, the same


def date_back(doc: Doc, events: list[Event], trigger_of) -> None:
    """An act the story reports undated takes the date a later sentence gives it when it names the act again
    ("The senate approved the bill." … "Approval came in a vote on Wednesday"; "Wednesday's signing", "the talks
    earlier today"): a noun, not indefinite, whose time is attached to it, or that is the subject of a clause with
    one time that tells when it happened ("came", "took place", "was"), names again the one earlier act of its
    kind, a kind by the noun's PLOVER types (data/acts_named_again.yaml) or by being the noun of the act's own verb
    ("approval", "signing" of "approve", "sign"). Only when every earlier act of that kind (one act, several
    mentions of the same parties) is undated, never a day after the article for a done act, and the day lies within
    a week of the article's date (the news an undated lead tells): "last year's agreement" is another act than the
    one just signed; nor is an earlier mention whose own words say it is another act ("a separate meeting").
    Mentions whose parties differ only as a person differs from the state they act for ("Kenya
    and Uganda signed…", "signed by their foreign ministers") are one act (`_one_act`). A noun with its
    own time in the sentence of an undated act put on its verb of saying names that act too ("The terms of today's
    accord will be published next month, the envoy said"; not "signed a pact extending Friday's agreement"). In place,
    after the whole document is coded; `trigger_of(doc, event)` gives an event's trigger token. Last, an act that
    goes on for days takes the last day a clause on its noun tells (`ends_told`)."""
    if not events:
        return
    triggers = {e.id: trigger_of(doc, e) for e in events}
    timexes = [t for t in (doc._.timexes or []) if not vague_window(t.value)]
    held_as_planned(doc, events, triggers, timexes)
    if not timexes:
        return
    if any(e.date is None for e in events):
        _named_again_dated(doc, events, triggers, timexes)
        told_again(doc, events, triggers, timexes)
        reacted_today(doc, events, triggers, timexes)
        lead_said(doc, events, triggers, timexes)
        after_another(doc, events, triggers)
    ends_told(doc, events, triggers, timexes)
    done_later(doc, events, triggers)


def _named_again_dated(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """The first part of `date_back`: a noun that names an earlier undated act again, with its own time."""
    for sent in doc.sents:
        if not any(sent.start_char <= t.start < sent.end_char for t in timexes):
            continue
        before = [e for e in events if triggers[e.id] is not None and triggers[e.id].i < sent.start]
        here = [e for e in events if triggers[e.id] is not None and sent.start <= triggers[e.id].i < sent.end
                and triggers[e.id].lemma_.lower() in STATEMENT_VERBS]  # an act put on "said" is what is said
        for noun in sent:
            if not _common_noun(noun) or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
                continue
            earlier = [e for e in before if _names_again(noun, e, triggers[e.id]) and not _said_another(triggers[e.id])
                       and not _others_act(noun, e, doc)]
            if not earlier:
                earlier = [e for e in here if e.type in _noun_types(noun)
                           and _attached(sentence_timexes(sent, timexes), {noun.i}) is not None]
            if not earlier or any(e.date is not None for e in earlier):
                continue
            if not _one_act(earlier, doc):
                continue  # several acts the noun could name
            value = _own_date(noun, timexes)
            if value is None or not _near(value, doc._.published):
                continue
            for event in earlier:
                if not (event.status == "occurred" and is_after(value, doc._.published)):
                    event.date = value
                if event in here and _done_by_its_noun(noun, value, doc._.published):
                    event.status = "occurred"  # "Details of today's accord will be released…, the envoy said"


# --- an act told as planned, and later as held ----------------------------------------------------------------------

# "the meeting happened", "the strike began on Monday", besides "took place" and "went ahead"
_HELD_VERBS = frozenset({"happen", "occur", "begin", "start"})


def held_as_planned(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act the story tells first as planned and then, in a later sentence, as held is one act, and it took place:
    "Kenya and Uganda had planned to hold talks on Friday." … "The talks went ahead on Friday" / "The meeting took
    place as planned" / "The accord was signed on Friday". The later mention is a noun, not indefinite and with no
    word of another act ("a second visit", "the last meeting"), that names the earlier act again (one of its types,
    data/acts_named_again.yaml, or the noun of its verb), and is the subject of a clause in the past tense, not
    negated, that tells it happened: "took place", "went ahead", "happened", "occurred", "began", or the passive of a
    doing verb ("was held", "was signed"). Every earlier act it may name is one act (`_one_act`), of the noun's doers
    (`_others_act`). The planned act becomes occurred and takes the clause's time ("on Friday"), else keeps its own;
    not when either time lies after the article, nor when the two times do not meet ("the meeting took place in
    2019" is not next week's: another act), unless the plan's time is past and the act was held after it (put off:
    "had been due to visit in May" … "finally took place on Friday"). In place."""
    published = doc._.published
    for sent in doc.sents:
        before = [e for e in events if e.status in ("planned", "occurred") and triggers.get(e.id) is not None
                  and triggers[e.id].i < sent.start]
        if not any(e.status == "planned" for e in before):
            continue
        for noun in sent:
            if noun.dep_ not in _SUBJECT or not _common_noun(noun) or _another(noun) or _said_another(noun) \
                    or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
                continue
            if not _tells_held(noun):
                continue
            earlier = [e for e in before if _names_again(noun, e, triggers[e.id])
                       and not _said_another(triggers[e.id]) and not _others_act(noun, e, doc)]
            planned = [e for e in earlier if e.status == "planned"]
            if not planned or not _one_act(earlier, doc):
                continue
            found = _unique_in_clause(_clause_head(noun.head), sentence_timexes(sent, timexes), {noun.i, noun.head.i})
            value = found[0] if found is not None else None
            if value is not None and is_after(value, published):
                continue
            for event in planned:
                if event.date is not None and (is_after(event.date, published) if value is None
                                               else not (_meet(event.date, value) or _put_off(event.date, value,
                                                                                              published))):
                    continue
                event.status = "occurred"
                if value is not None:
                    event.date = value


def done_later(doc: Doc, events: list[Event], triggers: dict) -> None:
    """A plan the story tells first and the act it tells as done in a later sentence are one act, and the plan's
    event goes: "Kenya and Uganda were due to sign a border accord on Friday." … "The two countries signed the accord
    in Nairobi on Friday." Both are dated to the same single day, not after the article (a wider time, "will visit
    Uganda this month", may hold other meetings of the same sides), the two have one type and mode, and each party
    of the plan is one of the done act's (`_same_parties`); neither mention tells another act ("signed a second
    accord", "met again"). A plan for another time ("will meet again next month") or of other parties stays. In
    place: `events` loses the plan, whose sentence joins the done act's evidence (the record still quotes it)."""
    published = doc._.published
    gone = set()
    for plan in events:
        tok = triggers.get(plan.id)
        if plan.status != "planned" or plan.date is None or tok is None or _another(tok) or _said_another(tok):
            continue
        for done in events:
            later = triggers.get(done.id)
            if done.status != "occurred" or done.date is None or later is None or later.sent.start <= tok.sent.start:
                continue
            if done.type != plan.type or done.mode != plan.mode or _another(later) or _said_another(later):
                continue
            if is_after(done.date, published) or not (_one_day(done.date) and _one_day(plan.date)) \
                    or done.date.start != plan.date.start:
                continue
            if _same_parties(plan, done, doc):
                gone.add(plan.id)
                done.evidence.extend(x for x in plan.evidence if x not in done.evidence)
                break
    if gone:
        events[:] = [e for e in events if e.id not in gone]


def _one_day(value: DateValue) -> bool:
    return value.start is not None and len(value.start) == 10 and (value.end or value.start) == value.start


def _tells_held(noun: Token) -> bool:
    """The noun is the subject of a clause in the past tense, not negated, that tells its act happened: "took place",
    "went ahead", "happened", "occurred", "began", "was held" (the passive of a doing verb)."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children) or verb_tense(verb) != "past":
        return False
    if noun.dep_ == "nsubjpass":
        return verb.lemma_.lower() in DOING_VERBS - {"announce"}  # "the visit was announced" tells the plan
    lemma = verb.lemma_.lower()
    return lemma in _HELD_VERBS or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                            for c in verb.children)) \
        or (lemma == "go" and any(c.lower_ == "ahead" for c in verb.children))


def _put_off(planned: DateValue, held: DateValue, published: str | None) -> bool:
    """The act was held later than planned, the plan's time past by the article ("had been due to visit in May" …
    "the visit finally took place on Friday"); a plan still to come is not an act held before it."""
    x, y = _bounds(planned), _bounds(held)
    return x is not None and y is not None and not is_after(planned, published) and y[0] >= x[0]


def _meet(a: DateValue, b: DateValue) -> bool:
    """The two times share a day."""
    x, y = _bounds(a), _bounds(b)
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


_LEAD_WINDOW = 2  # sentences after the lead in which its actor's dated statement is looked for
_LEAD_AT_MOST = 3  # the lead: the first sentence with an event among the document's first three (after a headline)


def lead_said(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act the lead sentence tells as just done ("Ghana has recalled its envoy to Togo"), with no time, takes the
    day of the statement in which its own side makes it known, in the lead or the next sentences ("…, Ghana's foreign
    minister said on Tuesday"): a decision a story opens with is made when its actor makes it known. The act is in
    the present perfect, occurred; the statement is its sentence's main verb of saying, with a day attached within a
    week of the article and not after it; its speaker is one of the act's sources or of the same country. Others'
    reports ("…, officials said", "Togo said on Tuesday") and an act told as done before ("had recalled") still date
    nothing. In place."""
    sentences = list(doc.sents)
    lead = next((s for s in sentences[:_LEAD_AT_MOST] if any(_sent_has(s, triggers[e.id]) for e in events)), None)
    if lead is None:
        return
    actors = doc._.actors or {}
    token_actor = doc._.token_actor or {}
    index = next(n for n, s in enumerate(sentences) if s.start == lead.start)
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or event.status != "occurred" or not _sent_has(lead, tok) or not _perfect(tok):
            continue
        sides = {nation_of(actors[i]) or i for i in event.source if i in actors} | set(event.source)
        for sent in sentences[index: index + 1 + _LEAD_WINDOW]:
            said = _main_saying(sent)
            if said is None:
                continue
            speakers = {token_actor.get(t.i) for s in said.children if s.dep_ == "nsubj" for t in s.subtree}
            speakers = {x for x in speakers if x}
            if not speakers & sides and not {nation_of(actors[x]) for x in speakers if x in actors} & sides:
                continue
            found = _attached(sentence_timexes(sent, timexes), {said.i})
            if found is not None and found[0].precision == "day" and _near(found[0], doc._.published) \
                    and not is_after(found[0], doc._.published):
                event.date = found[0]
                break


_FOLLOWING = frozenset(lexicon()["following_words"])
_SOON = frozenset(lexicon()["soon_words"])


def after_another(doc: Doc, events: list[Event], triggers: dict) -> None:
    """An act done, told with no time of its own as done after another dated act, takes that act's date where the
    order fixes it: one the article dates to its own day, as the act cannot come before it nor after the article
    ("Speaking after a meeting with Ruto today, the envoy praised…"), and one dated to a month or a year when the act
    came "shortly" or "soon" after it (data: soon_words; "Soon after the arrest in April, the senator accused…").
    The other act is the object of an "after"/"following" phrase (data: following_words) with no measure ("two days
    after" counts back from a day, _shifted) on the act's verb, on a participle clause set off before it, or on a
    noun of theirs ("at a dinner after talks"): an event's own noun, or a noun, not indefinite, that names again the
    one dated act told before it (`_names_again`, `_one_act`: "the arrest" of "was arrested in April"). In place."""
    published = (doc._.published or "")[:10]
    dated = [e for e in events if e.date is not None and triggers.get(e.id) is not None]
    if len(published) != 10 or not dated:
        return
    own = {triggers[e.id].i: e.date for e in dated}
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or event.status != "occurred":
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_head(tok)
        if tense_form(verb) != "past" and not _perfect(verb):
            continue
        for prep, noun in _followed(verb):
            value = own.get(noun.i) or _named_date(noun, dated, triggers, doc)
            if value is None:
                continue
            day = value.start == published and (value.end or published) == published
            soon = prep.i > 0 and doc[prep.i - 1].lower_ in _SOON  # "soon after", "shortly after"
            if day or (soon and len(value.start or "") in (4, 7) and (value.end or value.start) == value.start):
                event.date = value
                break


# --- the last day of an act that goes on for days, told by a clause on its noun ------------------------------------

_END_VERBS = frozenset(lexicon()["end_verbs"])
_LASTING_VERBS = frozenset(lexicon()["lasting_verbs"])
_LASTING_ACTS = frozenset(lexicon()["lasting_acts"])
_SCHEDULERS = frozenset(lexicon()["end_schedulers"])
_UNTIL = frozenset({"until", "till", "through"})
_PARTICLES = frozenset({"up", "on", "down"})  # "wrap up", "go on until", "wind down"
_LASTING_DAYS = 31  # a last day further from the act's day than this is not that act's end
_END_HOPS = 5


def ends_told(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act that goes on for days (data: lasting_acts: talks, a visit, a strike, an offensive), dated to one day,
    lasts until the day a clause on its noun says it ends (data: end_verbs, and lasting_verbs with "until"): "held
    talks with Uganda today" … "the talks, which are scheduled to end Wednesday" runs from today to Wednesday, and
    so does "began a visit on Monday that is due to end on Wednesday". The noun is the act's own word or, not
    indefinite nor told as another act, names again the one earlier act of its kind (`_names_again`, `_one_act`);
    the last day lies after the act's day, within _LASTING_DAYS of it. An act the coder dated by that very day (the
    clause on its noun: "are holding talks, which end on Friday") is not on that day but up to it: the end alone,
    with no first day told. Not a deal's or sale's "close", nor "by Friday" (a deadline). In place."""
    for sent in doc.sents:
        for tx, root in sentence_timexes(sent, timexes):
            value = tx.value
            if value.precision != "day" or not value.start or (value.end or value.start) != value.start:
                continue
            verb = _end_verb(doc, tx)
            noun = _ending_noun(verb) if verb is not None else None
            if noun is None or not {noun.lower_, noun.lemma_.lower()} & _LASTING_ACTS or _said_another(noun) \
                    or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
                continue
            acts = [e for e in events if triggers.get(e.id) is not None and triggers[e.id].i == noun.i]
            if not acts:
                acts = [e for e in events if triggers.get(e.id) is not None and triggers[e.id].i < noun.i
                        and _names_again(noun, e, triggers[e.id]) and not _said_another(triggers[e.id])
                        and not _others_act(noun, e, doc)]
                if not acts or not _one_act(acts, doc):
                    continue
            said = doc[verb.i: doc.char_span(tx.start, tx.end, alignment_mode="expand").end].text
            for event in acts:
                event.date = _until(event.date, value.start, said, tx)


def _until(date_: DateValue | None, last: str, said: str, tx: Timex) -> DateValue | None:
    """The act's date once it is known to end on `last` (see ends_told): unchanged where it is not one day before
    it, within _LASTING_DAYS."""
    if date_ is None or not date_.start:
        return date_
    if date_.start == last and (date_.end or last) == last and date_.text == tx.text:
        return DateValue(start=None, end=last, precision="day", text=said)  # dated by its end: up to that day
    if len(date_.start) != 10 or (date_.end or date_.start) != date_.start or not date_.start < last:
        return date_
    if (date.fromisoformat(last) - date.fromisoformat(date_.start)).days > _LASTING_DAYS:
        return date_
    return date_.model_copy(update={"end": last, "text": f"{date_.text}; {said}"})


def _end_verb(doc: Doc, tx: Timex) -> Token | None:
    """The verb right before a day that tells it as the last of something: "end Wednesday", "conclude on Friday",
    "wrap up on Friday", "last until March 20", "run through Friday"; None otherwise. A noun the tagger made of an
    infinitive ("due to end Friday") counts."""
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    i = span.start - 1
    if doc[i].lower_ == "on":
        i -= 1
    until = doc[i].lower_ in _UNTIL
    i -= until
    if i > 0 and doc[i].lower_ in _PARTICLES and doc[i].dep_ == "prt":
        i -= 1
    tok = doc[i]
    if tok.lemma_.lower() not in (_LASTING_VERBS if until else _END_VERBS) or any(
            c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None
    infinitive = i > 0 and doc[i - 1].lower_ == "to"
    if tok.pos_ not in ("VERB", "AUX") and not infinitive:
        return None
    if infinitive:  # "scheduled to end", "due to end", "is to end": a schedule, not a wish ("wants … to end")
        governor = tok.head.head if tok.head.lower_ == "to" else tok.head
        if governor.lower_ not in _SCHEDULERS and governor.lemma_.lower() not in _SCHEDULERS:
            return None
    return tok


def _ending_noun(verb: Token) -> Token | None:
    """The noun whose end the verb tells: its subject ("the talks end on Friday", "the meeting is due to end…"), or
    the noun its clause is on ("the talks, which are scheduled to end…", "the talks, scheduled to end…"), climbing
    from an infinitive to the verb it completes."""
    tok = verb
    for _ in range(_END_HOPS):
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT), None)
        if subject is not None:
            if subject.tag_ == "WDT" or subject.lower_ in ("which", "that"):
                return tok.head if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") else None
            return subject if subject.pos_ == "NOUN" else None
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
            return tok.head
        if tok.dep_ not in ("xcomp", "pcomp", "pobj", "acomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _followed(verb: Token) -> list[tuple[Token, Token]]:
    """(preposition, noun) of the "after"/"following" phrases with no measure on a verb, on a participle clause set
    off before it, or on a noun of theirs, with the nouns joined to theirs ("after talks and a dinner")."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        for child in tok.children:
            if child.dep_ == "prep":
                if child.lower_ in _FOLLOWING and not any(c.dep_ == "npadvmod" for c in child.children):
                    out += [(child, o) for p in child.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
                else:
                    todo += [p for p in child.children if p.dep_ == "pobj"]
            elif child.dep_ == "advcl" and child.i < verb.i and _adjunct_participle(child):
                todo.append(child)
            elif child.dep_ == "mark" and child.lower_ in _FOLLOWING and tok.dep_ == "ROOT" and child.i < tok.i:
                # a phrase between the subject and its verb the parser takes for a clause of the main verb's own
                # ("the senator shortly after the arrest accused…": "after" a marker, "arrest" a subject)
                out += [(child, s) for s in tok.children if s.dep_ in _SUBJECT and s.left_edge.i == child.i + 1]
    return out


def _named_date(noun: Token, dated: list[Event], triggers: dict, doc: Doc) -> DateValue | None:
    """The date of the one dated act told before the noun that the noun, not indefinite nor told as another act,
    names again (one date for all its mentions)."""
    if not _common_noun(noun) or _said_another(noun) or any(
            c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return None
    named = [e for e in dated if triggers[e.id].i < noun.i and _names_again(noun, e, triggers[e.id])]
    values = {e.date.model_dump_json(): e.date for e in named}
    return next(iter(values.values())) if len(values) == 1 and _one_act(named, doc) else None


def _main_saying(sent: Span) -> Token | None:
    """The sentence's main verb of saying: its root, or one the parser hung on the root after the act it tells
    ("Ghana has recalled its envoy, its minister said on Tuesday")."""
    root = sent.root
    if root.lemma_.lower() in _OWN_STATEMENTS:
        return root
    return next((c for c in root.children if c.dep_ in ("advcl", "parataxis") and c.i > root.i
                 and c.lemma_.lower() in _OWN_STATEMENTS), None)


def _sent_has(sent: Span, tok: Token | None) -> bool:
    """The token lies in the sentence."""
    return tok is not None and sent.start <= tok.i < sent.end


def _perfect(tok: Token) -> bool:
    """A verb in the present perfect: "has dropped", "have agreed"."""
    return tok.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("has", "have", "'s", "'ve") for a in tok.children)


def reacted_today(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """A reaction told in the past to an act the article dates to its own day took place that day: "Kenya welcomed
    Uganda's announcement…" with "the announcement earlier today said…" (in that sentence or another) is today's;
    a reaction cannot come before what it answers, nor after the article. The act is the object of the reaction's
    verb, named by the same noun, not indefinite, with a time attached or, as the subject of a verb of saying, the
    one time of its clause. In place."""
    published = (doc._.published or "")[:10]
    if len(published) != 10:
        return
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or tok.pos_ != "VERB" or tense_form(tok) != "past":
            continue
        answered = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if answered is None or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in answered.children):
            continue
        for noun in doc:
            if noun.lemma_ != answered.lemma_ or noun.pos_ != "NOUN" \
                    or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
                continue
            found = _attached(sentence_timexes(noun.sent, timexes), {noun.i})
            if found is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in STATEMENT_VERBS:
                found = _unique_in_clause(_clause_head(noun.head), sentence_timexes(noun.sent, timexes), {noun.i})
            if found is not None and found[0].start == published and (found[0].end or published) == published:
                event.date = found[0]
                break


def _done_by_its_noun(noun: Token, value: DateValue, published: str | None) -> bool:
    """A noun act with its own time not after the article, and no word that makes it a plan ("today's accord", not
    "the planned accord"): the act it names happened, whatever the clause around it says of other things ("details
    of today's accord will be released": the release is still to come, the accord is made)."""
    if not published or is_after(value, published):
        return False
    plans = load_lexicon().planning_modifiers
    return not any(c.lower_ in plans for c in noun.children if c.dep_ in ("amod", "compound"))


# Words by which a mention tells another act of the same kind than the one told before ("struck again", "another
# round of talks", "had met several times", "she also met")
_ANOTHER = frozenset({"again", "another", "other", "previous", "earlier", "last", "former", "past", "prior", "repeated",
                      "new", "second", "third", "further", "more", "often", "several", "many", "frequently",
                      "regularly", "repeatedly", "once", "twice", "first", "next", "future", "later", "also",
                      "separate"})


def told_again(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act told without a time in one sentence and with one in another is one act told twice: the lead's "after
    its jets shot down two planes" takes the day of "On Sunday its jets shot down two planes…" further on, and "the
    talks" after "held talks with Uganda on Monday" take Monday. The undated mention repeats the dated one's verb,
    or is a noun, not indefinite, that names its act (`_names_again`); the two have one type and mode (a visit is
    not the talks held during it), one status, parties that nest (`_one_act`), every dated mention of that kind one
    date, within a week of the article; a mention that says it is another act ("again", "also", "another",
    "several times"), lasts longer than the day ("her five-day visit"), or has a time of its own, even a vague one
    ("in recent days"), keeps none. In place."""
    dated = [e for e in events if e.date is not None and triggers.get(e.id) is not None]
    if not dated:
        return
    every = doc._.timexes or []
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or _another(tok):
            continue
        if _event_date([tok], tok.sent, every) is not None:
            continue  # a time of its own, if only a vague one
        same = [d for d in dated if d.type == event.type and d.mode == event.mode and d.status == event.status
                and _same_words(tok, d, triggers[d.id]) and not _longer(tok, d.date)]
        if not same or not _one_act([event, *same], doc) or not all(_same_parties(event, d, doc) for d in same):
            continue
        values = {d.date.model_dump_json(): d.date for d in same}
        value = next(iter(values.values()))
        if len(values) == 1 and _near(value, doc._.published):
            event.date = value


_UNITS = ("day", "week", "month", "year")


def _longer(tok: Token, value: DateValue) -> bool:
    """A mention that lasts longer than a single day it would take: "her five-day visit" is not Friday's talks."""
    return _one_day(value) and any(c.dep_ in ("amod", "compound", "nummod") and any(u in c.lower_ for u in _UNITS)
                                   for c in tok.children)


def _same_parties(event: Event, other: Event, doc: Doc) -> bool:
    """Each party of the event is one of the other's: the same actor, or the same country where at most one of the
    two is a person ("Kenya" and its president; not two ministers of one government, two meetings)."""
    actors = doc._.actors or {}
    theirs = [*other.source, *other.target]

    def same(a: str, b: str) -> bool:
        if a == b:
            return True
        x, y = actors.get(a), actors.get(b)
        if x is None or y is None or (x.kind == "person" and y.kind == "person"):
            return False
        country = nation_of(x)
        return country is not None and country == nation_of(y)

    return all(any(same(a, b) for b in theirs) for a in [*event.source, *event.target])


def _same_words(tok: Token, event: Event, trigger: Token) -> bool:
    """The mention `tok` tells the event again: the same verb, or a noun, not indefinite, that names it."""
    if tok.sent.start == trigger.sent.start:
        return False
    if tok.pos_ == "VERB":  # in a tense that can tell the same act: not "anyone who gets arrested", "will strike"
        return trigger.pos_ == "VERB" and tok.lemma_.lower() == trigger.lemma_.lower() \
            and tense_form(tok) == tense_form(trigger)
    return _common_noun(tok) and not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children) \
        and _names_again(tok, event, trigger)


def _said_another(tok: Token) -> bool:
    """The mention's own modifier says it is another act: "a separate meeting", "another round of talks" (not a word
    on its object: "evacuating their last stronghold")."""
    return any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in _ANOTHER for c in tok.children)


def _another(tok: Token) -> bool:
    """The mention tells another act of its kind: "struck again", "another round of talks", "met several times"."""
    words = [c for c in tok.children if c.dep_ in ("advmod", "amod", "det", "npadvmod", "nummod")]
    words += [g for c in tok.children if c.dep_ in ("npadvmod", "dobj") for g in c.children if g.dep_ == "amod"]
    return any(w.lower_ in _ANOTHER for w in words)


def _one_act(events: list[Event], doc: Doc) -> bool:
    """Mentions of one act: of one type, and their parties, each read as its country where it has one, nest (each
    set within the largest: "Kenya and Uganda", "their foreign ministers", "the Kenyan government"); not
    "Kenya signed with Uganda … and with Ethiopia"."""
    if len({e.type for e in events}) != 1:
        return False
    actors = doc._.actors or {}

    def country(ident: str) -> str:
        entity = actors.get(ident)
        if entity is None:
            return ident
        return nation_of(entity) or ident

    sides = [frozenset(map(country, [*e.source, *e.target])) for e in events]
    largest = max(sides, key=len)
    return all(side <= largest for side in sides)


def _others_act(noun: Token, event: Event, doc: Doc) -> bool:
    """The noun's own words name a doer who is none of the event's sources, nor of their country: "Sunday's Ugandan
    rocket attack" is not the attack Kenyan jets made."""
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    doers = {token_actor.get(t.i) for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
             for t in c.subtree} - {None}
    if not doers:
        return False
    sources = set(event.source) | {nation_of(actors[i]) for i in event.source if i in actors}
    return any(d not in sources and (d not in actors or nation_of(actors[d]) not in sources) for d in doers)


def _common_noun(tok: Token) -> bool:
    """A common noun, also one the tagger takes for a name at the start of a sentence ("Approval came…")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.i == tok.sent.start and not tok.ent_type_)


def _near(value: DateValue, published: str | None) -> bool:
    """A day (or days) within _NEAR_DAYS of the article's date."""
    if not published or not value.start or len(value.start) != 10 or len(published) < 10:
        return False
    end = value.end if value.end and len(value.end) == 10 else value.start
    try:
        day, last = date.fromisoformat(value.start), date.fromisoformat(end)
        article = date.fromisoformat(published[:10])
    except ValueError:
        return False
    nearest = 0 if day <= article <= last else min(abs((day - article).days), abs((last - article).days))
    return (last - day).days <= _NEAR_DAYS and nearest <= _NEAR_DAYS


def _names_again(noun: Token, event: Event, trigger: Token) -> bool:
    """The noun may name the event again: one of its types, or the noun of its verb ("approval" of "approved")."""
    lemma = noun.lemma_.lower()
    if event.type in _noun_types(noun):
        return True
    verb = trigger.lemma_.lower()
    stem = verb[:-1] if verb.endswith("e") else verb
    return trigger.pos_ == "VERB" and len(stem) >= 4 and lemma.startswith(stem)


def _noun_types(noun: Token) -> frozenset[str]:
    """The PLOVER types of the acts a noun may name again, by its lemma or its form as written: the data lists
    plurals that are nouns of their own ("talks", "negotiations"), whose lemma is the singular. The nouns the roles
    read and those that only carry a date ("the offensive, which began on Tuesday" dates the fighting told before):
    data/acts_named_again.yaml, both sections."""
    table = dated_again()
    return frozenset().union(*(table.get(w, frozenset()) for w in (noun.lemma_.lower(), noun.lower_)))


def _own_date(noun: Token, timexes: list[Timex]) -> DateValue | None:
    """The time told with the noun: one attached to it ("Wednesday's signing", "the talks earlier today"), or the
    one time of the clause that tells when it happened ("Approval came in a vote on Wednesday", "the pledge was made
    on Monday": a doing verb in the passive; not "The deal was criticised on Monday", the criticism's day)."""
    found = sentence_timexes(noun.sent, timexes)
    if not found:
        return None
    attached = _attached(found, {noun.i})
    if attached is not None:  # "the offensive, which began on Monday": from Monday on
        return _opening(*attached, load_lexicon().start_verbs)
    verb = noun.head.lemma_.lower()
    if noun.dep_ in _SUBJECT and (verb in _TOOK_PLACE or (noun.dep_ == "nsubjpass" and verb in DOING_VERBS)):
        head = _clause_head(noun.head)  # any time of the clause, also one on its noun ("in a vote Wednesday")
        same = [tx.value for tx, root in found if _clause_head(root, own_conjunct=True).i == head.i
                and not (root.dep_ == "poss" and root.head.i != noun.i)]  # not "in response to Sunday's attack"
        return same[0] if len(same) == 1 else None
    return None
