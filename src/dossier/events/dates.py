"""The date of an event: the time expression attached to its trigger, else the only one in its clause.

This module reads one sentence (`event_date` and its helpers, and the tests of a value against the article's date);
the dates a story carries from one sentence to another (an act named again later, a plan told held, the lead's
saying) are events/story_dates.py's."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from dossier.events.named_again import dated_again  # the nouns that name an earlier act again
from dossier.events.patterns import load_lexicon
from dossier.events.roles.doers import stranded_report_conj
from dossier.events.scheduled_times import noun_of_time
from dossier.events.status import SELF_REFERENCE, SPEECH_ACTS, own_tense, put_forward, reported
from dossier.model import DateValue, Timex
from dossier.nlp.arrays import with_lower
from dossier.nlp.tweets import post_line
from dossier.time.calendar import as_date, day as cal_day, days as cal_days, shift
from dossier.time.lexicon import lexicon, number, words as time_words
from dossier.time.normalise import normalise, vague_window
from dossier.time.tense import (ASKING, GATHERINGS, MODALS, OPEN, PRECEDING, STATEMENT_VERBS, gathering_infinitive,
                                 preceding_top, preceding_words, saying_before, tense_of, verb_tense)

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
           or ((not own_conjunct or tok.i < tok.head.i) and _adjunct_participle(tok))
           or _as_planned(tok)) and tok.head.i != tok.i:
        if own_tense(tok):
            break  # a tense of its own: "signed the pact last week and plans to visit" (the visit is not last week)
        if own_conjunct and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) and not _gapped(tok):
            break
        if own_conjunct and _joined_to_a_state_now(tok):
            break  # "is on a visit to Peru, and leaves for Chile on Wednesday": the visit is now, not Wednesday
        if _charged_with(tok):
            break  # "accused Uganda on Monday of arming rebels": the arming is not Monday's
        if (saying := stranded_report_conj(tok)) is not None:
            tok = saying  # "denied on Sunday it meant to X and warned Y": the teller's own second verb, in its clause
            continue
        if tok.dep_ == "acl" and tok.pos_ == "VERB" and _after_its_verb(tok):
            break  # "followed a letter from groups urging…": an act of its own, unlike "X, speaking on Monday, said"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
                c.dep_ == "advmod" and c.lower_ in time_words("done_before_adverbs") for c in tok.children):
            break  # "renewed demands already rejected by the government": rejected before, not today
        tok = tok.head
    return tok


def _as_planned(tok: Token) -> bool:
    """A bare participle after "as" that tells the act kept to its plan (time lexicon `as_planned_participles`): its
    time is the act's ("will impose the duties as scheduled on Friday", "the two met as planned yesterday"), not
    that of a clause of its own; not "as announced on Monday", when the telling was."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.lower_ in time_words("as_planned_participles")
            and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" and c.i < tok.i for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children))


def _joined_to_a_state_now(tok: Token) -> bool:
    """A verb joined by "and"/"but" after "is"/"are" told as a state now ("is on a visit to Peru", "are in talks"),
    with no adjective or infinitive that makes it a prospect ("is due to", "is set to"): the state holds at the
    writing, and a time of the later verb ("and leaves for Chile on Wednesday") is not the state's."""
    first = tok.head
    return (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and first.i < tok.i and first.lemma_ == "be"
            and first.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("acomp", "xcomp", "ccomp", "aux", "auxpass") for c in first.children))


def _gapped(tok: Token) -> bool:
    """A participle joined by "and" to a verb in the passive, whose auxiliary it leaves out and shares: "one soldier
    was killed and another wounded in shelling on Monday" is one clause, and its time tells both (not "were expected
    to sign, but the talks stalled last week", a verb in the past the tagger may read as a participle)."""
    head = tok.head
    joined = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < tok.i]
    return tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "auxpass" for c in head.children) and bool(joined) and joined[-1].lower_ == "and"


_CHARGE_PREPS = frozenset({"of", "for", "to", "about", "against"})


def _charged_with(tok: Token) -> bool:
    """A gerund an actor is accused of, blamed or praised for, or admits or pleads guilty to, or that a warning, a
    worry or a call is about or against, or that a verb of charging puts "with" (time lexicon charged_with_verbs):
    an act of its own, told at no time by the verb it hangs on ("accused Uganda of arming rebels", "blamed Kenya for
    closing the border", "pleaded guilty on Monday to smuggling arms", "are warning people about gathering for
    Thanksgiving", "cautioned against travelling over Easter", "charged a clerk with embezzling funds in May"); also
    where the parser hangs the phrase on the verb's object ("accused the driver of stealing a van in August")."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return False
    host = prep.head
    if host.dep_ == "dobj" and host.pos_ in ("NOUN", "PROPN", "PRON") and host.head.pos_ == "VERB":
        host = host.head  # "accused the driver of stealing…": the phrase hung on the one accused
    if host.pos_ != "VERB":
        return False
    return prep.lower_ in _CHARGE_PREPS \
        or (prep.lower_ == "with" and host.lemma_.lower() in time_words("charged_with_verbs"))


def _present_participle(tok: Token) -> bool:
    """A present participle, or an "-ing" word the tagger reads as a noun where the parser makes it the head of a
    clause on a verb or a noun, with an object of its own ("Opening Monday's debate, the minister accused…")."""
    if tok.tag_ == "VBG":
        return True
    return (tok.tag_ == "NN" and tok.lower_.endswith("ing") and tok.dep_ in ("advcl", "acl")
            and any(c.dep_ == "dobj" for c in tok.children))


def _verb_lemmas(tok: Token) -> set[str]:
    """The lemma, and for an "-ing" word the tagger reads as a noun the verbs it may be a form of ("opening": open,
    "closing": close)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
        return {lemma}
    return {lemma, tok.lower_[:-3], tok.lower_[:-3] + "e"}


def _adjunct_participle(tok: Token) -> bool:
    """A participle clause set off by a comma (or opening the sentence), with no subject, marker or auxiliary of its
    own, which tells more of its main clause's act: "banned the rallies this year, arresting 200 people and
    seizing…", "Speaking on Monday, the president accused…" (not "a decree extending the ban through May", a
    participle on the object the parser may hang on the verb)."""
    if tok.dep_ != "advcl" or not _present_participle(tok):  # first: the set-off below asks for the sentence's bounds
        return False
    set_off = _after_comma(tok) or (tok.left_edge.i == tok.sent.start and tok.i < tok.head.i)  # "Speaking on…, X"
    return set_off and not any(
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
    if _acted_on(root) or _since_noun(root, anchor_ids) or _compared_with(root) or _of_a_term(root, anchor_ids) \
            or _state_since(root):
        return True
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


def _of_a_term(root: Token, anchor_ids: set[int]) -> bool:
    """A time hung on a word of a thing's term (data: term_words: "a loan repayable in 2030" dates the repaying), or
    in a relative clause telling the end of an act's term (`_term_ended`: "the accord, which expired on May 31")."""
    tok = root
    for _ in range(3):
        if tok.i in anchor_ids or tok.head.i == tok.i or tok.dep_ not in ("pobj", "prep", "npadvmod"):
            return False
        if tok.dep_ == "prep" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in time_words("term_words"):
            return True  # "a visa valid until May", the parser hanging "until" on the verb
        tok = tok.head
        if tok.i not in anchor_ids \
                and (tok.lower_ in time_words("term_words") or tok.dep_ == "relcl" and _term_ended(tok)):
            return True
    return False


def _term_ended(clause: Token) -> bool:
    """A relative clause telling the end of the term of an act done once (data: term_end_verbs): "the accord, which
    expired on May 31"; not the end of an act that goes on for days (lasting_acts: "the talks, which ended Friday")."""
    noun = clause.head
    return clause.lemma_.lower() in time_words("term_end_verbs") \
        and not {noun.lower_, noun.lemma_.lower()} & time_words("lasting_acts")


_BEFORE_NOUN = frozenset({"poss", "nummod", "compound", "amod", "nmod"})


def _acted_on(root: Token) -> bool:
    """A time before the noun of a thing a verb acts on, made or set before the act ("extended last year's
    protocol", "ratified the 1986 treaty", "last year's accord was renewed": time lexicon acting_on_verbs): the
    thing's time, even where its noun is part of the trigger ("extend … protocol"). Not a time after the noun ("renewed
    the accord on Monday"), nor the object of a verb that does the act its noun names ("attended Monday's summit")."""
    noun = root.head
    if root.dep_ not in _BEFORE_NOUN or noun.pos_ not in ("NOUN", "PROPN") or noun.i < root.i:
        return False
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in time_words("acting_on_verbs")


def _compared_with(root: Token) -> bool:
    """A time right after "than" (or after "than" and its preposition) is the time compared with, not the act's:
    "imposed more tariffs than last year", "sold less grain than in 1986"; so is one after an "as" that a word of
    comparison opens (time lexicon compared_as_words: "the same as in 1986", "as many tariffs as last year")."""
    if root.dep_ == "pobj" and root.head.lower_ == "than":
        return True
    first = root.head.left_edge.i if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.left_edge.i
    doc = root.doc
    as_ = root.head if root.dep_ == "pobj" and root.head.lower_ == "as" else doc[first - 1] if first > 0 else root
    compared = time_words("compared_as_words")
    if as_.lower_ == "as" and as_.i > 0 and (doc[as_.i - 1].lower_ in compared or any(
            t.lower_ == "as" and doc[t.i + 1].lower_ in compared for t in doc[root.sent.start: as_.i - 1])):
        return True  # "the same as in 1986", "as many tariffs as last year"
    return first > 0 and doc[first - 1].lower_ == "than"


def _since_noun(root: Token, anchor_ids: set[int]) -> bool:
    """A time on the noun of a "since" phrase, or right after it wherever the parser hangs it, is that noun's: "her
    first trip abroad since her removal in May", "the first protest since the closure last year" (the removal was in
    May; the trip is later). Not a "since" phrase that holds the act, nor one whose noun is
    itself a time ("since the end of January", "since March"), which the time reads as running from it."""
    first = root.head.i if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.left_edge.i
    sent, doc = root.sent, root.doc
    for since in (doc[i] for i in with_lower(doc, ("since",), sent.start, sent.end)):  # found on the Doc's array
        if since.dep_ != "prep" or since.i >= first:
            continue
        noun = next((c for c in since.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or noun.i == root.i or noun.ent_type_ in ("DATE", "TIME") \
                or noun.lemma_.lower() in time_words("parts_of_a_stretch") \
                or any(t.i in anchor_ids for t in since.subtree):
            continue
        if noun.right_edge.i == first - 1 or (root in noun.subtree and root.i > noun.i):
            return True
    return False


def _state_since(root: Token) -> bool:
    """A "since" time the parser gives a noun in apposition, which tells since when something has been what that
    noun says, not an act: "TRE, since December a unit of Alcoa, was cooperating" (TRE has been Alcoa's unit since
    December; the cooperating is not dated by it)."""
    if root.dep_ != "pobj" or root.head.lower_ != "since":
        return False
    nouns = [c for c in root.children if c.dep_ == "appos"]  # or, as the parser may have it, a second object
    nouns += [c for c in root.head.children if c.dep_ == "pobj" and c.i > root.right_edge.i]
    return any(c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME") for c in nouns)


def _part_of_day(tok: Token, noun: Token) -> bool:
    """A time in an "of" phrase on a noun that is itself a stretch of time ("on the night of Oct. 23", "on the
    morning of March 3", "on the eve of the vote"): the stretch lies in the time, so it tells the clause's act."""
    return tok.dep_ == "prep" and tok.lower_ == "of" and noun.lemma_.lower() in time_words("time_of_day_nouns")


def _object_thing(time: Token, noun: Token) -> bool:
    """A time standing alone (no preposition) at the end of a verb's object that names a thing, not an act or an
    occasion ("found 600 kg of explosives Sunday", "seized a car bomb Sunday", "sold 100,000 shares last week"): no
    thing is dated by a bare day after it in English, so the parser's attachment is the verb's (news puts the day
    after the object). Not an object that names an act, whose own time it may be ("condemned the attack Sunday":
    data/acts_named_again.yaml, time lexicon occasion_nouns), nor a noun that is not the object ("the minister's
    comments Tuesday drew criticism")."""
    occasions = time_words("occasion_nouns")
    if _noun_types(noun) or noun.lemma_.lower() in occasions or noun.lower_ in occasions:
        return False
    if not _ends_phrase(time, noun):
        return False  # the time ends the object's phrase
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "a cache of rifles Sunday"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.lemma_.lower() in time_words("stretch_nouns"):
        # "stopped work for an unlimited time today": right after the noun of the stretch the act is done for
        return time.left_edge.i == noun.i + 1 and noun.head.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") or _verb_phrase_thing(noun, time)


_TIME_PREPS = frozenset({"until", "till", "by", "before", "after", "since", "through"})


def _verb_phrase_thing(noun: Token, time: Token) -> bool:
    """The noun ends a phrase of a preposition on a clause's verb and the time follows it right away ("resigned from
    his post last November 25", "moved troops to the border Sunday"), as an object does; not a phrase hung on
    another preposition ("according to a report Friday": the report's day), words between ("paid to holders of
    record Nov. 3"), nor a phrase that tells a time itself ("given them until 9 a.m. Tuesday")."""
    prep = noun.head
    verb = prep.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and verb.dep_ != "prep"
            and verb.tag_ != "VBG" and time.left_edge.i == noun.i + 1 and prep.lower_ not in _TIME_PREPS
            and noun.ent_type_ not in ("DATE", "TIME"))


def _ends_phrase(time: Token, noun: Token) -> bool:
    """The time ends the noun's phrase, but for a clause on the noun after it ("for an unlimited time today to
    demand higher pay": the parser's attachment of the purpose)."""
    clauses = [c for c in noun.rights if c.dep_ in ("relcl", "acl") and c.left_edge.i > time.right_edge.i]
    end = min((c.left_edge.i for c in clauses), default=noun.right_edge.i + 1) - 1
    return time.right_edge.i == end and all(c.right_edge.i <= noun.right_edge.i for c in clauses)


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


def _occasion(root: Token, value: DateValue, anchor_ids: set[int]) -> bool:
    """A day (or days) told of the occasion the act was done at is the act's: "in a statement on Monday", "at a
    news conference Tuesday", "during talks on Friday" (a noun in "in"/"at"/"during" on the act's verb or on a
    participle of its doer's circumstance, `_circumstance`; not "after talks on Friday"); so is the year of an
    occasion that lasts a while and that the year names ("occupied the land in the 1967 war", "seized power during
    the 1980 coup"), but not a year of a document or plan ("in its 2019 budget"); one month told after the
    occasion's noun, in a phrase or bare, not after the article's ("arrested during a protest in June", "at a
    hearing last month"; not a quarter, nor "the October slaying", which may be an act pursued; a month read as
    still to come may be a past one whose verb has no tense, "think back to his arrest during a report in May");
    and the day of a gathering gone to (`_gone_to`)."""
    return _occasion_kind(root, value, anchor_ids) is not None


def _occasion_kind(root: Token, value: DateValue, anchor_ids: set[int]) -> str | None:
    """"occasion" for a time of `_occasion`'s noun in "in"/"at"/"during" on the act's word, "circumstance" for one
    on a participle of its doer's circumstance (`_circumstance`) or a day of the gathering such a participle of
    taking part has as its object (time lexicon taking_part_verbs), "gathering" for a day of a gathering gone to
    (`_gone_to`), None for any other time."""
    if not value.start:
        return None
    day = len(value.start) == 10
    tok = root
    while tok.dep_ in _NOUN_MODIFIER and tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return None
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in _OCCASION_PREPS:
            if _pursued_in(head):
                return None  # "charged with murder in the July 21 shooting": the shooting's day, not the charge's
            # the year on the occasion's own noun
            named = tok.i == root.i and head.lower_ in time_words("occasion_nouns")
            host = head.head.head
            month = (value.precision == "month" and value.end in (None, value.start) and _told_after(tok, root)
                     and not is_after(value, root.doc._.published))  # "a protest in June", not "the June slaying"
            if not (day or named or month):
                return None  # a year alone is a document's or plan's ("in its 2019 budget"); a past month the occasion's
            if host.i in anchor_ids:
                return "occasion"
            return "circumstance" if _circumstance(host, anchor_ids) or _infinitive_at(host, value, anchor_ids) \
                else None
        if head.pos_ in ("NOUN", "PROPN") and _gone_to(head, anchor_ids):
            return "gathering" if day else None
        if head.dep_ == "dobj" and {head.lower_, head.lemma_.lower()} & time_words("gathering_nouns") \
                and _verb_lemmas(head.head) & time_words("taking_part_verbs") and _circumstance(head.head, anchor_ids):
            return "circumstance" if day else None  # "Opening Monday's debate, the minister accused…"
        tok = head
    return None


def _told_after(tok: Token, root: Token) -> bool:
    """The time follows the occasion's noun, in a phrase of its own ("a protest in June") or bare ("a hearing last
    month"), rather than standing before it as a name of the act ("the June slaying")."""
    return tok.i != root.i or (root.dep_ == "npadvmod" and root.i > root.head.i)


def _infinitive_at(verb: Token, value: DateValue, anchor_ids: set[int]) -> bool:
    """An infinitive the parser hangs an occasion on, done by the act's verb in the past or on its object ("turned
    down every offer to ship maize at today's tender", "have sought permits to sell rye at Tuesday's tender",
    "agreed to cut quotas at yesterday's meeting"): an occasion already held is where the act was done, not a time
    still to come for the infinitive's act. Not an occasion after the article ("agreed to meet at next week's
    summit"), nor an act told to come ("will ask to speak at today's session")."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or is_after(value, verb.doc._.published) or not verb.doc._.published:
        return False
    act = verb.head
    if verb.dep_ in ("acl", "relcl") and act.dep_ in ("dobj", "nsubjpass"):
        act = act.head  # "requested licences to export…"
    elif verb.dep_ not in ("xcomp", "advcl"):
        return False
    return act.i in anchor_ids and verb_tense(act) == "past"


def _pursued_in(noun: Token) -> bool:
    """The noun, in an "in" phrase on a verb that pursues an act done before (time lexicon pursuing_verbs), names
    the act pursued, not the occasion of the pursuit: "was charged with murder in the July 21 shooting", "convicted
    in the 2019 bombing", "arrested in Monday's killing" (the day is the shooting's, the bombing's, the killing's).
    A verb of the police keeps a gathering, an operation or an occasion it was done at ("arrested 40 people in
    Monday's protest", "detained in a raid on Friday", "arrested during the 2011 uprising")."""
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "in" or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in time_words("pursuing_verbs"):
        return False
    stretches = time_words("time_of_day_nouns") | time_words("unit_days") | time_words("clock_units")
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in stretches:
        return False  # "arrested him in the early hours of Thursday morning": a stretch of time, no act
    if verb.lemma_.lower() in time_words("police_verbs"):
        words = {noun.lower_, noun.lemma_.lower()}
        return not words & (time_words("pursuit_occasions") | time_words("occasion_nouns")
                            | time_words("gathering_nouns"))
    return True


def _circumstance(verb: Token, anchor_ids: set[int]) -> bool:
    """A present participle with no subject, auxiliary or marker of its own on the act's verb or on its subject,
    telling what its doer was doing as it acted ("Speaking at a news conference on Monday, the minister accused…",
    "the minister, speaking at …, accused…"): the occasion it names is the act's. Not "having signed…" (done
    before), nor a clause with a subject of its own."""
    on_act = verb.dep_ == "advcl" and verb.head.i in anchor_ids
    on_doer = verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.i in anchor_ids
    return ((on_act or on_doer) and _present_participle(verb)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children))


def _of_gathering_gone_to(tx: Timex, root: Token, anchor_ids: set[int]) -> bool:
    """The time is a day told of a gathering the act goes to (`_gone_to`), which dates the going only where the
    going has no time of its own ("flew on Sunday to Monday's summit": Sunday)."""
    return _describes_noun(root, anchor_ids) and _occasion_kind(root, tx.value, anchor_ids) == "gathering"


def _gone_to(noun: Token, anchor_ids: set[int]) -> bool:
    """The noun is a gathering the act goes to, comes into or walks out of: in "to", "into" or "out of" on the act's
    verb of going ("came to Tuesday's summit", "walked out of Monday's session", "turned up at"… is `_occasion`'s
    "at"); so a day told of it is the act's. Not another verb ("invited Peru to Friday's summit": asked before), nor a
    noun that is no gathering ("went back to Monday's proposal"), nor a gathering come back from, which was over
    before the going ("returned home from Monday's summit": that day or a later one)."""
    gatherings = time_words("gathering_nouns")
    if noun.dep_ != "pobj" or noun.lower_ not in gatherings and noun.lemma_.lower() not in gatherings:
        return False
    prep = noun.head
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "out" and verb.dep_ in ("prep", "prt", "advmod"):
        verb = verb.head  # "walked out of …"
    elif prep.lower_ not in time_words("gathering_preps"):
        return False
    if verb.dep_ in ("prt", "advmod") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "went back to …", "flew in to …"
    return verb.i in anchor_ids and verb.lemma_.lower() in time_words("going_verbs")


def _issued_with(root: Token, anchor_ids: set[int]) -> bool:
    """A time told of the putting out of a document (on a participle of `issuing_verbs` on its noun: "in a statement
    issued on Monday", "in a report released Thursday", "in a letter dated June 3") is the time of an act done in it
    ("in"/"at"/"during" with the noun on the act's word, or on its object or infinitive complement, where the parser
    may hang it: "condemned the raid in a letter sent to the council on Tuesday", "urged Japan to apologise in a
    statement posted on Sunday") or by it as its subject ("A statement issued by the ministry on Monday accused…").
    Not a participle of what others did with the document ("in a report criticised on Friday"), nor a noun in another
    phrase ("in response to a statement issued on Monday"). The parser may hang the participle on the document's
    other party ("an interview with Fox News aired Sunday") or read it as a clause of the act's verb
    (`_document_before`)."""
    if root.dep_ in ("npadvmod", "tmod"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _WHEN_PREPS:
        verb = root.head.head
    else:
        return False
    if verb.lemma_.lower() not in time_words("issuing_verbs"):
        return False
    if verb.dep_ == "advcl":
        document = _document_before(verb)
        return document is not None and verb.head.i in anchor_ids
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "by", "to") and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lemma_.lower() in time_words("means_of_saying"):
        noun = noun.head.head  # "in an interview with Fox News aired Sunday": the parser hangs it on the interviewer
    if noun.dep_ in _SUBJECT:
        return noun.head.i in anchor_ids
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
        return False
    host = prep.head
    return host.i in anchor_ids or (host.dep_ in ("dobj", "xcomp") and host.head.i in anchor_ids)


def _in_a_dated_paper(root: Token, anchor_ids: set[int]) -> bool:
    """A day that owns the paper an act was said or written in ("today's", "Monday's": "said in today's Post",
    "in a piece in today's Post, the envoy said…", "in a column in Monday's edition of the Courier, the minister
    criticised…"): the day of the saying. The paper is the object of "in" on the act's verb of saying, or on a
    written piece or a means of saying (time lexicon `printed_pieces`, `means_of_saying`) in an "in" phrase on the
    act's word; not a paper an act's object was printed in ("criticised a report in Monday's Times")."""
    paper = root.head
    if root.dep_ != "poss" or paper.pos_ not in ("NOUN", "PROPN") or paper.i == root.i:
        return False
    if paper.dep_ == "pobj" and paper.head.lower_ == "of" and paper.head.head.pos_ == "NOUN":
        paper = paper.head.head  # "Monday's edition of the Herald" is owned by the day already
    prep = paper.head
    if paper.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    host = prep.head
    if host.i in anchor_ids:
        return host.lemma_.lower() in STATEMENT_VERBS
    if host.lemma_.lower() not in time_words("printed_pieces") | time_words("means_of_saying"):
        return False
    outer = host.head
    return host.dep_ == "pobj" and outer.lower_ in _OCCASION_PREPS and outer.head.i in anchor_ids


def _document_before(verb: Token) -> Token | None:
    """The noun of a means of saying that a participle of putting out, which the parser read as a clause of the act's
    verb (no subject nor marker of its own), follows right after: "accused Iran in an interview with Fox News aired
    Sunday" (the interview, aired Sunday); the noun stands in an "in"/"at"/"during" phrase on the act's verb that
    ends right before the participle."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in (*_SUBJECT, "mark", "aux", "auxpass") for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS or prep.right_edge.i != verb.i - 1:
            continue
        return next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                     and o.lemma_.lower() in time_words("means_of_saying")), None)
    return None


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
    """The token is an anchor or the object of a preposition on an anchor noun ("visit to Peru"); not on an anchor
    verb, whose phrases name its parties and places, not the act ("signed a deal with Korea, which …")."""
    for _ in range(3):
        if tok.i in anchor_ids:
            return True
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in anchor_ids and tok.pos_ in ("VERB", "AUX"):
            return False
    return tok.i in anchor_ids


def _later_act_before(tx: Timex, root: Token) -> Token | None:
    """The noun of an act right before a time told as after the writing (`after_writing`), which is that act's
    time whatever word the parser hangs it on ("speaking ahead of a meeting later today", "backs Peru as host of the
    leaders' meeting later this year": the meeting is later, the speaking and the backing are not); None for any
    other time, for a word before it that is no noun of an act, and where the verb it hangs on is itself told as
    still to come ("will host a summit later this year")."""
    doc = root.doc
    first = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    scheduled = noun_of_time(first.start, doc, scheduled_only=True)
    if scheduled is not None:  # "just before the meeting starting on April 9": the meeting's, in any tense
        return scheduled
    if not after_writing(tx.value):
        return None
    noun = noun_of_time(first.start, doc)  # right before the time, or before a place ("the summit in Rome next month")
    if noun is None or not _noun_types(noun):
        return None
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return None if verb_tense(verb) in ("future", OPEN) else noun


def _owned_by_later(tx: Timex, root: Token, anchor_ids: set[int]) -> bool | None:
    """Whether an anchor owns a time that `_later_act_before` gives to a noun of an act: the noun, or a word between
    the noun and the time ("a strike that began last spring": the beginning is the strike's); None where no such
    noun takes the time."""
    later = _later_act_before(tx, root)
    if later is None:
        return None
    span = root.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    first = span.start if span is not None else root.i
    return later.i in anchor_ids or any(later.i < a < first for a in anchor_ids)


def _unique_in_clause(head: Token, found: list[tuple[Timex, Token]],
                      anchor_ids: set[int]) -> tuple[DateValue, Token] | None:
    same = [(tx.value, root) for tx, root in found
            if _clause_of(root).i == head.i and not _describes_noun(root, anchor_ids)
            and _owned_by_later(tx, root, anchor_ids) is not False
            and not _in_complement(root, head, anchor_ids, tx.value) and not _bounds_only(root, anchor_ids)
            and not _deferred_to(root, None) and not _deadline_asked(root) and not _held_until(root)]
    return same[0] if len(same) == 1 else _finest(same)


def _deadline_asked(root: Token) -> bool:
    """A "by" phrase of time on a verb of proposing, asking or calling (time lexicon proposing_verbs, asking_verbs,
    calling_verbs, directing_verbs) is the deadline of the act asked for, not the time of the asking: "called for an
    end to the strike by Friday", "has proposed the ending of quotas by December 2023"."""
    prep = root.head
    return (root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "by"
            and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in ASKING)


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
    so the verb's (`_past_on_complement`). The complement of an adjective the verb "be" takes is the verb's too
    ("was due to start in January, but was delayed by calls for cuts": the calls were not in January), unless the
    adjective is the event ("were not available to comment late yesterday") or the complement holds it. An
    infinitive of a gathering the parser hangs on the verb ("agreed on a conference to take place in September",
    time/tense.gathering_infinitive) is always another act: the gathering's time, never the verb's."""
    if any(c.i in anchor_ids and c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    root = tok
    while tok.i != head.i and tok.head.i != tok.i:
        owner = tok.head.head if tok.head.dep_ == "acomp" and tok.head.pos_ == "ADJ" and tok.head.i not in anchor_ids \
            and not any(t.i in anchor_ids for t in tok.subtree) else tok.head
        if tok.dep_ == "xcomp" and owner.i == head.i and tok.pos_ in ("VERB", "AUX") and tok.i not in anchor_ids:
            if gathering_infinitive(tok):
                return True  # "agreed on a conference to take place in September": the conference's time
            return not (_one_time_with(root, tok) or (head.i in anchor_ids and _past_on_complement(root, tok, value)))
        tok = tok.head
    return False


_TIME_OF_ACT = frozenset({"on", "in", "at", "during"})


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
    return complement.head.lemma_.lower() in time_words("same_time_verbs") and _right_on(root, complement)


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
    if value is None or verb.tag_ != "VBD" or verb.lemma_.lower() in time_words("intending_verbs"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "had agreed", "was asked": a tense of its own
    return _right_on(root, complement) and is_before(value, root.doc._.published)


def _opening(value: DateValue, root: Token, start_verbs: frozenset[str]) -> DateValue:
    """A day a start verb governs is the first day only ("starts on Wednesday"): its end is left open. Not days
    ("begin next week", "open later this month"): the first day lies somewhere in them, and they stay."""
    tok = root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    if tok.lemma_.lower() in start_verbs and value.start and value.start.count("-") == 2 \
            and value.end in (None, value.start):
        return value.model_copy(update={"end": None})
    return value


def set_for(anchor: Token, sent: Span, timexes: list[Timex], called_for: bool = False) -> bool:
    """The act is set for a time the text names: a "for" phrase whose noun heads a time, on the verb or on its object
    or passive subject ("called a strike for next week", "set the vote for May 3", "the talks were scheduled for
    Monday"): the time of what was set, not of the setting. `called_for`: the act is the object of the verb's "for"
    phrase (an entry's `prep_object`, "called for a general strike next week"), and a time on the verb or on that
    object is the act's (a call for talks next week, a request, is made now: not this)."""
    heads = {root.i for _, root in sentence_timexes(sent, timexes)}
    if not heads:
        return False
    holders = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "obj", "nsubjpass"))]
    if any(p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and o.i in heads for o in p.children)
           for h in holders for p in h.children):
        return True
    if not called_for:
        return False
    acts = [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj" and o.i not in heads]
    return bool(acts) and any(c.i in heads and c.dep_ in ("npadvmod", "tmod")
                              for h in (anchor, *acts) for c in h.children)


def the_saying_s_time(anchor: Token, value: DateValue, sent: Span, timexes: list[Timex]) -> bool:
    """The time `value` is that of a verb of saying, and the act `anchor` lies in the clause it says or in the plan it
    makes known: a plan told so ("said on Monday it plans to send troops", "announced Tuesday that it is preparing
    to expel two envoys", "announced plans on Monday to impose tariffs") is not dated by its telling, as "said on
    Monday it would send troops" is not. The time hangs on the saying, or
    stands right after it before the subject of the clause said, where the parser hangs it on that clause
    (time/tense.saying_before)."""
    for tx, root in sentence_timexes(sent, timexes):
        if (tx.value.start, tx.value.end) != (value.start, value.end):
            continue
        say = root
        while say.head.i != say.i and say.lemma_.lower() not in STATEMENT_VERBS and say.dep_ != "ccomp":
            say = say.head
        if say.dep_ == "ccomp" and say.lemma_.lower() not in STATEMENT_VERBS:
            span = sent.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            say = saying_before(span, say) if span is not None else None
        if say is None or say.lemma_.lower() not in STATEMENT_VERBS:
            continue
        said = anchor
        while said.head.i != said.i and said.head.i != say.i:
            said = said.head
        if said.head.i == say.i and said.i != say.i and (said.dep_ == "ccomp" or _plan_made_known(said, say)):
            return True
    return False


def _plan_made_known(child: Token, say: Token) -> bool:
    """The child of a verb of saying by which a planned act hangs on it is a plan it makes known (events lexicon
    `plan_nouns`: "announced plans on Monday to impose tariffs"), or the infinitive the parser hangs on the verb past
    such an object ("announced plans Sunday to tighten restrictions")."""
    plans = load_lexicon().plan_nouns
    if child.dep_ == "dobj":
        return child.lemma_.lower() in plans
    return child.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in plans for c in say.children)


def event_date(anchors: list[Token], sent: Span, timexes: list[Timex],
               start_verbs: frozenset[str] = frozenset(), ptype: str | None = None) -> DateValue | None:
    """The act's date (see _event_date). An indefinite window ("in recent days", "over the next few months") dates
    no act; a week told of what is done ends at the article's date ("met this week": Monday to the article's day),
    and one told of what is still to come starts there ("will meet this week": the article's day to Sunday).
    A deed put on "said" is first dated by what is said ("said the ship would sail tomorrow morning", status.reported),
    else by the saying."""
    timexes = [t for t in timexes if not vague_window(t.value)]
    bound = _bounding(anchors[0]) if anchors else None
    against = _set_against(anchors) if bound is None else None  # "two days after talks": counted from the day
    if against is not None:  # "ahead of the president's visit, the ministry on Tuesday warned…": not the visit's day
        timexes = [t for t in timexes if _in_phrase(t, against)]
    own = _attached(sentence_timexes(sent, timexes), {anchors[0].i}) if anchors else None
    lasting = _lasting(anchors[0]) if anchors and own is None else None
    if lasting is not None:  # "agreed on Friday after four days of talks": the talks ran Tuesday to Friday
        return _lasted_until(*lasting, sent, timexes)
    if bound is not None and own is None:
        shifted = _shifted(bound, sent, timexes)  # "signed on Sunday, two days after talks": the talks were Friday
        if shifted is not None:
            return shifted[0]
        if bound.measure is not None and _counted_from_now(bound, sent, timexes) is None:
            return None  # "on Sunday, days after talks": not Sunday, and no day to count
    now = _from_now(anchors, sent, timexes) if own is None else None
    if now is not None:
        return now
    said = [c for c in (reported(a, ptype) for a in anchors) if c is not None]
    if ptype in SPEECH_ACTS and any(a.lemma_.lower() in STATEMENT_VERBS for a in anchors):
        timexes = _outside_quotes(timexes, sent, anchors)  # what was said is dated by when it was said
    found = (_event_date(said, sent, timexes) if said else None) or _event_date(anchors, sent, timexes)
    if found is None and ptype in SPEECH_ACTS:
        found = _statement_date(anchors, sent, timexes) or _put_out_saying(anchors, sent, timexes)
    if found is None:
        found = _occasion_before(anchors, sent, timexes)
    if found is None and ptype is not None:
        found = _on_own_object(anchors, sent, timexes, ptype)
    if found is None and anchors:
        found = _posted_on(anchors[0], timexes)
    ahead = _ahead_of(anchors, sent, timexes)
    if ahead is not None and (found is None or found[1].i in ahead.phrase):
        return _before_value(ahead, sent, timexes)  # "arrested 40 activists ahead of Tuesday's election"
    after = _ahead_of(anchors, sent, timexes, time_words("following_words")) if ahead is None else None
    if after is not None and (found is None or found[1].i in after.phrase):
        derived = _after_value(after, sent)  # "expelled the envoy two days after the May 20 vote"
        if derived is not None:
            return derived
    within = _within_days_of(anchors, sent, timexes) if ahead is None and after is None else None
    if within is not None and (found is None or found[1].i in within[0]):
        return within[1]  # "closed the border within three days of the May 20 vote"
    if found is None:
        return None
    value, root = found
    if _time_of_the_asking(anchors, root, value) or _bounded_apart(anchors[0], root, value):
        return None
    if not said and _against_tense(anchors, value, root):
        return None
    return _to_come(_so_far(_opening(value, root, start_verbs), root), root)


def _set_against(anchors: list[Token]) -> Token | None:
    """The phrase of time lexicon preceding_words or following_words ("ahead of", "before", "after", "following")
    whose object is the act's noun, every anchor inside it ("Ahead of the president's visit to Lima, the ministry on
    Tuesday issued a warning", "After talks with Chile, Peru signed the accord on Monday"): the act is the other one
    the clause's act is set before or after, so a time of that clause is not its own; one inside the phrase may be
    ("ahead of Tuesday's visit"). None for any other act. (A phrase with a measure, "two days after talks", counts
    the act's day from the clause's: `_bounding`, tried first.)"""
    noun = anchors[0] if anchors else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    top = preceding_top(noun)
    if top is None and noun.dep_ in ("pobj", "dobj") and noun.head.lower_ in time_words("following_words"):
        top = noun.head  # "after the visit", "following the talks" (a participle the tagger may make a verb)
    if top is None or any(not top.left_edge.i <= a.i <= top.right_edge.i for a in anchors):
        return None
    return top


def _in_phrase(tx: Timex, top: Token) -> bool:
    """The time lies in the phrase `top` heads, or starts right after it, where news puts a noun's own time whatever
    the parser hangs it on ("met officials on Monday ahead of a summit later today")."""
    span = top.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return span is not None and top.left_edge.i <= span.start <= top.right_edge.i + 1


def _posted_on(anchor: Token, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """An act with no time of its own told in a post the page quotes whole (nlp/tweets.py): the day on the post's
    author's line ("— Jane Roe (@janeroe) May 4, 2020")."""
    line = post_line(anchor)
    if line is None:
        return None
    for tx in timexes:
        if line[0] <= tx.start and tx.end <= line[1]:
            span = anchor.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and len(span):
                return tx.value, span.root
    return None


def _bounded_apart(anchor: Token, root: Token, value: DateValue) -> bool:
    """An act told in a "before"/"after"/"following" phrase or clause (at any depth) takes a time outside it, the
    other act's, only where that time is one day and no measure parts the two: a reporter's "said today after a
    meeting with Ruto" tells a meeting of the same day, but "demanded clarification this week after being excluded
    from a meeting" does not tell the exclusion's day (nor the meeting's): it may be weeks before. An act inside the
    phrase other than the one the measure counts from ("two days after the collapse of talks": the talks) gets no
    day either (the one counted from is `_shifted`'s). A time right after the phrase is taken as its own, wherever
    the parser hangs it ("began after the invasion last August")."""
    phrase = _bounding_phrase(anchor)
    if phrase is None:
        return False
    marker, bounded = phrase
    if marker.left_edge.i <= root.i <= marker.right_edge.i or root.left_edge.i == marker.right_edge.i + 1:
        return False  # the time is the phrase's own ("after talks on Monday", "after the invasion last August")
    bound = _bounding(bounded)
    return _length(value) > 0 or (bound is not None and bound.measure is not None and bounded.i != anchor.i)


def _bounding_phrase(tok: Token) -> tuple[Token, Token] | None:
    """The "before"/"after"/"following" phrase or clause a word lies in, at any depth (the word itself, the object
    of the phrase, or a word below it): (the phrase's preposition or the clause's verb, the word the phrase is
    about)."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in _BOUNDING_PREPS for c in node.children):
            return node, node
        head = node.head
        if node.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in _BOUNDING_PREPS:
            return head, node
        node = head
    return None


def _time_of_the_asking(anchors: list[Token], root: Token, value: DateValue) -> bool:
    """A time outside an act put forward (status.put_forward: "On Tuesday, Turkey suggested holding talks", "urged
    Greece on Monday to resume talks", "rejected calls on Friday for talks") that is not after the article's date is
    the proposal's: what is asked for comes later, if ever, so it takes no day of the asking. A time still to come
    may be the act's ("urged Greece to hold talks next week", wherever the parser hangs it), and one inside the
    act's own words is its own ("proposed talks on May 3"), except a past time hung right on the infinitive a verb
    of asking in the simple past governs, which is the asking's (`_past_on_complement`: "urged Japan to resume
    talks last week", "asked Chile to free the crew on Monday": the urging was last week)."""
    lex = load_lexicon()
    asked = [a for a in anchors if put_forward(a, lex)]
    if not asked or is_after(value, root.doc._.published):
        return False
    inside = [a for a in asked if a.left_edge.i <= root.i <= a.right_edge.i]
    return not inside or any(a.dep_ == "xcomp" and _past_on_complement(root, a, value) for a in inside)


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
    found = [(tx, root) for tx, root in sentence_timexes(sent, timexes)
             if not _deferred_to(root, objects) and not _in_clause_on_thing(root, objects)]
    return _attached(found, objects)


def _in_clause_on_thing(root: Token, objects: set[int]) -> bool:
    """A time in a relative or infinitive clause on the act's object noun dates that noun (its start, its term, its
    making: "signed a pact that takes effect in July", "a deal that will run until 2030"), not the act done with it;
    unless the noun names a happening the act is (lasting_acts, occasion_nouns, gathering_nouns: "will host talks
    that begin on Monday")."""
    tok = root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.head.i in objects:
            happenings = time_words("lasting_acts") | time_words("occasion_nouns") | time_words("gathering_nouns")
            return not {tok.head.lower_, tok.head.lemma_.lower()} & happenings
        tok = tok.head
    return False


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


def _ahead_of(anchors: list[Token], sent: Span, timexes: list[Timex], words: frozenset[str] = PRECEDING) -> _Ahead | None:
    """A phrase of the lexicon's preceding_words (or other `words`: following_words) on the act ("ahead of",
    "before", "in the run-up to"), or on a measure of time on it ("the day after the vote"), whose object
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
        objects += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" and head.pos_ == "VERB"
                    for o in p.children if o.dep_ == "pobj"]  # "asked for a loan ahead of …": on the loan by parse
        tops = [t for h in (head, *objects) for t in h.children]
        tops += [p for t in tops if t.dep_ == "npadvmod" and t.lemma_.lower() in time_words("duration_units")
                 for p in t.children if p.dep_ == "prep"]  # "the day after the vote"
        for top in tops:
            phrase = frozenset(t.i for t in top.subtree)
            if any(a.i in phrase for a in anchors):
                continue  # not the other act itself ("talks ahead of next week's summit": the summit)
            if top.dep_ == "advcl":  # "before the vote takes place on Sunday"
                mark = next((m for m in top.children if m.dep_ == "mark" and m.lower_ in words), None)
                time = _attached(found, {top.i}) if mark is not None else None
                if time is not None and time[0].start:
                    said = doc[top.left_edge.i: top.right_edge.i + 1].text
                    hits[top.i] = _Ahead(mark, phrase, said, time[0], time[1], verb)
                continue
            if top.dep_ not in ("prep", "advmod"):
                continue
            for other in top.subtree:
                if other.dep_ not in ("pobj", "pcomp") or preceding_words(top, other) not in words:
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
    measure = _measure_on(ahead.word)
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


def _measure_on(word: Token) -> Token | None:
    """The measure of time a "before"/"after" word counts: on the word ("two days before"), on the clause it opens
    ("two days after troops attacked"), or the noun the word hangs on ("the day after the vote")."""
    head = word.head if word.dep_ == "mark" else word
    measure = next((c for c in head.children if c.dep_ == "npadvmod" and c.i < word.i), None)
    if measure is None and word.dep_ == "prep" and word.head.dep_ == "npadvmod" and word.head.i < word.i \
            and word.head.lemma_.lower() in time_words("duration_units"):
        measure = word.head
    return measure


def _one_day(value: DateValue):
    """The day a time is when it is one day (a date), None for a span or a coarser time."""
    return as_date(value.start) if value.precision == "day" and value.end in (None, value.start) else None


def _after_value(after: _Ahead, sent: Span) -> DateValue | None:
    """The act's date as after another's one day, where the words fix it: a count of days or weeks after it ("two
    days after the May 20 vote": May 22; "the day after": May 21), a vague count ("a few days after": May 22 to
    25), hours or minutes after it (that day: "hours after the attack on Friday"), or "soon"/"shortly" after it
    (the lexicon's soon_words: that day to `soon_after_days` later). None for anything else ("after the vote",
    "weeks after": no day is told; "eight trading days after": not calendar days), another time than one day, or a
    time told before the word ("On Sept 25, a day after the talks": the act's own day, whatever the parser hangs it
    on)."""
    value, word = after.value, after.word
    day = _one_day(value)
    if day is None or after.root.i < word.i:  # "On Sept 25, a day after X disclosed…": the act's own day
        return None
    measure = _measure_on(word)
    if measure is not None:
        unit, n, few = _measured(measure)
        if unit in ("hour", "minute") and _within_the_day(measure, unit, n):  # "hours after the attack on Friday"
            return cal_day(day, sent.doc[measure.left_edge.i: word.i].text + " " + after.said)
        if unit not in ("day", "week") or any(c.dep_ in ("amod", "compound") and c.lower_ not in _vague_counts()
                                              for c in measure.children):
            return None  # not "eight trading days after": days of another count than the calendar's
        text = after.said if measure.i in after.phrase else sent.doc[measure.left_edge.i: word.i].text + " " + after.said
        if few is not None:
            return cal_days(shift(day, unit, few[0]), shift(day, unit, few[1]), "vague", text)
        return cal_day(shift(day, unit, n), text) if n is not None else None
    head = word.head if word.dep_ == "mark" else word
    soon = next((c for c in head.children
                 if c.dep_ == "advmod" and c.lower_ in time_words("soon_words") and c.i < word.i), None)
    if soon is None:
        return None
    return cal_days(day, shift(day, "day", lexicon()["soon_after_days"]), "vague", sent.doc[soon.i: word.i].text + " " + after.said)


def _within_the_day(measure: Token, unit: str, n: int | None) -> bool:
    """A measure of hours or minutes that stays within a day: "hours", "two hours", "a few minutes"; not "forty
    hours", nor a count the lexicon cannot read, nor "working hours"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ not in _vague_counts() for c in measure.children):
        return False
    counted = any(c.dep_ == "nummod" for c in measure.children)
    return not (counted and n is None) and not (unit == "hour" and n is not None and n >= 24)


def _within_days_of(anchors: list[Token], sent: Span, timexes: list[Timex]) -> tuple[set[int], DateValue] | None:
    """(the phrase's tokens, the days) of an act done "within" a count of days or weeks "of" another act of one day
    the sentence dates ("closed the border within three days of the May 20 vote"): that day to the count's last
    day, not past the article's day for an act done. None for another unit, a vague count or no day."""
    found = sentence_timexes(sent, timexes)
    for anchor in anchors[:1]:
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else _clause_head(anchor)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "within"):
            for measure in (m for m in prep.children if m.dep_ == "pobj"):
                nouns = [o for p in measure.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]
                time = _attached(found, {nouns[0].i}) if len(nouns) == 1 else None
                day = _one_day(time[0]) if time is not None else None
                unit, n, few = _measured(measure)
                if day is None or unit not in ("day", "week") or n is None or few is not None:
                    continue
                last = shift(day, unit, n)
                published = as_date((sent.doc._.published or "")[:10])
                if verb_tense(verb) == "past" and published is not None and day <= published < last:
                    last = published  # a done act is not after the article's day
                said = sent.doc[prep.i: nouns[0].right_edge.i + 1].text
                return {t.i for t in prep.subtree}, cal_days(day, last, "vague", said)
    return None


def _counted_back(measure: Token, value: DateValue, prep: Token, said: str) -> DateValue | None:
    """The day a measure of days or weeks before another's day fixes ("two days before the vote"), or the days it
    may be ("a few days before"); None for other measures or a time that is not one day."""
    unit, n, few = _measured(measure)
    day = _one_day(value)
    if unit not in ("day", "week") or day is None:
        return None
    text = said if prep.dep_ == "mark" else prep.doc[measure.left_edge.i: prep.i].text + " " + said  # "two days before the vote takes place"
    if few is not None:
        ends = sorted(shift(day, unit, -k) for k in few)
        return cal_days(ends[0], ends[1], "vague", text)
    return cal_day(shift(day, unit, -n), text) if n is not None else None


_BOUNDING_PREPS = frozenset({"before", "after", "following"})


@dataclass(frozen=True)
class _Bound:
    """An act told as before or after another: the word that tells it ("after"), the measure between the two acts
    ("two days"; None when none is told) and the word of the other act, whose day it is counted from."""

    marker: Token
    measure: Token | None
    main: Token


def _bounding(tok: Token) -> _Bound | None:
    """The act of `tok` told as before or after another (None for any other word): a noun in a "before"/"after"/
    "following" phrase ("signed on Sunday, two days after talks in Nairobi"), a verb in one ("expelled the envoy on
    Friday, a day after accusing Peru"), or the verb of a clause "after"/"before" opens ("closed the border on
    Tuesday, two days after troops attacked a patrol"). The measure is on the preposition, on the clause's verb
    before "after", or the noun the phrase hangs on ("a day after talks"). Without a measure the act takes the
    other's day, as a reporter's "said today after a meeting with Ruto" tells a meeting of the same day."""
    if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX"):
        marker = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _BOUNDING_PREPS), None)
        if marker is None:
            return None
        measure = next((c for c in (*tok.children, *marker.children) if c.dep_ == "npadvmod" and c.i < marker.i),
                       None)  # on the verb or on the marker, as the parser hangs it ("three days | before X meet")
        return _Bound(marker, measure, tok.head)
    prep = tok.head
    if not ((tok.pos_ == "NOUN" and tok.dep_ == "pobj") or (tok.pos_ == "VERB" and tok.dep_ == "pcomp")) \
            or prep.lower_ not in _BOUNDING_PREPS or prep.dep_ != "prep":
        return None
    measure = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
    main = prep.head
    if measure is None and main.dep_ == "npadvmod" and main.pos_ == "NOUN" and main.i < prep.i:
        measure, main = main, main.head  # "a day after talks": the phrase hangs on the measure
    return _Bound(prep, measure, main)


def _lasting(tok: Token) -> tuple[Token, Token, Token] | None:
    """(the preposition, the measure, the act) of an act told as lasting a measure of time up to another: "after
    four days of talks", "following two weeks of negotiations"; None for any other word."""
    of = tok.head
    measure = of.head
    prep = measure.head
    if (tok.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" and measure.dep_ == "pobj"
            and prep.dep_ == "prep" and prep.lower_ in ("after", "following")
            and measure.lemma_.lower() in time_words("duration_units")):
        return prep, measure, tok
    return None


def _lasted_until(prep: Token, measure: Token, tok: Token, sent: Span, timexes: list[Timex]) -> DateValue | None:
    """The days an act told as lasting a count of days or weeks up to another act of one day ran: "agreed on Friday
    after four days of talks" (Tuesday to Friday), "signed the pact on Friday following two weeks of negotiations"
    (the fourteen days to Friday), "after three hours of talks" (that day). None for a vague count ("after several
    days of talks": they began some day before), a day's hours or more, a month or a year (no day to start from),
    or an act without a day of its own to count back from."""
    unit, n, few = _measured(measure)
    if unit not in ("hour", "day", "week") or n is None or few is not None or (unit == "hour" and n >= 24):
        return None
    main = _event_date([prep.head], sent, timexes)
    if main is None or main[0].precision != "day" or main[0].end not in (None, main[0].start):
        return None
    last = as_date(main[0].start)
    if last is None:
        return None
    first = last if unit == "hour" else shift(last, "day", -(n * (7 if unit == "week" else 1) - 1))
    return cal_days(first, last, "day", prep.doc[prep.i: tok.i + 1].text)


@cache
def _vague_counts() -> dict[str, tuple]:
    """The time lexicon's `vague_counts`: a vague count's word and the span of numbers it stands for."""
    return {word: tuple(span) for word, span in lexicon()["vague_counts"].items()}


def _measured(measure: Token) -> tuple[str, int | None, tuple[int, int] | None]:
    """(unit, count, vague count) of a measure: "two days" ("day", 2, None), "a week" ("week", 1, None), "a few
    days" ("day", None, (2, 5))."""
    few = next((_vague_counts()[c.lower_] for c in measure.children if c.lower_ in _vague_counts()), None)
    count = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
    n = 1 if count is not None and (count.lower_ in ("a", "one") or (count.lower_ == "the" and measure.lower_ == "day")) \
        else number(count.text) if count is not None else None
    return measure.lemma_.lower(), n, few


def _shifted(bound: _Bound, sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """The day a bounding phrase or clause with a measure fixes: the other act's day less (after) or plus (before)
    the measure ("on Sunday, two days after talks": Friday); None without a measure or a day to count from."""
    measure = bound.measure
    if measure is None or measure.lemma_.lower() not in ("day", "week"):
        return None
    unit, n, few = _measured(measure)
    main = _event_date([bound.main], sent, timexes)
    day = as_date(main[0].start) if main is not None and main[0].precision == "day" else None
    if (n is None and few is None) or day is None or main[0].end not in (None, main[0].start):
        return None
    sign = 1 if bound.marker.lower_ == "before" else -1
    said = bound.marker.doc[measure.left_edge.i: bound.marker.i + 1].text  # "two days after"
    if few is not None:  # "a few days after": a window of days, not one day
        ends = sorted(shift(day, unit, sign * k) for k in few)
        return cal_days(ends[0], ends[1], "vague", said), main[1]
    return cal_day(shift(day, unit, sign * n), said), main[1]


def _from_now(anchors: list[Token], sent: Span, timexes: list[Timex]) -> DateValue | None:
    """The day of an act counted from the story's now: a measure before it told in a clause in the present
    (`_counted_from_now`), or a count of time left up to it (`_time_left`); on the trigger or its light verb."""
    for anchor in anchors:
        bound = _bounding(anchor)
        found = _counted_from_now(bound, sent, timexes) if bound is not None else None
        found = found or _time_left(anchor, sent, timexes)
        if found is not None:
            return found
    return None


def counted_later_act(tok: Token, sent: Span, timexes: list[Timex]) -> DateValue | None:
    """The day a count from the story's now gives the later act a word tells (`_from_now`), also a verb the parser
    read as a name on its object's noun after a state's abbreviation ("before the U.S. Imposes tariffs"): for a
    mention that codes no event, which another sentence's undated act may be (story_dates.told_in_its_words)."""
    found = _from_now([tok], sent, timexes)
    if found is None and tok.pos_ == "VERB" and tok.dep_ == "compound" and tok.head.i > tok.i:
        found = _from_now([tok.head], sent, timexes)
    return found


def _counted_from_now(bound: _Bound, sent: Span, timexes: list[Timex]) -> DateValue | None:
    """The day a measure before a later act fixes, counted from the article's day, where the clause the measure is
    told in has no time and is in the present, the story's now ("the visit comes two days before talks open in
    Lima", "three days before the vote, Peru is pressing Chile to …"); None for any other."""
    main = bound.main
    if bound.measure is None or bound.marker.lower_ != "before" or not _in_the_present(main):
        return None
    if _event_date([main], sent, timexes) is not None:
        return None
    return _counted_on(bound.measure, bound.marker, None, sent)


def _in_the_present(verb: Token) -> bool:
    """A verb in the simple present or the present progressive, without a modal ("comes", "is pressing")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBD") or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes))


def _time_left(act: Token, sent: Span, timexes: list[Timex]) -> DateValue | None:
    """The day of an act a count of time left runs up to (the lexicon's time_left_words and time_left_markers):
    "with two weeks to go before the tariffs take effect", "with ten days left until the vote", "three days remain
    before the summit". The count runs from the day of the clause it is told in, else from the article's day
    (the story's now); None for an act not so told, a vague or coarser count, or a clause with another time."""
    found = _left_marker(act)
    if found is None:
        return None
    marker, left = found
    measure = _left_measure(left)
    if measure is None:
        return None
    main = _clause_head(measure)
    told = _event_date([main], sent, timexes) if main.i != act.i else None
    if told is not None and _one_day(told[0]) is None:
        return None
    return _counted_on(measure, marker, _one_day(told[0]) if told is not None else None, sent)


def _left_marker(act: Token) -> tuple[Token, Token] | None:
    """(the marker, the word of time left) of an act told after "before"/"until" on such a word: the clause the
    marker opens ("to go before the tariffs take effect"), its object ("left until the vote"), or the clause right
    after a marker the parser left without an object, which it hangs elsewhere ("to go before | the U.S. imposes")."""
    if act.dep_ == "advcl":
        marker = next((c for c in act.children
                       if c.dep_ == "mark" and c.lower_ in time_words("time_left_markers")), None)
        if marker is not None and _left_word(act.head):
            return marker, act.head
    head = act.head
    if act.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in time_words("time_left_markers") \
            and _left_word(head.head):
        return head, head.head
    if act.pos_ in ("VERB", "AUX"):
        first = min([act.i, *(c.left_edge.i for c in act.children if c.dep_ in _CLAUSE_OPENING)])
        marker = act.doc[first - 1] if first > 0 else act
        if marker.lower_ in time_words("time_left_markers") and marker.dep_ == "prep" and _left_word(marker.head) \
                and not any(
                c.dep_ in ("pobj", "pcomp") for c in marker.children):
            return marker, marker.head
    return None


_CLAUSE_OPENING = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg")


def _left_word(tok: Token) -> bool:
    return tok.lower_ in time_words("time_left_words") and tok.pos_ in ("VERB", "AUX", "ADJ")


def _left_measure(left: Token) -> Token | None:
    """The measure of time a word of time left counts: the noun it is on ("ten days left", "two weeks to go"), the
    object of the "with" it shares ("with two weeks to go": both hung on "with"), or its subject ("three days
    remain")."""
    if left.dep_ in ("acl", "relcl", "amod"):
        candidates = [left.head]
    elif left.dep_ == "pcomp" and left.head.lower_ == "with":
        candidates = [c for c in left.head.children if c.dep_ == "pobj"]
    else:
        candidates = [c for c in left.children if c.dep_ in ("nsubj", "expl", "attr")]
    return next((c for c in candidates if c.lemma_.lower() in time_words("duration_units")), None)


def _counted_on(measure: Token, marker: Token, day: date | None, sent: Span) -> DateValue | None:
    """The day (or the days, for a vague count) a measure of days or weeks after `day`, else after the article's
    day, fixes; None for another unit or count, or no day to count from."""
    unit, n, few = _measured(measure)
    if unit not in ("day", "week") or any(c.dep_ in ("amod", "compound") and c.lower_ not in _vague_counts()
                                          for c in measure.children):
        return None  # not "ten trading days before": days of another count than the calendar's
    day = day or as_date((sent.doc._.published or "")[:10])
    if day is None:
        return None
    text = sent.doc[measure.left_edge.i: marker.i + 1].text
    if few is not None:
        return cal_days(shift(day, unit, few[0]), shift(day, unit, few[1]), "vague", text)
    return cal_day(shift(day, unit, n), text) if n is not None else None


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
    ready to repel any attack" (a threat, on Monday); a statement told by a participle set off after its main clause
    takes that clause's time ("warned Iraq on Monday against the move, saying it would endanger the truce": the
    threat, on Monday). Not one the statement tells as done before ("said today Kenya
    had threatened…"), nor one a report by others tells of ("reported on Friday that the firm faces scrutiny over
    whether it broke the rules"), nor an asking or a saying the statement tells as still to come ("told them on June
    26 the agency will urge the court to…", "said on Monday it will call on Uganda to…": made later, not then)."""
    found = sentence_timexes(sent, timexes)
    for anchor in anchors:
        head = _clause_head(anchor)
        said = head.head
        if head.dep_ != "ccomp" or said.lemma_.lower() not in _OWN_STATEMENTS or _speech_to_come(anchor):
            continue
        if any(t.dep_ == "mark" and t.lower_ in ("whether", "if") for t in anchor.subtree if t.head.i == anchor.i):
            continue
        if any(a.dep_ == "aux" and a.lemma_ == "have" for a in head.children):
            continue
        value = _attached(found, {said.i})
        if value is None and _adjunct_participle(said):  # "warned on Monday …, saying it would endanger…"
            value = _attached(found, {said.head.i})
        if value is not None:
            return value
    return None


def _put_out_saying(anchors: list[Token], sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """A speech act told by a participle on the noun of a piece put out to say something (time lexicon
    means_of_saying: a letter, a statement, a message; printed_pieces: a report; put_out_pieces: a brief, a
    petition) that a verb of putting out (issuing_verbs) sends or issues is made when the piece is put out, whose
    time, on that verb or right on the noun, is the act's: "Egypt issued a statement on Tuesday condemning the raid"
    (the condemnation, on Tuesday), "sent Uganda a letter on Monday demanding the release of its fishermen", "last
    month sent a report to parliament asking the parties to…", "a statement was issued on Tuesday condemning the
    raid" (the parser hangs the participle on the verb), "signed a brief sent to the court on Thursday asking it
    to…" (on the piece's own participle, or on the verb above it right after that participle's phrase). Not a
    document received ("received a letter on Monday demanding…": put out before), nor a participle with a subject
    of its own."""
    found = sentence_timexes(sent, timexes)
    pieces = time_words("means_of_saying") | time_words("printed_pieces") | time_words("put_out_pieces")
    for anchor in anchors:
        if anchor.tag_ != "VBG" or anchor.dep_ not in ("acl", "advcl") \
                or any(c.dep_ in (*_SUBJECT, "aux", "auxpass", "mark") for c in anchor.children):
            continue
        for noun, verb in _pieces_put_out(anchor):
            if noun.lemma_.lower() not in pieces or verb.lemma_.lower() not in time_words("issuing_verbs"):
                continue
            value = _attached(found, {verb.i})
            if value is None:  # "a letter on Monday demanding…": the time the parser hangs on the noun itself
                value = next(((tx.value, root) for tx, root in found
                              if root.dep_ == "npadvmod" and root.head.i == noun.i
                              or root.dep_ == "pobj" and root.head.head.i == noun.i and root.head.lower_ == "on"), None)
            if value is not None:
                return value
    return None


def _pieces_put_out(anchor: Token) -> list[tuple[Token, Token]]:
    """(piece, verb putting it out) pairs a participle may tell the words of: the noun it hangs on and that noun's
    verb ("sent a letter … demanding"), the object or passive subject of the verb it hangs on ("issued a statement
    on Tuesday calling for…"), a noun the verb is a participle of ("a brief sent to the court on Thursday asking…"),
    and such a participle's noun where the parser hangs the act on the verb above, right after the participle's
    phrase ("signed a brief sent to the court on Thursday asking…")."""
    head = anchor.head
    if anchor.dep_ == "acl":
        pairs = [(head, head.head)] if head.dep_ in ("dobj", "nsubjpass") else []
        return pairs + [(head, c) for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < anchor.i]
    pairs = [(c, head) for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < anchor.i]
    if head.dep_ == "acl" and head.tag_ == "VBN":
        pairs.append((head.head, head))
    for verb in (t for t in head.subtree if t.dep_ == "acl" and t.tag_ == "VBN"):
        if verb.right_edge.i + 1 == anchor.left_edge.i:
            pairs.append((verb.head, verb))
    return pairs


_TO_COME = MODALS | {"would", "'d"}  # the future's modals and those of a future seen from the past
_SPEAKING = ASKING | STATEMENT_VERBS


def _speech_to_come(anchor: Token) -> bool:
    """A verb of asking, proposing, calling or saying with a modal of the future: "will urge", "would ask"."""
    return anchor.lemma_.lower() in _SPEAKING and any(
        c.dep_ == "aux" and c.lower_ in _TO_COME for c in anchor.children)


_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _outside_quotes(timexes: list[Timex], sent: Span, anchors: list[Token]) -> list[Timex]:
    """The times not inside a quotation that holds no anchor: what a speaker says about the past two years does
    not date the saying ("'Over the past two years, the mayor has…,' said the senator")."""
    marks = [t.idx for t in sent if t.text in _QUOTES]
    quoted = list(zip(marks[::2], marks[1::2]))
    spoken = [(a, b) for a, b in quoted if not any(a < t.idx < b for t in anchors)]
    return [tx for tx in timexes if not any(a < tx.start and tx.end <= b for a, b in spoken)]


def _against_tense(anchors: list[Token], value: DateValue, root: Token) -> bool:
    """A time whose own words set it against the tense of the act's verb, which it therefore does not date, though
    the parser hangs it there: one told as before the writing ("last week", "two days ago", "yesterday"; time
    lexicon told_before_words) after a verb in the simple present, active with no auxiliary or passive, in its own
    clause ("which the Americans blame for two attacks on tankers last week": the attacks'; not a narrative's
    present, "just last month, a policeman is killed", nor the present of what was said, "'we want it,' he said last
    year"); and one told as after it ("next month", "tomorrow", "later this year"; told_after_words, wholly after
    the article's day, and `after_writing`) on a verb told in the simple past ("blamed the minister for a budget
    shortfall later this year": the shortfall's); and one wholly before the article's day on a bare verb after a
    modal of what is still to come ("will", "may", "might"; not "may have"): "may ask the tribunal to rule on the grant,
    frozen after the coup of March 1983" (the freezing's). Not a time of a "since", "from", "until",
    "through" or "for" phrase, which bounds a state or a stretch, or tells what an act was set for ("called a strike
    for next week"), rather than telling the act's day."""
    verb = anchors[0] if anchors and anchors[0].pos_ in ("VERB", "AUX") else None  # a noun's act has no tense
    published = root.doc._.published
    if verb is None or not published or not value.start:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in ("since", "from", "until", "till", "through", "to", "for"):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", value.text or "")}
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBP", "VBZ") and not auxes or verb.tag_ == "VBN" and auxes and all(
            a.dep_ == "auxpass" and a.tag_ in ("VBP", "VBZ") for a in auxes):  # "blame", "is blamed"
        return bool(words & time_words("told_before_words")) and is_before(value, published) and root.i > verb.i \
            and _clause_of(root).i == _clause_head(verb).i
    if verb.tag_ == "VBD" and verb_tense(verb) == "past":
        return after_writing(value) \
            or bool(words & time_words("told_after_words")) and value.start > published[:len(value.start)]
    if verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ in _STILL_TO_COME for a in auxes) \
            and not any(a.lemma_.lower() == "have" for a in auxes):
        return is_before(value, published)  # "may ask the tribunal to rule on a grant frozen in 1983"
    return False


_STILL_TO_COME = MODALS | {"may", "might"}  # a bare verb after these is told as after the writing ("may have": not)


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


def _to_come(value: DateValue, root: Token) -> DateValue:
    """A range of days that runs past the article's date, read in the future tense, starts at the article's date:
    what is told as still to come has not happened before it was reported ("will meet this week": the article's day
    to Sunday), as `_so_far` ends a range told as done there."""
    published = root.doc._.published
    if not published or not value.start or len(value.start) != 10 or not value.end or len(value.end) != 10:
        return value
    if not value.start < published[:10] <= value.end:
        return value
    if tense_of(root.doc[root.i: root.i + 1]) != "future":
        return value
    return value.model_copy(update={"start": published[:10]})


def _event_date(anchors: list[Token], sent: Span, timexes: list[Timex]) -> tuple[DateValue, Token] | None:
    """A timex syntactically attached (within a few hops) to a trigger or its governor, or in a relative clause on
    the trigger's phrase; else the one timex of its clause that dates no other thing; else, in a "when"/"where"
    clause, the one of the word it is about or of the clause it hangs on ("in November 2024, when the two
    signed…", "the July 25 call, when he asked…", "June 28 was spent in Beijing, where she met…"); and an act
    with a "when" clause of its own, on its clause's head or on its own verb, takes that clause's time ("was killed
    when a bomb exploded this morning", "is expected to reject the offer when the envoys meet on Friday")."""
    found = sentence_timexes(sent, timexes)
    anchor_ids = {a.i for a in anchors} | {p.i for p in map(_part_of_act, anchors) if p is not None} \
        | {p.i for p in map(_shared_participle, anchors) if p is not None}
    verb = _sequenced_after(anchors)
    if verb is not None:  # "the trip follows the decision ten days ago": the decision's time, not the trip's
        own = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        found = [(tx, root) for tx, root in found if root.i in own or not _in_subtree(root, verb)]
    if not found:
        return None
    attached = _attached(found, anchor_ids)
    if attached is not None:
        return attached
    done = _done_by_participle(anchors, found)
    if done is not None:
        return done
    by_subject = _subject_act_time(anchors, found)
    if by_subject is not None:
        return by_subject
    for tx, root in found:  # "the visit to Peru, which starts on Wednesday": a clause on the trigger's phrase
        clause = _clause_head(root)
        if clause.dep_ == "relcl" and _within_phrase(clause.head, anchor_ids) and not _term_ended(clause) \
                and not _outcome_clause(clause):
            return tx.value, root
    during = _occasion_time(anchors, found)
    if during is not None:
        return during
    heads = {_clause_head(_outside_modal(a)).i: _clause_head(_outside_modal(a)) for a in anchors}
    values = {v[0].model_dump_json(): v for v in (_unique_in_clause(h, found, anchor_ids) for h in heads.values()) if v}
    if not values:  # "On Thursday, the parliament approved a measure to send troops": the measure's day
        adopted = {h.i: h for h in (_adopted_in(h) for h in heads.values()) if h is not None}
        values = {v[0].model_dump_json(): v for v in (_unique_in_clause(h, found, anchor_ids)
                                                      for h in adopted.values()) if v}
    if len(values) == 1:
        return next(iter(values.values()))
    owners = {**heads, **{a.i: a for a in anchors if a.pos_ in ("VERB", "AUX")},  # "expected to reject … when"
              **{p.i: p for p in map(_shared_participle, anchors) if p is not None}}  # "killed and 9 hurt when…"
    for head in owners.values():  # "was killed when a bomb exploded this morning": the when-clause's time
        for clause in head.children:
            if clause.dep_ == "advcl" and (any(c.lower_ == "when" and c.i < clause.i for c in clause.children)
                                           or _while_doing(clause)):
                inner = _unique_in_clause(clause, found, anchor_ids)
                if inner is not None:
                    return inner
    for head in heads.values():
        marker = next((c for c in head.children if c.lower_ in ("when", "where") and c.i < head.i), None)
        if marker is None and head.dep_ == "relcl":  # "a May 20 meeting at which the envoy asked…"
            occasion = _occasion_which(head)
            before = _phrase_before(occasion, found) if occasion is not None else None
            if before is not None:
                return before
        if marker is None or head.dep_ not in ("relcl", "advcl"):
            continue
        before = _phrase_before(marker, found)
        if before is not None:
            return before
        if head.dep_ == "relcl":
            return _unique_in_clause(_clause_head(head.head), found, anchor_ids)
    for head in heads.values():  # "came under pressure last week when officials criticised…"
        if _at_the_time_of(head):
            main = _unique_in_clause(_clause_head(head.head), found, anchor_ids)
            if main is not None:
                return main
    for head in heads.values():  # "staged a march on Monday demanding…", "fired tear gas on Tuesday as crowds marched"
        if _alongside(head) and _tells_the_act(head, anchors):
            beside = _unique_in_clause(_clause_head(head.head), found, anchor_ids)
            if beside is not None:
                return beside
    ending = _ending_reported_clause(heads.values(), found)
    if ending is not None:  # "took him into custody at a home Monday, a spokesman told reporters"
        return ending
    return _as_said(heads.values(), found, anchor_ids)


def _done_by_participle(anchors: list[Token], found: list[tuple[Timex, Token]]) -> tuple[DateValue, Token] | None:
    """A noun of the act with a past participle of doing it hung on it takes the participle's time: "a suit filed
    against the firm in 1984", "the pact signed with Peru in 1985", "sanctions imposed last year" (time lexicon
    done_noun_participles). Not a participle of another act on the noun ("the suit dismissed on Monday"), nor one
    with a subject or auxiliary of its own."""
    for noun in anchors:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for verb in noun.children:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < noun.i \
                    or verb.lemma_.lower() not in time_words("done_noun_participles") \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
                continue
            attached = _attached(found, {verb.i})
            if attached is not None:
                return attached
    return None


def _adopted_in(clause: Token) -> Token | None:
    """The head of the clause that adopts the decision an infinitive or a present participle with no subject tells
    the act of: "approved a measure to send troops", "passed a resolution to expel the envoys", "announced a decision
    to impose tariffs", "passed a motion condemning the raid", "adopted a resolution urging talks" (time lexicon
    decided_nouns, adopted by one of its adopting_verbs; the parser may read the infinitive as a relative clause), or
    a participle on a text that binds its parties ("signed two agreements giving Chad credits": binding_texts).
    Such an act with no time of its own takes the adopting clause's, as "decided on Monday to expel" does; not a plan
    or a proposal (what a noun is for), a decision that is the subject of its clause, nor one another verb speaks of
    ("criticised the move to expel", "criticised a motion condemning")."""
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl") or noun.i == clause.i or not _decision_s_act(clause) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    nouns = time_words("decided_nouns") | (time_words("binding_texts") if clause.tag_ == "VBG" else frozenset())
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in nouns or noun.head.pos_ != "VERB" \
            or noun.head.lemma_.lower() not in time_words("adopting_verbs"):
        return None  # not "criticised Uganda's move to expel the envoys": the criticism's day is not the expulsion's
    return _clause_head(noun.head)


def _decision_s_act(clause: Token) -> bool:
    """The verb tells what a decision does: an infinitive ("a measure to send troops") or a present participle after
    its noun ("a motion condemning the raid")."""
    if clause.tag_ == "VB":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return clause.tag_ == "VBG" and clause.dep_ == "acl" and clause.i > clause.head.i


def _subject_act_time(anchors: list[Token], found: list[tuple[Timex, Token]]) -> tuple[DateValue, Token] | None:
    """The time of an act or a text that is the subject of the trigger's verb, told in the simple past or the past
    perfect: what it did, it did then ("Sunday's attack on the base killed 12 soldiers", "the raid on Tuesday
    destroyed two depots", "the March 3 letter demanded food aid"). The subject is a noun of an act
    (data/acts_named_again.yaml, time lexicon acts_told_by_their_results) or a means of saying (means_of_saying),
    and the time hangs on it: a possessive, a modifier, an "on/in/at/during" phrase, a clause of its own ("the
    attack, which took place on Sunday, killed…"). Not a passive subject ("Sunday's attack was condemned": later),
    a verb in the present ("the 2015 deal limits…": a state), nor a time after the article's day."""
    nouns = time_words("acts_told_by_their_results") | time_words("means_of_saying")
    for verb in anchors:
        if verb.pos_ not in ("VERB", "AUX") or not _past_told(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = _act_related(verb.head, nouns)
        if subject is None or subject.pos_ != "NOUN" or not (
                _noun_types(subject) or {subject.lemma_.lower(), subject.lower_} & nouns):
            continue
        own = [(tx, root) for tx, root in found if _on_noun(root, subject)]
        if len(own) == 1 and not is_after(own[0][0].value, verb.doc._.published):
            return own[0][0].value, own[0][1]
    return None


def _act_related(noun: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of an act a relative clause's "which" stands for: the noun the clause hangs on, or, where the parser
    hangs it on the last noun of the act's phrase, the act's noun that phrase is in ("the May 17 attack on the frigate
    Tern in the Gulf, which killed 37": the attack, not the frigate); None where no noun of an act is found within
    three phrases of "on", "of", "in", "at" or "against"."""
    tok = noun
    for _ in range(4):
        if _noun_types(tok) or {tok.lemma_.lower(), tok.lower_} & nouns:
            return tok
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("on", "of", "in", "at", "against") \
                or prep.head.pos_ not in ("NOUN", "PROPN"):
            return None
        tok = prep.head
    return None


def _past_told(verb: Token) -> bool:
    """The simple past ("killed") or the past perfect ("had involved"), active."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and [a.lower_ for a in auxes] == ["had"]


def _on_noun(root: Token, noun: Token) -> bool:
    """The time hangs on the noun: "Sunday's attack", "the May 20 letter", "the attack on Sunday", "the attack,
    which took place on Sunday", "the raid on the camp on Monday" (the parser's hanging on the raid's object); a
    time whose root is its "the", both hung on the noun ("the May 17th attack"), is the noun's too."""
    tok = root
    for _ in range(6):
        head = tok.head
        if head.i == noun.i:
            return tok.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod", "relcl", "det") or (
                tok.dep_ == "prep" and tok.lower_ in _WHEN_PREPS)
        when = tok.dep_ == "prep" and tok.lower_ in _WHEN_PREPS
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _WHEN_PREPS:
            tok = head
        elif tok.dep_ in ("nummod", "compound") or (when and head.dep_ == "relcl"):
            tok = head
        elif when and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == noun.i:
            tok = head.head  # "the raid on the camp on Monday": Monday hung on the camp
        else:
            return False
    return False


def _part_of_act(anchor: Token) -> Token | None:
    """The noun of one part of the act whose "of" phrase the anchor noun stands in ("the last round of negotiations
    in September": the round), whose own time is the act's; None for any other word."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or anchor.pos_ not in ("NOUN", "PROPN"):
        return None
    return prep.head if prep.head.lemma_.lower() in time_words("parts_of_an_act") else None


def _shared_participle(anchor: Token) -> Token | None:
    """The participle of a second passive joined to the act's by "and" that shares its auxiliary (`_gapped`: "two
    were shot dead and dozens hurt during a raid on Sunday"), also where the parser makes the second subject the
    verb's conjunct and the participle a clause on it ("four guards were killed and 30 hurt in a mortar strike on
    Sunday", "nine have been killed and 200 more injured by the shelling on Monday"): the phrases after it are the
    whole clause's, and their time the act's. None for any other word."""
    if anchor.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in anchor.children):
        return None
    for second in anchor.children:
        if second.dep_ == "conj" and second.i > anchor.i and second.pos_ == "VERB" and _gapped(second):
            return second
        if second.dep_ != "conj" or second.i < anchor.i or second.pos_ not in ("NOUN", "NUM", "PRON"):
            continue
        joined = [c for c in anchor.children if c.dep_ == "cc" and anchor.i < c.i < second.left_edge.i]
        participle = next((c for c in second.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if joined and joined[-1].lower_ == "and" and participle is not None \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in participle.children):
            return participle
    return None


def _sequenced_after(anchors: list[Token]) -> Token | None:
    """The verb that sets the act its noun names after or before another, the noun being its subject ("the envoy's
    trip follows the decision ten days ago to halt payments", "the breakthrough comes after the announcement earlier
    today of a pact"; time lexicon sequence_verbs, and "come" with an "after" phrase): a time in the rest of that
    verb's clause tells the other act, not this one. None where an anchor is no such subject."""
    verbs = set()
    for anchor in anchors:
        if anchor.pos_ not in ("NOUN", "PROPN"):
            return None
        subject = anchor
        while subject.dep_ in ("pobj", "prep", "compound", "poss", "nmod") and subject.head.i != subject.i:
            subject = subject.head  # "the breakthrough in the talks follows…": the talks told by their subject
        verb = subject.head
        if subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
            return None
        lemma = verb.lemma_.lower()
        if not (lemma in time_words("sequence_verbs")
                or lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "after" for c in verb.children)):
            return None
        verbs.add(verb)
    return next(iter(verbs)) if len(verbs) == 1 else None


def _in_subtree(tok: Token, top: Token) -> bool:
    while tok.i != top.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _ending_reported_clause(heads, found: list[tuple[Timex, Token]]) -> tuple[DateValue, Token] | None:
    """A day told right at the end of a reported clause that comes before its verb of saying, and before the comma
    that parts the two, which the parser hangs on the verb of saying: "Agents took him into custody at a house in
    the suburbs Monday, a police spokesman told reporters" (Monday is when he was taken). News puts the day of the
    saying after its verb ("…, a spokesman said Monday"); one before the comma ends the clause reported. A time
    alone or in "on"/"in"/"at"/"during"; or a day alone that ends the clause, which the parser hangs on a noun of a
    place or a thing in it ("seized a truck at a checkpoint outside the town Tuesday, the police chief told…"; not a
    noun of an act, whose own time it may be: "questioned witnesses of the raid Tuesday")."""
    for head in heads:
        said = head.head
        if head.dep_ != "ccomp" or said.i < head.i or said.lemma_.lower() not in STATEMENT_VERBS:
            continue
        for tx, root in found:
            if root.dep_ in ("npadvmod", "tmod"):
                phrase = root
            elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _WHEN_PREPS:
                phrase = root.head
            else:
                continue
            after = phrase.right_edge.i + 1
            if after >= said.i or root.doc[after].text != ",":
                continue
            if phrase.head.i == said.i and phrase.left_edge.i == head.right_edge.i + 1:
                return tx.value, root
            noun = phrase.head
            if phrase is root and phrase.right_edge.i == head.right_edge.i and noun.pos_ in ("NOUN", "PROPN") \
                    and not _noun_types(noun) and noun.lower_ not in time_words("occasion_nouns") \
                    and noun.ent_type_ not in ("DATE", "TIME"):
                return tx.value, root
    return None


def _while_doing(clause: Token) -> bool:
    """A "while" clause of what was under way, a participle or a progressive ("were shot while patrolling the border
    on Sunday", "kidnapped them while they were driving to the airport on Sunday"), or an "as" clause in the
    progressive ("grabbed the boy as he was walking home on Saturday"): its time is the act's too. Not a "while" of
    contrast ("recalled its envoy, while Uganda expelled two diplomats on Sunday"), nor an "as" of a simple tense,
    which may tell a cause ("cut jobs as sales fell in March")."""
    if clause.tag_ != "VBG":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    progressive = any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)
    return ("while" in marks and (not subject or progressive)) or ("as" in marks and subject and progressive)


def _tells_the_act(clause: Token, anchors: list[Token]) -> bool:
    """The clause's verb is the act (an anchor) or does it on its object ("as crowds staged a march"), not a verb
    the act hangs on as something prepared, planned or wanted ("as Chile got ready to ship grain": the shipping
    is later than the day the other clause tells)."""
    return any(a.i == clause.i or (a.head.i == clause.i and a.dep_ in ("dobj", "obj")) for a in anchors)


def _alongside(clause: Token) -> bool:
    """A clause with no time of its own that tells an act done along with the act of the clause it hangs on, so
    dated by that clause's time: a bare present participle after its verb ("staged a march in Lima on Monday
    demanding lower prices"; not one on a noun, "a letter from groups urging…", which tells the noun's own act, nor
    one after a message the verb has as its object, "received a note on Monday urging…", which tells its content), or
    an "as" clause with a
    subject of its own and a verb in the simple past ("police fired tear gas on Tuesday as protesters marched on
    parliament"). Not a participle with a subject, auxiliary or marker of its own, nor an "as" clause in another
    tense ("as the ministry had warned")."""
    if clause.dep_ not in ("advcl", "acl") or clause.head.i == clause.i:
        return False
    own = {c.dep_ for c in clause.children}
    if clause.tag_ == "VBG":
        messages = time_words("message_nouns") | time_words("means_of_saying")
        return clause.dep_ == "advcl" and clause.i > clause.head.i \
            and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} \
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in messages for c in clause.head.children)
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    return (clause.dep_ == "advcl" and clause.tag_ == "VBD" and len(marks) == 1 and marks[0].lower_ == "as"
            and "nsubj" in own and not own & {"aux", "auxpass"})


def _attached(found: list[tuple[Timex, Token]], anchor_ids: set[int]) -> tuple[DateValue, Token] | None:
    """The first timex syntactically attached (within a few hops, not through a clause of its own) to an anchor;
    where a later one lies within it, the finer one ("This year, the city banned fireworks ahead of Diwali": the
    days of Diwali, not the year)."""
    attached = [(tx, root) for tx, root in found if _attached_to(tx, root, anchor_ids)]
    own = [(tx, root) for tx, root in attached if not _of_gathering_gone_to(tx, root, anchor_ids)]
    every = [(tx.value, root) for tx, root in (own or attached)]  # the going's own time before its gathering's
    if not every:
        return None
    return (_finest(every) if len(every) > 1 else None) or every[0]


_DEFERRED_TO = frozenset({"until", "till", "to", "from"})


def _deferred_to(root: Token, anchor_ids: set[int] | None) -> bool:
    """The time an act is put off to or from, not the day it was put off: "postponed until the start of April",
    "delayed delivery to July from the original June 5"; by an anchor of the act, or by any verb (`anchor_ids`
    None: the moved act's old or new time dates no other act of the sentence either)."""
    prep = root.head
    mover = prep.head.head if prep.head.dep_ in ("advmod", "prt") else prep.head  # "pushed back to Friday"
    return (root.dep_ == "pobj" and prep.lower_ in _DEFERRED_TO and (anchor_ids is None or mover.i in anchor_ids)
            and mover.lemma_.lower() in time_words("deferral_verbs"))


def _held_until(root: Token) -> bool:
    """A time after "until"/"till" on a verb of an act that puts a state in place for a term (time lexicon
    held_until_verbs): the end of the term, not the act's day ("bars new services until next March", "banned imports
    until June", "extended the truce until Friday"). Not under a negation ("will not extend it until Friday": the
    extending's day)."""
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ not in ("until", "till") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in time_words("held_until_verbs"):
        return False
    clause = verb
    while True:
        if any(c.dep_ == "neg" for c in clause.children):
            return False
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return True
        clause = clause.head


def _attached_to(tx: Timex, root: Token, anchor_ids: set[int]) -> bool:
    """The time hangs on an anchor within a few hops, not through a clause of its own, or stands right before an
    anchor verb, at the end of its subject (`_preverbal`)."""
    verb = _preverbal(root)
    if verb is not None and verb.i in anchor_ids:
        return True
    owned = _owned_by_later(tx, root, anchor_ids)
    if owned is not None:
        return owned  # "ahead of a meeting later today": the meeting's, wherever it is hung
    if _issued_with(root, anchor_ids):
        return True  # "accused Israel in a statement issued on Monday"
    if _in_a_dated_paper(root, anchor_ids):
        return True  # "in a column in Monday's edition of the Courier, the minister criticised…"
    if _occasion_kind(root, tx.value, anchor_ids) == "circumstance":
        return True  # "Speaking at a news conference on Monday, the minister accused…"
    if (_describes_noun(root, anchor_ids) and not _occasion(root, tx.value, anchor_ids)) or _said_on(root) \
            or _deferred_to(root, None) or _deadline_asked(root) or _held_until(root):
        return False
    tok, hops = root, 0
    while hops < 4 and tok.head.i != tok.i:
        if _outcome_clause(tok):
            return False  # "talks that would lead to membership next year": the membership's year, not the talks'
        # not through a clause of its own ("pledged that … by 2022", "plans to visit and signed … last week")
        attached = hops == 0 or _opening_participle(tok) or (tok.dep_ in _ATTACH and not own_tense(tok) and not (
            _gathering_to_come(tok) and tok.head.i not in anchor_ids)  # the gathering's own time, if it is the act
            and not _joined_to_a_state_now(tok))
        if tok.head.i in anchor_ids and attached:
            return True
        if not attached:
            return False
        tok, hops = tok.head, hops + 1
    return False


_TO_BE = (_TO_COME - {"wo"}) | {"to"}  # "a summit to take place", "talks which will be held"


def _gathering_to_come(clause: Token) -> bool:
    """A clause on a gathering (time lexicon gathering_nouns, lasting_acts), the object of a word, that tells it as
    still to come, an infinitive or with "will"/"would": "called for a summit to take place next week", "pressed for
    talks which will be held next month". Its time is the gathering's, not the act of the verb above it."""
    noun = clause.head
    return (clause.dep_ in ("relcl", "acl") and noun.dep_ in ("dobj", "pobj")
            and bool({noun.lower_, noun.lemma_.lower()} & GATHERINGS)
            and any(c.dep_ == "aux" and c.lower_ in _TO_BE for c in clause.children))


def _outcome_clause(clause: Token) -> bool:
    """A relative clause on a noun that tells what the noun's act leads to (time lexicon outcome_verbs: "talks that
    would lead to membership next year", "the talks, which led to an accord in May"): a time in it is the outcome's,
    not the act's, which comes before it."""
    return clause.dep_ == "relcl" and clause.pos_ in ("VERB", "AUX") \
        and clause.lemma_.lower() in time_words("outcome_verbs")


def _opening_participle(tok: Token) -> bool:
    """A participle of opening with no subject of its own, on the act's verb or noun ("will make a visit to Peru
    starting on April 29"): its time is the act's, as "from April 29" would be (time lexicon opening_participles)."""
    return (tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG"
            and tok.lemma_.lower() in time_words("opening_participles")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in tok.children))


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
    is the saying's ("Kenya said on Tuesday it had shut the border on Sunday": Tuesday is when it said so); not one
    after the reported clause's "that", which opens that clause ("said that on Sunday it shut the border")."""
    tok = root
    while tok.dep_ in ("pobj", "prep", "npadvmod") and tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in ("prep", "npadvmod") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in STATEMENT_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(c.dep_ == "mark" and c.i < root.i for c in verb.children):
        return False
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


def _occasion_which(clause: Token) -> Token | None:
    """The preposition that opens a relative clause on an occasion ("at which", "during which", "in which"; data
    `occasion_relative_preps`): the clause tells what was done at the occasion its noun names, so the time told
    with that noun is its act's ("a May 20 meeting at which the envoy asked…", "the 2019 summit, during which Iran
    threatened…"). Not "by which" (a deadline) nor "under which" (what a text allows later)."""
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.i < clause.i and prep.lower_ in time_words("occasion_relative_preps") \
                and any(c.dep_ == "pobj" and c.lower_ == "which" for c in prep.children):
            return prep
    return None


def _at_the_time_of(clause: Token) -> bool:
    """A "when" clause, or a "while"/"whereas" clause of contrast after its main clause, in the simple past with a
    subject of its own, hung on a main clause also in the simple past: the two acts are at one time, which the main
    clause may tell anywhere in it ("Last week the lenders faced strain when ministers faulted the scheme",
    "Uganda condemned the raid on Monday, while Tanzania praised it"). Not one of another tense ("rose when Kenya
    had expelled…", "will retaliate when Kenya expels…")."""
    main = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i}
    if clause.dep_ != "advcl" or main.i == clause.i or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    if not ("when" in marks or (marks & {"while", "whereas"} and clause.i > main.i)):
        return False
    return all(v.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) for v in (clause, main))


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
    return _since_point(tx, root) or tx.value, root


def _since_point(tx: Timex, root: Token) -> DateValue | None:
    """The time a "since" phrase runs from, read alone: the one a "when" clause after it tells of ("have been tense
    since August 1985, when Libya expelled…": August 1985, not August 1985 to the article's day). None for a time
    with no "since" before it."""
    doc = root.doc
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "since":
        return None
    return normalise(tx.text, doc._.published, "past")


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


_SUBJECT = ("nsubj", "nsubjpass")


def _noun_types(noun: Token) -> frozenset[str]:
    """The PLOVER types of the acts a noun may name again, by its lemma or its form as written: the data lists
    plurals that are nouns of their own ("talks", "negotiations"), whose lemma is the singular. The nouns the roles
    read and those that only carry a date ("the offensive, which began on Tuesday" dates the fighting told before):
    data/acts_named_again.yaml, both sections."""
    table = dated_again()
    return frozenset().union(*(table.get(w, frozenset()) for w in (noun.lemma_.lower(), noun.lower_)))
