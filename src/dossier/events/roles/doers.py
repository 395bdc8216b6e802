"""Who does a verb or a noun act, read from the dependency parse: a verb's subject, a passive's "by" agent, the
subject a complement or a coordinated verb inherits, the object two coordinated verbs share, the verb a noun act
is the object of; and the phrases hung on a word by a preposition."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists, load_yaml
from dossier.events.actors import Resolver, relative_head
from dossier.events.patterns import load_lexicon
from dossier.events.roles.co_doers import misread_after_leader
from dossier.events.roles.no_party import named_with_not, no_party_words

_SUBJ = ("nsubj", "csubj")
_INHERIT = ("xcomp", "conj", "advcl", "pcomp")
_INTENDING = frozenset({"intend", "mean", "plan"})  # verbs of intent: "denied it intended to X and warned Y"
_DENYING = frozenset({"deny"})  # a denial's clause, as a report's, may have the denier's second verb hung on it
PLACE_PREPS = frozenset({"in", "at"})  # before the place an act is done in ("met X in Moscow")
_ADDRESSEES = Path(__file__).parent / "data" / "addressees.yaml"
_ACT_NOUNS = Path(__file__).parent / "data" / "act_nouns.yaml"


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def done_to_noun(verb: Token) -> bool:
    """A past participle on a noun that is what it is done to ("reported 81 brigades destroyed in the offensive");
    not a main verb the parser hung on its subject ("Khan, called Erdogan on Friday", "A report called for X",
    "doctors from two groups donated and delivered X", "politicians, led by X, charged that…"), which has an
    object or a clause of its own or shares an object with the verb coordinated with it, or hangs on the
    sentence's root."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT" \
        and not any(c.dep_ in ("dobj", "obj", "dative", "oprd", "ccomp") for c in verb.children) \
        and shared_object(verb) is None


def agentless_verb(verb: Token) -> bool:
    """A passive verb without a "by" agent ("were killed", "the port, which will be opened")."""
    return is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


@cache
def act_nouns() -> dict[str, frozenset[str]]:
    """data/act_nouns.yaml: `carriers`, nouns that carry the act named by a noun compounded onto them ("a mediation
    effort"); `measures`, nouns that measure or count the act their "of" phrase names ("several hours of talks");
    `journey_parts`, nouns of a part of a journey ("the first leg of a tour")."""
    return load_word_lists(_ACT_NOUNS)


def governor(noun: Token) -> Token | None:
    """The verb a noun trigger is the object of: "held talks", "presided over the signing"."""
    tok = noun
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in act_nouns()["carriers"]:  # "launched a mediation effort"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lemma_.lower() in act_nouns()["measures"] | act_nouns()["impositions"]:  # "was holding
        # several hours of talks", "announced an imposition of tariffs"
        tok = tok.head.head
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "obj") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "on") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


_PLACE_TAGS = frozenset({"GPE", "LOC", "FAC"})


def misread_destination(verb: Token) -> Token | None:
    """The verb of setting off whose "for" phrase the parser read as an infinitive clause with the place for its
    subject ("X left for Beijing to attend the summit": "for Beijing to attend" hung on "left"): that verb, whose
    subject does what the infinitive says (roles/data/no_party.yaml `departures`). None otherwise."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "ccomp") or verb.tag_ != "VB" or head.pos_ not in ("VERB", "AUX") \
            or head.lemma_.lower() not in departures():
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return head if len(subjects) == 1 and subjects[0].ent_type_ in _PLACE_TAGS else None


@cache
def departures() -> frozenset[str]:
    """Verbs of setting off for a place (roles/data/no_party.yaml `departures`)."""
    return frozenset(load_yaml(Path(__file__).parent / "data" / "no_party.yaml")["departures"])


def stranded_report_conj(verb: Token) -> Token | None:
    """The verb of saying a past-tense verb belongs to where the parser joined it to the clause said ("Baker said
    the accord imposes costs on X and praised Y", "said the bank would raise rates and criticised Y": "praised" and
    "criticised" hung on "imposes" and "raise"): a past tense cannot continue a present or a modal's infinitive, so
    it is a second verb of the one who says, and has that one's subject. Not after a perfect ("said the army had
    shelled the town and killed ten": "killed" may share "had"), nor where both are past ("said the kingdom wanted
    calm and attacked…"), unless the clause only tells a state or a wish and the second verb addresses someone
    (`_addressed_after_a_state`). None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.i > verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    lex = load_lexicon()
    if head.dep_ == "acl" and _addressed_after_a_state(verb, head):  # "denied reports that it intended to X and
        saying = _verb_of_noun(head.head)  # warned Y": the clause on the noun the denial is of
        return saying if saying is not None and saying.lemma_.lower() in _DENYING else None
    saying = head.head
    if head.dep_ != "ccomp" or saying.tag_ != "VBD" or saying.lemma_.lower() not in lex.reporting_verbs | _DENYING:
        return None
    if _addressed_after_a_state(verb, head):
        return saying
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    present = head.tag_ in ("VBZ", "VBP") and not auxes
    modal = head.tag_ == "VB" and len(auxes) == 1 and auxes[0].lower_ in lex.future_aux | lex.hypothetical_aux
    return saying if present or modal else None


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ("denied as baseless reports")."""
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _addressed_after_a_state(verb: Token, head: Token) -> bool:
    """A verb of addressing someone (data/addressees.yaml `addressing`: warning, urging, calling on, accusing)
    joined to a clause said that only tells a state or a wish, by a copula, a verb of wishing or of intent ("said the
    reports were false and warned Peru not to…", "denied it intended to close the strait and warned Oman…",
    "said the kingdom wanted calm and called on…"): the sayer goes on to address; a state cannot warn. Not a deed
    after the state ("said the rebels were near and attacked the town"), which stays the clause's."""
    lex = load_lexicon()
    states = set(lex.copulas) | set(lex.wishing_verbs) | _INTENDING
    return head.lemma_.lower() in states and verb.lemma_.lower() in _addressing_verbs()


def misread_main_subject(verb: Token) -> Token | None:
    """The subject of a sentence's main verb the parser hung as a clausal complement on the verb of a relative
    clause before it ("The decision that has angered the Ugandan government attracted criticism from Kenya": the
    parser reads "the government attracted criticism" as what "has angered" governs, and leaves the sentence with a
    noun, "decision", for its root): the root noun, when the sentence has no verb for its root, the relative verb
    is no verb of saying or thinking (which does take a clause: "the report that officials believe Kenya sent") and
    has no object of its own, and the verb's subject stands right after the relative verb with no "that" or "if"
    before the clause (it is the relative verb's object), and the verb is finite with no modal (an infinitive is
    no main verb: "a system that allows users to link disks"; a modal marks a clause a verb of fearing or hoping
    governs: "the envoy who feared Kenya would attack"). None otherwise."""
    rel = verb.head
    lex = load_lexicon()
    if verb.dep_ != "ccomp" or rel.dep_ != "relcl" or rel.lemma_.lower() in lex.reporting_verbs:
        return None
    root = verb.sent.root
    modals = lex.future_aux | lex.hypothetical_aux
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                                         for c in verb.children)
    if root.pos_ not in ("NOUN", "PROPN") or not finite or any(c.dep_ in ("dobj", "obj") for c in rel.children) \
            or any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].left_edge.i != rel.i + 1:
        return None
    return root


# Subordinators the parser may read as a preposition before a clause's subject ("after the gunman, carrying a pistol,
# shot…": "after" with the object "gunman", "shot" joined to the main verb).
_CLAUSE_PREPS = frozenset({"after", "before", "until", "since"})


def misread_clause_subject(verb: Token) -> Token | None:
    """The subject of a clause opened by "after", "before", "until" or "since" that the parser split, taking the
    subordinator for a preposition with the subject as its object and joining the clause's verb to the main verb
    with no "and" or "but" ("put up checkpoints after the gunman, carrying a pistol, shot two guards": the
    gunman shoots, not who put up the checkpoints): the noun after the subordinator, where the verb has no subject
    of its own, no "and" or "but" stands right before it, and only punctuation or a participle's phrase stands
    between that noun and the verb. None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or verb.i < head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.i - 1
    while before > head.i and verb.doc[before].is_punct:
        before -= 1
    if verb.doc[before].pos_ == "CCONJ":
        return None
    verbs = [head] + [c for c in head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    for prep in (p for v in verbs for p in v.children):
        if prep.dep_ != "prep" or prep.lower_ not in _CLAUSE_PREPS or not prep.i < verb.i:
            continue
        nouns = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        if not nouns or nouns[0].ent_type_ in ("DATE", "TIME"):
            continue
        noun = nouns[0]
        participles = {t.i for p in noun.doc[noun.right_edge.i + 1:verb.i]
                       if p.dep_ in ("advcl", "acl") and p.tag_ in ("VBG", "VBN") for t in p.subtree}
        if noun.right_edge.i + 1 < verb.i and all(t.is_punct or t.i in participles
                                                  for t in noun.doc[noun.right_edge.i + 1:verb.i]):
            return noun
    return None


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Who does the verb: its subject, the agent of a passive, or the subject it inherits (the sentence's noun
    where the parser misread the main verb as a relative clause's complement, `misread_main_subject`, or as a
    participle after a "led by" phrase, co_doers.misread_after_leader)."""
    if (misread := misread_main_subject(verb)) is not None:
        return [misread]
    if (group := misread_after_leader(verb)) is not None:  # "Farmers, led by X, protested…" (parsed on X)
        return [group]
    if (noun := misread_clause_subject(verb)) is not None:  # "…after the gunman, carrying a pistol, shot two"
        return [noun]
    if depth < 3 and (left := misread_destination(verb)) is not None:  # "X left for Beijing to attend…": X
        return subject_tokens(left, depth + 1)
    kids = list(verb.children)
    # "tariffs imposed by Canada", "Urged by Japan to reopen the port, Kenya…": the agent. A past participle with a
    # subject of its own is a perfect tense, not a participle ("after Uganda had seized…", "reports that it had
    # attacked…"): its subject does it
    participle = verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in kids)
    if is_passive(verb) or participle:
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # "the port, which will be opened", "brigades destroyed in the offensive": the noun is what is done to
        if agents or verb.dep_ == "relcl" or done_to_noun(verb):
            return agents
        # "X killed three fighters, while two soldiers were wounded": an adverbial clause with a subject of its own
        # and no agent tells no doer; the main clause's subject is not it
        if verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in kids):
            return []
        # "X tried to land troops, but its plane was shot down", "X protested and was rebuffed": a passive joined to
        # another clause, with no agent, is done to its own subject or to the one it shares (`passive_patients`),
        # never by them; its doer stays unnamed
        if verb.dep_ in _INHERIT and not participle:
            return []
    else:
        if depth < 3 and verb.dep_ in ("pcomp", "acl") and message_addressee(verb) is not None:  # "wrote letters
            # to X urging…" (parsed with X as the subject of "urging", or "urging" hung on X): the writer urges
            return subject_tokens(_message_verb(verb), depth + 1)
        if (outer := struck_relative(verb)) is not None:  # "X hit a freighter, which killed two seamen": X
            if outer.pos_ in ("NOUN", "PROPN"):  # "an Iranian attack on a tanker, which killed…": the attack's
                return [c for c in outer.children if c.dep_ in ("amod", "poss", "compound", "nmod")] \
                    + prep_objects(outer, ("by",))
            return subject_tokens(outer, depth + 1) if depth < 3 else []
        subj = [whole_of_relative(c) or c for c in kids if c.dep_ in _SUBJ]
        if len(subj) > 1:  # "Peru, but not Chile, will attend" (parsed with two subjects): Peru
            subj = [c for c in subj if not named_with_not(c)] or subj
        if subj:
            return subj
    if depth < 3:
        if (own := gerund_subject(verb)) is not None:  # "objected to Kenya opening an inquiry": Kenya
            return [own]
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            return _gerund_doer(verb.head, depth)
        if (outer := _set_off_purpose(verb)) is not None:  # "X picked the day, before a visit by Y, to accuse Z": X
            return subject_tokens(outer, depth + 1)
        if (outer := series_verb(verb)) is not None:  # "X seized two towns, killed or wounded 40 soldiers": X
            return subject_tokens(outer, depth + 1)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            head = relative_head(verb)
            if head.dep_ == "attr" and head.head.lemma_.lower() in load_lexicon().copulas:  # "X was (became) the
                # only one to vote against Y": X
                return [c for c in head.head.children if c.dep_ == "nsubj"] or [head]
            return [head]
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":  # "X is due to meet", "X is about to sign"
            return subject_tokens(verb.head.head, depth + 1)
        if verb.dep_ in _INHERIT and verb.head.pos_ in ("VERB", "AUX"):
            head = verb.head
            if stranded_finite(verb):  # "asked the banks to cut rates and vowed an inquiry": the asker vowed
                return subject_tokens(head.head, depth + 1)
            if (saying := stranded_report_conj(verb)) is not None:  # "said the accord imposes X and praised Y"
                return subject_tokens(saying, depth + 1)
            if verb.dep_ == "xcomp" and (addressed := addressee_of(verb)):  # "urged Kenya to withdraw": Kenya
                return addressed
            if verb.dep_ == "xcomp" and is_passive(head):  # "X is expected to visit", "X met Y and was ready to sign"
                return passive_patients(head, depth + 1)
            return subject_tokens(head, depth + 1)
    return []


def passive_patients(verb: Token, depth: int = 0) -> list[Token]:
    """Who a passive verb is done to: its own subject, or the subject it shares with the clause it is joined to
    ("Kenya protested and was rebuffed": Kenya; "the envoy was arrested and deported": the envoy)."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or depth >= 3 or verb.dep_ not in _INHERIT or verb.head.pos_ not in ("VERB", "AUX"):
        return own
    head = verb.head
    return passive_patients(head, depth + 1) if is_passive(head) else subject_tokens(head, depth + 1)


def gerund_patients(verb: Token) -> list[Token]:
    """Whom a passive gerund under a preposition on a verb is done to: the one who would do an active gerund there
    (`_gerund_doer`), the verb's subject ("After being expelled by X, the envoy left": the envoy) or, after "of",
    "for", "from" or "as", its object ("kept the ship from being searched"). [] for any other verb."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or verb.head.dep_ != "prep" or verb.head.head.pos_ not in ("VERB", "AUX"):
        return []
    return _gerund_doer(verb.head, 1)


def owner_of_patient(noun: Token, resolver: Resolver) -> list[str]:
    """The actor a possessive pronoun on the subject of a passive stands for, as the resolver reads it (`possessor`:
    "X said its ships were seized": X, whose ships they are). [] for any other noun."""
    if noun.dep_ != "nsubjpass":
        return []
    return [a for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON" and (a := resolver.possessor(c))]


def debtors_of(toks: list[Token], resolver: Resolver) -> list[str]:
    """The party a possessive names on a doer whose possessive names another party than its own state (the actors
    stage's `owned_by_other`, agents.yaml `owner_is_other`): "Chile's creditor banks agreed to…", "Peru said its
    creditors rejected…" name the debtor the lenders act towards."""
    lenders = [t for t in toks if t.i in (t.doc._.owned_by_other or ())]
    return [a for t in lenders for c in t.children if c.dep_ == "poss"
            for a in ([resolver.possessor(c)] if c.pos_ == "PRON" else resolver.many(c)) if a]


def stranded_finite(verb: Token) -> bool:
    """A finite verb the parser joined to an infinitive complement ("He asked the banks to cut rates and
    vowed an inquiry": "vowed" hung on "cut"): a past or present tense cannot be a second infinitive, so it
    is joined to the verb the infinitive hangs on, and has that verb's subject."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.dep_ == "xcomp" and head.tag_ == "VB" \
        and head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


@cache
def _addressing() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """data/addressees.yaml: the verbs whose object does their infinitive's act (`objects`, `choosing`), and the
    verbs of calling with the prepositions of their addressee."""
    data = load_yaml(_ADDRESSEES)
    return frozenset(data["objects"]) | frozenset(data.get("choosing", ())), \
        {verb: frozenset(preps) for verb, preps in data["preps"].items()}


@cache
def _addressing_verbs() -> frozenset[str]:
    """data/addressees.yaml `addressing`, `objects` and the verbs of calling (`preps`): verbs whose doer addresses a
    party in words."""
    data = load_yaml(_ADDRESSEES)
    return frozenset(data["addressing"]) | frozenset(data["objects"]) | frozenset(data["preps"])


@cache
def _causing() -> frozenset[str]:
    """data/addressees.yaml `causing`: the verbs whose object does their infinitive's act where no actor causes it."""
    return frozenset(load_yaml(_ADDRESSEES).get("causing", ()))


def _caused_by_a_thing(verb: Token) -> bool:
    """No actor is the verb's subject: a thing ("the delays led…"), or none, the clause before a participle ("…,
    forcing Kenya to ask"). A pronoun may stand for an actor, and a force of nature leaves the act uncoded: neither
    is such a thing."""
    from dossier.events.figures_of_speech import nature_doer  # (events/ imports the roles: read on use)

    actors = verb.doc._.token_actor or {}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG"
    # the weather or a disease forcing someone is no cause read so ("heavy rain forced the president to cancel the
    # rally": figures_of_speech.act_of_nature leaves such acts uncoded)
    return not any(s.i in actors or s.pos_ in ("PRON", "PROPN") or nature_doer(s) for s in subjects)


@cache
def _helping() -> frozenset[str]:
    """data/addressees.yaml `helping`: the verbs whose object does the act of their gerund after "in"."""
    return frozenset(load_yaml(_ADDRESSEES)["helping"])


@cache
def _judging() -> frozenset[str]:
    """data/addressees.yaml `judging`: the verbs of blaming or praising whose object does the act of their gerund after
    "in" or "over"."""
    return frozenset(load_yaml(_ADDRESSEES).get("judging", ()))


@cache
def _joining() -> frozenset[str]:
    """data/addressees.yaml `joining`: the verbs whose object does the act of their gerund after "in" with their
    subject."""
    return frozenset(load_yaml(_ADDRESSEES).get("joining", ()))


def addressee_of(infinitive: Token) -> list[Token]:
    """The one an active infinitive complement's act is asked or urged of, who does it: the
    object of the verb it hangs on ("urged the regulator to make a request", "asked Kenya to send troops"; of a verb
    of causing where no actor causes it: "the delays led bankers to complain", `_caused_by_a_thing`), or the
    object of the preposition after a verb of calling ("called on Russia to withdraw"), before the infinitive
    (data/addressees.yaml). Empty for any other verb ("promised them to come", "used force to end it"), for one
    with no such object ("asked to meet X": the asker meets), and for a passive infinitive, whose object undergoes
    its act ("urged the talks to be held")."""
    head = infinitive.head
    if infinitive.dep_ != "xcomp" or is_passive(infinitive) or head.i == infinitive.i:
        return []
    objects, preps = _addressing()
    lemma = head.lemma_.lower()
    before = [c for c in head.children if c.i < infinitive.i]
    if lemma in objects:
        found = [c for c in before if c.dep_ in ("dobj", "obj")]
        if found:
            return found
    if lemma in _causing() and _caused_by_a_thing(head):
        # the one led is an actor itself ("bankers", "Kenya"), not a thing an actor's word qualifies ("forced the U.S.
        # economy to adjust": no act of the state), and named by its own words: a name, a pronoun, or a group with a
        # state's word or a name on it ("Japanese bankers", "officials from Brazil"), not a bare "the government"
        # left to the story ("the outbreak forced the government to ban insecticides")
        actors = head.doc._.token_actor or {}
        found = [c for c in before if c.dep_ in ("dobj", "obj") and (c.pos_ in ("PROPN", "PRON") or (
            c.i in actors and any(t.i != c.i and (t.i in actors or t.pos_ == "PROPN") for t in c.subtree)))]
        if found:
            return found
    return [g for c in before if c.dep_ == "prep" and c.lower_ in preps.get(lemma, ())
            for g in c.children if g.dep_ == "pobj"]


_GERUND_SPLITS = frozenset({"xcomp", "advcl", "pcomp"})  # how the parser hangs such a gerund


@cache
def _gerund_preps() -> frozenset[str]:
    """data/addressees.yaml `gerund_subjects`: the prepositions whose object may be a gerund's own subject."""
    return frozenset(load_yaml(_ADDRESSEES).get("gerund_subjects", ()))


@cache
def _messages() -> frozenset[str]:
    """data/addressees.yaml `messages`: verbs of sending word to someone, whose "to" object is addressed, not the doer
    of the participle after it."""
    return frozenset(load_yaml(_ADDRESSEES).get("messages", ()))


def gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund clause the parser split after a preposition ("objected to Kenya opening an inquiry",
    "complained about Japan dumping chips", "warned against Iran buying arms": the gerund hung on the verb, its
    subject left as the preposition's object right before it, after a preposition of data/addressees.yaml
    `gerund_subjects`): that object does the gerund's act, not the verb's subject. None for a gerund with no such
    object just before it ("agreed to stop"), after a place ("arrived in Kenya seeking refuge") or a day ("on Monday demanding"), and after "of" or
    "from" ("accused X of arming Y" is read by `_gerund_doer`), nor after the one a message is sent "to" ("wrote to X
    protesting against…": the writer protests; `messages`)."""
    if verb.dep_ not in _GERUND_SPLITS or verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.pos_ not in ("PROPN", "NOUN") or before.head.dep_ != "prep" \
            or before.head.lower_ not in _gerund_preps() or any(c.i > before.i for c in before.children) \
            or before.ent_type_ in ("DATE", "TIME"):  # "a letter from X on Monday demanding…": a day does nothing
        return None
    prep = before.head  # the gerund hung on the preposition itself ("against Iran buying") or on its verb
    if prep.lower_ == "to" and prep.head.lemma_.lower() in _messages():  # "wrote to X protesting": the writer
        return None
    return before if prep.i == verb.head.i or (verb.dep_ != "pcomp" and prep.head.i == verb.head.i) else None


def message_addressee(verb: Token) -> Token | None:
    """The one a message is sent "to" (data/addressees.yaml `messages`) whom the participle after it addresses ("had
    written two letters to X urging an offer", "wrote to X asking for…": X is urged and asked, the writer urges and
    asks): the "to" object of the verb of writing the participle hangs on, or the one the parser made the
    participle's own subject ("to X urging" parsed as a clause; `subject_tokens` gives it the writer). None for any
    other participle, and after other verbs ("objected to Kenya opening an inquiry": Kenya's act)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ in ("pcomp", "acl"):  # "to X urging" parsed as a clause, or with "urging" hung on X
        written = _message_verb(verb)
        if written is None:
            return None
        if verb.dep_ == "acl":
            return verb.head
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if verb.dep_ not in ("advcl", "xcomp") or verb.head.lemma_.lower() not in _messages():
        return None
    return next((o for o in prep_objects(verb.head, ("to",)) if o.i < verb.i), None)


def _message_verb(verb: Token) -> Token | None:
    """The verb of writing whose "to" phrase the parser hung a participle in (`message_addressee`): "wrote to X
    urging" with "urging" the preposition's clause (pcomp) or hung on X (acl)."""
    prep = verb.head if verb.dep_ == "pcomp" else verb.head.head if verb.head.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.lemma_.lower() not in _messages():
        return None
    return prep.head


# Relative pronouns a part of a relative clause's antecedent is counted out of ("many of whom", "some of which").
_PART_PRONOUNS = frozenset({"whom", "which"})


def whole_of_relative(tok: Token) -> Token | None:
    """The antecedent of a relative clause whose subject counts a part of it out with "of whom" or "of which"
    ("lawmakers, many of whom urged X", "a number of whom", "the rebels, some of whom were trained by Y", "two of
    which"): the part acts as, or undergoes the act as, one of those the antecedent names, so that the antecedent is
    the side. None for any other word."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl" or tok.lower_ in _PART_PRONOUNS:
        return None
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in _PART_PRONOUNS
                                                             for o in p.children) for p in tok.children):
        return None
    return relative_head(tok.head)


_STRUCK_PLACES = frozenset({"GPE", "LOC", "FAC"})


def struck_relative(verb: Token) -> Token | None:
    """The verb or the noun of an attack whose act a "which" clause of harm stands for, where the parser hung the
    clause on a craft or a place that act strikes or names as where it struck ("X hit a freighter, which killed two
    seamen", "attacked a tanker near Dubai, which killed three", "an Iranian attack on a tanker near X island, which
    killed two": the attack; data/lexicon.yaml `harm_verbs`, `struck_things`): a thing or a place harms no one.
    None for any other clause ("a rebel group which killed…" does the killing)."""
    lexicon = load_lexicon()
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in lexicon.harm_verbs \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return None
    thing = relative_head(verb)
    if thing.lemma_.lower() not in lexicon.struck_things and thing.ent_type_ not in _STRUCK_PLACES:
        return None
    node = thing
    while node.dep_ in ("pobj", "prep", "compound", "conj", "appos") and node.head.i != node.i:
        if node.dep_ == "prep" and node.head.pos_ == "NOUN" and (
                node.lower_ in ("on", "against") or node.head.lemma_.lower() not in lexicon.struck_things):
            return node.head  # "an attack on a tanker near X, which killed…", "the attack on a frigate in the
            # Gulf, which killed…" (the place hung on the attack): the attack
        node = node.head  # "a tanker near Dubai", "the port of X": up to the word the place hangs on
    if node.dep_ == "dobj" and node.head.pos_ == "VERB":
        return node.head
    return node if node.pos_ == "VERB" and node.i != verb.i else None


def struck_by(verb: Token) -> list[Token]:
    """What the attack a "which" clause of harm stands for strikes: the "on" or "against" phrase of its noun ("an
    attack on a Greek frigate, which killed…", the clause hung on the attack or on the frigate, `struck_relative`),
    the object of its verb ("hit a Greek frigate, which killed…"). Empty for any other clause."""
    attack = struck_relative(verb)
    if attack is None and verb.dep_ == "relcl" and verb.lemma_.lower() in load_lexicon().harm_verbs \
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        attack = relative_head(verb)  # "the attack on a frigate which killed 37 seamen"
    if attack is None:
        return []
    if attack.pos_ in ("NOUN", "PROPN"):
        things = load_lexicon().struck_things  # "the frigate Hydra", "the U.S. frigate Stark" (the name the head)
        return [t for t in prep_objects(attack, ("on", "against")) if t.lemma_.lower() in things
                or any(c.dep_ == "compound" and c.lemma_.lower() in things for c in t.children)]
    return [c for c in attack.children if c.dep_ in ("dobj", "obj")]


def _set_off_purpose(verb: Token) -> Token | None:
    """The verb whose purpose an infinitive set off by a comma gives, where the parser hung the infinitive on the
    noun before the comma ("X waited for a quiet week, just before a visit by Y, to make accusations": X makes them,
    not Y): the verb above that noun. None for an infinitive that follows its noun ("a plan to build a port")."""
    if verb.dep_ != "acl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].text != ",":
        return None
    node = verb.head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node.i != verb.i else None


def series_verb(verb: Token) -> Token | None:
    """The verb of a series of acts ("X seized two towns, killed or wounded 40 soldiers and burned a depot") that a
    later one follows, where the parser hung the later one on the object before its comma as a participle
    describing it: a participle that describes a noun has no object of its own (the noun is what is done to), so
    one that has an object, or shares one with the verb coordinated with it, set off from the object of a verb by a
    comma, is that verb's next act and has its subject. None otherwise ("the towns, captured in May, ...")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ not in ("dobj", "obj") \
            or verb.head.head.pos_ != "VERB":
        return None
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].text != ",":
        return None
    if not any(c.dep_ in ("dobj", "obj") for c in verb.children) and shared_object(verb) is None:
        return None
    return verb.head.head


# Prepositions whose gerund is done by the object of the verb they hang on ("quoted the envoy as praising X",
# "accused X of arming Y", "kept X from attacking"); after the others the verb's subject does it ("before meeting X").
_OBJECT_PREPS = frozenset({"as", "of", "for", "from"})


def _gerund_doer(prep: Token, depth: int) -> list[Token]:
    """Who does a gerund governed by a preposition on a verb: the verb's object after `_OBJECT_PREPS`, and after
    "in" on a verb of helping ("supports Peru in hosting the summit", data/addressees.yaml `helping`), and after "in"
    or "over" on a verb of blaming or praising ("accused the banks of coercion in threatening…", `judging`); after "in" on
    a verb of joining, its subject and its object or the object of its "with" together ("Spain joined Italy in
    condemning the test": both condemn, `joining`); else the verb's subject."""
    outer = prep.head
    if prep.lower_ == "in" and outer.lemma_.lower() in _joining():
        partners = [c for c in outer.children if c.dep_ == "dobj"] \
            + [g for c in outer.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < prep.i
               for g in c.children if g.dep_ == "pobj"]
        return subject_tokens(outer, depth + 1) + partners
    if prep.lower_ in _OBJECT_PREPS or (prep.lower_ == "in" and outer.lemma_.lower() in _helping()) or (
            prep.lower_ in ("in", "over") and outer.lemma_.lower() in _judging()):
        objects = [c for c in outer.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects:
            return objects
    return subject_tokens(outer, depth + 1)


_BETWEEN_CONJUNCTS = frozenset({"CCONJ", "PUNCT", "ADV"})
# Words that tie the clause of a passive act to its subject: "… were injured when X shelled them / their camp".
_BACK_PRONOUNS = frozenset({"them", "him", "her", "it", "their", "his", "its"})
_WHEN_MARKS = frozenset({"when", "as"})


def shared_object(verb: Token) -> Token | None:
    """The object a verb shares with the verb coordinated right after it ("killed or wounded 200 soldiers",
    "arrested and jailed X"): that verb's object, when only a conjunction, a comma or an adverb stands between them."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
        if all(t.pos_ in _BETWEEN_CONJUNCTS for t in verb.doc[verb.i + 1: conj.i]):
            return next((c for c in conj.children if c.dep_ in ("dobj", "obj")), None)
    return None


def shared_patient(verb: Token) -> Token | None:
    """The one a passive verb coordinated after another passive verb is done to, when it names nobody of its own:
    the first verb's subject ("he was arrested by the police and taken into custody", "the reporters were detained
    and deported"). Not a verb with a subject or an object of its own ("was arrested and later denied it")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB" or verb.head.i > verb.i \
            or not is_passive(verb.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative", "expl") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def clause_doers(verb: Token) -> list[Token]:
    """Who does a passive act without a "by" agent, when a "when" clause on it names one who acts on its subject
    ("200 soldiers were killed when X shelled their camp", "were injured when X bombarded them"): that clause's
    subject, when its object is, or belongs to, a pronoun ("them", "their camp"), or when the act harms and the
    clause's verb is an armed strike on whatever it names ("90 people were killed when Libyan jets raided Chadian
    villages": data/lexicon.yaml `raid_verbs`)."""
    lexicon = load_lexicon()
    harm = verb.lemma_.lower() in lexicon.harm_verbs
    out = []
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and not is_passive(c)):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS for m in clause.children):
            continue
        objects = [o for o in clause.children if o.dep_ in ("dobj", "obj")]
        if (harm and objects and clause.lemma_.lower() in lexicon.raid_verbs) or any(
                o.lower_ in _BACK_PRONOUNS or any(p.dep_ == "poss" and p.lower_ in _BACK_PRONOUNS for p in o.children)
                for o in objects):
            out += [s for s in clause.children if s.dep_ == "nsubj" and s.lower_ not in _BACK_PRONOUNS]
    return out


def prep_objects(tok: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """The objects of the token's phrases of `preps`; a noun's own also where the parser hung them on its day ("the
    capture on Sunday of the airfield": `preps_on_its_day`)."""
    phrases = [c for c in tok.children if c.dep_ in ("prep", "dative")]
    if tok.pos_ == "NOUN":
        phrases += preps_on_its_day(tok)
    return [g for c in phrases if c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def preps_on_its_day(noun: Token) -> list[Token]:
    """The phrases after a noun's own day that the parser hung on the day: "the capture on Sunday of the airfield"
    (the airfield is the capture's, round 74). A day's own "of" ("on the 5th of May") is no noun's: its object is
    a day too."""
    days = [d for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
            for d in c.children if d.dep_ == "pobj" and d.ent_type_ == "DATE"]
    own = [p for d in days for p in d.children if p.dep_ == "prep" and p.i > d.i
           and not any(g.ent_type_ == "DATE" for g in p.children if g.dep_ == "pobj")]
    # "were injured in the U.S. attack on Monday on an Iranian oil rig": the parser hangs the target's "on" on the
    # verb the noun's phrase hangs on, right past the noun's day (round 75)
    verb = noun.head.head if noun.dep_ == "pobj" else None
    hung = [p for d in days for p in (verb.children if verb is not None else ())
            if p.dep_ == "prep" and p.lower_ in ("on", "against") and p.i == d.right_edge.i + 1]
    return own + hung + [p for d in days_hung_past(noun) for p in d.children if p.dep_ == "prep" and p.lower_ == "of"]


def days_hung_past(noun: Token) -> list[Token]:
    """The day of a noun act that the parser hung, with the noun's "of" phrase, on the word above the noun: "the
    raid followed the capture on Sunday of Iraq's air base" (parsed "followed … on Sunday of Iraq's air base"; round
    75). Only a day right after the noun that carries an "of" phrase naming no day (no day is of a base), so that
    the day and the phrase can be the noun's alone; "took the town on Sunday" keeps its day on the verb."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj", "pobj"):
        return []
    return [d for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
            and c.i == noun.i + 1 for d in c.children if d.dep_ == "pobj" and d.ent_type_ == "DATE"
            and any(p.dep_ == "prep" and p.lower_ == "of" and p.i > d.i
                    and not any(g.ent_type_ == "DATE" for g in p.children if g.dep_ == "pobj") for p in d.children)]


_ACTS_DONE = Path(__file__).parent / "data" / "acts_done.yaml"


@cache
def _acts_done_words(name: str) -> frozenset[str]:
    """One word list of data/acts_done.yaml (`own_measures`, `lifting`, `laying`, `stance_passives`), read once."""
    return frozenset(load_yaml(_ACTS_DONE)[name])


@cache
def doers_named_before() -> frozenset[str]:
    """Nouns of an act done to what their "of" phrase names, whose doer stands before them ("the Soviet invasion
    of Afghanistan"; data/acts_done.yaml), and nouns of joining a body whose member stands before them ("Soviet
    membership of the World Bank": `joinings`)."""
    data = load_yaml(_ACTS_DONE)
    return frozenset(data["doers_named_before"] + data["joinings"])


@cache
def restated_acts() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, nouns) of an act restated: "reaffirmed X's commitment" is X's commitment (data/acts_done.yaml
    `restated`)."""
    data = load_yaml(_ACTS_DONE)["restated"]
    return frozenset(data["verbs"]), frozenset(data["nouns"])


@cache
def restated_demands() -> frozenset[str]:
    """Nouns of a demand made of another that a restating verb restates ("repeated the U.S. demand that Japan…";
    data/acts_done.yaml `restated` `demands`)."""
    return frozenset(load_yaml(_ACTS_DONE)["restated"]["demands"])


def demanded_of(noun: Token) -> list[Token]:
    """Whom a demand noun asks to act: the subject of its "that" clause ("the demand that Seoul free the crew") or
    the object of "for" before its infinitive ("the call for Kiev to withdraw")."""
    found = [s for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for s in c.children if s.dep_ == "nsubj"]
    return found or [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                     if o.dep_ == "pobj" and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in o.children)
                     or (o.dep_ == "nsubj" and o.head.tag_ == "VB")]


def act_authors(noun: Token, resolver: Resolver, verb: Token | None = None) -> list[Token]:
    """Who does the act a common noun with an "of" phrase names: "the expulsion of two diplomats by X", "the arrest
    of Y by the police" (the "of" phrase names whom it is done to); the "by" phrase may hang on the noun or, as the
    parser often hangs it, on the "of" phrase's noun. For a noun of an act done to someone (data/acts_done.yaml),
    also a "by" phrase after it on the active `verb` it is the object of ("condemned the invasion of Uganda by
    Tanzania", the parser hanging "by" on "condemned"), else the state, group or person named before it ("the
    Soviet invasion of Afghanistan", "Iran's seizure of the ship"). [] when none of these names an actor, or the
    noun has no "of" phrase ("a demand by X" is read as before)."""
    if noun.pos_ != "NOUN":
        return []
    of_objs = prep_objects(noun, ("of",))
    if not of_objs:
        return []
    named = [a for h in [noun, *of_objs] for a in prep_objects(h, ("by",)) if resolver.many(a)]
    if named or noun.lemma_.lower() not in doers_named_before():
        return named
    if verb is not None and not is_passive(verb):
        named = [a for a in prep_objects(verb, ("by",)) if a.i > noun.i and resolver.many(a)]
    return named or modifier_doers(noun, resolver)


MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")  # a possessor, a name, a demonym before a noun


def modifier_doers(noun: Token, resolver: Resolver, deps: tuple[str, ...] = MODIFIER_DEPS,
                   pronouns: bool = True) -> list[Token]:
    """The words before a noun act that name its doer: a possessor, a name or a demonym that resolves to an actor
    ("Washington's meddling", "U.S. interference", "an Israeli airstrike"), those of `deps` only; without
    `pronouns`, a possessive pronoun ("its demand") is none."""
    return [c for c in noun.children if c.dep_ in deps and (pronouns or c.pos_ != "PRON") and resolver.many(c)]


def participle_agents(noun: Token) -> list[Token]:
    """X in "<noun> made/taken/imposed by X": the agent of a participle on the noun, or of a participle of voicing
    on the noun's "of" object ("criticism of rises in rates voiced by X"; data/acts_done.yaml
    `voicing_participles`), not of one of voicing on a noun that is itself an "of" object ("tariffs voiced by X":
    the voicing is of the noun above)."""
    voicing = voicing_participles()
    own = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() not in describing_participles()
           and not (c.lemma_.lower() in voicing and noun.dep_ == "pobj" and noun.head.lower_ == "of")]
    own += [c for o in of_phrase_nouns(noun) for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in voicing]
    return [g for c in own for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def holders_in(noun: Token, resolver: Resolver) -> list[Token]:
    """Who holds the thing a noun done to is part of, named in an "in" phrase on the noun or on a participle of it:
    a state or body ("opposed moves in Chile", "the bill pending in the Chilean senate"), else the owner of the text
    it stands in ("the levy in Chile's plan", "the tax called for in the senate's budget"). Not a city or region (a
    place where it is, no party), nor a possessive pronoun; nothing for a meeting's or an accord's noun (no_party.yaml
    `venues`: "ended their meeting in Luxembourg" tells where it was held)."""
    if noun.lemma_.lower() in no_party_words()["venues"]:
        return []
    actors = resolver.doc._.actors or {}
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl"]
    found = []
    for place in (o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj"):
        named = resolver.many(place)
        if named and not all((e := actors.get(a)) is not None and (e.kind == "place" or _unplaced_place(e))
                             for a in named):
            found.append(place)
        elif not named:
            found += modifier_doers(place, resolver, ("poss",), pronouns=False)
    return found


def _unplaced_place(entity) -> bool:
    """A place or people's name of no state ("an airport in Aleppo province", the province read as an unknown
    people): where the thing is, no holder. Not a body ("pending in Congress"), whose state is read later."""
    return entity.type in ("GPE", "LOC", "FAC", "NORP") and entity.country is None and entity.kind != "igo"


@cache
def describing_participles() -> frozenset[str]:
    """Participles by which another tells what the noun is ("a man said by police to be…": no author of an act on
    him; roles/data/no_party.yaml `describing`)."""
    return frozenset(load_yaml(Path(__file__).parent / "data" / "no_party.yaml")["describing"])


def phrase_agents(noun: Token) -> list[Token]:
    """The "by" objects the parser hung on a noun of a noun act's phrases, down through their own phrases: "the
    handover of the prisoners to Peru by Chile", "the capture of Iraq's base at Faw by Iranian troops" (the "by" on
    the last noun before it; round 75). Not the noun's own "by" phrase, which its readers take first."""
    found, todo = [], [o for p in noun.children if p.dep_ == "prep" and p.lower_ != "by"
                       for o in p.children if o.dep_ == "pobj"]
    while todo:
        tok = todo.pop(0)
        for p in tok.children:
            if p.dep_ in ("prep", "agent"):
                objs = [o for o in p.children if o.dep_ == "pobj"]
                found += objs if p.lower_ == "by" else []
                todo += [] if p.lower_ == "by" else objs
    return found


def of_phrase_nouns(noun: Token) -> list[Token]:
    """The nouns of a noun's "of" phrase, down through the phrases of their own ("criticism of rises in West German
    rates": rises, rates)."""
    found, todo = [], [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return found


def measure_imposer(verb: Token, resolver: Resolver) -> list[Token]:
    """The state named before a noun of a measure (data/acts_done.yaml `own_measures`) that a participle with no agent
    describes: "U.S. trade sanctions imposed earlier this month on electronic goods" are the United States'; with
    none named, the one who would lift the measure (the doer of a verb of `lifting` it is the object of: "urged Y to
    lift the sanctions imposed against Z": Y). [] where the verb is no such participle or no doer is named so."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
        return []
    measures = _acts_done_words("own_measures")
    # "the removal of U.S. sanctions imposed on…": the parser may hang the participle on the noun above the measure
    noun = next((n for n in [verb.head, *prep_objects(verb.head, ("of",))]
                 if n.pos_ == "NOUN" and n.lemma_.lower() in measures), None)
    if noun is None:
        return []
    named = modifier_doers(noun, resolver, pronouns=False)
    if named or noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in _acts_done_words("lifting"):
        return named
    # "urged Yeutter to lift the sanctions imposed against Japan", "to lift the tariffs imposed on…, the U.S.
    # needs…": the one who would lift them laid them
    return [s for s in subject_tokens(noun.head) if resolver.many(s)]


def measure_targets(noun: Token) -> list[Token]:
    """Who a measure lies on: X in "sanctions on X", "the embargo against X", and in a participle or a relative clause
    of laying it (data/acts_done.yaml `laying`) on the noun, "the sanctions imposed on X", "the curbs it placed
    against X". [] where no "on" or "against" phrase names anyone."""
    laying = _acts_done_words("laying")
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in laying]
    return [t for w in (noun, *clauses) for t in prep_objects(w, ("on", "against"))]


def lifted_measure_targets(verb: Token) -> list[Token]:
    """Who the measures a verb of lifting (data/acts_done.yaml `lifting`) takes as its object lie on (`measure_targets`):
    "to lift the embargo imposed on X": X. [] for any other verb."""
    if verb.lemma_.lower() not in _acts_done_words("lifting"):
        return []
    return [t for o in verb.children if o.dep_ in ("dobj", "obj") for t in measure_targets(o)]


def stance_holder(verb: Token) -> Token | None:
    """The subject of an agentless passive of holding a stance (data/acts_done.yaml `stance_passives`: "Britain is
    committed to resisting protectionism", said of Denmark): the one who holds it, and so does the act; None for any other verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _acts_done_words("stance_passives") \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


@cache
def voicing_participles() -> frozenset[str]:
    """Participles of voicing, whose agent is the doer of the noun act voiced (data/acts_done.yaml)."""
    return frozenset(load_yaml(_ACTS_DONE)["voicing_participles"])
