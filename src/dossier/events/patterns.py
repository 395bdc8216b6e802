"""Read the trigger dictionaries (patterns/*.yaml, one file per PLOVER type) and the lexicon (data/lexicon.yaml).

A pattern file holds `type`, optional `reciprocal_modes`, and lists `verbs` and `nouns` of entries:
`lemmas`, `mode`, `cameo`, and optionally `target_preps` (prepositions that introduce the target),
`prep` (a required particle or preposition: "call for"), `object` (required object lemmas: "impose
sanctions"), `object_required` (any direct object), `target_labels` (the event needs a target of these entity types:
a host receives people or countries, not forums), `light_only` (a noun that names an event only as the
object of a light verb: "signed an agreement", "voiced criticism"), `intransitive` (the verb names the event
only without a direct object or clausal complement: "crowds demonstrated" but not "demonstrated its resolve"),
`target_clause` (the subject of a clausal complement is the target: "demanded that the minister resign"),
`clause_aux` (the verb names the event only with a clausal complement that has one of these auxiliaries:
"said the rebels must disarm" is a demand), `occasion` (a noun that names the event only in "at/upon the <noun>
of X" on a verb: X asked it of the verb's subject, before the act: "will visit Lima at the invitation of X"),
`negated` (the verb names the event only when negated or failed: "will not accept", "failed to reach a deal"),
`subject` (subject lemmas: "a virus killed" is no assault), `subject_labels` and `object_labels` (the entity types,
spaCy's labels, one of which the doer — the subject, or a passive's agent — or the object must have: "Iraq occupied
Kuwait" is a state taking territory, not a sit-in), `prep_object` (the noun of the required preposition:
"call for talks"), `governor` (the word names the event only as the subject of one of these verbs: "the talks
collapsed"), `infinitive` (the verb names the event only with a "to" complement: "challenged X to match it"),
`predicate` (the verb names the event only when what it calls its object is one of these words: "called the move a
violation", "described the sale as a provocation", "termed the plan unacceptable").
`remark` (the verb reports a remark, not an act: its reported clause is a direct quote, or a clause with no modal of
a course to take: "'The border stays open,' the minister agreed", "agreed that trade had grown"; not "agreed to
X", "agreed that the dispute should go to court"). A clause in quotation marks meets no `clause_aux`: a remark
quoted ("'Debtors must pay,' X said") is X's words, where "X said (that) Y must pay" is a demand of Y.
`adjectives` lists predicate adjectives: the word names the event only as what a copula says of its subject
("X was critical of Y", "X remains opposed to Y": the subject holds the stance, the `target_preps` phrase names its
object), or, with `judged`, as what one who tells says of a thing ("X said the decision by Y was unacceptable": X
judges Y's act).
Type NONE names no event: a match on it keeps the word from naming one. Files under `patterns/cameo/` are
converted from PETRARCH's CAMEO verb dictionary (petrarch_verbs.py) and marked `converted: true`; the
hand-written files are read first, so they win where both match the same way.
`undergone` (the subject undergoes the act, not does it: "X went on trial", "X stood trial": the subject is the
target, and the source the `target_preps` phrase, "before a military court", else the state sector whose act it is;
a noun so marked names the act only as a state its subject is in: "X is on trial", "X remains on trial").
`called_off` (the verb calls off or puts off the meeting its object names: "postponed the talks", "called off the
summit"; with no doer named the meeting's own parties are the sides, with one the meeting's other party the target).
`proposed` (the verb puts forward the act its object names, one still to be done: "proposed tariffs on X" is the
sanction planned, not done, and with a condition stated on the verb, "unless X opens its market", threatened).
`party_clause` (the verb names the event only where each clause it reports tells what a party does: the clause's
subject a person, group or state, or a pronoun, and its verb no copula: "warned that it would retaliate", "warned
the rebels", "warned of reprisals"; not "warned that growth would slow", "'the economy is fragile,' he warned": a
warning of what is to befall is a forecast, CAMEO's pessimistic comment 012, no threat).
`consequence_clause` (the verb names the event only where a clause it reports holds out a response to an act: its
subject an act noun done by anyone or by a party named, its verb under a modal a verb of response with a response
for object, or a passive of one: "said any interference would meet a firm response", "declared that an attack on
its ships would be met with force"; not "said any cut would hurt growth": matching.consequence_clause).
`span` (the verb's object is a span of time — a noun of the lexicon's `span_nouns` — of what the `object` words
name: "ended six hours of talks", "concluded two rounds of negotiations"; not "ended the talks": matching.span_of).
`proposal_clause` (the verb names the event only with a "that" clause in the form a proposal's content takes,
the base form, or the present after a verb in the past: "suggested that Iraq withdraw its troops", "recommended that
the two sides resume talks"; not a claim, "reports suggested the army attacked the town", nor a forecast under a
modal, "suggested Iraq would withdraw": status.proposes_clause).
An `object` word matches the object's head or a noun describing it ("air links", "millions of dollars of aid").
A `subject` condition reads, for a verb joined to another or the complement of one and without a subject of its own,
that verb's ("troops crossed the river and occupied two villages", "the peacekeepers began deploying":
matching.subjects), and the words of the noun a group or a number is of ("the first units of peacekeeping troops":
matching.subject_words). A noun's `prep_object` may stand in a phrase the parser hung on the verb the noun is the
object of, after the noun ("announced the deployment of troops to Haiti on a peacekeeping mission").
`objects_only` (a hand-written entry claims the word only with its own objects: "approved the nomination" is its
act, while "approved the loan", "approved the deployment" stay the converted dictionary's, as a bare hand-written
entry would keep them off the word).
`object_head` (the `object` words must be the object's head, not a noun compounded onto it: "passed sanctions", not
"passed a sanctions bill", a law that may be told long after).
`object_to` (`act`, `party` or `thing`: the object's own "to" phrase names an act — a verb or a noun of an undertaking:
"its commitment to cooperate", "to supporting the talks", "to the peace deal" —, a party or a thing holding a party's
name — "reaffirmed its commitment to the people of Angola", "to the one-China policy" —, or another thing —
"its commitment to growth"; matching.object_to), or `support` (an act of support — a verb of the lexicon's
`support_verbs` — whose object names a party: "reiterated its commitment to supporting Chad's sovereignty", "to
back the government of Peru"; not "to support its value": matching.object_to_support).
`complement_of` (the verb names the event only as the "to" complement of one of these verbs: "workers voted to
strike the plant" is a strike against the plant, not a blow).
`to_verb` (the verb names the event only with a "to" complement whose verb — with its particle, "hand over" — is one
of these: the act ordered decides what an order is, "ordered the reporters to leave" a coercion of them, "ordered
the minister to hand over the funds" a demand of him; matching.to_verbs).
`object_act` (the verb names the event only where the act its object — or the object of its `prep` — names in its own
"to" infinitive or "of" phrase is one of these: "withdrew its threat to expel the envoy", "backed away from its plan
to quit the talks", "dropped its threat of sanctions"; the act itself is then no event of its own:
matching.object_acts).
`from_verb` (the verb names the event only with a "from" phrase whose gerund — with its particle — is one of these:
what one is banned from decides what the ban is, "banned the opposition leader from holding office" a restriction
of public life, "barred the firm from selling the shares" none; matching.from_verbs).
`by_verb` (the verb names the event only with a "by" phrase whose gerund is one of these, read as `from_verb`'s are:
what a response is done by decides what it is, "retaliated by raising duties on corn" a trade sanction; matching.
by_verbs).
`purpose` (the verb names the event only with an infinitive of purpose, on the verb or on its object, that is one of
these: its verb as "lemma", "lemma object" or "lemma preposition noun" — "sent troops to keep the peace", "formed a
force to monitor the truce", "sent soldiers to serve as peacekeepers": troops sent to keep the peace give
protection, troops sent to the border are mobilised; matching.purposes).
`parties` (the act is between parties: its own subject, if any, no thing, and the one it is done to an actor, no
agent of no known country and no firm of the doer's own country — "persuaded the rebels to lay down arms", not "a
factor that convinced him to stay", "hopes to persuade businessmen to invest", "persuaded its own carmakers to limit
exports"; sides.between_parties).
`participle` (the word names the event only with a participle clause on it, or on the verb a noun is the object of,
whose verb is one of these, read as "lemma" where it has an object and as "lemma particle" with a particle:
"launched an attack on the spy chiefs, calling them fools" is words, as is "attacked the senator, branding him a
liar"; "launched an attack on the base, killing ten" is a blow; matching.participles).
`asks_nothing` (the word names the event only where it asks nothing of anyone: no "to" infinitive after it outside
its own objects' phrases, no "for" phrase on it, no clause — "called on the king at his palace" is a courtesy call,
"called on the king, who…, to mediate" and "called on Lima for help" ask; matching.asks_nothing; it ranks the entry
above the same word's entries without it).
`held_out` (the word names the event only as a response held out to any act of another: the object of one of its
`prep` prepositions, or its direct object where it names none, is an act told with "any" or "every", and the verb has
a modal of the future or of a supposition or is what its doer stands ready for — "would respond decisively to any
aggressive move by X", "will react firmly to any provocation", "is ready to confront any attack"; not "responded to
the attack with air strikes", an act done; matching.answers_any).
`party_complement` (the word names the event only where the subject of its clause complement names a party: "will
not let Greece use the airspace", not "will not let the dollar fall"; matching.party_complement).
`refused` (a `negated` word is denied too where it is the "to" complement of a verb of refusing, lexicon
`declining_verbs`: "refused to rule out retaliation" as "would not rule out retaliation"; matching.refused_to).
`rival` (a military move whose words name no other state is made against the one other state its sentence, or
the sentence before, names: "a research ship escorted by warships would sail into the disputed waters", after "Greece
and Turkey are at odds"; an alert, `mode: alert`, is read so always; rivals.rival).
`stopped_short` (a step towards another side denied, "could not go further", "could not narrow the gap": with no
target of its own words, the one whose demand or offer its purpose clause or "towards" phrase names — "to meet
American demands" —, or else the party the sentence before says put one forward, is the target; predicates.
stopped_short).
`object_prep` (the entry's `prep` phrase may be one the parser hung on the direct object: "relieved the commander of
his command").
`framed` (a noun names the event only as the object of a preposition that sets a clause in it — "in a call with X,
Y said", "during a call with X", "listened in on the call with X" — or of a light verb, "held a call with X"; not
the object or subject of another verb, "described the call with X as improper"; no_event.is_commentary).
`third_party` (access allowed: the one let act, the object of "allow" or the subject of its "to" clause, is a
third party — not named with the doer's possessive, no common noun of a state's own agency with nothing beside it,
no actor of the doer's country — and, where it is an actor, the target: "allowed the Red Cross to visit the
prisons", not "allowed its customs service to monitor imports"; own_state.lets_in_another).
`joint` (the word names the event only where parties do it together: its doers — the subject, or a passive's
agent, of the word or of the verb a noun is the object or passive subject of — are joined by "and", or a "with"
phrase there names a party: "the two navies and the coast guard staged a war game", "held drills with the Jordanian
army"; not "held drills with live ammunition"; matching.joint).
`among_doers` (the word names the event only where its doers hold it among themselves: they are joined by "and" or
are a plural noun ("Ghana and Togo ended talks", "the ministers of the bloc ended talks", "the two sides"), and no
"with" phrase on the word names a partner ("ended the talks with Togo" is one side's halt; matching.among_doers).
`sentence_words` (the word names the event only where its sentence holds one of these words, as a lemma or as
written, and, with `sentence_without`, none of those: a retaliation in a sentence about tariffs, exports or markets
and about no attack, force or war is one of trade, "said the U.S. could retaliate against Korean exports";
`sentence_without` alone: a sentence holding none of those words; matching.sentence_holds).
`origin_object` (the verb's direct object is no party: where a trip starts, "left Bonn for Washington" goes to
Washington; or the doer's own people it sends away, "withdrew its diplomats from Lima" is done to Peru;
roles/reading.py).
`reciprocal` (the act is one two parties do with each other, as the file's `reciprocal_modes` make every entry of a
mode: "A and B failed to reach a deal" is a failed agreement between A and B, one a side each; roles/reading.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dossier.data_files import load_yaml


PATTERN_DIR = Path(__file__).parent / "patterns"
LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"
NON_EVENTS = Path(__file__).parent / "data" / "non_events.yaml"


@dataclass(frozen=True)
class Entry:
    """One trigger entry: which words, and what event they name."""

    key: str
    type: str
    pos: str  # "verb", "noun" or "adjective"
    lemmas: tuple[str, ...]
    mode: str
    cameo: str
    target_preps: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    object_required: bool = False
    light_only: bool = False
    reciprocal: bool = False
    target_labels: tuple[str, ...] = ()
    intransitive: bool = False
    target_clause: bool = False
    clause_aux: tuple[str, ...] = ()
    occasion: bool = False
    negated: bool = False
    subject: tuple[str, ...] = ()
    subject_labels: tuple[str, ...] = ()
    object_labels: tuple[str, ...] = ()
    prep_object: tuple[str, ...] = ()
    governor: tuple[str, ...] = ()
    infinitive: bool = False
    predicate: tuple[str, ...] = ()
    judged: bool = False
    remark: bool = False
    converted: bool = False
    undergone: bool = False
    called_off: bool = False
    proposed: bool = False
    party_clause: bool = False
    consequence_clause: bool = False
    proposal_clause: bool = False
    span: bool = False
    objects_only: bool = False
    object_head: bool = False
    object_to: str | None = None  # "act", "party", "thing" or "support": what the object's own "to" phrase names
    complement_of: tuple[str, ...] = ()  # the verb names the event only as the "to" complement of one of these verbs
    to_verb: tuple[str, ...] = ()  # the verb names the event only with a "to" complement of one of these verbs
    object_act: tuple[str, ...] = ()  # ... only where its object's own act ("threat to expel") is one of these
    from_verb: tuple[str, ...] = ()  # the verb names the event only with a "from" gerund of one of these verbs
    by_verb: tuple[str, ...] = ()  # the verb names the event only with a "by" gerund of one of these verbs
    purpose: tuple[str, ...] = ()  # the verb names the event only with an infinitive of purpose of one of these
    participle: tuple[str, ...] = ()  # the word names the event only with a participle clause of one of these
    joint: bool = False  # the word names the event only where parties do it together
    among_doers: bool = False  # ... only where its joined or plural doers hold it among themselves, with no partner
    asks_nothing: bool = False  # the word names the event only where it asks nothing (matching.asks_nothing)
    held_out: bool = False  # the word names the event only as a response held out to any act (matching.answers_any)
    party_complement: bool = False  # ... only where its clause complement's subject names a party
    rival: bool = False  # a move with no target of another's: the one other state the story names (rivals.rival)
    stopped_short: bool = False  # a step towards another denied: the other is the one its purpose or the sentence
    # before names (predicates.stopped_short)
    refused: bool = False  # a `negated` word is denied too as the infinitive of a verb of refusing ("refused to rule
    # out")
    object_prep: bool = False  # its `prep` may hang on the direct object ("relieved the commander of his command")
    framed: bool = False  # the noun names the event only in a phrase that frames a clause or as a light verb's object
    third_party: bool = False  # access allowed: the one let act is no agent of the allower's own
    origin_object: bool = False  # the direct object is no party: where a trip starts ("left Bonn for X"), or the
    # doer's own people sent away ("withdrew its diplomats from X")
    parties: bool = False  # the act is between parties: no thing does it, a party undergoes it (sides.between_parties)
    sentence_words: tuple[str, ...] = ()  # the word names the event only in a sentence holding one of these words
    sentence_without: tuple[str, ...] = ()  # ... and none of these

    @property
    def specificity(self) -> int:
        """Constrained entries win over bare lemma entries for the same word (an act of support to a party is
        narrower than any act; "concluded two rounds of negotiations" than "concluded negotiations")."""
        return 4 * self.negated \
            + 2 * bool(self.prep or self.object or self.intransitive or self.clause_aux or self.occasion
                       or self.subject or self.subject_labels or self.object_labels or self.governor
                       or self.infinitive or self.predicate or self.remark or self.party_clause
                       or self.consequence_clause or self.proposal_clause or self.complement_of or self.to_verb
                       or self.object_act
                       or self.from_verb or self.by_verb or self.span
                       or self.purpose or self.participle or self.joint or self.among_doers or self.sentence_words) \
            + bool(self.object_required) + bool(self.asks_nothing) + bool(self.prep_object) + bool(self.object_to) + bool(self.sentence_words) \
            + bool(self.held_out) + bool(self.party_complement) \
            + (self.object_to == "support") + self.span


@dataclass(frozen=True)
class Lexicon:
    light_verbs: frozenset[str] = field(default_factory=frozenset)
    occurrence_predicates: frozenset[str] = field(default_factory=frozenset)
    sequence_verbs: frozenset[str] = field(default_factory=frozenset)
    reporting_verbs: frozenset[str] = field(default_factory=frozenset)
    unnamed_speakers: frozenset[str] = field(default_factory=frozenset)
    statement_nouns: frozenset[str] = field(default_factory=frozenset)
    name_labels: frozenset[str] = field(default_factory=frozenset)
    mention_verbs: frozenset[str] = field(default_factory=frozenset)
    reaction_verbs: frozenset[str] = field(default_factory=frozenset)
    decision_nouns: frozenset[str] = field(default_factory=frozenset)
    crowd_nouns: frozenset[str] = field(default_factory=frozenset)
    planning_verbs: frozenset[str] = field(default_factory=frozenset)
    planning_modifiers: frozenset[str] = field(default_factory=frozenset)
    wishing_verbs: frozenset[str] = field(default_factory=frozenset)
    wished_sights: frozenset[str] = field(default_factory=frozenset)
    bare_wishes: frozenset[str] = field(default_factory=frozenset)
    effect_verbs: frozenset[str] = field(default_factory=frozenset)
    forecast_figures: frozenset[str] = field(default_factory=frozenset)
    future_aux: frozenset[str] = field(default_factory=frozenset)
    hypothetical_aux: frozenset[str] = field(default_factory=frozenset)
    obligation_aux: frozenset[str] = field(default_factory=frozenset)
    hypothetical_marks: frozenset[str] = field(default_factory=frozenset)
    opinion_predicates: frozenset[str] = field(default_factory=frozenset)
    copulas: frozenset[str] = field(default_factory=frozenset)
    out_of_predicates: frozenset[str] = field(default_factory=frozenset)
    carrying_on_verbs: frozenset[str] = field(default_factory=frozenset)
    declining_verbs: frozenset[str] = field(default_factory=frozenset)
    putting_forward_verbs: frozenset[str] = field(default_factory=frozenset)
    put_forward_nouns: frozenset[str] = field(default_factory=frozenset)
    held_in_nouns: frozenset[str] = field(default_factory=frozenset)
    onlooker_verbs: frozenset[str] = field(default_factory=frozenset)
    pair_people: frozenset[str] = field(default_factory=frozenset)
    pair_states: frozenset[str] = field(default_factory=frozenset)
    leader_titles: frozenset[str] = field(default_factory=frozenset)
    commissive_words: frozenset[str] = field(default_factory=frozenset)
    ultimatum_penalties: frozenset[str] = field(default_factory=frozenset)
    threat_left_open: frozenset[str] = field(default_factory=frozenset)
    willingness_words: frozenset[str] = field(default_factory=frozenset)
    supposing_verbs: frozenset[str] = field(default_factory=frozenset)
    condition_marks: frozenset[str] = field(default_factory=frozenset)
    decision_verbs: frozenset[str] = field(default_factory=frozenset)
    start_verbs: frozenset[str] = field(default_factory=frozenset)
    travel_verbs: frozenset[str] = field(default_factory=frozenset)
    setting_preps: frozenset[str] = field(default_factory=frozenset)
    participation_verbs: frozenset[str] = field(default_factory=frozenset)
    joined_acts: frozenset[str] = field(default_factory=frozenset)
    plan_nouns: frozenset[str] = field(default_factory=frozenset)
    plan_verbs: frozenset[str] = field(default_factory=frozenset)
    carriers: frozenset[str] = field(default_factory=frozenset)
    span_nouns: frozenset[str] = field(default_factory=frozenset)
    counterpart_nouns: frozenset[str] = field(default_factory=frozenset)
    kin_nouns: frozenset[str] = field(default_factory=frozenset)
    naming_nouns: frozenset[str] = field(default_factory=frozenset)
    private_people: frozenset[str] = field(default_factory=frozenset)
    one_person_nouns: frozenset[str] = field(default_factory=frozenset)
    office_holders: frozenset[str] = field(default_factory=frozenset)
    held_titles: frozenset[str] = field(default_factory=frozenset)
    not_the_holder: frozenset[str] = field(default_factory=frozenset)
    past_holders: frozenset[str] = field(default_factory=frozenset)
    bodies_named_again: frozenset[str] = field(default_factory=frozenset)
    feminine_nouns: frozenset[str] = field(default_factory=frozenset)
    masculine_nouns: frozenset[str] = field(default_factory=frozenset)
    people_nouns: frozenset[str] = field(default_factory=frozenset)
    member_nouns: frozenset[str] = field(default_factory=frozenset)
    press_titles: frozenset[str] = field(default_factory=frozenset)
    victim_verbs: frozenset[str] = field(default_factory=frozenset)
    harm_verbs: frozenset[str] = field(default_factory=frozenset)
    raid_verbs: frozenset[str] = field(default_factory=frozenset)
    struck_things: frozenset[str] = field(default_factory=frozenset)
    anonymity_verbs: frozenset[str] = field(default_factory=frozenset)
    anonymity_words: frozenset[str] = field(default_factory=frozenset)
    crowd_events: frozenset[str] = field(default_factory=frozenset)
    riot_verbs: frozenset[str] = field(default_factory=frozenset)
    rioting_crowds: frozenset[str] = field(default_factory=frozenset)
    protesting_verbs: frozenset[str] = field(default_factory=frozenset)
    question_verbs: frozenset[str] = field(default_factory=frozenset)
    anyone_words: frozenset[str] = field(default_factory=frozenset)
    liking_verbs: frozenset[str] = field(default_factory=frozenset)
    regret_verbs: frozenset[str] = field(default_factory=frozenset)
    admitting_verbs: frozenset[str] = field(default_factory=frozenset)
    confirming_verbs: frozenset[str] = field(default_factory=frozenset)
    mistake_words: frozenset[str] = field(default_factory=frozenset)
    wrong_words: frozenset[str] = field(default_factory=frozenset)
    question_marks: frozenset[str] = field(default_factory=frozenset)
    question_words: frozenset[str] = field(default_factory=frozenset)
    knowing_verbs: frozenset[str] = field(default_factory=frozenset)
    contest_verbs: frozenset[str] = field(default_factory=frozenset)
    contest_words: frozenset[str] = field(default_factory=frozenset)
    score_nouns: frozenset[str] = field(default_factory=frozenset)
    election_places: frozenset[str] = field(default_factory=frozenset)
    natural_causes: frozenset[str] = field(default_factory=frozenset)
    economic_causes: frozenset[str] = field(default_factory=frozenset)
    economic_figures: frozenset[str] = field(default_factory=frozenset)
    figure_verbs: frozenset[str] = field(default_factory=frozenset)
    authoring_verbs: frozenset[str] = field(default_factory=frozenset)
    message_nouns: frozenset[str] = field(default_factory=frozenset)
    police_acts: frozenset[str] = field(default_factory=frozenset)
    judicial_acts: frozenset[str] = field(default_factory=frozenset)
    sentencing_verbs: frozenset[str] = field(default_factory=frozenset)
    exclusion_acts: frozenset[str] = field(default_factory=frozenset)
    stative_verbs: frozenset[str] = field(default_factory=frozenset)
    business_name_heads: frozenset[str] = field(default_factory=frozenset)
    response_verbs: frozenset[str] = field(default_factory=frozenset)
    means_verbs: frozenset[str] = field(default_factory=frozenset)
    instrument_verbs: frozenset[str] = field(default_factory=frozenset)
    attempt_verbs: frozenset[str] = field(default_factory=frozenset)
    borrowing_verbs: frozenset[str] = field(default_factory=frozenset)
    proposing_verbs: frozenset[str] = field(default_factory=frozenset)
    forecast_modals: frozenset[str] = field(default_factory=frozenset)
    befalling_verbs: frozenset[str] = field(default_factory=frozenset)
    response_nouns: frozenset[str] = field(default_factory=frozenset)
    unanswered_words: frozenset[str] = field(default_factory=frozenset)
    awaiting_verbs: frozenset[str] = field(default_factory=frozenset)
    undertaking_nouns: frozenset[str] = field(default_factory=frozenset)
    undoing_nouns: frozenset[str] = field(default_factory=frozenset)
    support_verbs: frozenset[str] = field(default_factory=frozenset)
    vote_verbs: frozenset[str] = field(default_factory=frozenset)
    stoppage_words: frozenset[str] = field(default_factory=frozenset)
    weighing_verbs: frozenset[str] = field(default_factory=frozenset)
    musing_words: frozenset[str] = field(default_factory=frozenset)
    preparing_verbs: frozenset[str] = field(default_factory=frozenset)
    option_nouns: frozenset[str] = field(default_factory=frozenset)
    possibility_words: frozenset[str] = field(default_factory=frozenset)
    hedge_words: frozenset[str] = field(default_factory=frozenset)
    refusing_verbs: frozenset[str] = field(default_factory=frozenset)
    saying_verbs: frozenset[str] = field(default_factory=frozenset)
    describing_verbs: frozenset[str] = field(default_factory=frozenset)
    expletive_heads: frozenset[str] = field(default_factory=frozenset)
    askers: frozenset[str] = field(default_factory=frozenset)

    @property
    def pairs(self) -> dict[str, str]:
        """Plural nouns that name two actors already named ("the two presidents"), with the actors' kind."""
        return {**{w: "person" for w in self.pair_people}, **{w: "government" for w in self.pair_states}}


def _words(raw) -> tuple[str, ...]:
    """A list of words as lower-case strings (the reader, data_files.py, keeps an unquoted "on" a word)."""
    return tuple(str(x).lower() for x in raw or ())


def _entries(path: Path) -> list[Entry]:
    data = load_yaml(path) or {}
    ptype = data["type"]
    reciprocal = set(data.get("reciprocal_modes") or [])
    converted = bool(data.get("converted"))
    out = []
    for pos in ("verb", "noun", "adjective"):
        for n, raw in enumerate(data.get(pos + "s") or []):
            out.append(Entry(
                key=f"{path.stem}:{pos}:{n}", type=ptype, pos=pos,
                lemmas=_words(raw["lemmas"]), mode=raw["mode"], cameo=str(raw["cameo"]),
                target_preps=_words(raw.get("target_preps")), prep=_words(raw.get("prep")),
                object=_words(raw.get("object")),
                object_required=bool(raw.get("object_required")), light_only=bool(raw.get("light_only")),
                reciprocal=raw["mode"] in reciprocal or bool(raw.get("reciprocal")),
                target_labels=tuple(raw.get("target_labels") or ()),
                intransitive=bool(raw.get("intransitive")), target_clause=bool(raw.get("target_clause")),
                clause_aux=_words(raw.get("clause_aux")), occasion=bool(raw.get("occasion")),
                negated=bool(raw.get("negated")), subject=_words(raw.get("subject")),
                subject_labels=tuple(raw.get("subject_labels") or ()),
                object_labels=tuple(raw.get("object_labels") or ()),
                prep_object=_words(raw.get("prep_object")), governor=_words(raw.get("governor")),
                infinitive=bool(raw.get("infinitive")), predicate=_words(raw.get("predicate")),
                judged=bool(raw.get("judged")), remark=bool(raw.get("remark")), converted=converted,
                undergone=bool(raw.get("undergone")), called_off=bool(raw.get("called_off")),
                proposed=bool(raw.get("proposed")),
                party_clause=bool(raw.get("party_clause")), objects_only=bool(raw.get("objects_only")),
                object_head=bool(raw.get("object_head")),
                consequence_clause=bool(raw.get("consequence_clause")),
                proposal_clause=bool(raw.get("proposal_clause")), span=bool(raw.get("span")),
                object_to=_object_to(raw, path),
                complement_of=_words(raw.get("complement_of")), to_verb=_words(raw.get("to_verb")),
                object_act=_words(raw.get("object_act")),
                from_verb=_words(raw.get("from_verb")), by_verb=_words(raw.get("by_verb")),
                purpose=_words(raw.get("purpose")),
                participle=_words(raw.get("participle")), joint=bool(raw.get("joint")),
                among_doers=bool(raw.get("among_doers")),
                asks_nothing=bool(raw.get("asks_nothing")), third_party=bool(raw.get("third_party")),
                held_out=bool(raw.get("held_out")), party_complement=bool(raw.get("party_complement")),
                refused=bool(raw.get("refused")), stopped_short=bool(raw.get("stopped_short")),
                rival=bool(raw.get("rival")),
                object_prep=bool(raw.get("object_prep")),
                framed=bool(raw.get("framed")),
                origin_object=bool(raw.get("origin_object")), parties=bool(raw.get("parties")),
                sentence_words=_words(raw.get("sentence_words")), sentence_without=_words(raw.get("sentence_without")),
            ))
    return out


def _object_to(raw: dict, path: Path) -> str | None:
    value = raw.get("object_to")
    if value not in (None, "act", "party", "thing", "support"):
        raise ValueError(f"{path}: object_to must be 'act', 'party', 'thing' or 'support', not {value!r}")
    return value


def load_entries(extra_dirs: tuple[str, ...] = ()) -> list[Entry]:
    """All entries from the shipped patterns (hand-written first, then the converted CAMEO dictionary) and any
    extra folders of pattern files; read from the start-up cache (actors/cache.py) while the files, this module
    and the YAML library are unchanged."""
    paths = _entry_files(extra_dirs)
    return _cached("event-entries", paths, lambda: [e for path in paths for e in _entries(path)])


def entry_inputs(extra_dirs: tuple[str, ...] = ()) -> list:
    """What `load_entries` reads (the start-up cache's inputs), for a cache of what is built from its entries."""
    return _inputs(_entry_files(extra_dirs))


def _entry_files(extra_dirs: tuple[str, ...]) -> list[Path]:
    return _pattern_files([PATTERN_DIR, PATTERN_DIR / "cameo", *(Path(d) for d in extra_dirs)])


def _pattern_files(dirs: list[Path]) -> list[Path]:
    return [path for d in dirs for path in sorted(d.glob("*.yaml"))]


def _inputs(paths: list[Path]) -> list:
    from dossier.actors import cache

    return [*(str(p.resolve()) for p in paths), *paths, Path(__file__), *cache.versions("pyyaml")]


def _cached(name: str, paths: list[Path], read):
    """What `read` makes of the pattern files `paths`, from the start-up cache while those files, this module and
    the YAML library are unchanged."""
    from dossier.actors import cache

    return cache.cached(name, _inputs(paths), read)


@dataclass(frozen=True)
class Threats:
    """Which announced conflict acts are threats, and the CAMEO code of the threat (`threat_of` and, for acts that
    are threats only under a condition, `conditional_threat_of`, in the pattern files)."""

    always: dict[str, str] = field(default_factory=dict)
    conditional: dict[str, str] = field(default_factory=dict)
    vowed_acts: frozenset[str] = frozenset()  # acts whose vow is the act planned, no threat (`vowed_as_act`)
    # acts that a condition makes a threat only where it is adverse, else an offer (`offered_under_if`)
    offered: frozenset[str] = frozenset()
    # acts of one CAMEO code whose announcement is a threat though their type's is not (`threat_of_cameo`: a
    # veto held out, "said he would veto the bill", is THREATEN; another refusal announced stays the refusal)
    by_cameo: dict[str, str] = field(default_factory=dict)

    def code(self, ptype: str, conditional: bool, cameo: str = "") -> str | None:
        return self.by_cameo.get(cameo) or self.always.get(ptype) or \
            (self.conditional.get(ptype) if conditional else None)

    def vowed(self, ptype: str) -> bool:
        """A vow of an act of this type is coded as the act: a threat of it, or the act planned."""
        return bool(self.code(ptype, False)) or ptype in self.vowed_acts


def load_threats(extra_dirs: tuple[str, ...] = ()) -> Threats:
    """The threats named in the pattern files (the shipped ones, then any extra folders'); read from the start-up
    cache like `load_entries`."""
    paths = _pattern_files([PATTERN_DIR, *(Path(x) for x in extra_dirs)])
    return _cached("event-threats", paths, lambda: _threats(paths))


def _threats(paths: list[Path]) -> Threats:
    always: dict[str, str] = {}
    conditional: dict[str, str] = {}
    vowed: set[str] = set()
    offered: set[str] = set()
    by_cameo: dict[str, str] = {}
    for path in paths:
        data = load_yaml(path) or {}
        always |= {str(k): str(v) for k, v in (data.get("threat_of") or {}).items()}
        conditional |= {str(k): str(v) for k, v in (data.get("conditional_threat_of") or {}).items()}
        vowed |= {str(k) for k in data.get("vowed_as_act") or ()}
        offered |= {str(k) for k in data.get("offered_under_if") or ()}
        by_cameo |= {str(k): str(v) for k, v in (data.get("threat_of_cameo") or {}).items()}
    return Threats(always, conditional, frozenset(vowed), frozenset(offered), by_cameo)


@dataclass(frozen=True)
class Context:
    """A context in which a word names no event (data/non_events.yaml): DependencyMatcher patterns (one, or variants)
    whose first node is the word, and the PLOVER types it is limited to (empty: any)."""

    name: str
    patterns: tuple
    types: frozenset[str] = frozenset()
    gate: str | None = None  # the node whose words must be in a doc for the patterns to be tried (None: chosen)
    without: frozenset[str] = frozenset()  # dependency labels the word must have no child with ("agent": no "by X")
    # (node's RIGHT_ID, labels) that another node must have no child with: ("give", ("dative", "prep:to"))
    node_without: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the act the word would name is not done here (asked, alleged): the type model adds no act of that type on
    # another word of the sentence either ("said he would announce his decision on whether to step down")
    withheld: bool = False
    # the word is silenced as part of a clause told: not a verb the parser joined to that clause that is the teller's
    # own second verb ("denied it intended to X and warned Y": roles.doers.stranded_report_conj)
    in_clause: bool = False


def load_contexts(path: Path = NON_EVENTS) -> list[Context]:
    """The contexts of non-events (`pattern`, or `patterns` for variants; `gate`: the node, by RIGHT_ID, whose words
    a doc must hold for them to be tried; `without`: dependency labels the word may have no child with, what a
    DependencyMatcher pattern cannot say; `node_without`: the same for another node, {RIGHT_ID: labels}, a label
    "dep:word" naming its word too, "dep>word" a word under that child; `withheld`: the act is not done, and the type
    model makes none of its type in the sentence; `in_clause`: only a word of the clause told, not the teller's own
    verb joined to it); a pattern whose first node is not named `trigger` is a clear error."""
    data = load_yaml(path) or {}
    out = []
    for raw in data.get("contexts") or []:
        found = raw.get("patterns") or [raw.get("pattern")]
        if not all(found) or any(p[0].get("RIGHT_ID") != "trigger" for p in found):
            raise ValueError(f"{path}: context {raw.get('name')!r}: the first node must be RIGHT_ID trigger")
        out.append(Context(str(raw["name"]), tuple(tuple(p) for p in found), frozenset(raw.get("types") or ()),
                           raw.get("gate"), frozenset(raw.get("without") or ()),
                           tuple((str(k), tuple(map(str, v))) for k, v in (raw.get("node_without") or {}).items()),
                           bool(raw.get("withheld")), bool(raw.get("in_clause"))))
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = load_yaml(LEXICON)
    return Lexicon(**{k: frozenset(str(w).lower() for w in v) for k, v in data.items()})
