"""The tense a temporal expression is read in: its governing verb's, else its sentence's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.time.calendar import as_date
from dossier.time.lexicon import lexicon

FUTURE_WORDS = frozenset(lexicon()["future_markers"])
DEFERRAL_VERBS = frozenset(lexicon()["deferral_verbs"])
SCHEDULING = frozenset(lexicon()["scheduling_verbs"])
SETTING = frozenset(lexicon()["setting_verbs"])
UNSCHEDULED = frozenset(lexicon()["unscheduled_present"])
SAME_PAST = frozenset(lexicon()["same_past_and_present"])
WEEKDAYS = frozenset(lexicon()["weekdays"])
WEEKDAY_NUMBERS = lexicon()["weekdays"]
MONTHS = frozenset(lexicon()["months"])
OPEN = "open"  # a plan told in the past ("planned to leave on Thursday"): its day may lie either side of the article
MODALS = frozenset({"will", "shall", "'ll", "wo"})
POSSIBLE = frozenset(lexicon()["possibility_modals"])
PLAN_VERBS = frozenset({"expect", "set", "schedule", "due", "plan", "intend", "go", "aim", "prepare"})
PROSPECTS = frozenset(lexicon()["prospect_adjectives"])
INTENDING = frozenset(lexicon()["intending_verbs"])
GOING = frozenset(lexicon()["going_verbs"]) | {"leave"}
PROSPECT_NOUNS = frozenset(lexicon()["prospect_nouns"])
EDITIONS = frozenset(lexicon()["editions"])
PRECEDING = frozenset(lexicon()["preceding_words"])
STATEMENT_VERBS = frozenset(lexicon()["statement_verbs"])
TODAY = frozenset({"today", "tonight", "this", "morning", "afternoon", "evening"})
ASKING = frozenset(lexicon()["proposing_verbs"]) | frozenset(lexicon()["asking_verbs"]) \
    | frozenset(lexicon()["calling_verbs"]) | frozenset(lexicon()["directing_verbs"])
GATHERINGS = frozenset(lexicon()["gathering_nouns"]) | frozenset(lexicon()["lasting_acts"])
HAPPENING = frozenset(lexicon()["happening_verbs"])
COMING_MARKS = frozenset(lexicon()["coming_clause_marks"])
AGREEING = frozenset(lexicon()["agreeing_verbs"])
MEETING = frozenset(lexicon()["meeting_verbs"])
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "has", "have", "'ve"})
_ON_NOUN = ("compound", "nmod", "poss", "amod", "nummod", "npadvmod")  # "the June 5 vote", "Tuesday's vote"
_ON_PREPS = frozenset({"on", "in", "at"})  # "the vote on Sunday", "talks in May"


def _verb_tense(verb: Token) -> str | None:
    """future for will/shall or 'is (expected|set|scheduled) to'; past for VBD or a perfect/passive VBN."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS for a in auxes):
        return "future"
    if _content_clause(verb) and any(a.lower_ in ("would", "'d") for a in auxes):
        return OPEN  # "said the frigate would sail on Friday": a plan told in the past, like "planned to leave"
    if verb.dep_ in ("acl", "advcl", "relcl") and any(a.lower_ == "to" for a in auxes) and verb.head.pos_ == "NOUN" \
            or gathering_infinitive(verb):
        return OPEN  # "plans to meet bankers on Friday", "a summit to be held in November": not yet done then
    head = verb.head if verb.dep_ == "xcomp" else None
    if head is not None and head.lemma_ in PLAN_VERBS and head.tag_ == "VBD":
        return OPEN  # "planned to leave on Thursday"
    if _aim_of_a_past_act(verb, auxes):
        return OPEN  # "hoped to sign a contract in the summer", "flew out today to attend a weekend conference"
    if _asked_for(verb, auxes):
        return OPEN  # "asked the firms to begin talks in April", "urged that they meet on Friday": after the asking
    if head is not None and head.lemma_ == "be" and head.tag_ == "VBD" and any(a.lower_ == "to" for a in auxes):
        return OPEN  # "the minister was to visit Uganda on Friday"
    if head is not None and head.pos_ == "ADJ" and head.lemma_ in PLAN_VERBS and head.dep_ == "acomp" \
            and (head.head.tag_ == "VBD" or _told_in_past(head.head)):
        return OPEN  # "were due to sign the accord on Friday", "had been due to visit in May"
    if head is not None and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.lemma_.lower() in PROSPECTS \
            and any(a.lower_ == "to" for a in auxes):
        be_auxes = [a.lower_ for a in head.head.children if a.dep_ == "aux"]
        if head.head.tag_ == "VBD" or any(a in ("would", "'d", "could", "might") for a in be_auxes):
            return OPEN  # "would be unlikely to change policy on Thursday", "was likely to sign in May"
        if head.head.tag_ in ("VBZ", "VBP") or any(a in MODALS for a in be_auxes):
            return "future"  # "is unlikely to change policy on Thursday": the coming Thursday
    if head is not None and head.lemma_ in PLAN_VERBS and head.tag_ == "VBN" and _told_in_past(head):
        return OPEN  # "had planned to hold talks on Friday", "were scheduled to meet on Friday": as "planned to"
    if head is not None and {head.lemma_.lower(), head.lower_, head.lower_[:-1]} & INTENDING \
            and head.tag_ in ("VBZ", "VBP") \
            and any(a.lower_ == "to" for a in auxes) and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return "future"  # "want to begin talks in August", "hopes to sign in May" (the model's lemma of "hopes" may be
        # "hop"): a present aim, whatever tense "said" is in
    if head is not None and head.lemma_ in PLAN_VERBS | {"be"} and head.tag_ in ("VBZ", "VBP", "VBN", "VBG"):
        up = _verb_tense(head)
        return up if up == "past" and head.tag_ == "VBD" else "future" if head.tag_ != "VBD" else "past"
    if verb.lemma_ in PLAN_VERBS and any(c.dep_ == "xcomp" for c in verb.children) and verb.tag_ in ("VBZ", "VBP"):
        return "future"
    if verb.lemma_ in SCHEDULING and verb.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in auxes) \
            and not any(c.dep_ in ("xcomp", "prt") for c in verb.children):
        return OPEN if _told_in_past(verb) else "future"  # "is planned for August"; "was expected on Friday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ != "MD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes and verb.lemma_ not in PLAN_VERBS:
        return "past"  # a bare participle: "…, a spokesperson announced on Monday", "the pact signed in May"
    if verb.tag_ == "VBG" and any(a.lower_ == "is" or a.lower_ == "are" for a in auxes):
        return "future"  # "is visiting ... on Friday": the present progressive announces a plan
    return None


def _aim_of_a_past_act(verb: Token, auxes: list[Token]) -> bool:
    """An infinitive that tells what a verb in the simple past aimed at: the complement of a verb of intending,
    hoping or promising (time lexicon `intending_verbs`: "hoped to sign a contract in the summer", "threatened to
    strike on Monday"), the purpose of a going (`going_verbs`, and "leave": "flew out today to attend a
    weekend conference"), or an infinitive of purpose on any verb ("met on Friday to prepare for the meeting in April"). Its
    act lies after the past verb's, on either side of the article, as a plan told in the past does; not the
    infinitive of a verb of trying, starting or failing ("began to fall in May", "failed to agree in May")."""
    head = verb.head
    if not any(a.lower_ == "to" for a in auxes) or head.i == verb.i or head.tag_ != "VBD":
        return False
    if verb.dep_ == "advcl":
        return head.pos_ in ("VERB", "AUX")
    if verb.dep_ == "xcomp" and head.lemma_.lower() in AGREEING:
        return _gathers(verb)
    return verb.dep_ == "xcomp" and head.lemma_.lower() in INTENDING | GOING


def _gathers(verb: Token) -> bool:
    """The infinitive tells a gathering: a verb of meeting, or an object that is one or whose "of" phrase is ("to
    have another round of talks", "to hold a summit")."""
    if verb.lemma_.lower() in MEETING:
        return True
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [o for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(t.lower_ in GATHERINGS for t in things)


def _in_a_prospect(span: Span) -> bool:
    """The time is told in the phrase of a noun of a prospect, through its "of" or "for" (time lexicon
    `prospect_nouns`: "some hope of a compromise at the meeting in September", "in preparation for the committee's
    meeting in April"): what is hoped for or prepared lies after the hoping, whatever tense the sentence's verb
    is in, so the nearest such time is meant, not the past one a far "said" would give."""
    tok = span.root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i or head.pos_ in ("VERB", "AUX"):
            return False
        if tok.dep_ == "prep" and tok.lower_ in ("of", "for") and head.lemma_.lower() in PROSPECT_NOUNS:
            return True
        tok = head
    return False


def gathering_infinitive(verb: Token) -> bool:
    """An infinitive the parser hangs on a verb (xcomp) that tells of a gathering right before it, the verb's object
    or the end of its phrase (time lexicon gathering_nouns, lasting_acts): passive, or of its taking place
    (happening_verbs). "agreed on a conference to take place in September", "on a round of talks to begin in
    November": its time is the gathering's."""
    if verb.dep_ != "xcomp" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    objects = [o for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i
               for o in c.children if o.dep_ == "pobj"] + [c for c in verb.head.children if c.dep_ == "dobj"]
    last = verb.doc[verb.left_edge.i - 1]  # "a round of talks to begin": the gathering ends the object's phrase
    if not any(o.right_edge.i == last.i and {t.lower_ for t in (o, last)} & GATHERINGS for o in objects):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    done = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    return " ".join([verb.lemma_.lower(), *done]) in HAPPENING


def _content_clause(verb: Token) -> bool:
    """The verb heads a clause told from a moment of the story: a complement clause ("said the frigate would sail"),
    or a clause on a noun ("gave an assurance that more grain would be released in May", "the grain that would be
    released in May"), whose "would" is then a future seen from that moment."""
    if verb.dep_ == "ccomp":
        return True
    # on a noun: not a "would have" past ("the plan, which would have banned all sales in May")
    return verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _asked_for(verb: Token, auxes: list[Token]) -> bool:
    """The act a verb of proposing, asking or calling in the past asks for (time lexicon `proposing_verbs`,
    `asking_verbs`, `calling_verbs`): its infinitive or gerund ("urged Uganda to hold talks on Friday", "has asked
    the firms to begin talks in April", "suggested holding talks on Friday") or its "that" clause in the base form
    ("proposed that the leaders meet on Friday"). It lies after the asking, on either side of the article, as a
    plan told in the past does."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i or head.lemma_.lower() not in ASKING \
            or head.tag_ not in ("VBD", "VBN"):
        return False
    if verb.dep_ == "xcomp":
        return verb.tag_ == "VBG" or any(a.lower_ == "to" for a in auxes)
    return verb.tag_ in ("VB", "VBP") and not auxes


def _told_in_past(verb: Token) -> bool:
    """A participle whose auxiliary is in the past ("had planned", "were scheduled", "had been expected"), not the
    present perfect ("has been scheduled"), which announces a plan still to come."""
    return any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children)


def verb_tense(verb: Token) -> str | None:
    """The tense a verb tells its act in: future, past, open (a plan told in the past) or None (see _verb_tense)."""
    return _verb_tense(verb)


def governing_verb(span: Span) -> Token | None:
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def sentence_tense(sent: Span) -> str | None:
    """future when the sentence has will/shall or a planning word; past when it has a past-tense verb."""
    if any(t.lower_ in MODALS and t.tag_ == "MD" or t.lower_ in FUTURE_WORDS and t.pos_ == "ADJ" for t in sent):
        return "future"
    if any(t.tag_ == "VBD" for t in sent):
        return "past"
    return None


def tense_of(span: Span) -> str | None:
    """The tense the expression's own clause is in, else its sentence's; None (the nearest day) for a plan told
    in the past."""
    if any(t.lower_ in ("next", "coming", "upcoming") for t in span):
        return "future"
    if _day_of_what_is_followed(span):
        return "past"  # "the raid follows the capture on Sunday of the base": the Sunday before
    prep = span.root.head
    mover = prep.head.head if prep.head.dep_ in ("advmod", "prt") else prep.head  # "pushed back to Friday"
    if span.root.dep_ == "pobj" and prep.lower_ in ("until", "till", "to", "for") and mover.lemma_ in DEFERRAL_VERBS:
        return "future"  # "postponed until Tuesday", "rescheduled for Thursday"
    later = _later_act(span)
    if later is not None and any(c.dep_ == "amod" and c.lower_ in FUTURE_WORDS for c in later.children):
        return "future"  # "ahead of the scheduled June vote", "before the planned May summit"
    if _of_a_planned_act(span):
        return None  # "had discussed the planned visit of the president in October": the nearest October
    if _in_a_prospect(span):
        return None  # "hope of a compromise at the meeting in September": the nearest September
    if span.root.dep_ == "poss" and span.root.head.lemma_.lower() in EDITIONS:
        return None  # "in Monday's edition": a story may tell of the next day's paper, so the nearest Monday
    verb = _infinitive_shared(governing_verb(span))
    verb = saying_before(span, verb) or verb
    found = _verb_tense(verb) if verb is not None else None
    if found == "past" and _time_set(span, verb):
        return None  # "scheduled sentencing for May 27": the day set lies after the setting, either side of the article
    if found == OPEN and _announced_today(verb) and _another_weekday(span):
        return "future"  # "Kenya said the talks would start on Monday": the coming Monday
    if found == OPEN or (later is not None and (found or sentence_tense(span.sent)) == "past"):
        return None  # "arrested activists ahead of the June vote": the vote may lie either side of the article
    if found is None and verb is not None and _scheduled(verb, span):
        return "future"
    if found is None and verb is not None and _present_to_come(verb):
        return "future"  # "said … before a new parliament convenes in July": the coming July, not the one gone
    if found is None and verb is not None and _possible(verb):
        return None  # "said the deal could be signed in August": not the past a "said" gives the sentence
    if found is None and verb is not None and _content_gerund(verb):
        return None  # "warned people about gathering for Thanksgiving": the nearest, not the past a "took" gives
    return found or sentence_tense(span.sent)


def _of_a_planned_act(span: Span) -> bool:
    """A day or month in an "in"/"on" phrase that ends the phrase of a noun an adjective of a plan goes with
    (time lexicon future_markers: "the planned visit of the president in October", "the slated talks with Chile on
    Friday"), also where the parser hangs the phrase on the verb whose object that noun is: the plan's time, which
    a past verb of the sentence does not put in the past; it may lie either side of the article."""
    root, prep = span.root, span.root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "on") or not _names_day_or_month(span):
        return False
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), None)
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in FUTURE_WORDS and c.i < noun.i for c in noun.children)


def _day_of_what_is_followed(span: Span) -> bool:
    """The day in the "on"/"in"/"at" phrase of a noun act that a present verb of following has as its object
    (round 75): "the offensive follows the capture on Sunday of the air base" tells the capture as the earlier act,
    so its day is the last such day, not the coming one; also where the parser hangs the day on the verb right
    after the noun. A past verb of following gives the past already; "will follow the talks on Monday" stays the
    verb's, to come."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "in", "at") or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX") and prep.i > 0:
        noun = span.doc[prep.i - 1]  # ("follows the capture on Sunday of …", the day hung on "follows")
        if noun.head.i != prep.head.i:
            return False
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj"):
        return False
    verb = noun.head
    return verb.lemma_.lower() == "follow" and verb.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ == "aux" for c in verb.children)


def _infinitive_shared(verb: Token | None) -> Token | None:
    """A bare verb joined to an infinitive shares its "to", and so its tense ("plan to buy coal and hold talks in
    late May": "hold" is read as "to buy" is); any other verb is itself."""
    if verb is None or verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.i == verb.i:
        return verb
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return verb
    first = verb.head
    return first if first.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children) else verb


def _present_to_come(verb: Token) -> bool:
    """The verb (or the verb whose infinitive it is: "when he pays a visit to attend the ceremony on Friday") is in
    the present in a clause of time or condition (time lexicon `coming_clause_marks`: "before parliament convenes in
    July", "if the cold persists into winter", "once the accord is signed in May"): English tells an act still to
    come so, and a present there under a past verb of saying is not put back into the past, so the time is the
    coming one, not the past one the sentence's "said" gives. Not a clause on a verb in the simple present ("prices
    rise when the council meets in June": a habit), nor a verb whose present and past are one ("before they cut
    output in May")."""
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and verb.head.i != verb.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        if verb.tag_ not in ("VBN", "VBG") or any(a.lower_ not in _PRESENT_AUX for a in auxes):
            return False
    elif verb.tag_ not in ("VBZ", "VBP") or verb.tag_ == "VBP" and verb.lower_ in SAME_PAST:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.i < verb.i and _mark_words(c) & COMING_MARKS for c in verb.children):
        return False
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    habit = head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return not habit


def _mark_words(mark: Token) -> set[str]:
    """The mark, and the words of three that end with it ("as soon as")."""
    return {mark.lower_, mark.doc[max(mark.i - 2, 0): mark.i + 1].text.lower()}


_CONTENT_PREPS = frozenset({"about", "against"})


def _content_gerund(verb: Token) -> bool:
    """A gerund with no auxiliary that a warning, a worry or a plea is about or against ("are warning people about
    getting together for Thanksgiving", "cautioned against travelling over Easter"): an act that may lie either
    side of the article, whatever tense the sentence's other verbs are in."""
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _CONTENT_PREPS
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def saying_before(span: Span, verb: Token | None) -> Token | None:
    """The verb of saying a time's phrase follows at once, where the parser hangs the phrase on the clause said,
    before that clause's subject: "said on Monday it will retaliate", "announced Tuesday they would meet" tell
    when it was said (the phrase's tense is the saying's, not the clause's "will"); so does one after the saying's
    own object ("told reporters Tuesday he would press the court", "warned the union on Friday it would act").
    None for any other time."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in STATEMENT_VERBS:
        return None
    say, top = verb.head, span.root
    while top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if top.head.i != verb.i or top.left_edge.i != _after_addressee(say) or not subjects \
            or top.right_edge.i >= min(subjects):
        return None
    return say


def _after_addressee(say: Token) -> int:
    """The position right after a verb of saying and the one it is said to, where it has one right after it
    ("told reporters", "warned the European Community"); right after the verb otherwise."""
    after = say.i + 1
    for child in say.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.left_edge.i == after:
            after = child.right_edge.i + 1
    return after


def _possible(verb: Token) -> bool:
    """The verb, or a verb whose infinitive it is ("may need to hold talks"), carries a modal of a possibility or a
    need (time lexicon `possibility_modals`) and no "have": the act may lie either side of the article."""
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in POSSIBLE and a.tag_ == "MD" for a in auxes):
            return not any(a.lemma_ == "have" for a in auxes)
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            verb = verb.head.head  # "may be able to lift the tariffs by the end of June"
            continue
        if verb.dep_ != "xcomp" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return False


def preceding_words(top: Token, obj: Token) -> str:
    """The words from a phrase's first to its object's phrase, "run - up" joined: "in the run-up to"."""
    return " ".join(t.lower_ for t in top.doc[top.i: obj.left_edge.i]).replace(" - ", "-")


def preceding_top(obj: Token) -> Token | None:
    """The first word of a phrase of the lexicon's preceding_words ("ahead of", "before", "in the run-up to") whose
    object is `obj`: "ahead" for "vote" in "ahead of the vote"; None when there is none."""
    if obj.dep_ != "pobj":
        return None
    tok = obj.head
    for _ in range(4):
        if preceding_words(tok, obj) in PRECEDING:
            return tok
        if tok.dep_ not in ("prep", "pobj", "advmod") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _announced_today(verb: Token) -> bool:
    """A "would" clause a verb of saying in the past reports, where nothing in the sentence outside the clause dates
    the saying, or only "today" does: the act is announced as still to come when the story is written, so a weekday
    named in it is the coming one ("Kenya said the talks would start on Monday", in a Tuesday story: next Monday), as
    a day of something announced is (not "said last week the talks would start on Monday": either side). A month
    keeps the nearest reading ("said it would sign in February", in March: an old plan as often as next year's)."""
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_.lower() not in STATEMENT_VERBS or say.tag_ != "VBD":
        return False
    if not any(a.dep_ == "aux" and a.lower_ in ("would", "'d") for a in verb.children):
        return False
    inside = {t.i for t in verb.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in inside and t.lower_ not in TODAY
                   for t in verb.sent)


def _another_weekday(span: Span) -> bool:
    """The span names a weekday other than the article's own (the article's own weekday is its day: "forecasters
    said the snow would cause disruption on Friday", in a Friday story); none where the article has no date."""
    named = [WEEKDAY_NUMBERS[t.lower_.rstrip(".")] for t in span if t.lower_.rstrip(".") in WEEKDAYS]
    published = as_date(span.doc._.published)
    return bool(named) and published is not None and published.weekday() not in named


def _later_act(span: Span) -> Token | None:
    """The noun of a later act the time is told of, or the time itself, as the object of a phrase that puts another
    act before it ("ahead of the June 5 vote", "before June", "ahead of a meeting with Milei on Friday"): its tense
    is not that act's."""
    root = span.root
    owner = root.head if root.dep_ in _ON_NOUN and root.head.pos_ in ("NOUN", "PROPN") else root
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _ON_PREPS and prep.head.pos_ == "NOUN":
        owner = prep.head  # "ahead of a meeting with Milei on Friday": the time in the later act's own phrase
    if owner.dep_ == "pobj" and preceding_top(owner) is not None:
        return owner
    return None


def _time_set(span: Span, verb: Token) -> bool:
    """The time an active verb of setting (time lexicon `setting_verbs`) sets: its object ("set May 27 for the
    hearing", also where the parser reads it as the verb's adverbial before a "for" phrase) or the object of its
    "for" phrase, on the verb or on its object ("scheduled sentencing for May 27", "has set a hearing for July
    28"). Not the verb's own time ("set a record on Monday", "scheduled talks last week"), a passive ("was set
    for"), a verb with a particle ("set up"), a time that only names a noun ("set prices for March delivery"), nor
    one that names no day or month ("set a target for the first quarter": a period the thing set covers)."""
    if verb.lemma_.lower() not in SETTING or any(c.dep_ in ("auxpass", "prt") for c in verb.children) \
            or not _names_day_or_month(span):
        return False
    root = span.root
    if root.dep_ == "dobj":
        return root.head.i == verb.i
    if root.dep_ == "npadvmod" and root.head.i == verb.i and root.left_edge.i == verb.i + 1:
        return any(c.dep_ == "prep" and c.lower_ == "for" and c.i > root.i for c in verb.children)  # the parser's
        # reading of an object time before the thing set: "scheduled May 27 for sentencing"
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and (
        prep.head.i == verb.i or prep.head.dep_ == "dobj" and prep.head.head.i == verb.i)


def _names_day_or_month(span: Span) -> bool:
    return bool({t.lower_.rstrip(".") for t in span} & (WEEKDAYS | MONTHS))


def _names_day(span: Span) -> bool:
    """A weekday or a month and day ("on Tuesday", "on April 17"): the phrases a timetable gives."""
    words = {t.lower_.rstrip(".") for t in span}
    return bool(words & WEEKDAYS) or bool(words & MONTHS) and any(t.like_num for t in span)


def _scheduled(verb: Token, span: Span) -> bool:
    """The simple present of an act with its day: a timetable ("who leaves for Moscow on Tuesday", "who flies to
    Lima this weekend": round 74), not a report ("says") nor a state."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ not in ("VBZ", "VBP") or auxes or verb.lemma_.lower() in UNSCHEDULED \
            or not (_names_day(span) or "weekend" in {t.lower_ for t in span}):
        return False
    if verb.tag_ == "VBP" and verb.lower_ in SAME_PAST:
        return False
    root = span.root  # the day hangs on the verb itself: "leaves on Tuesday", "meet separately Monday"
    if root.dep_ == "pobj" and root.head.lower_ == "on":
        root = root.head
    return root.head.i == verb.i and root.dep_ in ("prep", "npadvmod", "tmod", "obl", "advmod")
