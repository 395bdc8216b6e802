"""Are two reports one event? A scored decision over a pair of reports, and the clustering built on it.

The decision has two parts:

- **Rules that rule a pair out** (`incompatible`): different PLOVER types, or CONSULT modes, or, for two
  agreements, one a formal agreement signed (CAMEO 057) and the other a side's stated intent (03x: a pledge, a
  promise, support; not the agreement reached, 'agreed', 'concluded'); times that cannot
  meet (a report's date, or the window its article's date allows: an act told as done lies on or before its
  article's day, a plan on or after it; an undated act told as done is its article's news, not an act dated more
  than `NEAR_DAYS` before that day in another article, nor, in its own, one dated more than `MATCH_DAYS` before
  it: 'background', `_background`); places in different countries; two coded reports that both name both
  sides and agree on one side but not at all on the other, each naming there an actor no other id may stand for
  ('A met B', 'A met C'; not an unknown name, a generic agent or a place); across articles, two coded events
  one of which names only one side (or nobody), unless they share a person or body (not only a country) or
  dates to the month or finer agree; and, within one article, an act dated in the past beside one the article
  announces as coming; and, within one article, two statements of one type and mode (support, a request;
  `STATEMENTS`) of one speaker to one addressee, told in two sentences by two different words: each sentence
  says its own thing ('X supports Y in …', 'X also backs Y as …'); and, across two dated articles more than
  `NEAR_DAYS` apart, an undated report (`apart`): nothing dates its act away from its own article's day, so it is
  not taken for an act told months away. That bounds the reports an undated one meets (`cluster` and the
  incremental merge's candidates look only at articles near in time), so a merge's cost does not grow with the
  archive. And, within one article, two acts whose objects tell them apart (`objects_differ`: different
  figures, or two described objects with no content word in common: 'agreed to buy 10 pct of X' and 'agreed to
  sell its unit'; not 'signed the accord' and 'signed the agreement'). A time phrase or a pronoun that the roles
  stage took for the object ('signed a protocol on Thursday', 'the agreement that they concluded') is none
  (`act_object`). And, across articles, two reports of an act that sides do again and again (`said_again`,
  `data/said_again.yaml`: AGREE other than a formal agreement signed, 'the two sides agreed to deepen
  cooperation'; words of support or praise, CAMEO 050-053; a telephone call, 041) with no figure in common: they
  are one act only where both are pinned to one week (`occasions`: a date to a day or a week, or
  an undated report's article's day), two when both are pinned to weeks that do not meet ('occasion'), and, for
  AGREE, not known to be one when either is pinned to none ('unpinned': a month, a year, an article of unknown
  date; support and calls are then left to the score). And, in one article, two acts whose objects tell them
  apart (above, and `object_head`: one head noun, different nouns before it, 'the port deal' and 'the mining
  deal'); across articles, two acts whose objects name different sums of money (`sums_differ`), and, where no
  two dates to a month or finer tie them, two acts done to two things each named by a common noun of its own
  ('things': `things_differ`, 'vetoed the farm bill' and 'vetoed the budget'; not 'the bill', 'the measure', 'the
  accord', a name, a clause). And, within one article, an act told as one more of the kind by 'also' before its own
  word, the other told by the same word ('another', `_told_as_more`: 'a second courier was also detained'; not a
  meeting, where 'also discussed' adds a topic, but one told as held 'again' or 'once more' beside its own word:
  'the board met again on Thursday', `_told_again`); a directed act whose doer is the other report's target, no one on
  the same side in both ('turned', `_turned`: 'the board invited the residents', 'the council invited the board';
  not a headline, whose participles read as active verbs); and, anywhere, an arrest beside a prison term, both
  coded CAMEO 173 ('sentence', `_sentence`: the coder's sentencing verbs); and, within one article (across
  articles it cost ECB+ 0.0022 CoNLL F1: other outlets name the doer otherwise), two reports of a directed act each
  naming its doers, no doer of one possibly a doer of the other ('doers', `_doers_apart`: 'Greyhound asked the
  agency …' and 'Justice had asked the agency …'; not a state and its people or bodies, a generic agent, or two
  names sharing a word that is no legal form or common noun of bodies, `data/doers.yaml`; two people, `Actors.persons`,
  are one only by such a word: 'Binde urged …' and 'Tarr urged …'). And, within one article, an act dated as done beside one the
  article only supposes, undated or dated after it ('status', `_not_before`); and, across articles, an act done on a
  day beside one announced for a later day by an article written on or after that day ('status',
  `_done_then_planned`: 'the summit opened today' and 'the ministers will meet tomorrow'). Two sides named by
  generic agents count as wholly different across articles when each stands for states and no state is on both
  (`_wholly_apart`, `_states`: 'Brazilian authorities' and 'Argentina').
- **A score** (`probability`): a logistic regression over the features of `features` (same trigger word, its
  irregular forms undone by spaCy's lemma tables; same mode and type; participants shared on both sides or a
  side that differs; dates that agree weighted by their precision; same place; how alike the two sentences and
  the two articles are; whether the two articles tell one story (alike beyond `ALIKE`), alone and with the same
  trigger; their story similarity (`story_similarity`); same article; how far apart the two articles were
  written). Its weights and threshold are learned from gold by `python -m dossier.merge.train` and shipped in
  `model/coref.json`: one weight set from the ECB+ training topics alone, and one, for two reports whose
  articles both carry a publication date, from those topics with the example corpus's pairs (`Model`). A vague date
  ("the past year", a year) never adds to the score.

`cluster` groups reports: candidate pairs share a blocking key (`blocking_keys`: type and a participant; for an act
two sides do together, also type and the country of a state body or known person, a pair by a country only where
one report names the country, the other only its people, and their dates agree to a month or finer), and reports
joined by pairs above the threshold are clustered by average link (`average_link`, scipy's), so that one strong pair
cannot glue two groups whose other members disagree. Documents first: the articles of the reports that even
weak pairs join (a score of the model's `gather` or more) are clustered into stories (`stories`: average link
over `story_similarity`, their words' and their names' and numbers' idf-weighted cosines, cut at the model's
`story`; gather and cut chosen with the threshold on gold), and reports of two stories are kept apart like a
veto (another actress's rehab, another year's earthquake): a third article of a story can show that two alike
articles joined by one strong pair tell two stories. A ruled-out pair
scores 0; a pair a veto rules out (`VETOES`: times that cannot meet, two CONSULT modes or a signing and a
stated intent, an article's past act against its plan or its supposition, a day's act done against one announced
for a later day, an article's news against its background, an article's two statements, an act an article tells as
another ('a separate meeting with'), one side the same and the other wholly different and named by known actors,
two visits by different named travellers, places in two countries, an article's two acts on two objects, two
sums, an article's act turned, an arrest beside a prison term, an article's two doers) never ends in one cluster, whatever its neighbours say; nor do two statements pinned to two weeks
('occasion'). The
other two rules (different types, a one-sided report) read what the coder may have missed or coded otherwise,
so in a cluster they weigh as a score of 0, not as a wall (as walls they cost 0.014 CoNLL F1 in cross-validation
on the ECB+ training topics); so do `apart`, 'unpinned' (what is not known, not what cannot be) and 'things' (two
articles may name one thing by two nouns the merge has no thesaurus for: 'the flaw', 'the bug').
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.lang.en.lex_attrs import like_num
from spacy.lang.en.stop_words import STOP_WORDS

from dossier.facts.lexicon import lexicon as lexicon_of_figures
from dossier.facts.lexicon import money_words
from dossier.merge.average_link import SMALL, flat_clusters
from dossier.merge.intervals import interval
from dossier.merge.reports import Actors, Report, content_words, cosine, stem
from dossier.model import Event

MODEL = Path(__file__).parent / "model" / "coref.json"
MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts told either way round ('A met B', 'B met A')
NATION = "nation"  # `blocking_keys`: (type, NATION, country) joins a country and its people for MUTUAL acts
VISIT, HOSTING = "visit", "043"  # the CONSULT mode of a journey, and CAMEO's code for hosting one (host first)
MATCH_DAYS = 31   # a date vaguer than this (a year, "the past year") cannot confirm that two reports meet
SLACK = timedelta(days=1)  # an article dated the day before or after the act it reports (time zones, wires)
_PAST, _FUTURE = date.min + 2 * SLACK, date.max - 2 * SLACK  # the open ends of a window
FEATURES = ("same_trigger", "same_mode", "same_type", "shared_participants", "both_sides", "side_conflict",
            "date_match", "same_place", "sentence_similarity", "document_similarity", "same_document",
            "articles_apart", "alike_articles", "alike_same_trigger", "story_similarity")
ALIKE = 0.2  # articles this alike (idf-weighted cosine of their words) tell one story; chosen on ECB+ training topics
VETOES = frozenset({"time", "mode", "status", "participants", "place", "statements", "another", "objects",
                    "occasion", "turned", "sentence", "doers", "background"})  # walls
# words that tell an act from one an article told before ('a separate meeting with …', 'another visit'); not
# ordinals: 'his second visit to Peru' is the visit the article announces
_ANOTHER = re.compile(r"\b(?:separate|different|another)((?:\s+[\w'’-]+){1,3})",
                      re.IGNORECASE)
# a meeting told as one more of the kind an article told before ('the ministers met again on Thursday'; `_told_again`)
_AGAIN = frozenset({"again", "anew"})
_AGAIN_REACH = 5
_STRETCHES = re.compile(r"[,;:.!?()\"“”—–]")
_WORD = re.compile(r"[\w'’-]+")
# 'also' before an act's own word, auxiliaries between ('was also arrested', 'have also been charged'): one more act
# of the kind an article has told ('a second courier was also detained'); not in a meeting, where 'also discussed …'
# adds a topic to the meeting told before
_ALSO = re.compile(r"\balso((?:\s+(?:been|being|be|was|were|is|are|has|have|had))*\s+[\w'’-]+)", re.IGNORECASE)
# acts done by saying something, each sentence its own ('X backs Y in …', 'X also backs Y as …'); not
# accusations, rejections or threats, which news tells again in other words ('denied' … 'his claims';
# 'voted against' … 'opposed')
STATEMENTS = frozenset({"SUPPORT", "REQUEST"})
# a figure in an act's object: a number, not a year ('its 1984 statements') nor a day after a month ('from March 1')
_FIGURE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?![\w])")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
GAP_DAYS = 90  # articles this far apart or more count as far apart
WEEK = 7  # days: the grain to which two reports of a statement said again and again must tell one occasion
SIGNING = "057"  # the CAMEO code of a formal agreement signed
NEAR_DAYS = GAP_DAYS  # an undated report meets only reports of articles at most this many days from its own
# the share of the names and numbers in two articles' story similarity (the words weigh the rest); chosen by
# cross-validation on the ECB+ training topics (0.3, 0.5, 0.6, 0.7, 0.85 tried; see docs/evaluation.md)
NAMES_SHARE = 0.7
_PRECISION_WEIGHT = ((1, 1.0), (7, 0.75), (MATCH_DAYS, 0.5))  # (span in days up to, weight) of a date that agrees


# --- what a report says -------------------------------------------------------------------------------------

def match_span(event: Event) -> tuple[date, date] | None:
    """The event's date when it is precise enough to tell two events apart (a month or finer)."""
    span = interval(event.date)
    return span if span and (span[1] - span[0]).days <= MATCH_DAYS else None


def possible(report: Report) -> tuple[date, date] | None:
    """When the event a report speaks of can have taken place: its own date, narrowed by what its article's
    date allows (an act told as done on or before that day, a plan on or after it); None when nothing is known.
    Remembered with the report for its very event."""
    known = report.__dict__.get("_possible")
    if known is not None and known[0] is report.event:
        return known[1]
    found = _possible(report)
    report.__dict__["_possible"] = (report.event, found)
    return found


def _possible(report: Report) -> tuple[date, date] | None:
    span = interval(report.event.date)
    if report.published is None or report.event.status not in ("occurred", "planned"):
        return span
    if report.event.status == "planned":
        window = (report.published - SLACK, _FUTURE)
    else:
        window = (_PAST, report.published + SLACK)
    if span is None:
        return window
    lo, hi = max(span[0], window[0]), min(span[1], window[1])
    return (lo, hi) if lo <= hi else span  # a date against its article's day: the date wins


@lru_cache(maxsize=1)
def _lemma_tables():
    """The lookup tables of the installed spaCy pipeline's lemmatizer, or None when it has none."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from dossier.config import Settings

    try:
        root = get_package_path(Settings.from_env().spacy_model)
        folder = next(root.glob("*/lemmatizer/lookups"))
        return Lookups().from_disk(folder)
    except (ImportError, StopIteration, OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def _irregular() -> tuple[dict, dict]:
    """The irregular verb and noun forms of the installed spaCy pipeline's lemmatizer ('met' -> meet, 'shot' ->
    shoot, 'men' -> man); empty when the pipeline has no lookup tables."""
    try:
        exceptions = _lemma_tables().get_table("lemma_exc")
        return dict(exceptions.get("verb", {})), dict(exceptions.get("noun", {}))
    except (AttributeError, KeyError):
        return {}, {}


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The base forms the lemmatizer's tables know as nouns (WordNet's: 'port', 'mining', 'fishery'); empty when
    the pipeline has no lookup tables."""
    try:
        return frozenset(_lemma_tables().get_table("lemma_index").get("noun", ()))
    except (AttributeError, KeyError):
        return frozenset()


def lemma_stem(word: str) -> str:
    """A word's stem after its irregular form is undone: 'met' and 'meeting' -> meet, 'shot' and 'shooting' ->
    shoot."""
    verbs, nouns = _irregular()
    lower = word.lower()
    forms = verbs.get(lower) or nouns.get(lower)
    return stem(forms[0] if forms else lower)


def trigger_stems(event: Event) -> frozenset[str]:
    """Stem of the word that names the event: the noun after a light verb ('held … talks' -> talk), else the
    trigger's first word ('met' -> meet, 'checked into' -> check)."""
    trigger = event.trigger or ""
    words = trigger.split("…")[-1].split()[-1:] if "…" in trigger else trigger.split()[:1]
    return frozenset(lemma_stem(w) for w in words)


def _sides(event: Event, actors: Actors) -> tuple[frozenset[str], frozenset[str]]:
    """(source, target); a visit always as (visitor, host): a hosting ('X hosted Y', CAMEO 043) is turned.
    Remembered by `actors` for the very event (a pair's reports are compared many times in a merge)."""
    known = actors.sides.get(id(event))
    if known is not None and known[0] is event:
        return known[1]
    source, target = actors.normal(event.source), actors.normal(event.target)
    sides = (target, source) if event.mode == VISIT and (event.cameo or "").startswith(HOSTING) else (source, target)
    actors.sides[id(event)] = (event, sides)
    return sides


def _as_members(a: Event, b: Event, sa: tuple[frozenset, frozenset], sb: tuple[frozenset, frozenset],
                actors: Actors) -> tuple[tuple[frozenset, frozenset], tuple[frozenset, frozenset]]:
    """Two reports' sides (`_sides` of events a and b) of an act the two sides do together or a visit, with a
    country one report names where the other names only state bodies or known persons of that country (its
    leader, its ministry) read as those: 'Shultz held talks with the Philippines' and 'Shultz met President
    Aquino' name one meeting. Only the country itself, not a place in it ('visited Iowa'); and not for a directed
    act, where who speaks or whom it is aimed at tells two acts apart ('the government blamed …' and 'the foreign
    minister alleged …'; an invitation to the president and a demand of her country). The persons or bodies are
    those of the other report that the report does not name itself. A country both reports name stays itself."""
    kind = _kind(a, b)
    if not actors.nation or (kind not in MUTUAL and kind != VISIT):
        return sa, sb

    def widen(event: Event, sides: tuple[frozenset, frozenset], other: tuple[frozenset, frozenset]
              ) -> tuple[frozenset, frozenset]:
        named = set(event.source) | set(event.target)
        everyone = other[0] | other[1]
        members: dict[str, set[str]] = defaultdict(set)
        for i in everyone - sides[0] - sides[1]:
            country = actors.nation.get(i)
            if country and country not in everyone and country in named:
                members[country].add(i)
        if not members:
            return sides
        return tuple(frozenset(j for i in side for j in (members.get(i) or (i,))) for side in sides)

    return widen(a, sa, sb), widen(b, sb, sa)


def _wholly_apart(u: frozenset[str], v: frozenset[str], actors: Actors, across: bool = True) -> bool:
    """Whether two sides of two reports name no one another report may name otherwise: each names an actor no other
    id may stand for ('A met B', 'A met C'), or, in two articles (`across`), each stands wholly for states and no
    state is on both (`_states`: 'Brazilian authorities opened talks with the banks' and 'Argentina is negotiating
    with the banks'). Not by states within one article, whose later mentions of an act ('the meeting') are where
    the roles stage most often fills a side from the wrong state ('the German president met the German
    government')."""
    if u - actors.uncertain and v - actors.uncertain:
        return True
    if not across:
        return False
    su, sv = _states(u, actors), _states(v, actors)
    return bool(su and sv and not su & sv)


def _states(ids: frozenset[str], actors: Actors) -> frozenset[str] | None:
    """The states a side stands for when each of its ids stands for one: a country or a place in it, a state body
    (a generic agent of its state among them: 'Brazilian authorities') or a known person of it (`Actors.nation`);
    None when any id stands for none (a firm, an unknown person, an agent of no country)."""
    out = set()
    for i in ids:
        state = actors.country_of.get(i) or actors.nation.get(i)
        if not state:
            return None
        out.add(state)
    return frozenset(out)


def _travellers(visitors: frozenset[str], actors: Actors) -> frozenset[str]:
    """The visitors named as people or bodies (not a country, a place, an agent or an unknown name)."""
    return frozenset(i for i in visitors if i not in actors.uncertain and actors.country_of.get(i) != i)


def _kind(a: Event, b: Event) -> str | None:
    """What decides whether two reports' sides may be turned: a visit, when both are (`_oriented`), else the type."""
    return VISIT if a.mode == b.mode == VISIT else a.type or b.type


def _oriented(a: tuple[frozenset, frozenset], b: tuple[frozenset, frozenset], kind: str | None = None
              ) -> tuple[frozenset, frozenset]:
    """b's sides turned to face a's way when that matches more ('Xi met Boluarte' against 'Boluarte met Xi'),
    for acts the two sides do together; a directed act ('X invited Y') is never turned, nor a visit ('X visited
    Y' and 'Y visited X' are two journeys; `_sides` has already put both visits' visitors first)."""
    if kind and kind not in MUTUAL:
        return b
    straight = len(a[0] & b[0]) + len(a[1] & b[1])
    swapped = len(a[0] & b[1]) + len(a[1] & b[0])
    return (b[1], b[0]) if swapped > straight else b


def story_similarity(a: Report, b: Report, words: float | None = None) -> float:
    """How alike two reports' articles are as stories: the cosines of their words and of their names and numbers
    (both idf-weighted), the names weighing NAMES_SHARE; the words alone when either article has no names; 1 when
    either article's words are unknown (nothing tells the stories apart). `words`: the words' cosine when known."""
    if not (a.document_vector and b.document_vector):
        return 1.0
    if words is None:
        words = cosine(a.document_vector, b.document_vector)
    if not (a.names and b.names):
        return words
    return (1.0 - NAMES_SHARE) * words + NAMES_SHARE * _article_cosine(a, b, "names_vector")


def _article_cosine(a: Report, b: Report, vector: str) -> float:
    """`cosine` of two reports' article vectors (`vector`: which), remembered with a's article for b's (the very
    vectors): the reports of two articles are compared pair by pair, their articles' cosine is the same."""
    va, vb = getattr(a, vector), getattr(b, vector)
    if a.shared is None:
        return cosine(va, vb)
    known = a.shared.setdefault(vector + " cosines", {})
    found = known.get(b.doc)
    if found is None or found[0] is not va or found[1] is not vb:
        found = known[b.doc] = (va, vb, cosine(va, vb))
    return found[2]


def _sparse_gram(vectors: list[dict[str, float]]) -> np.ndarray:
    """Every two sparse vectors' dot products through scipy's sparse matrices (a large group of articles)."""
    from scipy.sparse import csr_matrix

    index: dict[str, int] = {}
    rows, cols, values = [], [], []
    for n, vector in enumerate(vectors):
        for key, value in vector.items():
            rows.append(n)
            cols.append(index.setdefault(key, len(index)))
            values.append(value)
    m = csr_matrix((values, (rows, cols)), shape=(len(vectors), max(1, len(index))))
    return (m @ m.T).toarray()


def story_similarities(reports: list[Report]) -> np.ndarray:
    """`story_similarity` of every two of the reports (one per article), as a matrix: sparse products over the
    articles' vectors, so that a large group of articles costs little."""
    def matrix(vectors: list[dict[str, float]]) -> np.ndarray:
        return _gram(vectors) if len(vectors) <= SMALL else _sparse_gram(vectors)

    words = matrix([r.document_vector for r in reports])
    named = np.array([bool(r.document_vector and r.names) for r in reports])
    out = np.where(named[:, None] & named[None, :],
                   (1.0 - NAMES_SHARE) * words + NAMES_SHARE * matrix([r.names_vector for r in reports]), words)
    bare = np.array([not r.document_vector for r in reports])
    out[bare[:, None] | bare[None, :]] = 1.0
    return out


def _gram(vectors: list[dict[str, float]]) -> np.ndarray:
    """Every two vectors' dot product as scipy's sparse `m @ m.T` makes it (the keys numbered as first met, each
    sum taken from 0.0 over the shared keys in that order), for a few vectors without importing scipy."""
    index: dict[str, int] = {}
    for vector in vectors:
        for key in vector:
            index.setdefault(key, len(index))
    rows = [dict(sorted((index[k], float(v)) for k, v in vector.items())) for vector in vectors]
    out = np.zeros((len(vectors), len(vectors)))
    for i, a in enumerate(rows):
        for j, b in enumerate(rows[: i + 1]):
            total = 0.0
            for k, v in a.items():
                w = b.get(k)
                if w is not None:
                    total += v * w
            out[i, j] = out[j, i] = total
    return out


def _place(event: Event, actors: Actors) -> str | None:
    if not event.location or event.location in actors.vague:
        return None
    return event.location


def _country(place: str, actors: Actors) -> str:
    return actors.country_of.get(place, place)


# --- the rules ----------------------------------------------------------------------------------------------

def incompatible(a: Report, b: Report, actors: Actors | None = None) -> str | None:
    """Why two reports cannot be one event, or None when nothing rules it out."""
    actors = actors or Actors()
    ea, eb = a.event, b.event
    if ea.type and eb.type and ea.type != eb.type:
        return "type"
    if ea.type == "CONSULT" and ea.mode and eb.mode and ea.mode != eb.mode:
        return "mode"  # a visit, a meeting, a negotiation are different occasions
    if ea.type == eb.type == "AGREE" and _intent_and_signing(ea, eb):
        return "mode"  # 'pledged to widen cooperation' and 'signed a protocol' are two acts
    pa, pb = possible(a), possible(b)
    if pa and pb and not (pa[0] <= pb[1] + SLACK and pb[0] <= pa[1] + SLACK):
        return "time"
    if _background(a, b):
        return "background"  # 'Ruvia has rejected its new quota' and 'Last November, Ruvia rejected its first one'
    la, lb = _place(ea, actors), _place(eb, actors)
    if la and lb and la in actors.country_of and lb in actors.country_of \
            and actors.country_of[la] != actors.country_of[lb]:
        return "place"
    raw_a, raw_b = _sides(ea, actors), _sides(eb, actors)
    sa, sb = _as_members(ea, eb, raw_a, raw_b, actors)
    if _kind(ea, eb) == VISIT and _travellers(sa[0], actors) and _travellers(sb[0], actors) \
            and not sa[0] & sb[0]:
        return "participants"  # two journeys: 'A visited …' and 'B visited …', A and B named people or bodies
    if all(sa) and all(sb):
        sb = _oriented(sa, sb, _kind(ea, eb))
        pairs = ((sa[0], sb[0], sa[1], sb[1]), (sa[1], sb[1], sa[0], sb[0]))
        if ea.type and eb.type and any(x & y and not (u & v) and _wholly_apart(u, v, actors, a.doc != b.doc)
                                       for x, y, u, v in pairs):
            return "participants"  # 'A met B' and 'A met C': one side the same, the other wholly different, named
        if a.doc == b.doc and _turned(sa, sb, _kind(ea, eb), actors) and not (_headline(a) or _headline(b)):
            return "turned"  # one article: 'A invited B' and 'C invited A', the doer of one the other's target
    elif a.doc == b.doc and any(sa) and any(sb) and _turned(sa, sb, _kind(ea, eb), actors) \
            and not (_headline(a) or _headline(b)):
        return "turned"  # one article: 'A accused B' and 'A was accused of …' (no accuser named): A on both sides
    elif a.doc != b.doc and ea.type and eb.type:
        shared = (raw_a[0] | raw_a[1]) & (raw_b[0] | raw_b[1])  # a country read as its leader shares no one
        named = {i for i in shared if actors.country_of.get(i) != i}  # a person or a body, not a whole country
        ma, mb = match_span(ea), match_span(eb)
        if not named and not (ma and mb and ma[0] <= mb[1] + SLACK and mb[0] <= ma[1] + SLACK):
            return "one-sided"  # 'the US will cooperate' says too little to be another article's act, undated
    if a.doc == b.doc and _doers_apart(sa[0], sb[0], _kind(ea, eb), actors):
        return "doers"  # one article: 'Greyhound asked the ICC …' and 'Justice had asked the ICC …': two requests
    if a.doc != b.doc and said_again(ea) and said_again(eb) and not figures(ea) & figures(eb):
        told = occasions(a, b)
        if told == "two":
            return "occasion"  # 'the two sides agreed to deepen cooperation' in June and in November: two acts
        if told is None and _said_again()[ea.type].get("unpinned") != ("score",):
            return "unpinned"  # nothing pins one of them to the other's week: not known to be one act
    if a.doc == b.doc and ea.type in STATEMENTS and (ea.type, ea.mode) == (eb.type, eb.mode) \
            and a.sentence != b.sentence \
            and sa[0] & sb[0] and sa[1] & sb[1] and not trigger_stems(ea) & trigger_stems(eb):
        return "statements"  # one article: 'X supports Y in …' and, further on, 'X also backs Y as …' are two
    if objects_differ(ea, eb) if a.doc == b.doc else sums_differ(ea, eb):
        return "objects"  # 'agreed to buy 10 pct of X' and 'to sell its unit' in one article; two sums of money
    if a.doc != b.doc and not _dates_meet(ea, eb) and things_differ(ea, eb):
        return "things"  # two articles, no dates that meet: 'vetoed the trade bill' and 'vetoed the budget'
    if a.doc == b.doc:
        first, later = sorted((ea, eb), key=_position)
        if _told_as_another(later) and not _told_as_another(first):
            return "another"  # one article: 'met the president' and, further on, 'a separate meeting with …'
        if _told_as_more(later, first) and not _told_as_more(first, later):
            return "another"  # one article: 'a courier was detained' and, further on, 'another was also detained'
    if ea.type == eb.type == "COERCE" and _sentence(ea) != _sentence(eb):
        return "sentence"  # 'police arrested him' and 'he was sentenced to life': an arrest and a prison term
    if a.doc == b.doc and {ea.status, eb.status} in ({"occurred", "planned"}, {"occurred", "hypothetical"}):
        done, other = (ea, eb) if ea.status == "occurred" else (eb, ea)
        if interval(done.date) and (other.status == "planned" or _not_before(other, done)):
            return "status"  # one article: an act it dates in the past and one it announces or only supposes
    if a.doc != b.doc and _done_then_planned(a, b):
        return "status"  # 'met today' and, in an article of the same day, 'will meet tomorrow': two meetings
    if apart(a, b):
        return "apart"  # an undated report is only another article's act when the articles are near in time
    return None


def _not_before(other: Event, done: Event) -> bool:
    """Whether an act told only as possible is undated or dated after the end of an act told as done (`incompatible`,
    'status'): 'the US would oppose parts of the plan' beside 'the US proposed in July …'; not 'may have met on
    Monday' beside 'met on Monday', one act told with a hedge."""
    span, known = interval(other.date), interval(done.date)
    return span is None and not (other.date and other.date.end) or bool(span and known and span[0] > known[1])


def _day(event: Event) -> date | None:
    """The one day an act is dated to, told in its own sentence (not borrowed from a visit), or None."""
    span = interval(event.date)
    return span[0] if span and span[0] == span[1] and not event.date.inferred else None


def _done_then_planned(a: Report, b: Report) -> bool:
    """Across articles: whether one report tells an act done on a day and the other, in an article written on or
    after that day, announces one for a later day ('the summit opened today' and, in another wire of that day,
    'the farm ministers will meet tomorrow'): an act already done is not announced for a later day. Both dates to
    the day; one article's day on either side of the act's (`SLACK`) is for an article's date, not for two days
    the articles themselves name."""
    statuses = {a.event.status, b.event.status}
    if statuses != {"occurred", "planned"}:
        return False
    done, plan = (a, b) if a.event.status == "occurred" else (b, a)
    when, then = _day(done.event), _day(plan.event)
    return bool(when and then and then > when and plan.published and plan.published >= when)


def _background(a: Report, b: Report) -> bool:
    """Whether one report tells an act as done with no date and the other dates its act wholly before the undated
    one's article's day by more than a span: the undated act is that article's news (or another act of the time
    since), the dated one its background or an older act, not one event whose date it would take ('Iraq has
    rejected its new quota …' and 'Last December, Iraq rejected its quota …'; 'OPEC agreed in December to cut
    output' and, further on, 'Norway and Egypt agreed to help OPEC'). Within one article the span is `MATCH_DAYS`,
    both acts told as done, in two sentences, the date the dated one's own (not borrowed from a visit); across
    articles it is `NEAR_DAYS`, as `apart` reads an undated report, and the dated report's date is narrowed by its
    own article's day (`possible`). Either order."""
    return _told_before(a, b) or _told_before(b, a)


def _told_before(undated: Report, dated: Report) -> bool:
    """`_background` one way round: `undated` the undated act told as done, `dated` the act dated before it."""
    told = undated.event
    if undated.published is None or told.status != "occurred" or interval(told.date) or (told.date and told.date.end):
        return False
    same = undated.doc == dated.doc
    if same and (_position(told) == _position(dated.event) or dated.event.status != "occurred"
                 or (dated.event.date and dated.event.date.inferred)):
        return False
    span = possible(dated) if interval(dated.event.date) else None
    reach = timedelta(days=MATCH_DAYS if same else NEAR_DAYS)
    return bool(span and span[1] < undated.published - reach)


def _intent_and_signing(a: Event, b: Event) -> bool:
    """Whether one of two agreements is a formal agreement signed (CAMEO 057) and the other a side's stated intent
    (CAMEO 03x: a pledge, a promise, support, an offer), not the agreement reached ('agreed', 'concluded')."""
    def intent(e: Event) -> bool:
        return (e.cameo or "").startswith("03") and e.mode != "agree"
    def signing(e: Event) -> bool:
        return (e.cameo or "").startswith(SIGNING)
    return (signing(a) and intent(b)) or (signing(b) and intent(a))


def said_again(event: Event) -> bool:
    """Whether an act is one that sides do again and again (`data/said_again.yaml`), so that two articles' reports
    of it are one act only where they tell one occasion: a statement of intent or an agreement reached (AGREE other
    than a formal agreement signed, CAMEO 057: 'agreed to deepen cooperation', 'pledged to widen ties', 'is willing
    to promote …'), words of support or praise (SUPPORT, CAMEO 050–053: 'voiced support for', 'praised'; not a
    recognition, given once), a telephone call (CONSULT 041). A report's CAMEO code decides; its mode where it
    carries none."""
    kinds = _said_again().get(event.type or "")
    if kinds is None:
        return False
    code, mode = event.cameo or "", event.mode or ""
    if "except_codes" in kinds or "except_modes" in kinds:
        excepted = code.startswith(kinds.get("except_codes", ())) if code else False
        return not excepted and mode not in kinds.get("except_modes", ())
    if code:
        return code.startswith(kinds.get("codes", ()))
    return mode in kinds.get("modes", ())


@lru_cache(maxsize=1)
def _said_again() -> dict[str, dict[str, tuple[str, ...]]]:
    """`data/said_again.yaml`: {type: {"codes" | "modes" | "except_codes" | "except_modes" | "unpinned": (…)}}."""
    from dossier.data_files import load_yaml

    data = load_yaml(Path(__file__).parent / "data" / "said_again.yaml")
    return {kind: {key: tuple(str(v) for v in (values if isinstance(values, list) else [values]))
                   for key, values in entry.items()}
            for kind, entry in data.items()}


def occasion(report: Report) -> tuple[date, date] | None:
    """When a statement was made, to a week: its date when told to a day or a week; for an undated report, the
    week up to its article's day (news tells a statement within days of its making), or, where the article's
    content only bounds its day ('since the November summit'), any day from a week before that bound on. None
    when nothing pins it to a week: a date vaguer than that ('in June', '2009', 'before the vote'), or neither
    the report nor its article dated."""
    span = interval(report.event.date)
    if span is not None:
        return span if (span[1] - span[0]).days <= WEEK else None
    if report.event.date is not None and report.event.date.end:
        return None  # told as done before a day ('before the June vote'): no occasion
    if report.published is not None:
        return (report.published - timedelta(days=WEEK), report.published + SLACK)
    if report.written_after is not None:
        return (report.written_after - timedelta(days=WEEK), _FUTURE)
    return None


def occasions(a: Report, b: Report) -> str | None:
    """Whether two reports of a statement said again and again (`said_again`) tell one occasion: "one" when both
    are pinned to a week (`occasion`) and the weeks meet, "two" when both are and they do not, None when either
    is pinned to none."""
    oa, ob = occasion(a), occasion(b)
    if oa is None or ob is None:
        return None
    return "one" if oa[0] <= ob[1] + SLACK and ob[0] <= oa[1] + SLACK else "two"


def apart(a: Report, b: Report) -> bool:
    """Whether two reports of two dated articles, one of them undated, were written more than NEAR_DAYS apart:
    an undated report's event lies near its article's day (the time stage dates nothing else for it), so it is
    not compared with the reports of articles far from it. This bounds which reports an undated one meets
    (`store.increments.candidates` asks the same in SQL), so that a merge's cost does not grow with the archive."""
    if a.published is None or b.published is None or a.doc == b.doc:
        return False
    if interval(a.event.date) and interval(b.event.date):
        return False  # two dated reports: their dates decide ('time')
    return abs((a.published - b.published).days) > NEAR_DAYS


def act_object(event: Event) -> str | None:
    """What the act is done to or about (`Event.issue`), unless the phrase the roles stage took for it names no
    thing: a time phrase ('signed a protocol on Thursday' -> 'Thursday'; 'last week', 'June 26') dates the act,
    and a pronoun ('the agreement that they concluded' -> 'that') only points at a word told elsewhere. Neither
    tells two acts apart nor one act's reports together."""
    text = event.issue
    if not text:
        return None
    content = content_words(text)
    calendar, parts = _calendar_words()
    if not content or (all(w in calendar or w in parts for w in content) and not all(w in parts for w in content)):
        return None
    return text


@lru_cache(maxsize=1)
def _calendar_words() -> tuple[frozenset[str], frozenset[str]]:
    """The time stage's calendar words (`time.lexicon.calendar_words`); and apart, the words of a part of a period
    ('early', 'end'), which are time words only beside a period ('early next week', not 'to end it')."""
    from dossier.time.lexicon import calendar_words, lexicon

    return calendar_words(), frozenset(lexicon()["parts"])


def object_words(event: Event) -> frozenset[str]:
    """The stems of the content words of what the act is done to or about (`act_object`: its object, or the
    clause it commits to or asks for: 'to sell its unit' -> sell, unit), irregular forms undone (`lemma_stem`:
    'men' -> man, 'sold' -> sell); names count, figures do not."""
    return frozenset(lemma_stem(w) for w in content_words(act_object(event) or ""))


_CLAUSE = frozenset({"to", "not", "never"})  # an object that opens so is a clause ('to sell its unit'), not a noun
_EDGE = ".,;:!?\"'()[]<>`’‘“”"


def object_head(event: Event) -> tuple[str, frozenset[str]] | None:
    """The head noun of what the act is done to (`act_object`) when that is a noun phrase, and the common nouns
    before it that say which thing it is, both as `lemma_stem`s: 'the port deal' -> (deal, {port}); 'the
    fisheries accords' -> (accord, {fisheri}). Not a word that tells a stage, a rank or a size ('the final accord'
    -> (accord, {}); `data/describing_words.yaml`), an adjective ('the new accord'), nor a name or a demonym ('the
    Chancay port', 'the Peruvian port' -> (port, {})): one thing is named by its name and by its country, and
    names are compared as words (`objects_differ`). The noun phrase ends where a preposition, a relative, a
    conjunction, a participle or a bracket begins its complement ('a loan of 45 mln dlrs', 'loans totalling …',
    'the deal, which …'). None for a clause ('to sell its unit') or an object with no content word."""
    words = _head_words(event)
    if not words:
        return None
    describing = _describing_words()
    which = frozenset(lemma_stem(w) for w in words[:-1]
                      if not w[:1].isupper() and _is_noun(w.lower()) and w.lower() not in describing)
    return lemma_stem(words[-1]), which


def _head_words(event: Event) -> list[str]:
    """The content words of the noun phrase of what the act is done to, up to its head (`object_head`), as
    written; empty for a clause or an object with no content word."""
    text = act_object(event)
    if not text:
        return []
    tokens = text.split()
    if tokens[0].lower() in _CLAUSE:
        return []
    words: list[str] = []
    for token in tokens:
        if words and token[:1] in "([":
            break  # an apposition in brackets: 'the International Monetary Fund (IMF)'
        word = token.strip(_EDGE)
        possessive = word.lower().endswith(("'s", "’s"))
        word = word[:-2] if possessive else word
        lower = word.lower()
        if words and (lower in STOP_WORDS or _participle(lower)):
            break
        if content_words(word):
            words.append(word)
        if token[-1:] in ",;:)":
            break  # a comma or a bracket closes the phrase
    return words


def _participle(word: str) -> bool:
    """Whether a word after a noun begins a participle phrase ('loans totalling …', 'talks aimed at …'): an -ing or
    -ed form that is no noun ('mining', 'building' are)."""
    return word.endswith(("ing", "ed")) and not _is_noun(word)


def _is_noun(word: str) -> bool:
    """Whether the lemmatizer's tables know a word, or its singular, as a noun ('fisheries' -> fishery)."""
    nouns = _nouns()
    if word in nouns:
        return True
    irregular = _irregular()[1].get(word)
    if irregular and irregular[0] in nouns:
        return True
    if word.endswith("ies") and word[:-3] + "y" in nouns:
        return True
    return (word.endswith("es") and word[:-2] in nouns) or (word.endswith("s") and word[:-1] in nouns)


@lru_cache(maxsize=1)
def _describing_words() -> frozenset[str]:
    return frozenset(_describing_data()["words"])


@lru_cache(maxsize=1)
def _describing_data() -> dict:
    from dossier.data_files import load_yaml

    return load_yaml(Path(__file__).parent / "data" / "describing_words.yaml")


@lru_cache(maxsize=1)
def _general_heads() -> frozenset[str]:
    """The stems of head nouns that name a thing by its kind alone (`describing_words.yaml`, general_nouns: 'the
    plan', 'the measure'), an act told before (`events/data/acts_named_again.yaml`: 'the deal', 'the attack') or a
    time (the time stage's calendar words, 'the month'): another article may name by them what this one names by
    its own noun, or they name no thing."""
    from dossier.events.named_again import dated_again

    calendar, _ = _calendar_words()  # a time ('the month', 'the fourth time') is no thing
    return frozenset(lemma_stem(w) for w in (*_describing_data()["general_nouns"], *dated_again(), *calendar))


def things_differ(a: Event, b: Event) -> bool:
    """Across articles: whether two acts are done to two different things, each named by a common noun of its own
    (`_thing`: 'vetoed the trade bill' and 'vetoed the budget'; 'the trade bill' and 'the new spending plan'; 'seized
    a fuel tanker' and 'seized the cargo plane'), the objects sharing no content word ('the bill' and 'the trade
    bill' are one bill; 'the spending plan' and 'the spending bill' may be one). Undated acts only (`incompatible`):
    two dates that meet may tie one act's two wordings."""
    ta, tb = _thing(a), _thing(b)
    return bool(ta and tb and ta != tb and not object_words(a) & object_words(b))


def _thing(event: Event) -> str | None:
    """The stem of the common noun that says what thing an act is done to: the head of its object (`_head_words`),
    or, where the head names a thing only by its kind, an act told before or a time (`_general_heads`: 'plan',
    'deal', 'time'), the nearest noun before it ('the new spending plan' -> spend). None where that word is a name
    (other articles shorten or spell it out: 'Internet Explorer', 'IE'), a figure, a word of stage or rank, or no
    noun ('the new plan'), or the object is a clause."""
    general, describing = _general_heads(), _describing_words()
    for word in reversed(_head_words(event)):
        lower = word.lower()
        if word[:1].isupper() or like_num(lower) or lower in describing or not _is_noun(lower):
            return None
        found = lemma_stem(word)
        if found not in general:
            return found
    return None


def figures(event: Event) -> frozenset[str]:
    """The figures the act's object names ('10 pct', '76 counts', '1,736 tonnes' -> 10, 76, 1736): not a year
    ('the 1984 accounts') nor a day after a month ('from March 1'), which date the object rather than size it."""
    return frozenset(number for number, _ in _figures(act_object(event) or ""))


def _figures(text: str):
    """(figure, match) of each figure of a text (`figures`)."""
    for m in _FIGURE.finditer(text):
        number = m.group(1).replace(",", "")
        before = text[:m.start()].split()[-1:]
        if _YEAR.fullmatch(number) or (before and before[0].lower().strip(".") in _months()):
            continue
        yield number, m


def sums(event: Event) -> frozenset[str]:
    """The sums of money among the figures of the act's object (`figures`): a figure with a currency sign before it
    ('$50 mln') or a currency word among the two words after it ('260 mln dlrs', '24 mln stg', 'a 500 mln-dlr
    loan'; the facts stage's currencies, facts/data/currencies.yaml)."""
    text = act_object(event) or ""
    words = money_words()
    out = set()
    for number, m in _figures(text):
        after = re.split(r"[\s-]+", text[m.end():].strip().lower())[:2]
        if _sign_before(text[:m.start()]) or any(w.strip(_EDGE) in words for w in after):
            out.add(number)
    return frozenset(out)


def _sign_before(before: str) -> bool:
    """Whether the text before a figure ends in a currency's sign ("$", "US$", "Rs": the facts stage's list)."""
    last = before.split()[-1:]
    if not last:
        return False
    symbols = lexicon_of_figures().symbols
    return last[0] in symbols or last[0].endswith(tuple(s for s in symbols if not s[-1].isalpha()))


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    from dossier.time.lexicon import lexicon

    return frozenset(lexicon()["months"])


def sums_differ(a: Event, b: Event) -> bool:
    """Whether two acts' objects both name sums of money (`sums`) and no sum is the same ('a loan of 50 mln dlrs',
    'a loan of 20 mln dlrs'; '456 mln stg assistance', '24 mln stg help'): two sums, two acts, in two articles as in
    one. Not other figures across articles, which reports revise as they come in (a toll of 12 dead, then 15), nor
    words, which another article words otherwise ('Internet Explorer', 'the IE browser bug'): those are compared
    within one article (`objects_differ`); across articles only the head nouns of undated acts (`things_differ`)."""
    fa, fb = sums(a), sums(b)
    return bool(fa and fb and not fa & fb)


def objects_differ(a: Event, b: Event) -> bool:
    """Whether two acts' objects tell them apart: both name figures and no figure is the same ('a loan of 50
    mln dlrs', 'a loan of 20 mln dlrs'); or both are described by more than a bare head noun and share no
    content word ('to buy 10 pct of X' and 'to sell its unit'; 'speedy action' and 'greater access to …'); or
    both have one head noun (`object_head`, its lemma: 'deal' and 'deals'), each names which one by a word before
    it, those words differ and nothing but the head is shared ('the port deal' and 'the mining deal'; 'the
    fisheries accord' and 'the trade accord'). A bare head ('the accord', 'the agreement', 'the deal') names the
    kind of thing, not which one: it is how an article refers back to the act it has told, so it tells nothing
    apart; nor does a head that one report describes and the other does not ('port', 'the Chancay port'), nor
    two heads that share a word before them ('the trade accord', 'the free trade agreement')."""
    fa, fb = figures(a), figures(b)
    if fa and fb and not fa & fb:
        return True
    wa, wb = object_words(a), object_words(b)
    if len(wa) >= 2 and len(wb) >= 2 and not wa & wb:
        return True
    ha, hb = object_head(a), object_head(b)
    return bool(ha and hb and ha[0] == hb[0] and ha[1] and hb[1] and not ha[1] & hb[1] and wa & wb <= {ha[0]})


def _position(event: Event) -> int:
    return (event.evidence[0].start or 0) if event.evidence else 0


def _told_as_another(event: Event) -> bool:
    """Whether the sentence names the act as one more of its kind ('a separate meeting', 'another state
    visit'): the trigger's own word (its last) is one of the three words after the marker."""
    if not event.trigger or not event.evidence:
        return False
    stem = lemma_stem((event.trigger.split("…")[-1].split() or [""])[-1])
    return any(stem in {lemma_stem(w) for w in m.group(1).split()}
               for m in _ANOTHER.finditer(event.evidence[0].text or ""))


def _told_as_more(event: Event, other: Event) -> bool:
    """Whether a sentence tells an act as one more of the kind another report of its article tells by the same word
    ('a courier was detained' … 'a second courier was also detained'; 'rebels shelled a post' … 'they also shelled
    a depot'): 'also' before its trigger's own word (`_ALSO`), the two triggers of one stem. Not 'also' for a
    meeting (CONSULT): 'they also discussed trade' tells more of the meeting told before; a meeting is told as one
    more by 'again' or 'once more' beside its own word (`_told_again`: 'the council met again on Thursday'), of the
    other's mode whatever its word ('held talks on Monday' … 'met again')."""
    if not event.trigger or not event.evidence:
        return False
    stem = lemma_stem((event.trigger.split("…")[-1].split() or [""])[-1])
    text = event.evidence[0].text or ""
    if event.type == "CONSULT":
        one_day = match_span(event)
        if one_day and one_day[0] == one_day[1] and one_day == match_span(other):
            return False  # 'met again on Thursday' and 'met on Thursday': the lede's meeting told again
        return _told_again(text, stem)
    if stem not in trigger_stems(other):
        return False
    return any(lemma_stem(m.group(1).split()[-1]) == stem for m in _ALSO.finditer(text))


def _told_again(text: str, stem: str) -> bool:
    """Whether a word of the stem stands beside a word of `_AGAIN` in one stretch of the sentence between marks:
    one or two words after it ('again met', 'have again held talks') or at most `_AGAIN_REACH` words before it
    ('met again', 'met the envoy once more'). 'Again, the minister said …' opens a clause of its own."""
    for stretch in _STRETCHES.split(text):
        words = [w.lower() for w in _WORD.findall(stretch)]
        for i, word in enumerate(words):
            once_more = word == "more" and i and words[i - 1] == "once"
            if word in _AGAIN or once_more:
                before = i - 1 if once_more else i
                near = words[i + 1:i + 3] + words[max(0, before - _AGAIN_REACH):before]
                if any(lemma_stem(w) == stem for w in near):
                    return True
    return False


def _turned(sa: tuple[frozenset, frozenset], sb: tuple[frozenset, frozenset], kind: str | None,
            actors: Actors) -> bool:
    """Whether two reports of a directed act (not one two sides do together, `MUTUAL`, nor a visit, whose sides
    `_sides` has already put visitor first) are two acts because the doer of one is the target of the other and
    no one stands on the same side in both ('the Corps invited the residents' and 'the county invited the Corps';
    'A accused B' and 'B accused A'). Asked within one article (`incompatible`): across articles the pairs it
    would rule out already score low, and ruling them out regroups the articles into stories otherwise. The actor
    that changes sides is any id the two reports give (`Actors.normal`: a place as its country, no region or bare
    title) but a place of a country the record has no actor for: one id in both reports stands for one actor,
    known or not ('rebels shelled the port city' and 'the state's gunners shelled rebel positions' are two)."""
    if not kind or kind in MUTUAL or kind == VISIT:
        return False
    if sa[0] & sb[0] or sa[1] & sb[1]:
        return False
    return any(i not in actors.vague and actors.country_of.get(i, i) == i for i in (sa[0] & sb[1]) | (sa[1] & sb[0]))


def _doers_apart(da: frozenset[str], db: frozenset[str], kind: str | None, actors: Actors) -> bool:
    """Whether two reports of a directed act (not one two sides do together, `MUTUAL`, nor a visit) are two acts
    because each names its doers and no doer of one may be a doer of the other ('Greyhound asked the ICC to …' and
    'Justice had asked the ICC to …'; a lobby's opposition and a state's); asked within one article (`incompatible`),
    where the entities stage has already joined the names of one actor. Two ids may be one doer (`_may_be_one`)
    when one is a generic agent ('officials'), when both stand for one state (a country, its bodies, its people:
    'the U.S. proposed …' and 'Samuels proposed …'; `Actors.nation`, `Actors.state_side`; not two people,
    `Actors.persons`), or when their names share a word that is no legal form or common noun of bodies
    (`data/doers.yaml`: 'Justice' and 'the Justice Department')."""
    if not kind or kind in MUTUAL or kind == VISIT or not (da and db) or da & db:
        return False
    return not any(_may_be_one(i, j, actors) for i in da for j in db)


def _may_be_one(i: str, j: str, actors: Actors) -> bool:
    """Whether two ids of one article may be one doer (`_doers_apart`). Two people are one only by a shared name
    word: one article's two names of people are two people ('Binney urged Japan …' and 'Atkinson urged Japan …',
    two bankers of one country), where a person and a state body or a country may stand for one state."""
    if i.startswith("agent:") or j.startswith("agent:"):
        return True
    if i in actors.persons and j in actors.persons:
        return bool(_name_words(i) & _name_words(j))

    def state(x: str) -> str:
        return actors.nation.get(x) or actors.state_side.get(x) or actors.country_of.get(x, x)

    return state(i) == state(j) or bool(_name_words(i) & _name_words(j))


def _name_words(ident: str) -> frozenset[str]:
    """The words of an id's name ('unk:ORG:greyhound-lines-inc' -> greyhound, lines), less `data/doers.yaml`'s."""
    return frozenset(re.split(r"[-_\s]+", ident.rsplit(":", 1)[-1].lower())) - _generic_name_words() - {""}


@lru_cache(maxsize=1)
def _generic_name_words() -> frozenset[str]:
    from dossier.data_files import load_yaml

    return frozenset(str(w).lower() for w in load_yaml(Path(__file__).parent / "data" / "doers.yaml")["generic_words"])


def _headline(report: Report) -> bool:
    """Whether a report's sentence is a headline, told without a final stop ('Striker held after pub brawl'): its
    verbs go without their auxiliaries, so a participle reads as the verb of its subject and who
    does what is not read from it (`_turned` leaves it alone). The stops are those that close a page's line of prose
    (events/headings.py `unclosed`, data/relevance.yaml `headings`); a sentence cut short by an ellipsis is none."""
    from dossier.events.headings import cut_short, unclosed

    text = (report.sentence or "").rstrip()
    return unclosed(text) and not cut_short(text)


def _sentence(event: Event) -> bool:
    """Whether a coercion is a prison term passed ('sentenced him to life', 'was jailed for ten years'): its trigger
    is one of the coder's sentencing verbs (events/data/lexicon.yaml `sentencing_verbs`), which it codes as an
    arrest (CAMEO 173) like the arrest before the trial."""
    return bool(trigger_stems(event) & _sentencing_stems())


@lru_cache(maxsize=1)
def _sentencing_stems() -> frozenset[str]:
    from dossier.events.patterns import load_lexicon

    return frozenset(lemma_stem(w) for w in load_lexicon().sentencing_verbs)


# --- the score ----------------------------------------------------------------------------------------------

def _agree(x, y) -> float:
    return 1.0 if x and y and x == y else 0.0


def features(a: Report, b: Report, actors: Actors | None = None) -> dict[str, float]:
    """The pair's features, each in [0, 1] (see FEATURES)."""
    actors = actors or Actors()
    ea, eb = a.event, b.event
    sa, sb = _as_members(ea, eb, _sides(ea, actors), _sides(eb, actors), actors)
    sb = _oriented(sa, sb, _kind(ea, eb))
    pa, pb = sa[0] | sa[1], sb[0] | sb[1]
    shared = len(pa & pb) / len(pa | pb) if pa and pb else 0.0
    two_sided = all(sa) and all(sb)
    both = two_sided and all(x & y for x, y in zip(sa, sb))
    conflict = any(x and y and not (x & y) for x, y in zip(sa, sb))
    ma, mb = match_span(ea), match_span(eb)
    date_match = 0.0
    if ma and mb and ma[0] <= mb[1] + SLACK and mb[0] <= ma[1] + SLACK:
        width = max((ma[1] - ma[0]).days, (mb[1] - mb[0]).days) + 1
        date_match = next(w for days, w in _PRECISION_WEIGHT if width <= days) if width <= MATCH_DAYS else 0.0
    la, lb = _place(ea, actors), _place(eb, actors)
    same_place = 1.0 if la and lb and (la == lb or _country(la, actors) == _country(lb, actors)) else 0.0
    same_trigger = 1.0 if trigger_stems(ea) & trigger_stems(eb) else 0.0
    document = _article_cosine(a, b, "document_vector")
    alike = 1.0 if document >= ALIKE else 0.0
    return {
        "same_trigger": same_trigger,
        "same_mode": _agree(ea.mode, eb.mode),
        "same_type": _agree(ea.type, eb.type),
        "shared_participants": shared,
        "both_sides": float(both),
        "side_conflict": float(conflict),
        "date_match": date_match,
        "same_place": same_place,
        "sentence_similarity": cosine(a.sentence_vector, b.sentence_vector),
        "document_similarity": document,
        "same_document": 1.0 if a.doc == b.doc else 0.0,
        "articles_apart": min(abs((a.published - b.published).days), GAP_DAYS) / GAP_DAYS
        if a.published and b.published else 0.0,
        "alike_articles": alike,
        "alike_same_trigger": alike * same_trigger,
        "story_similarity": story_similarity(a, b, document),
    }


@dataclass(frozen=True)
class Model:
    """Logistic regression weights over FEATURES and the threshold chosen on gold. Two weight sets: `weights`
    (learned on the ECB+ training topics alone) and `dated` (learned on them with the example corpus's pairs,
    which teach what articles' publication dates say), used for a pair of reports whose articles both carry
    one; the ECB+ pairs have no article dates, so the news pairs cannot move the first set."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    story: float = 0.0  # where the articles' average-link tree is cut into stories (`stories`); 0: one story
    gather: float | None = None  # pairs scoring this or more gather their articles to find stories among (`cluster`)
    dated: tuple[dict[str, float], float] | None = None  # (weights, intercept) for two dated articles' reports

    def probability(self, values: dict[str, float], dated: bool = False) -> float:
        weights, intercept = self.dated if dated and self.dated else (self.weights, self.intercept)
        z = intercept + sum(weights.get(k, 0.0) * v for k, v in values.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL) -> Model:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    dated = data.get("dated")
    return Model(weights=data["weights"], intercept=data["intercept"], threshold=data["threshold"],
                 story=data.get("story", 0.0), gather=data.get("gather"),
                 dated=(dated["weights"], dated["intercept"]) if dated else None)


def dated(a: Report, b: Report) -> bool:
    """Whether both reports' articles carry a publication date (the pair is scored by the model's `dated` set)."""
    return a.published is not None and b.published is not None


def probability(a: Report, b: Report, actors: Actors | None = None, model: Model | None = None) -> float:
    """How likely two reports are one event: 0 when a rule rules it out, else the model's score."""
    if incompatible(a, b, actors):
        return 0.0
    return (model or load_model()).probability(features(a, b, actors), dated(a, b))


def same_event(a: Report, b: Report, actors: Actors | None = None, model: Model | None = None) -> bool:
    model = model or load_model()
    return probability(a, b, actors, model) >= model.threshold


# --- clustering ---------------------------------------------------------------------------------------------

def blocking_keys(report: Report, actors: Actors | None = None) -> set[tuple]:
    """Keys under which a report meets its candidates: its type with each participant, and, for an act the two
    sides do together (`MUTUAL`, a visit among them), with the country of each state body or known person
    (`Actors.nation`), so that 'China and Peru signed' meets 'Xi and Boluarte signed' (`_as_members` then
    reads the countries as those persons); a report that names nobody meets only the reports of its own
    article."""
    actors = actors or Actors()
    kind = report.event.type
    ids = actors.normal(report.event.source + report.event.target)
    keys = {(kind, i) for i in ids}
    if kind in MUTUAL and actors.nation:
        keys |= {(kind, NATION, country) for i in ids
                 if (country := actors.nation.get(i) or (i if actors.country_of.get(i) == i else None))}
    return keys or {(kind, "doc", report.doc)}


def _country_pairs(country: str, block: list[int], reports: list[Report], actors: Actors):
    """The pairs of a block by a country (`NATION`) where one report names the country and the other only its
    bodies or persons, and the two reports' dates (a month or finer) agree: two reports that both name it already
    meet by it, and two that name only its people (its foreign minister's meeting, a party official's) meet only
    where they share a participant. A country acts through many people, so that it is named where the other
    report names one of them says little by itself ('Peru chairs APEC' and 'Boluarte's meetings with Chinese
    authorities'; 'Nigeria and Guinea agreed to found a company' and, further on, 'the two ministers agreed' on
    another accord): a date that pins both to one month or day makes them worth comparing."""
    names = {i: country in actors.normal(reports[i].event.source + reports[i].event.target) for i in block}
    return ((i, j) for i, j in _near_pairs(block, reports)
            if names[i] != names[j] and _dates_meet(reports[i].event, reports[j].event))


def _dates_meet(a: Event, b: Event) -> bool:
    """Whether two events are both dated to a month or finer (`match_span`) and their dates meet."""
    ma, mb = match_span(a), match_span(b)
    return bool(ma and mb and ma[0] <= mb[1] + SLACK and mb[0] <= ma[1] + SLACK)


def cluster(reports: list[Report], actors: Actors | None = None, model: Model | None = None,
            blocks: list[list[int]] | None = None) -> list[list[int]]:
    """Groups of report indices, one per event. `blocks` (lists of indices) replaces the blocking keys."""
    actors, model = actors or Actors(), model or load_model()
    if blocks is None:
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for i, r in enumerate(reports):
            for key in blocking_keys(r, actors):
                by_key[key].append(i)
        blocks = [(key[2] if key[1] == NATION else None, block) for key, block in by_key.items()]
    else:
        blocks = [(None, block) for block in blocks]
    scores: dict[tuple[int, int], float] = {}
    gather = min(model.gather, model.threshold) if model.gather is not None else model.threshold
    for country, block in blocks:
        pairs = _near_pairs(block, reports) if country is None else _country_pairs(country, block, reports, actors)
        for i, j in pairs:
            key = (min(i, j), max(i, j))
            if key not in scores:
                scores[key] = probability(reports[i], reports[j], actors, model)
    components = _components(len(reports), [k for k, p in scores.items() if p >= model.threshold])
    joined = {i for members in components if len(members) > 1 for i in members}
    story: dict[int, tuple[int, int]] = {}  # report -> (its gathered group, its story there)
    for members in _components(len(reports), [k for k, p in scores.items() if p >= gather]):
        if joined.intersection(members):  # stories only matter where some reports are linked
            story.update({i: (members[0], label_) for i, label_ in stories(reports, members, model.story).items()})
    groups = []
    for members in components:
        groups.extend(_average_link(members, reports, scores, actors, model, story))
    return groups


def _near_pairs(block: list[int], reports: list[Report]):
    """The pairs of a block's reports that `apart` does not rule out, without looking at the others: every two
    dated reports, and an undated one with the reports of articles within NEAR_DAYS of its own (all, when either
    article's date is unknown). Each pair once, as (earlier in the block, later)."""
    from bisect import bisect_left, bisect_right

    if len(block) < 64:  # a small block: every pair, as cheap as sorting
        yield from ((i, j) for n, i in enumerate(block) for j in block[n + 1:])
        return
    place = {i: n for n, i in enumerate(block)}
    dated = [i for i in block if interval(reports[i].event.date)]
    known = sorted((reports[i].published, i) for i in block if reports[i].published is not None)
    days = [d for d, _ in known]
    unknown = [i for i in block if reports[i].published is None]
    found: set[tuple[int, int]] = {(i, j) for n, i in enumerate(dated) for j in dated[n + 1:]}
    for i in block:
        if interval(reports[i].event.date):
            continue
        if reports[i].published is None:
            near = block
        else:
            lo = bisect_left(days, reports[i].published - timedelta(days=NEAR_DAYS))
            hi = bisect_right(days, reports[i].published + timedelta(days=NEAR_DAYS))
            near = [j for _, j in known[lo:hi]] + unknown
        found.update((i, j) if place[i] < place[j] else (j, i) for j in near if j != i)
    yield from sorted(found, key=lambda pair: (place[pair[0]], place[pair[1]]))


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """The connected components of n items joined by the pairs (union-find), each in ascending order, ordered by
    their first member."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = i = parent[parent[i]]
        return i

    for i, j in pairs:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    return list(groups.values())


def stories(reports: list[Report], members: list[int], least: float) -> dict[int, int]:
    """The story of each member report: the articles of the members clustered by average link over 1 -
    `story_similarity`, cut where the average similarity falls below `least` (one story when `least` is 0)."""
    first: dict[str, int] = {}
    for i in members:
        first.setdefault(reports[i].doc, i)
    docs = list(first)
    if least <= 0 or len(docs) < 2:
        return dict.fromkeys(members, 0)
    similar = story_similarities([reports[first[d]] for d in docs])
    dist = 1.0 - similar[np.triu_indices(len(docs), 1)]
    labels = flat_clusters(np.clip(dist, 0.0, None).tolist(), len(docs), 1.0 - least)
    story = dict(zip(docs, labels))
    return {i: int(story[reports[i].doc]) for i in members}


_APART = 1e6  # the distance of a ruled-out pair: no average can bring it under the threshold


def _average_link(members: list[int], reports: list[Report], scores: dict, actors: Actors, model: Model,
                  story: dict[int, tuple[int, int]]) -> list[list[int]]:
    if len(members) == 1:
        return [members]
    n = len(members)
    dist = []
    for x in range(n):
        for y in range(x + 1, n):
            i, j = sorted((members[x], members[y]))
            p = scores.get((i, j))
            if p is None:
                p = scores[(i, j)] = probability(reports[i], reports[j], actors, model)
            vetoed = story[i] != story[j] or p == 0.0 and incompatible(reports[i], reports[j], actors) in VETOES
            dist.append(_APART if vetoed else 1.0 - p)
    labels = flat_clusters(dist, n, 1.0 - model.threshold)
    groups: dict[int, list[int]] = defaultdict(list)
    for member, label_ in zip(members, labels):
        groups[label_].append(member)
    return list(groups.values())
