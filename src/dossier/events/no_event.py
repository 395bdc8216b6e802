"""Words that look like an act and are not one (lexicon words: `Lexicon`).

A figure's move ("the index declined 1.2%"), an act done to oneself ("hurt herself"), a name given ("called the plan
\"rather long\""), a trip to vote, a match won, a disease that kills, a reporter's question, an act only talked about
("the importance of holding talks"), a comment on a thing ("the visit demonstrates X's autonomy"), a question.
The rules drop such triggers (`no_event`, `is_commentary`); the model makes no event of such a sentence's main verb
(the rest, read by `Coder._classify`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dossier.events.actors import RELATIVE, done_by_things, relative_head
from dossier.events.figures_of_speech import act_of_nature, figurative_blow, title_held
from dossier.events.matching import direct_object, names_past_the_object, phoned_read_as_named, quoted_after
from dossier.events.noun_acts import (comes_about, going_on, held_state, lemma, light, reaction, told_on_its_day,
                                      told_with_its_doer, voiced)
from dossier.events.patterns import Entry, Lexicon, load_lexicon
from dossier.events.roles.doers import is_passive, subject_tokens
from dossier.nlp.extensions import doc_text, sentences_of

_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})  # a sum, a share or a count
_SCORE = re.compile(r"\d{1,3}[-–:]\d{1,3}")  # a match's score: "2-1"
_PERCENT = frozenset({"%", "percent", "pct", "cent"})  # "cent" of "per cent"
# marks that open an item of a list at a line's start: "- enable the bank to lend", "* end aid to Chile", "• ban …"
_LIST_MARKS = frozenset({"-", "--", "*", "•", "·", "–", "—"})
_REFLEXIVE = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"})


def no_event(tok: Token, entry: Entry, lex: Lexicon) -> bool:
    """Words that look like an act and are not one: "asked not to be named", "declined to comment"; an act done to
    oneself ("hurt herself"); a reporter's question ("Asked whether…, the minister said"); a figure's move ("the
    index declined 1.2%"); a trip to vote ("went to the polls"); a win in a match or an election ("beat Argentina
    2-1 in a qualifier"); a disease or a disaster that kills, a tariff or a law that hurts; a blow or a destruction
    that is a figure of speech ("hit the market", "would destroy our right to broadcast",
    `figures_of_speech.figurative_blow`); any act the weather or a disease does ("the wind
    helped the firefighters", `figures_of_speech.act_of_nature`); a title held ("the defending champions")."""
    if entry.pos == "verb" and measured(tok, lex.economic_figures | lex.economic_causes):
        return True
    if entry.pos == "verb" and entry.type != "AGREE" and reflexive(tok):
        return True  # a commitment excepted: "committed itself to cutting emissions"
    if _naming(tok, entry):
        return True  # "called the envoy a liar", "called the plan \"rather long\"" names, it is no phone call
    if _to_the_polls(tok, lex) or _anonymity(tok, lex) or _asked_by_the_press(tok):
        return True
    if entry.type == "REQUEST" and (_a_question_asked(tok, lex) or _asked_of_anyone(tok, lex)):
        return True  # "the judge asked him if he understood the charges": a question, no act wanted
    if listed_provision(tok):
        return True  # "the bill would: - enable the bank to lend to Poland": what a bill or a plan holds, no act
    if act_of_nature(tok, entry) or title_held(tok):
        return True  # "the wind helped the firefighters", "against the defending champions"
    if entry.type == "COERCE":
        return figurative_blow(tok, entry)  # "it will destroy our right to broadcast": no property destroyed
    if entry.type != "ASSAULT":
        return False
    return _contest(tok, lex) or _natural_harm(tok, entry, lex) or figurative_blow(tok, entry)


def in_a_name(tok: Token, labels: frozenset[str]) -> bool:
    """A capitalised word inside a name the tagger found (lexicon: name_labels, in lower case) is part of the name,
    not an act: "the Women's March could change politics", "the Warsaw Pact's forces", a product's heading "Review:
    Charge up to 9 devices" read as an organisation. Not a word in lower case the tagger swept into a name ("Garrett
    hit Rudolph" tagged as one organisation), nor a name of an act (EVENT, LAW: not in the list), nor words in
    capitals for emphasis after a possessive ("has my Complete and Total Endorsement": no name is "my" one's)."""
    if not tok.text[:1].isupper() or tok.ent_type_.lower() not in labels:
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return not (start > 0 and tok.doc[start - 1].tag_ == "PRP$")


def match_won(tok: Token, entry: Entry, lex: Lexicon) -> bool:
    """A win in a match or an election told by a verb an entry makes an attack of (`_contest`): the word names no
    act at all, and the type model makes none on it either ("Russia beat Croatia on Monday", among a round's
    results, is neither an attack nor a concession)."""
    return entry.type == "ASSAULT" and _contest(tok, lex)


def _naming(verb: Token, entry: Entry) -> bool:
    """"Call" with an object and what it is called (an object predicate, or words in quotation marks right after the
    object) names a thing; it is neither a phone call nor a call for or on something, whatever preposition the
    parser hangs on the verb ("called the envoy a liar", "called the plan for the march \"a push against the
    governors\""). Only the entries of a call (CONSULT, REQUEST): those that read such a name as praise or criticism
    keep it ("called X's record \"deeply troubling\""); "called for talks", "called on Iran to free the crew" have no
    object predicate."""
    return entry.type in ("CONSULT", "REQUEST") and entry.pos == "verb" and names_a_thing(verb)


def gives_a_plain_name(verb: Token) -> bool:
    """"Call" with an object and a plain noun for it, no word of judgement (no adjective, no quotation): "called the
    agreement a document of record" classes the thing; "called the record \"deeply troubling\"", "called the move
    illegal" judge it, and whether that is blame or praise is left to the entries and the model."""
    if verb.lemma_.lower() != "call" or (obj := direct_object(verb)) is None or quoted_after(obj):
        return False
    names = [c for c in verb.children if c.dep_ == "oprd"]
    return bool(names) and all(n.pos_ in ("NOUN", "PROPN") and not any(t.pos_ == "ADJ" or t.is_quote
                                                                      for t in n.subtree) for n in names)


def names_a_thing(verb: Token) -> bool:
    """"Call" told with an object and what it is called (`_naming`): the verb gives a name; whether the name praises
    or blames is for the entries that list such names, not for a guess at the sentence."""
    if verb.lemma_.lower() != "call" or phoned_read_as_named(verb) is not None:  # "Macron called Putin": a call
        return False
    if any(c.dep_ == "oprd" for c in verb.children):  # (the parser may read the thing named as the predicate)
        return True
    if (obj := direct_object(verb)) is None:
        return False
    if quoted_after(obj) or (obj.i + 1 < len(obj.doc) and opens_quotation(obj.doc[obj.i + 1])):
        return True
    if names_past_the_object(verb):  # "called the raids on two of its ports an escalation": no call on anyone
        return True
    # the object's own phrase, which the parser hangs on the verb or on the object, before the quote: "called the
    # idea for the march “a shove …”", "called the plan for the port “a gift to lenders …”"; not "called its envoy in
    # Beijing for “urgent consultations”": the quote is the phrase's noun)
    after = next((t for t in verb.doc[obj.i + 1: obj.i + 8] if t.is_quote), None)
    if after is None:
        return False
    between = verb.doc[obj.i + 1: after.i]
    return len(between) > 1 and between[0].dep_ == "prep" and between[0].head.i in (verb.i, obj.i) \
        and between[-1].pos_ in ("NOUN", "PROPN") \
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between) \
        and (bool(quoted_after(between[-1])) or opens_quotation(after))


def opens_quotation(mark: Token) -> bool:
    """A quotation mark that opens a quotation running on to the end of its sentence, however long ("called the
    plan “a gift to foreign lenders that will leave the country in debt for decades.”"): an even number of marks
    before it in the sentence, a word after it, and no other mark until the sentence's last words."""
    sent = mark.sent
    if not mark.is_quote or sum(t.is_quote for t in mark.doc[sent.start: mark.i]) % 2:
        return False
    rest = mark.doc[mark.i + 1: sent.end]
    inside = [t for t in rest if not t.is_quote]
    closing = [t for t in rest if t.is_quote]
    if not inside or inside[0].is_punct or len(closing) > 1:
        return False
    return not closing or all(t.is_punct or t.is_space for t in mark.doc[closing[0].i + 1: sent.end])


# Acts a thing is said to do in general when it is their subject in the simple present: help or protect, back,
# threaten, punish ("free trade does not help workers", "the pipeline supports 5,000 jobs", "climate change threatens
# the islands", "the law punishes migrants"). Not assaults: a headline tells a past attack in the present with its
# weapon for subject ("Bomb kills ten soldiers"); nor speech acts, which a text does for its author ("the report
# accuses China").
_GENERIC_TYPES = frozenset({"AID", "SUPPORT", "THREATEN", "COERCE"})


def generic_thing_act(verb: Token, entry: Entry, resolver) -> bool:
    """An act of `_GENERIC_TYPES` whose doer is a thing, told in the simple present ("free trade does not help
    workers", "the new law protects migrants", "a rule that shields exporters"): what the thing does in general, no
    act of anyone (the act behind it, a law passed, is coded where it is told). Not a thing an actor owns ("U.S. aid
    helps Kyiv hold out": the actors stage reads the owner), nor a past or planned act ("the airlift helped 2,000
    people")."""
    if entry.type not in _GENERIC_TYPES or entry.pos != "verb":
        return False
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in verb.children))
    if not present:
        return False
    return done_by_things(verb, resolver)


def pleases(verb: Token, entry: Entry, resolver, lex: Lexicon) -> bool:
    """A verb of asking (lexicon: liking_verbs) told of a thing with only a "to" phrase tells what pleases someone:
    "the slogan did not appeal to the farmers", "the plan appeals to investors". Its subject a noun no actor stands
    for (as `generic_thing_act` reads one); an appeal "for" a thing or "to" do one ("appealed to donors for aid",
    "appealed to residents to stay indoors") stays a request."""
    if entry.type != "REQUEST" or entry.pos != "verb" or lemma(verb) not in lex.liking_verbs:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in kids) or any(
            c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    return done_by_things(verb, resolver)


def feelings_left_out(doc, events: list, lex: Lexicon) -> list:
    """The events less an ACCUSE told by a verb of sorrow or regret (lexicon: regret_verbs) with no target once every
    side is read: "lamented that the fair ended in a brawl", "regrets the delay to travellers" tell a feeling,
    aimed at no party. One aimed at a party ("regretted Norway's decision") stays."""
    from dossier.events.roles.model import trigger_token  # the role model imports this module
    return [e for e in events if e.type != "ACCUSE" or e.target
            or (t := trigger_token(doc, e)) is None or t.pos_ != "VERB" or lemma(t) not in lex.regret_verbs]


def _to_the_polls(verb: Token, lex: Lexicon) -> bool:
    """A trip to vote: "went to the polls" (lexicon: election_places)."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(lemma(g) in lex.election_places
                                                             or g.lower_ in lex.election_places for g in c.children)
               for c in verb.children)


def _anonymity(verb: Token, lex: Lexicon) -> bool:
    """A source's wish not to be named: "asked not to be identified", "declined to be named" (lexicon:
    anonymity_verbs, anonymity_words); the word as a noun too: "declined comment", "refused further comment" (which the
    parser may read as the verb's object or as the verb describing the noun), "requested anonymity", "asked for
    privacy", and as what a complement asks to be kept: "asked reporters to respect their privacy"."""
    if lemma(verb) not in lex.anonymity_verbs:
        return False
    told = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    if any(lemma(c) in lex.anonymity_words for c in told):
        return True
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ == "amod" else [])
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    nouns += [g for c in told for g in c.children if g.dep_ in ("dobj", "nsubjpass")]
    return any(n.pos_ == "NOUN" and lemma(n) in lex.anonymity_words for n in nouns)


def _wh_question(verb: Token, lex: Lexicon) -> bool:
    """A verb of asking put to nobody it names (no object) whose clause opens with a question word (lexicon:
    question_words), directly or after a verb of learning ("demanded to know", lexicon: knowing_verbs): "asked why the
    army had fired", "demanded how he could be so sure", "demanded to know who leaked the report" ask a question of
    fact, whatever the modal. A question put to a party named ("asked Chile which ports it would open") is left to
    `_a_question_asked`."""
    if any(c.dep_ in ("dobj", "dative", "obj") for c in verb.children):
        return False
    told = [c for c in verb.children if c.dep_ in ("ccomp", "advcl")]
    told += [g for c in verb.children if c.dep_ == "xcomp" and lemma(c) in lex.knowing_verbs
             for g in c.children if g.dep_ in ("ccomp", "advcl")]
    return any(c.left_edge.lower_ in lex.question_words and c.left_edge.tag_ in ("WRB", "WP", "WDT", "WP$")
               for c in told)


def _a_question_asked(verb: Token, lex: Lexicon) -> bool:
    """A verb of asking (lexicon: question_verbs) whose complement is a question of fact, not an act wanted: a clause
    opened by a mark of `question_marks` ("asked the witness if he saw the gun", "never asked whether he understood")
    or a question mark after the verb in its sentence ("the lawyer asked him, \"Did you lie?\""), with no modal
    in it. An act asked for stays: "asked him to leave", "asked for help", and a question of what one may or will do
    ("asked if it could join the talks", "asking whether it would free the prisoners")."""
    if lemma(verb) not in lex.question_verbs:
        return False
    if _wh_question(verb, lex):
        return True
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl")
               and any(m.dep_ == "mark" and m.lower_ in lex.question_marks for m in c.children)]
    if clauses:  # the modal of the asked clause's own verb, or of one joined to it: "if it could join"
        verbs = [v for c in clauses for v in (c, *c.conjuncts)]
        return not any(t.tag_ == "MD" for v in verbs for t in v.children)
    after = verb.doc[verb.i + 1:verb.sent.end]
    return any(t.text == "?" for t in after) and not any(t.tag_ == "MD" for t in after)


def _asked_of_anyone(verb: Token, lex: Lexicon) -> bool:
    """A request whose addressee is a pronoun of anyone at all (lexicon: anyone_words): its object ("asked anyone
    with information to call"), the object of its "for" ("appealing for anybody who saw the van to come forward") or
    the subject of its complement ("urged whoever took it to return it"). A notice to the public names no party."""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"]
    asked += [s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
    return any(a.lower_ in lex.anyone_words for a in asked)


def _asked_by_the_press(verb: Token) -> bool:
    """A participle "asked" with no subject that opens its speaker's answer ("Asked whether…, the minister said"):
    nobody, or the press, asks."""
    return lemma(verb) == "ask" and verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) and all(
        g.lemma_.lower() in load_lexicon().askers for c in verb.children if c.dep_ == "agent" for g in c.children)


def _contest(verb: Token, lex: Lexicon) -> bool:
    """A win in a match or an election: a verb of contest (lexicon: contest_verbs) in a sentence with a word of
    sport or voting (contest_words) or a score ("beat Argentina 2-1 in a qualifier"), or in a story of matches, one
    with scores in two sentences or more ("Russia beat Croatia on Monday." among a round's results)."""
    if lemma(verb) not in lex.contest_verbs:
        return False
    near = {lemma(t) for t in verb.sent} | {t.lower_ for t in verb.sent}
    return bool(near & lex.contest_words) or has_score(verb.sent, lex) or results_story(verb.doc, lex)


def has_score(sent: Span, lex: Lexicon) -> bool:
    """A match's score in the sentence: two small numbers joined by a hyphen, a dash or a colon, in one token or
    three as the tokenizer splits them ("2-0", "6-4, 7-6", "3:1"), not part of a date or of a longer number, and
    not a range that counts a noun after it ("10-15 soldiers", "3-4 days", "1-2 percent"; but "a 2-1 win")."""
    doc, toks = sent.doc, list(sent)
    for k, t in enumerate(toks):
        if _SCORE.fullmatch(t.text):
            first, last = t, t
        elif t.text in ("-", "–", ":") and 0 < k < len(toks) - 1 and toks[k - 1].text.isdigit() \
                and toks[k + 1].text.isdigit() and len(toks[k - 1].text) <= 3 and len(toks[k + 1].text) <= 3:
            first, last = toks[k - 1], toks[k + 1]
        else:
            continue
        if any(x.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") for x in (first, last)):
            continue  # "June 1-3", "10:30", "$5-6"
        before = doc[first.i - 1] if first.i > 0 else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if before is not None and (before.text in ("-", "–", ":", "/", ".", "$", "€", "£") or before.like_num):
            continue  # a longer figure: "2024-06-01", "1.5-2"
        if after is not None and (after.text in ("-", "–", ":", "/", "%") or after.like_num):
            continue
        if after is not None and after.lower_ in _PERCENT:
            continue  # "1-2 percent"
        if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and after.lemma_.lower() not in lex.score_nouns:
            continue  # a range that counts: "10-15 soldiers" (a score stands before its result: "a 2-1 win")
        return True
    return False


def results_story(doc, lex: Lexicon) -> bool:
    """A story of matches: scores (`has_score`) in two of its sentences or more, as a round's results are told
    ("Wales beat Hungary 2-0 ... Switzerland beat Gibraltar 6-0 ..."); computed once a document."""
    key = "dossier_results_story"
    if key not in doc.user_data:
        doc.user_data[key] = sum(1 for s in sentences_of(doc) if has_score(s, lex)) >= 2
    return doc.user_data[key]


def disaster_harm(tok: Token, entry: Entry, lex: Lexicon) -> bool:
    """An attack verb whose doer is a disease or a disaster (`_natural_harm` without the economic causes): the
    coder silences it, so that the model makes no act of the verb, nor of the verb that reports it ("officials said
    nine were killed when the quake struck")."""
    return entry.type == "ASSAULT" and _natural_harm(tok, entry, lex, lex.natural_causes)


def _natural_harm(tok: Token, entry: Entry, lex: Lexicon, causes: frozenset[str] | None = None) -> bool:
    """An attack verb whose doer is a disease, a disaster or an economic cause (lexicon: natural_causes,
    economic_causes), itself, through a relative pronoun or in the disaster's clause beside it
    (`disaster_clause_doers`): "the flood killed 12", "a tariff that hurts farmers", "the tremor struck the valley,
    injuring nine"."""
    doers = subject_tokens(tok) + disaster_clause_doers(tok) if entry.pos == "verb" else []
    causes = lex.natural_causes | lex.economic_causes if causes is None else causes
    for d in doers:
        if d.lower_ in RELATIVE and d.dep_ in ("nsubj", "nsubjpass"):
            d = relative_head(d.head)
        if _set_by_someone(d):
            continue  # "a fire set by militants swept the market, killing nine": the militants' attack
        if {lemma(d), d.lower_} & causes or any(lemma(c) in causes for c in d.children if c.dep_ == "compound"):
            return True
    return False


def _set_by_someone(cause: Token) -> bool:
    """The cause's phrase names who brought it about: a participle with an agent ("a fire set by militants", "the
    blaze started by arsonists")."""
    return any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in cause.children)


def disaster_clause_doers(verb: Token) -> list[Token]:
    """The doers a harm told beside a disaster's own clause borrows (`_natural_harm` then asks whether they are
    a force of nature): a participle with no subject of its own takes its clause's subject ("the tremor struck the
    valley, injuring nine"); a passive with no agent, the subject of its "when", "as" or "after" clause ("nine were
    killed when a storm hit the coast"). "Rebels stormed the town, killing nine" and "nine were killed when rebels
    stormed the town" keep their attack: the rules below find no force of nature in them."""
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in kids):
        if not is_passive(verb) or any(c.dep_ == "agent" for c in kids):
            return []
        # the clause may hang on a harm joined to it: "nine were killed and 40 injured when a storm hit the coast"
        # ("…and 40 injured" parsed as a number with a participle)
        joined = [g for c in kids if c.dep_ == "conj" for g in [c, *c.children] if g.dep_ in ("conj", "acl")]
        return [s for v in [verb, *joined] for c in v.children if c.dep_ == "advcl" and _told_when(c)
                for s in c.children if s.dep_ == "nsubj"]
    if verb.dep_ == "dep" and verb.head.pos_ == "VERB":  # "the quake killed six, injured 50" (parsed loose)
        return [s for s in verb.head.children if s.dep_ == "nsubj"]
    clause = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBG" else verb  # "killing 40 and wounding 90"
    if clause.tag_ != "VBG" or clause.dep_ != "advcl":
        return []
    return [s for s in clause.head.children if s.dep_ == "nsubj"]


def _told_when(clause: Token) -> bool:
    """An adverbial clause of time: "when", "as" or "after" opens it."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "after") for c in clause.children)


def is_commentary(tok: Token, gov: Token | None, entry: Entry, lex: Lexicon) -> bool:
    """An event only talked about: a noun not the object of a light verb (nor a state its subject is in, nor one
    whose phrase names its doer: `noun_acts.told_with_its_doer`) or judged by a predicate, or a subjectless gerund that completes a noun ("the importance of cooperating with X", "plans
    for meeting Y"), or the object of such a gerund ("the importance of holding talks with X")."""
    if entry.pos != "noun":
        return completes_noun(tok)
    if gov is not None and completes_noun(gov):  # "the importance of holding talks with X", "autonomy in
        return True                               # conducting negotiations with Y": the act of the gerund
    if entry.framed and (gov is None or not light(gov, lex)) \
            and not (tok.dep_ == "pobj" and tok.head.lower_ in _FRAMES):  # "described the call with X as…"
        return True
    if entry.light_only and (gov is None or not light(gov, lex)) and not comes_about(tok, lex) \
            and held_state(tok, lex) is None and not reaction(tok, gov, lex) and not told_with_its_doer(tok) \
            and not voiced(tok) and not told_on_its_day(tok):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.opinion_predicates \
            and ranked_in_its_series(tok) is None and not going_on(tok, lex) \
            and not told_on_its_day(tok):  # ("talks are under way": told going on, not judged; "yesterday's accord
        return True                         # would open the port": told made yesterday)
    return any(a.lower_ == "likely" for a in tok.head.children) and tok.dep_ == "nsubj"


# Prepositions whose object sets the clause in an act (entry `framed`): "in a call with X, Y said".
_FRAMES = frozenset({"in", "during", "on", "after", "before", "over", "at", "since", "following", "throughout"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest"})


def ranked_in_its_series(noun: Token) -> Token | None:
    """The rank a noun act's predicate gives it among such acts ("The visit by the Japanese prime minister to
    Beijing was the first in seven years", "Modi's trip is the second to the region this year": "first", "second"):
    the act is told as done, not judged (`is_commentary`), and a time in the rank's phrase ("since 2019", "this
    year") counts the series, not the act's day. Only "be" with "the" and an ordinal (no "not": "was not the
    first"); None otherwise."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr"
                 and (c.lower_ in _ORDINALS or any(m.lower_ in _ORDINALS for m in c.children))
                 and any(m.dep_ == "det" and m.lower_ == "the" for m in c.children)), None)


def completes_noun(tok: Token) -> bool:
    """A subjectless gerund that completes a noun: "the importance of cooperating with X", "plans for meeting Y"."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def describes(verb: Token, stative: frozenset[str]) -> bool:
    """A relative clause in the simple present of a verb of holding (lexicon: stative_verbs), with no auxiliary and
    no date: "the militia, which occupies three villages" (not "Chad, which accuses Sudan…": a speech act goes on;
    nor "X, which controls the port this week")."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and lemma(verb) in stative \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def measured(verb: Token, figures: frozenset[str]) -> bool:
    """A verb whose object or measure is a percentage tells a figure's move, not an act: "the index declined 1.2%",
    "the bond hit 11%" (but "raised tariffs to 20%": the tariffs are the object); so does a sum an economic figure
    reaches ("trade reached $4 billion"; not "Japan pledged $5 billion")."""
    measures = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod")]
    if any(c.ent_type_ == "PERCENT" or c.lower_ in _PERCENT for c in measures):
        return True
    return any(c.ent_type_ == "MONEY" for c in measures) and any(
        s.dep_ == "nsubj" and {s.lower_, lemma(s)} & figures for s in verb.children)


def thing_subject(verb: Token) -> bool:
    """The verb's subject is a thing, not an actor: a common noun or "this"/"it" outside any named entity."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and not c.ent_type_
               and (c.pos_ == "NOUN" or c.lower_ in ("this", "that", "it", "which")) for c in verb.children)


def sized(verb: Token) -> bool:
    """A sum, a share or a count is the verb's object or complement, directly or after a preposition ("dropped to
    $9 billion", "rose by 5%", "totalled 40 million euros"; not a date: "fell on Monday")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod", "attr", "oprd")]
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.ent_type_ in _AMOUNTS for h in heads for t in h.subtree)


def agentless_passive(verb: Token) -> bool:
    """A passive verb with no "by" agent: "have been displaced", "were hurt" (not "was attacked by rebels")."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def reports_silenced(verb: Token, silent: set[int]) -> bool:
    """A verb of saying whose reported clause ("said that two men died", "two men died, police said") has for its
    verb one the dictionaries say names no act here (`silent`: "died" with no violent cause told), told as done and
    with no object: what befell its subject, done by nobody. (A clause whose verb has an object, "said it would pay
    compensation", one told for the future, "said a shipment of its crude will leave for Quito", and one the rules
    leave to the model, "said its warplanes hit two ships", may tell the teller's own side's deed.)"""
    return any(c.dep_ == "ccomp" and c.i in silent
               and not any(g.dep_ == "dobj" or g.tag_ in ("MD", "TO") for g in c.children)  # no object, no "will",
               for c in verb.children)  # no "to" ("declared a state of siege to begin at midnight": not a death told)


def asks(sent: Span) -> bool:
    """A question ("Will they tax the rich?"): it asks, it reports no act."""
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "'", "”", "’", ")")), None)
    return last is not None and last.text == "?"


def listed_provision(tok: Token) -> bool:
    """A word in an item of a list that begins with a bare verb and no subject ("The bill would: / - enable the bank
    to lend to Poland / - end aid to Chile", "solutions should - / - give assurances to lenders"): the items are what
    a bill, a plan or a speaker's wish holds, not acts anyone did. The item is the word's clause or one above it
    whose verb comes right after a list mark that opens its line; the verb must be in its bare form ("cut", "set": a
    past participle that reads as its lemma too), so "- Canada recalled its envoy" and "- recalled its envoy last
    week" stay acts."""
    verb = tok
    while True:
        if _list_item_verb(verb):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head


def _list_item_verb(verb: Token) -> bool:
    """A bare verb with no subject or auxiliary that a list mark at the start of its line comes right before."""
    if not (verb.tag_ == "VB" or (verb.tag_ in ("VBN", "VBD", "VBP") and verb.lower_ == verb.lemma_.lower())):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    before = next((t for t in reversed(doc[:verb.i]) if not t.is_space), None)
    if before is None or before.text not in _LIST_MARKS:
        return False
    text = doc_text(doc)
    return not text[text.rfind("\n", 0, before.idx) + 1:before.idx].strip()


def reflexive(verb: Token) -> bool:
    """An act its doer does to itself is no act on another: "she hurt herself in the debate", "he tied himself to the
    outcome" (but "gave themselves up", "blew himself up": a particle makes it a surrender or an attack)."""
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in _REFLEXIVE for c in verb.children) and not any(
        c.dep_ == "prt" for c in verb.children)
