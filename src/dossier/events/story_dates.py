"""Dates a story carries between its sentences: an act reported undated takes the date a later sentence gives it
when it names the act again ("The senate approved the bill." … "Approval came in a vote on Wednesday"), a plan told
held, an act done later or after another, the lead's act dated by its actor's dated saying, the end of a lasting act,
a reaction told today, an act told again (by a noun, or by its verb and object). Called once per document after
coding (`date_back`, from events/component.py); one sentence's dating is events/dates.py's (`event_date`)."""

from __future__ import annotations

from datetime import date

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc, Span, Token

from dossier.actors.convert import nation_of
from dossier.events.dates import (
    STATEMENT_VERBS,
    _OWN_STATEMENTS,
    _SUBJECT,
    _adjunct_participle,
    _attached,
    _bounds,
    _clause_head,
    _event_date,
    counted_later_act,
    _length,
    _measured,
    _noun_types,
    _opening,
    _unique_in_clause,
    _within,
    _within_the_day,
    event_date,
    is_after,
    sentence_timexes,
)
from dossier.events.patterns import load_lexicon
from dossier.events.roles.pairs import MUTUAL
from dossier.events.status import SPEECH_ACTS, tense_form
from dossier.model import DateValue, Event, Timex
from dossier.nlp.extensions import sentences_of
from dossier.time.calendar import as_date, day as cal_day, days as cal_days, shift
from dossier.time.lexicon import lexicon, words as time_words
from dossier.time.normalise import vague_window
from dossier.time.tense import verb_tense


# --- a date told with an act named again in a later sentence ------------------------------------------------------

_INDEFINITE = frozenset({"a", "an", "another", "any", "some", "no", "every", "each"})
_NEAR_DAYS = 7  # a date carried back lies this close to the article: the news the lead told without one


def date_back(doc: Doc, events: list[Event], trigger_of) -> None:
    """An act the story reports undated takes the date a later sentence gives it when it names the act again
    ("The senate approved the bill." … "Approval came in a vote on Wednesday"; "Wednesday's signing", "the talks
    earlier today"): a noun, not indefinite, whose time is attached to it, or that is the subject of a clause with
    one time that tells when it happened ("came", "took place", "was"), names again the one earlier act of its
    kind, a kind by the noun's PLOVER types (data/acts_named_again.yaml) or by being the noun of the act's own verb
    ("approval", "signing" of "approve", "sign"). Only when every earlier act of that kind (one act, several
    mentions of the same parties) is undated, never a day after the article for a done act, and the day lies within
    a week of the article's date (the news an undated lead tells): "last year's agreement" is another act than the
    one just signed; nor is an earlier mention whose own words say it is another act ("a separate meeting"), nor
    one the noun's own words set apart: a party none of its own ("yesterday's meetings of the seven"), a visit
    where it was no visit ("the premier's visit to Moscow last week" is not the talks told before).
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
        if any(e.date is None for e in events):
            told_in_its_words(doc, events, triggers, timexes, counted_only=True)  # "with ten days left before …"
        statements_undated(doc, events, triggers)
        return
    if any(e.date is None for e in events):
        _named_again_dated(doc, events, triggers, timexes)
        in_a_move(events, triggers, timexes, doc._.published)
        told_again(doc, events, triggers, timexes)
        told_in_its_words(doc, events, triggers, timexes)
        told_by_the_verb_of_its_noun(doc, events, triggers)
        named_by_an_earlier_noun(doc, events, triggers, timexes)
        at_an_occasion_told_before(doc, events, triggers)
        reacted_today(doc, events, triggers, timexes)
        lead_said(doc, events, triggers, timexes)
        after_another(doc, events, triggers)
        counted_after_another(doc, events, triggers)
    refined_later(doc, events, triggers, timexes)
    ends_told(doc, events, triggers, timexes)
    done_later(doc, events, triggers)
    statements_undated(doc, events, triggers)


def _undated_statement() -> str:
    """The convention for a statement the story gives no time (time/data/lexicon.yaml `undated_statement`)."""
    return lexicon().get("undated_statement", "none")


def statements_undated(doc: Doc, events: list[Event], triggers: dict, convention: str | None = None) -> None:
    """A speech act made by a statement the story gives no time, after every other rule: undated under the
    convention `none` (`undated_statement` in time/data/lexicon.yaml, the default: what the hand-coded gold does),
    the article's day, marked inferred, under `published`. The act is occurred, of a type made by saying it
    (status.SPEECH_ACTS), and its trigger is a verb of saying or the head of what one says ("Kenya said its army was
    ready to repel any attack"), told in the simple past or present: not a statement told as made before ("had
    said"), an act the statement tells as done before it ("said it had sued"), a participle ("backed by tanks"),
    nor others' reports ("officials reported"). In place."""
    if (convention or _undated_statement()) != "published":
        return
    published = (doc._.published or "")[:10]
    if len(published) != 10:
        return
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or event.status != "occurred" or event.type not in SPEECH_ACTS:
            continue
        saying = _saying(tok)
        if saying is not None:
            event.date = DateValue(start=published, end=published, precision="day", text=saying.text,
                                   inferred=True)


def _saying(tok: Token) -> Token | None:
    """The verb of saying an act is made by: the trigger itself, or the verb whose said clause it heads; in the
    simple past or present (not "had said", "will say")."""
    saying = tok
    if tok.lemma_.lower() not in _OWN_STATEMENTS:
        if tok.dep_ in ("acl", "amod") or (tok.tag_ == "VBN" and not any(a.dep_.startswith("aux") for a in
                                                                           tok.children)):
            return None  # "a brigade, backed by tanks", "the head, accused by the authorities": no act said
        head = _clause_head(tok)
        saying = head.head
        if head.dep_ != "ccomp" or saying.lemma_.lower() not in _OWN_STATEMENTS \
                or any(a.dep_ == "aux" and a.lemma_ == "have" for t in (tok, head) for a in t.children):
            return None  # "said it had sued the firm": an act told as done before the saying
    if tense_form(saying) not in ("past", "present") or _perfect(saying) or any(
            a.dep_ == "aux" and a.lemma_ == "have" for a in saying.children):
        return None
    return saying


def _named_again_dated(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """The first part of `date_back`: a noun that names an earlier undated act again, with its own time."""
    for sent in sentences_of(doc):
        if not any(sent.start_char <= t.start < sent.end_char for t in timexes):
            continue
        before = [e for e in events if triggers[e.id] is not None and triggers[e.id].i < sent.start]
        here = [e for e in events if triggers[e.id] is not None and sent.start <= triggers[e.id].i < sent.end
                and triggers[e.id].lemma_.lower() in STATEMENT_VERBS]  # an act put on "said" is what is said
        for noun in sent:
            if not _common_noun(noun) or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
                continue
            earlier = [e for e in before if _names_again(noun, e, triggers[e.id]) and not _said_another(triggers[e.id])
                       and not _others_act(noun, e, doc) and not _told_as_several(triggers[e.id], e, noun)
                       and not _strangers(noun, e, doc) and not _visit_of_another_act(noun, e)]
            if not earlier:
                earlier = [e for e in here if e.type in _noun_types(noun)
                           and _attached(sentence_timexes(sent, timexes), {noun.i}) is not None]
            if not earlier:
                earlier = _the_move(noun, before, triggers)
            if earlier and not _one_act(earlier, doc):  # several acts the noun could name: the one its sentence
                earlier = _parties_told_here(noun, earlier, doc)  # names the sides of ("Thursday's call" of Xi's)
                if not _one_act(earlier, doc):
                    continue
            if not earlier or any(e.date is not None for e in earlier):
                continue
            value = _own_date(noun, timexes) or _done_on(noun, timexes)  # "The talks, held on Tuesday, …"
            if value is None or not _near(value, doc._.published):
                continue
            for event in earlier:
                if not (event.status == "occurred" and is_after(value, doc._.published)):
                    event.date = value
                if event in here and _done_by_its_noun(noun, value, doc._.published):
                    event.status = "occurred"  # "Details of today's accord will be released…, the envoy said"


def _the_move(noun: Token, before: list[Event], triggers: dict) -> list[Event]:
    """The acts the sentence just before told, where `noun` names whatever act that was again ("the move", "the
    decision", "this step": time lexicon `nouns_of_any_act`, with "the" or "this" and no owner of its own, as the
    subject of its clause): "Russia has expelled two Polish diplomats. The move came on Tuesday" (the expulsion).
    None where the noun's sentence does not follow at once, nor an act told as several or as another one; the
    caller asks that they be one act."""
    if noun.lemma_.lower() not in time_words("nouns_of_any_act") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children) \
            or any(c.dep_ == "poss" for c in noun.children) or noun.dep_ not in ("nsubj", "nsubjpass") \
            or noun.sent.start == 0:
        return []  # not "Poland called the move on Tuesday a provocation": the calling's day
    previous = noun.doc[noun.sent.start - 1].sent
    return [e for e in before if previous.start <= triggers[e.id].i < previous.end
            and not _another(triggers[e.id]) and not _said_another(triggers[e.id])]


# --- a coarse date made finer by a later sentence -------------------------------------------------------------------


def refined_later(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act the story dates only coarsely (a month, a season, a year) takes the finer time a later sentence gives
    it when a noun there names it again with a time of its own that lies within the coarse one: "In March, Kenya and
    Uganda signed a border pact." … "The March 21 pact ends a long dispute" (March 21); "signed a pact in 2023" …
    "The pact, signed on March 21, 2023, …". The noun is as `date_back` reads one (not indefinite, no word of
    another act, no other doer in its own words, `_names_again`), every earlier act it may name is one act
    (`_one_act`), and every dated one is coarser than the new time and holds it; not a time after the article for
    an act done. A time outside the coarse one ("the April talks" after "talks in March") names another act, and
    a time no finer ("the 2023 pact") tells nothing new. An act made by saying it (a threat, an accusation) is
    named again by the means it was said by (the lexicon's `means_of_saying`: "threatened to kill her in
    March" … "arrested for the March 21 call"), where the noun's sentence tells no act said of its own ("In the
    March 21 letter, Kenya asked …": that letter's request). In place."""
    if not timexes or not any(e.date is not None and _length(e.date) > lexicon()["coarse_date_days"] for e in events):
        return
    published = doc._.published
    for sent in sentences_of(doc):
        if not any(sent.start_char <= t.start < sent.end_char for t in timexes):
            continue
        before = [e for e in events if triggers.get(e.id) is not None and triggers[e.id].i < sent.start]
        if not any(e.date is not None and _length(e.date) > lexicon()["coarse_date_days"] for e in before):
            continue
        said_here = any(e.type in SPEECH_ACTS and triggers.get(e.id) is not None
                        and sent.start <= triggers[e.id].i < sent.end for e in events)
        for noun in sent:
            if not _common_noun(noun) or _said_another(noun) or _indefinite(noun) or (
                    noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"
                    and (_said_another(noun.head.head) or _indefinite(noun.head.head))):
                continue  # not "a new pact", nor "another round of talks"
            earlier = [e for e in before if (_names_again(noun, e, triggers[e.id]) or (
                           not said_here and _means_of_saying(noun, e))) and not _said_another(triggers[e.id])
                       and not _others_act(noun, e, doc)]
            dated = [e for e in earlier if e.date is not None]
            if not dated or not _one_act(earlier, doc):
                continue
            value = _own_date(noun, timexes) or _done_on(noun, timexes)
            if value is None or not value.start or not all(
                    _length(value) < _length(e.date) and _length(e.date) > lexicon()["coarse_date_days"] and _within(value, e.date)
                    for e in dated):
                continue
            for event in dated:
                if not (event.status == "occurred" and is_after(value, published)):
                    event.date = value


def _means_of_saying(noun: Token, event: Event) -> bool:
    """The noun names the means by which an act made by saying it was made: "the March 21 call" of a threat."""
    means = time_words("means_of_saying")
    return event.type in SPEECH_ACTS and (noun.lemma_.lower() in means or noun.lower_ in means)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)


def in_a_move(events: list[Event], triggers: dict, timexes: list[Timex], published: str | None) -> None:
    """An act done "in a move" or "in a decision" (time lexicon `nouns_of_any_act`) that a participle of doing dates
    takes that time: "Russia expelled two Polish diplomats in a move announced on Tuesday" (`_done_on`; not "in a move
    criticised on Tuesday by Warsaw", the criticism's day). Within a week of the article, not after it for a done
    act. In place."""
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or tok.pos_ != "VERB" or event.status != "occurred":
            continue
        moves = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in time_words("nouns_of_any_act")]
        value = _done_on(moves[0], timexes) if len(moves) == 1 else None
        if value is not None and _near(value, published) and not is_after(value, published):
            event.date = value


def _done_on(noun: Token, timexes: list[Timex]) -> DateValue | None:
    """The time of a participle of doing on the noun: "the pact, signed on March 21", "talks held on Monday"."""
    found = sentence_timexes(noun.sent, timexes)
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in time_words("doing_verbs"):
            attached = _attached(found, {verb.i})
            if attached is not None:
                return attached[0]
    return None


# --- an act told as planned, and later as held ----------------------------------------------------------------------

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
    for sent in sentences_of(doc):
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
        # "the visit was announced" tells the plan
        return verb.lemma_.lower() in time_words("doing_verbs") - {"announce"}
    lemma = verb.lemma_.lower()
    return lemma in time_words("held_verbs") or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
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
    sentences = list(sentences_of(doc))
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
    for event, verb in _undated_done(events, triggers):
        for prep, noun in _followed(verb):
            value = own.get(noun.i) or _named_date(noun, dated, triggers, doc)
            if value is None:
                continue
            day = value.start == published and (value.end or published) == published
            soon = prep.i > 0 and doc[prep.i - 1].lower_ in time_words("soon_words")  # "soon after", "shortly after"
            if day or (soon and len(value.start or "") in (4, 7) and (value.end or value.start) == value.start):
                event.date = value
                break


def _undated_done(events: list[Event], triggers: dict):
    """Each act told as done with no time of its own, with the verb of its clause where that verb is in the past or
    the perfect (read one at a time: an act dated on the way is passed over)."""
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or event.status != "occurred":
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_head(tok)
        if tense_form(verb) == "past" or _perfect(verb):
            yield event, verb


def counted_after_another(doc: Doc, events: list[Event], triggers: dict) -> None:
    """An act done, with no time of its own, told a count of days or weeks after another act ("two days after the
    attack", "a week after the vote", "two weeks following the vote"), within one of it ("within three days of the
    attack"), or after such a count of an act told as begun on a day ("after ten days of talks", the talks begun on
    November 4), where the other act is an event or a noun that names again the one dated act told before it
    (`_named_date`): that day plus the count; "within": that day to it, not past the article's day; a count of an
    act begun: its last day or the next, and that act's mention there its days. The other act's day unknown, the
    act stays undated. Hours or minutes after it ("Hours after the attack, the army raided…") are that day. Only
    on the act's verb; not a vague count ("days after"), nor other units. In place."""
    dated = [e for e in events if e.date is not None and triggers.get(e.id) is not None]
    published = as_date((doc._.published or "")[:10])
    if not dated:
        return
    own = {triggers[e.id].i: e.date for e in dated}
    for event, verb in _undated_done(events, triggers):
        for measure, kind, noun in _counted_phrases(verb):
            value = own.get(noun.i) or _named_date(noun, dated, triggers, doc)
            unit, n, few = _measured(measure)
            ends = (None,) if kind == "lasting" else (None, value.start if value is not None else None)
            if kind == "after" and unit in ("hour", "minute") and value is not None and value.precision == "day" \
                    and value.end in ends and _within_the_day(measure, unit, n) \
                    and as_date(value.start) is not None:  # "Hours after the attack, …": that day
                event.date = cal_day(as_date(value.start), doc[measure.left_edge.i: noun.right_edge.i + 1].text)
                break
            if value is None or value.precision != "day" or value.end not in ends or n is None or few is not None \
                    or unit not in ("day", "week") or as_date(value.start) is None:
                continue  # a count of an act begun needs its first day only: not "talks held on May 4"
            day, last = as_date(value.start), shift(as_date(value.start), unit, n)
            said = doc[(measure.head if kind != "after" else measure.left_edge).i: noun.right_edge.i + 1].text
            if kind == "within" and published is not None and day <= published < last:
                last = published  # a done act is not after the article's day
            counted = {t.i for t in measure.subtree}
            if triggers[event.id].i in counted:  # the counted act itself: "ten days of talks" ran them
                event.date = cal_days(day, shift(last, "day", -1), "day", said) if kind == "lasting" else None
                break
            event.date = cal_day(last, said) if kind == "after" else cal_days(
                shift(last, "day", -1) if kind == "lasting" else day, last, "vague", said)
            break


def _counted_phrases(verb: Token) -> list[tuple[Token, str, Token]]:
    """(measure, kind, noun) of the phrases on a verb that count days or weeks from another act: "two days after
    the attack" ("after": the measure on the preposition, on the verb right before it, or the phrase on the
    measure), "within three days of the attack" ("within"), "after ten days of talks" ("lasting")."""
    out = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in time_words("following_words"):
            measure = _measure_before(child)
            out += [(measure, "after", o) for o in child.children if o.dep_ == "pobj"] if measure is not None else []
            out += [(m, "lasting", o) for m in child.children if m.dep_ == "pobj" and _of_days(m)
                    for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"] if measure is None else []
        elif child.dep_ == "npadvmod" and (_of_days(child) or child.lemma_.lower() in ("hour", "minute")):
            out += [(child, "after", o) for p in child.children
                    if p.dep_ == "prep" and p.lower_ in time_words("following_words")
                    for o in p.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "within":
            out += [(m, "within", o) for m in child.children if m.dep_ == "pobj" and _of_days(m)
                    for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
    return out


def _of_days(tok: Token) -> bool:
    return tok.lemma_.lower() in ("day", "week")


def _measure_before(prep: Token) -> Token | None:
    """The measure of time on an "after" word ("two days after"), or on its verb right before it ("expelled him two
    weeks following the vote")."""
    on = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
    return on or next((c for c in prep.head.children if c.dep_ == "npadvmod" and c.right_edge.i == prep.i - 1
                       and c.lemma_.lower() in ("day", "week", "month", "year", "hour")), None)


# --- the last day of an act that goes on for days, told by a clause on its noun ------------------------------------

_UNTIL = frozenset({"until", "till", "through"})
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
    for sent in sentences_of(doc):
        for tx, root in sentence_timexes(sent, timexes):
            value = tx.value
            if value.precision != "day" or not value.start or (value.end or value.start) != value.start:
                continue
            verb = _end_verb(doc, tx)
            noun = _ending_noun(verb) if verb is not None else None
            if noun is None or not {noun.lower_, noun.lemma_.lower()} & time_words("lasting_acts") \
                    or _said_another(noun) \
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
    if i > 0 and doc[i].lower_ in time_words("verb_particles") and doc[i].dep_ == "prt":
        i -= 1
    tok = doc[i]
    if tok.lemma_.lower() not in (time_words("lasting_verbs") if until else time_words("end_verbs")) or any(
            c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None
    infinitive = i > 0 and doc[i - 1].lower_ == "to"
    if tok.pos_ not in ("VERB", "AUX") and not infinitive:
        return None
    if infinitive:  # "scheduled to end", "due to end", "is to end": a schedule, not a wish ("wants … to end")
        governor = tok.head.head if tok.head.lower_ == "to" else tok.head
        schedulers = time_words("end_schedulers")
        if governor.lower_ not in schedulers and governor.lemma_.lower() not in schedulers:
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
                if child.lower_ in time_words("following_words") and _measure_before(child) is None:
                    out += [(child, o) for p in child.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
                else:
                    todo += [p for p in child.children if p.dep_ == "pobj"]
            elif child.dep_ == "advcl" and child.i < verb.i and _adjunct_participle(child):
                todo.append(child)
            elif child.dep_ == "mark" and child.lower_ in time_words("following_words") and tok.dep_ == "ROOT" \
                    and child.i < tok.i:
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


def told_again(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act told without a time in one sentence and with one in another is one act told twice: the lead's "after
    its jets shot down two planes" takes the day of "On Sunday its jets shot down two planes…" further on, and "the
    talks" after "held talks with Uganda on Monday" take Monday. The undated mention repeats the dated one's verb,
    or is a noun, not indefinite, that names its act (`_names_again`); the two have one type and mode (a visit is
    not the talks held during it), one status, parties that nest (`_one_act`), every dated mention of that kind one
    date, within a week of the article; a mention that says it is another act ("again", "also", "another",
    "several times"), lasts longer than the day ("her five-day visit"), or has a time of its own, even a vague one
    ("in recent days"), keeps none, and a dated mention that says so gives none ("Peru sent troops." … "Peru sent
    troops again on Monday"). In place."""
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
                and _same_words(tok, d, triggers[d.id]) and not _longer(tok, d.date) and not _another(triggers[d.id])]
        if not same or not _one_act([event, *same], doc) or not all(_same_parties(event, d, doc) for d in same):
            continue
        values = {d.date.model_dump_json(): d.date for d in same}
        value = next(iter(values.values()))
        if len(values) == 1 and _near(value, doc._.published):
            event.date = value


def told_in_its_words(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex],
                      counted_only: bool = False) -> None:
    """An act told undated and, in another sentence, by the same verb on the same object with a time of its own is
    one act told twice, though the second mention codes no event: "Chile got ready to send a frigate with aid." …
    "the plan to send a frigate to the islands on Friday stands" (Friday). A verb with no object is told again by
    the same verb with the same word that makes the act with it, an adjective complement or an adverb particle
    ("pleaded guilty Monday" … "Doe, 40, pleaded guilty to …"; "pulled out"), where the undated mention is not told
    as another act ("again"). The other
    verb has no subject, or one that names one of the event's doers or their country ("Kenya … Nairobi"), and is
    not told as another act (`_another`: "sent troops again on Monday"); its time (`_event_date`) lies within a
    week of the article, not after it for an act done, not before it for one planned; a plan may also take the day
    a count from the story's now gives the other ("with ten days to go before the U.S. raises duties",
    dates.counted_later_act), however far ahead. Two mentions with two times give none. With `counted_only` (a story
    that tells no time), only such a count dates. In place."""
    published = doc._.published
    every = doc._.timexes or []
    words = None  # the Doc's (POS, LEMMA) array, read once: only the verbs of the trigger's lemma are made Tokens
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or tok.pos_ != "VERB" or event.status not in ("occurred", "planned"):
            continue
        objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        words_of = _complement_words(tok) if not objects else set()
        if (not objects and not words_of) or (words_of and _another(tok)):
            continue
        if words is None:
            words = doc.to_array([POS, LEMMA])
        own = tok.sent.start
        values = {}
        for i in np.flatnonzero((words[:, 0] == tok.pos) & (words[:, 1] == tok.lemma)).tolist():
            other = doc[i]
            read_as_name = other.dep_ == "compound" and other.head.lemma_.lower() in objects  # "U.S. Imposes tariffs"
            if other.sent.start == own:
                continue
            passive = bool(objects) and _retold_in_the_passive(tok, other, event, doc)  # its own doer test
            if (not (any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in other.children)
                     or read_as_name or _with_words(other, words_of) or passive
                     or _retold_in_the_past(tok, other, event, doc))
                    or _another(other) or not (passive or _doer_of(other, event, doc))):
                continue
            found = None if counted_only else _event_date([other], other.sent, every)
            counted = counted_later_act(other, other.sent, every) if found is None else None
            if found is None and counted is None:
                continue
            value = found[0] if found is not None else counted
            done, planned = event.status == "occurred", event.status == "planned"
            if (not _near(value, published) and not (planned and counted is not None)) or (
                    done and is_after(value, published)) or (
                    planned and (value.end or value.start) < (published or "")[:10]):
                continue  # a count from the story's now ("with two weeks to go before") may lie further ahead
            values[value.model_dump_json()] = value
        if len(values) == 1:
            event.date = next(iter(values.values()))


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _retold_in_the_past(tok: Token, other: Token, event: Event, doc: Doc) -> bool:
    """A lead's act in the present perfect told again by the same verb in the simple past, with a subject of its
    own and an object that names again what the lead's object named, in other words: a definite noun, a pronoun or
    a name ("Brazil has recalled its ambassador to Argentina." … "Brazil recalled the envoy on Tuesday"; "Iran has
    seized a British tanker." … "Guards seized the Stena Impero on Friday"). Not an indefinite object ("arrested
    a smuggler on Monday": another act), nor one that names a party with a country who is none of the act's
    parties ("expelled the ambassador of Rwanda" after Uganda's diplomats; "recalled its envoy" is the doer's own).
    Nor a lead told as several acts ("has warned Taiwan repeatedly") or with a time of its own, even a vague one
    ("has arrested dozens in recent weeks")."""
    return _perfect(tok) and not _another(tok) and _event_date([tok], tok.sent, doc._.timexes or []) is None \
        and _past_retelling(other, event, doc, needs_object=True)


def _retold_in_the_passive(tok: Token, other: Token, event: Event, doc: Doc) -> bool:
    """A lead's act in the present perfect told again by the same verb in the simple past passive, whose subject
    names again what the lead's object named (a definite noun, a pronoun or a name, as `_past_retelling` reads an
    object): "Ghana has recalled its ambassador to Togo." … "The envoy was recalled on Tuesday"; "Nigeria has
    arrested a Cameroonian fisherman." … "He was arrested on Monday off Bakassi". A "by" phrase, where there is
    one, names one of the act's doers or their country. Not an indefinite subject ("Two other fishermen were
    arrested on Monday": another act), nor a passive in another tense ("has been", "will be"), nor a lead told as
    several acts or with a time of its own."""
    if not _perfect(tok) or _another(tok) or _event_date([tok], tok.sent, doc._.timexes or []) is not None:
        return False
    if other.tag_ != "VBN" or any(c.dep_ == "aux" for c in other.children) or not any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in other.children):
        return False
    subjects = [c for c in other.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or not _names_what_was_done_to(subjects[0], event, doc):
        return False
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    sources = set(event.source) | {nation_of(actors[i]) for i in event.source if i in actors}
    named = {token_actor.get(t.i) for c in other.children if c.dep_ == "agent" for t in c.subtree} - {None}
    return all(n in sources or (n in actors and nation_of(actors[n]) in sources) for n in named)


def _past_retelling(other: Token, event: Event, doc: Doc, needs_object: bool) -> bool:
    """`other` tells the event again in the simple past, with a subject of its own and one object, or none where
    `needs_object` is false, that names again in other words what the event was done to (`_retold_in_the_past`)."""
    if other.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in other.children) \
            or not any(c.dep_ == "nsubj" for c in other.children):
        return False
    objects = [c for c in other.children if c.dep_ == "dobj"]
    if len(objects) > 1 or (needs_object and not objects):
        return False
    return not objects or _names_what_was_done_to(objects[0], event, doc)


def _names_what_was_done_to(obj: Token, event: Event, doc: Doc) -> bool:
    """The noun names again, in other words, what the event was done to: a definite noun, a pronoun or a name, not
    one that names a party with a country who is none of the act's parties (`_retold_in_the_past`)."""
    if not (obj.pos_ in ("PRON", "PROPN") and obj.lower_ not in _INDEFINITE
            or obj.pos_ == "NOUN" and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
                                          for c in obj.children)):
        return False
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    parties = {*event.source, *event.target}
    parties |= {nation_of(actors[i]) for i in parties if i in actors}
    named = {token_actor.get(t.i) for t in obj.subtree} - {None}
    return all(n in parties or n not in actors or nation_of(actors[n]) in (None, *parties) for n in named)


def told_by_the_verb_of_its_noun(doc: Doc, events: list[Event], triggers: dict) -> None:
    """A lead's act told undated in the present perfect by a light verb and the act's noun ("Russia has launched air
    strikes on rebel positions", "has carried out raids", "has made arrests") and told again further on by the
    noun's own verb in the simple past with a time ("Russian jets struck the targets on Sunday"): one act, dated so.
    The noun names the verb's act as `_names_again` reads it (the verb's stem, or the time lexicon's
    `nouns_of_verbs`); the later verb has a subject that names one of the doers or their country (`_doer_of`), no
    object or a definite one of the act's parties or of none (`_past_retelling`), is not told as another act
    ("struck again on Sunday"), and its time lies within a week of the article, not after it; the lead has no time
    of its own, even a vague one. Two times give none. In place."""
    published = doc._.published
    every = doc._.timexes or []
    light = load_lexicon().light_verbs
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or event.status != "occurred":
            continue
        if tok.pos_ == "VERB":
            verb, nouns = tok, [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        else:
            verb, nouns = tok.head, [tok] if tok.dep_ == "dobj" else []
        if not nouns or verb.lemma_.lower() not in light or not _perfect(verb) or _another(verb) \
                or any(_another(n) for n in nouns) or _event_date([tok], tok.sent, every) is not None:
            continue  # a time of its own, if only a vague one ("has launched raids in recent weeks")
        values = {}
        for sent in sentences_of(doc):
            if sent.start <= verb.sent.start:
                continue
            for other in sent:
                if other.pos_ != "VERB" or other.lemma_.lower() in light \
                        or not any(_noun_of_verb(n, other) for n in nouns):
                    continue
                if _another(other) or not _past_retelling(other, event, doc, needs_object=False) \
                        or not _doer_of(other, event, doc):
                    continue
                found = _event_date([other], other.sent, every)
                if found is None:
                    continue
                value = found[0]
                if _near(value, published) and not is_after(value, published):
                    values[value.model_dump_json()] = value
        if len(values) == 1:
            event.date = next(iter(values.values()))


def named_by_an_earlier_noun(doc: Doc, events: list[Event], triggers: dict, timexes: list[Timex]) -> None:
    """An act told undated by a definite noun ("The conversation between Ruto and Museveni lasted an hour") names
    again the act an earlier sentence tells by a noun, with a day of its own ("following a phone call with Uganda's
    Museveni on Monday", the day of the clause a "following" phrase hangs on), also where that noun codes no event
    (a briefing) or one `told_again` does not pair with this noun: a noun of one of the act's types
    (data/acts_named_again.yaml) or, for a consultation, of a contact (the lexicon's `contacts`), whose own words
    ("with …", "between …", a possessive) name one of the act's parties and whose sentence names each of them (by
    the actor or its country). The day lies within a week of the article, not after it for an act done; two days among
    such nouns (any with one of the parties in its own words: "held another call with him on Tuesday") and the
    earlier dated acts of the type and parties give none; a noun with a time of its own, even a vague one, or not
    definite, keeps none, nor does a visit (it lasts days: "During her visit, …" is not the day of the talks held in
    it) or a mention longer than the day ("their three-day talks"), and an earlier noun that codes a visit names
    none. In place."""
    every = doc._.timexes or []
    modes = {t.i: e.mode for e in events if (t := triggers.get(e.id)) is not None}
    for event in events:
        tok = triggers.get(event.id)
        if (event.date is not None or tok is None or tok.pos_ != "NOUN" or event.status != "occurred"
                or event.mode == "visit" or not (event.source and event.target) or _another(tok) or _said_another(tok)
                or not any(c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ in _DEFINITE)
                           for c in tok.children)
                or _event_date([tok], tok.sent, every) is not None):
            continue
        values, named_all = {}, False
        for sent in sentences_of(doc):
            if sent.start >= tok.sent.start:
                break
            for noun in sent:
                if not _common_noun(noun) or modes.get(noun.i) == "visit" or not (
                        event.type in _noun_types(noun)
                        or (event.type == "CONSULT" and noun.lemma_.lower() in time_words("contacts"))):
                    continue  # a noun coding a visit names none: the visit lasts days
                own, here, _ = _parties_named(noun, event, doc)
                value = event_date([noun], sent, timexes, ptype=event.type) if own else None
                if value is not None:  # another contact of one of the parties ("held another call") counts too
                    values[value.model_dump_json()] = value
                    named_all |= here
        for other in events:  # and an earlier act of the same type and parties, dated
            mention = triggers.get(other.id)
            if (other.date is not None and other.type == event.type and mention is not None
                    and mention.i < tok.sent.start and _same_parties(event, other, doc)):
                values[other.date.model_dump_json()] = other.date
        if named_all and len(values) == 1:
            value = next(iter(values.values()))
            if _near(value, doc._.published) and not is_after(value, doc._.published) and not _longer(tok, value):
                event.date = value


# --- an act done at an occasion told before ------------------------------------------------------------------------


def at_an_occasion_told_before(doc: Doc, events: list[Event], triggers: dict) -> None:
    """An act told with no time of its own as done at, during or on the sidelines of an occasion the story told
    before took place at that occasion's time: "Modi met Xi in Kazan on Tuesday." … "During the meeting, Modi urged
    Xi…", "At the talks, Putin promised…" (the time lexicon's `occasion_told_before_preps`, `occasion_edges`); so
    did an act told "in" a consultation ("In the call, Biden warned Xi…") or "in" an act of its own kind ("three
    people were wounded in the strike"; not "charged two men in the attack", pursued later), and an act that
    the occasion, as its subject, did ("The strike wounded three people"). The occasion is a noun, definite ("the",
    "this", "that", a possessive) and not told as another act ("a separate meeting"), that codes a dated act itself
    or names again the one dated act told before it (data/acts_named_again.yaml; a call or a conversation names a
    consultation, a strike, a shelling or the fighting an assault: the lexicon's `contacts`, `force_occasions`,
    `fighting_occasions`; not a toll told in the present perfect "in the fighting", the war's), not an act
    another doer did (`_others_act`) nor one of other parties (`_strangers`); several dated acts it may name, of two
    dates, give none. The act's clause is its verb's, or that of the verb it completes or is joined to
    ("held talks … and criticised"), never that of a verb of saying it is said under. A done act takes no time after
    the article, a plan none before it; a visit's time is lent marked inferred (a visit lasts days), and only to an act
    done, not to one planned for some day of a visit still to come. In place."""
    dated = [e for e in events if e.date is not None and triggers.get(e.id) is not None]
    if not dated:
        return
    published = (doc._.published or "")[:10]
    own = {triggers[e.id].i: e for e in dated}
    every = doc._.timexes or []
    for event in events:
        tok = triggers.get(event.id)
        if event.date is not None or tok is None or event.status == "hypothetical":
            continue
        if _event_date([tok], tok.sent, every) is not None:
            continue  # a time of its own, if only a vague one
        for noun in _occasions_of(tok, event):
            named = _occasion_named(noun, own, dated, triggers, doc)
            if named is None or _strangers(noun, named, doc) or (noun.i == tok.i and not _one_act([event, named], doc)):
                continue  # "the talks between Russia and Ukraine" are not Putin's with Erdogan
            if _perfect(tok) and noun.lower_ in time_words("fighting_occasions"):
                continue  # "millions have died in the fighting": the whole war's toll, not the day's
            value = named.date
            if named.mode == "visit" and event.status == "planned":
                break  # "expects to sign accords during the state visit": some day of the visit still to come
            if event.status in ("occurred", "negated") and is_after(value, published):
                break
            if event.status == "planned" and published and (value.end or value.start or "") < published[:len(
                    value.end or value.start or "")]:
                break
            event.date = value.model_copy(update={"inferred": True}) if named.mode == "visit" else value
            break


def _occasions_of(tok: Token, event: Event) -> list[Token]:
    """The nouns of the occasions an act is told as done at (see at_an_occasion_told_before): the object of an "at",
    "during" or "amid" phrase, or of "of" after "on the sidelines", on the act's verb or on a verb it completes or
    is joined to; of an "in" phrase where the noun names acts of the act's own type or a consultation ("In the
    call, Biden warned…"); the subject of the act's own verb, active and in the past; and the act's own noun where
    it names acts of the act's type (the occasion told again: "told reporters after the talks")."""
    preps = time_words("occasion_told_before_preps")
    edges = time_words("occasion_edges")
    out: list[Token] = []
    if tok.pos_ == "NOUN" and event.type in _occasion_kinds(tok):
        out.append(tok)  # "During the meeting", "told reporters after the talks": the occasion's own mention
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_head(tok)
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.pos_ in ("VERB", "AUX") and len(chain) < 4:
        chain.append(chain[-1].head)  # "promised to expand", "held talks … and criticised"
    for head in chain:
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ in preps:
                    out.append(obj)
                elif prep.lower_ == "on" and obj.lower_ in edges:
                    out += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]
                elif prep.lower_ == "in" and (event.type in _occasion_kinds(obj)
                                              or "CONSULT" in _occasion_kinds(obj)):
                    out.append(obj)  # "wounded in the strike", "In the call, Biden warned Xi…"
    if verb is tok and tok.pos_ == "VERB" and (tense_form(tok) == "past" or any(
            a.dep_ == "aux" and a.lower_ == "had" for a in tok.children)):
        out += [c for c in tok.children if c.dep_ == "nsubj"]  # "The strike wounded three people"
    return out


def _visit_of_another_act(noun: Token, event: Event) -> bool:
    """A noun of a visit (the time lexicon's `visit_nouns`) names a visit only, not the talks held during it nor
    others' talks about it ("to brief the envoy on the premier's visit to Moscow last week")."""
    visit = noun.lemma_.lower() in time_words("visit_nouns") or noun.lower_ in time_words("visit_nouns")
    return visit and event.mode != "visit"


def _strangers(noun: Token, named: Event, doc: Doc) -> bool:
    """The noun's own "with", "between", "among" or "of" phrase names an actor who is none of the named act's parties
    nor of their country: "the talks between Russia and Ukraine" do not name Putin's meeting with Erdogan."""
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    named_ids = {token_actor.get(t.i) for c in noun.children if c.dep_ == "prep"
                 and c.lower_ in ("with", "between", "among", "of") for t in c.subtree} - {None}
    parties = {*named.source, *named.target}
    countries = {nation_of(actors[i]) for i in parties if i in actors} - {None}
    return any(i not in parties and (i not in actors or nation_of(actors[i]) not in countries) for i in named_ids)


def _occasion_kinds(noun: Token) -> frozenset[str]:
    """The PLOVER types of the acts a noun of an occasion may name: data/acts_named_again.yaml's, a consultation for
    a contact ("the call", "their conversation"), an assault for a use of force (the time lexicon's
    `force_occasions`, `fighting_occasions`: "the strike", "the shelling", "the fighting")."""
    kinds = _noun_types(noun)
    words = {noun.lemma_.lower(), noun.lower_}
    if words & time_words("contacts"):
        kinds = kinds | {"CONSULT"}
    if words & (time_words("force_occasions") | time_words("fighting_occasions")):
        kinds = kinds | {"ASSAULT"}  # "The strike wounded four", "destroyed in the fighting"
    return kinds


def _occasion_named(noun: Token, own: dict, dated: list[Event], triggers: dict, doc: Doc) -> Event | None:
    """The dated act the occasion's noun codes or names again (see at_an_occasion_told_before), or None: a noun of
    a visit (the time lexicon's `visit_nouns`) names a visit only, and a noun told as lasting days ("his three-day
    visit") no act of one day."""
    if not _common_noun(noun) or _said_another(noun) or _indefinite(noun) or not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
        return None
    if noun.i in own:
        return own[noun.i]
    kinds = _occasion_kinds(noun)
    named = [e for e in dated if triggers[e.id].i < noun.i and triggers[e.id].sent.start < noun.sent.start
             and (e.type in kinds or _names_again(noun, e, triggers[e.id])) and not _others_act(noun, e, doc)
             and not _visit_of_another_act(noun, e)]
    values = {e.date.model_dump_json() for e in named}
    if len(values) != 1 or not _one_act(named, doc) or _longer(noun, named[0].date):
        return None  # "his three-day visit" is not Monday's
    return named[0]


def _parties_told_here(noun: Token, events: list[Event], doc: Doc) -> list[Event]:
    """Of the acts a noun may name again, those with a source and a target that the noun's sentence names each of,
    by the actor or its country ("Both Xi and Ruto praised the progress in Monday's call": the call between them,
    not another call or a call for something told before); none where that leaves acts of several parties."""
    here = [e for e in events if e.source and e.target and _parties_named(noun, e, doc)[2]]
    return here if here and _one_act(here, doc) else []


def _parties_named(noun: Token, event: Event, doc: Doc) -> tuple[bool, bool, bool]:
    """Whether the noun's own words ("with Uganda's Museveni", "between …", a possessive) name one of the event's
    parties, whether besides its sentence names each of them, and whether its sentence names each of them whatever
    the noun's words: by the actor, or by the actor's country."""
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}

    def names(tokens) -> set[str]:
        found = {token_actor.get(t.i) for t in tokens} - {None}
        return found | {nation_of(actors[i]) for i in found if i in actors} - {None}

    own = names(t for c in noun.children if c.dep_ in ("prep", "poss") for t in c.subtree)
    here = names(noun.sent)
    parties = [*event.source, *event.target]

    def named(ident: str, among: set[str]) -> bool:
        return ident in among or (ident in actors and nation_of(actors[ident]) in among)

    mine = any(named(p, own) for p in parties)
    every = all(named(p, here) for p in parties)
    return mine, mine and every, every


def _complement_words(verb: Token) -> set[str]:
    """The words that make one act with a verb that has no object: an adjective complement ("pleaded guilty") or an
    adverb particle of the lexicon's ("stepped down", "pulled out")."""
    return {c.lower_ for c in verb.children if c.dep_ in ("acomp", "prt")
            or (c.dep_ == "advmod" and c.lower_ in time_words("verb_particles") and c.i == verb.i + 1)}


def _with_words(verb: Token, words: set[str]) -> bool:
    """The verb has one of the words on it, or right after it, where the parser hangs the word on a time that follows
    ("pleaded guilty Monday": "guilty" read as the time's modifier)."""
    if not words:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.lower_ in words for c in verb.children if c.dep_ in ("acomp", "prt", "advmod", "oprd")) \
        or (after is not None and after.lower_ in words)


def _doer_of(verb: Token, event: Event, doc: Doc) -> bool:
    """The verb has no subject, or its subject names one of the event's sources or their country."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}
    named = {token_actor.get(t.i) for s in subjects for t in s.subtree} - {None}
    sources = set(event.source) | {nation_of(actors[i]) for i in event.source if i in actors}
    return bool(named) and all(n in sources or (n in actors and nation_of(actors[n]) in sources) for n in named)


_UNITS = ("day", "week", "month", "year")


def _longer(tok: Token, value: DateValue) -> bool:
    """A mention that lasts longer than a single day it would take: "her five-day visit" is not Friday's talks."""
    return _one_day(value) and any(c.dep_ in ("amod", "compound", "nummod") and any(u in c.lower_ for u in _UNITS)
                                   for c in tok.children)


def _same_parties(event: Event, other: Event, doc: Doc) -> bool:
    """Each party of the event is one of the other's: the same actor, or the same country where at most one of the
    two is a person ("Kenya" and its president; not two ministers of one government, two meetings) and neither is a
    political party (one state's parties are sides against each other and its people: "Democrats insisting on a
    bill" is not one member's letter insisting on another thing)."""
    actors = doc._.actors or {}
    theirs = [*other.source, *other.target]

    def same(a: str, b: str) -> bool:
        if a == b:
            return True
        x, y = actors.get(a), actors.get(b)
        if x is None or y is None or (x.kind == "person" and y.kind == "person") or "party" in (x.kind, y.kind):
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
    on its object: "evacuating their last stronghold", nor one of a time: `_another_word`)."""
    return any(c.dep_ in ("amod", "advmod", "det") and _another_word(c) for c in tok.children)


def _another(tok: Token) -> bool:
    """The mention tells another act of its kind: "struck again", "another round of talks", "met several times"."""
    words = [c for c in tok.children if c.dep_ in ("advmod", "amod", "det", "npadvmod", "nummod")]
    words += [g for c in tok.children if c.dep_ in ("npadvmod", "dobj") for g in c.children if g.dep_ == "amod"]
    return any(_another_word(w) for w in words)


def _another_word(tok: Token) -> bool:
    """A word that tells another act (time lexicon `another_words`), outside the times the story tells: "last" in
    "arrested him last week", "earlier" in "met earlier today" tell when the act was done, not that it is another."""
    return tok.lower_ in time_words("another_words") and not any(
        t.start <= tok.idx < t.end for t in tok.doc._.timexes or [])


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
    """The noun's own words, or the subject of the verb of doing it is the object of (`_done_to`), name a doer who is
    none of the event's sources, nor of their country: "Sunday's Ugandan rocket attack", "Uganda launched the
    attack on Sunday" are not the attack Kenyan jets made. Of an act two parties do with each other (`MUTUAL`: "their
    ministers signed the pact"), the verb's subject may be either side's."""
    actors, token_actor = doc._.actors or {}, doc._.token_actor or {}

    def of(ids) -> set:
        return set(ids) | {nation_of(actors[i]) for i in ids if i in actors}

    def outside(doer, ids: set) -> bool:
        return doer not in ids and (doer not in actors or nation_of(actors[doer]) not in ids)

    sources = of(event.source)
    doers = {token_actor.get(t.i) for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")
             for t in c.subtree} - {None}
    if any(outside(d, sources) for d in doers):
        return True
    if not _done_to(noun):
        return False
    subject = {token_actor.get(t.i) for c in noun.head.children if c.dep_ == "nsubj" for t in c.subtree} - {None}
    parties = of([*event.source, *event.target])  # "their ministers signed the pact": both sides' people
    doers = parties if event.type in MUTUAL else sources  # an act two do with each other: either side's people
    return bool(subject) and (any(outside(d, parties) for d in subject) or all(outside(d, doers) for d in subject))


def _done_to(noun: Token) -> bool:
    """The noun is the object of an active verb of doing in a clause of its own, not told as another act: "Beijing
    issued the warning on Tuesday", "the army carried out the raid on Sunday" (time lexicon doing_verbs; not "held
    the talks again")."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in time_words("doing_verbs")
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not _another(verb))


def _told_as_several(trigger: Token, event: Event, noun: Token) -> bool:
    """The earlier act is told by plural nouns of its kind only ("used its rigs as bases to launch attacks on
    ships", "the raids on border posts"): several acts, which one act a singular noun names with its day
    ("Friday's attack") is not. The trigger where it is a noun, else the nouns of the event's type under it."""
    if noun.tag_ != "NN":
        return False
    words = [trigger] if trigger.pos_ == "NOUN" else [
        t for t in trigger.subtree if t.pos_ == "NOUN" and event.type in _noun_types(t)]
    return bool(words) and all(w.tag_ == "NNS" and not _one_act_plural(w) for w in words)


def _one_act_plural(noun: Token) -> bool:
    """A plural noun that names one act ("held talks", "opened negotiations": time lexicon one_act_plurals), not
    counted out as several by a plural noun it hangs on ("several rounds of talks")."""
    if noun.lemma_.lower() not in time_words("one_act_plurals") and noun.lower_ not in time_words("one_act_plurals"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_ == "NNS")


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
    """The noun may name the event again: one of its types, or the noun of its verb ("approval" of "approved"; one
    that does not begin with the verb's stem by the time lexicon's `nouns_of_verbs`: "expulsion" of "expelled")."""
    if event.type in _noun_types(noun):
        return True
    return trigger.pos_ == "VERB" and _noun_of_verb(noun, trigger)


def _noun_of_verb(noun: Token, verb: Token) -> bool:
    """The noun is the verb's own: one that begins with the verb's stem ("approval" of "approved"), or one the time
    lexicon's `nouns_of_verbs` gives it ("expulsion" of "expelled")."""
    lemma, verb_lemma = noun.lemma_.lower(), verb.lemma_.lower()
    nouns = lexicon()["nouns_of_verbs"].get(verb_lemma, ())
    if lemma in nouns or noun.lower_ in nouns:
        return True
    stem = verb_lemma[:-1] if verb_lemma.endswith("e") else verb_lemma
    return len(stem) >= 4 and lemma.startswith(stem)


def _own_date(noun: Token, timexes: list[Timex]) -> DateValue | None:
    """The time told with the noun: one attached to it ("Wednesday's signing", "the talks earlier today"), or the
    one time of the clause that tells when it happened ("Approval came in a vote on Wednesday", "the pledge was made
    on Monday": a doing verb in the passive; not "The deal was criticised on Monday", the criticism's day, nor "the
    raid was a reply to an attack on its post last Friday": a clause that says what the act was, by a noun after
    "be", tells the times of that noun's content)."""
    found = sentence_timexes(noun.sent, timexes)
    if not found:
        return None
    attached = _attached(found, {noun.i})
    if attached is not None:  # "the offensive, which began on Monday": from Monday on
        return _opening(*attached, load_lexicon().start_verbs)
    verb = noun.head.lemma_.lower()
    if _done_to(noun):  # "Beijing issued the warning on Tuesday", as "the warning was issued on Tuesday"
        head = _clause_head(noun.head)
        same = [tx.value for tx, root in found if _clause_head(root, own_conjunct=True).i == head.i
                and root.dep_ != "poss"]
        return same[0] if len(same) == 1 else None
    if noun.dep_ in _SUBJECT \
            and (verb in time_words("took_place_verbs") or (noun.dep_ == "nsubjpass" and verb in time_words("doing_verbs"))):
        if verb == "be" and any(c.dep_ == "attr" for c in noun.head.children):
            return None  # "the raid was a reply to …": what the act was, not when
        head = _clause_head(noun.head)  # any time of the clause, also one on its noun ("in a vote Wednesday")
        same = [tx.value for tx, root in found if _clause_head(root, own_conjunct=True).i == head.i
                and not (root.dep_ == "poss" and root.head.i != noun.i)]  # not "in response to Sunday's attack"
        return same[0] if len(same) == 1 else None
    return None
