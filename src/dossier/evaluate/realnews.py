"""Score events and actors against real news coded by hand (../shared/benchdata/realnews_dev).

Each folder (`reuters/`: 1987 wire stories as the wire wrote them; `html/`: 2019–2020 web pages) is read with
dossier's own ingest, as a user's `dossier build` would read it; the pages' publication dates come from the
folder's `documents.jsonl` (the date the gold is resolved against). Every folder is split for development:
its article files sorted by name, the one at index i is *held out* when i % 3 == 2. Tune on `dev`, report
`held-out`, never look at held-out failures.

Matching follows the set's README. An output event of the same document **finds** a gold event when the
PLOVER types agree and one output source matches one gold source and one output target matches one gold target
(a gold side left empty is matched by anything). An output actor matches a gold actor when it names it (name,
alias or a mention of it in the document, compared by words; an acronym counts) or, where the gold gives a
country, when it has that country. A found event is **fully right** when its date and status agree too (a day
inside a month the gold writes agrees: both READMEs write the month where the text fixes no finer time).
Output events that are not fully right are sorted into failure kinds by how they relate to the gold events
whose evidence lies in the same sentence. A found gold event's date and status are read off the finding outputs
of its own evidence sentence where there are any (another sentence's act of the same parties does not make a wrong
date right; a gold found only by outputs that each code another gold of their own sentence, one the gold dates
otherwise, is left out of the date agreement: no output codes its act), and an output event is compared with the
gold events of its own sentence first; an output that finds only golds of other sentences, on none's date, each
already found by an output of its own sentence, is another act of those parties or the act told again less finely,
not a wrong date (ANOTHER_MENTION). As the gold codes only each article's main events, precision is also given
over the output events whose sentence holds a gold event's evidence (the sentences the coder of the gold read for
events).

The shipped event-type and role models learn from the development articles' gold events (dossier.events.training,
dossier.events.roles.training), so the `dev` rows overstate. Each folder therefore also gets the row UNSEEN_SPLIT:
its development articles coded with both models trained in this process by the same code, data and seed, less
realnews_dev (`unseen_models`). The held-out rows need no such row: no model was trained on them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dossier.actors.convert import nation_of
from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD, REUTERS, jsonl
from dossier.evaluate.failures import processed
from dossier.evaluate.metrics import Report
from dossier.events import training
from dossier.events.roles import training as role_training
from dossier.events.classifier import TypeModel
from dossier.events.component import coding_with
from dossier.events.roles.model import RoleModel
from dossier.ingest import IngestError, read_paths
from dossier.model import Entity, Event, Mention
from dossier.nlp import loader
from dossier.pipeline import DocResult

REALNEWS = BENCH / "realnews_dev"
FOLDERS = ("reuters", "html")
SPLITS = ("dev", "held-out")
UNSEEN_SPLIT = "dev, models without realnews_dev"
UNSEEN_WITHOUT = frozenset({"realnews"})  # the training groups the UNSEEN_SPLIT models leave out
_STOP = {"the", "of", "a", "an", "and", "for", "in", "on", "to", "'s", "s"}
_CACHE: dict[tuple, dict[str, DocResult]] = {}
_UNSEEN_MODELS: dict[tuple, "Models | None"] = {}

# Failure kinds of output events, in the order they are tested.
ANOTHER_MENTION = "another mention of a gold found in its own sentence"
KINDS = ("fully right", "wrong date", "wrong status", "wrong date and status", ANOTHER_MENTION,
         "participant missing", "wrong actor", "wrong type", "not a gold event")
FOUND_KINDS = frozenset(KINDS[:5])  # the kinds of an output event that finds a gold event by type and sides


@dataclass(frozen=True, eq=False)
class Models:
    """An event-type model and a role model (None: the rules alone decide roles) to code with instead of the
    shipped ones."""

    types: TypeModel
    roles: RoleModel | None


def split_of(index: int) -> str:
    """The fixed development split: every third article (index 2, 5, 8…) of a sorted folder is held out."""
    return "held-out" if index % 3 == 2 else "dev"


def article_splits(folder: Path) -> dict[str, str]:
    """{article file name: 'dev' | 'held-out'} for one realnews folder."""
    names = sorted(p.name for p in (folder / "articles").iterdir() if p.is_file())
    return {name: split_of(i) for i, name in enumerate(names)}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower().replace("u.s.", "us").replace("u.n.", "un"))
            if w not in _STOP]


def _squash(text: str) -> str:
    return " ".join(text.split())


def names_match(gold: str, candidate: str) -> bool:
    """True when the words of the shorter name are all in the longer, or one is the other's acronym."""
    g, c = _words(gold), _words(candidate)
    if not g or not c:
        return False
    short, long_ = (g, c) if len(g) <= len(c) else (c, g)
    if set(short) <= set(long_):
        return True
    for one, many in ((g, c), (c, g)):
        if len(one) == 1 and len(many) > 1 and one[0] == "".join(w[0] for w in many):
            return True
    return False


@dataclass
class Actors:
    """What the document says of its actors: entities by id, and every surface each was mentioned by."""

    entities: dict[str, Entity]
    surfaces: dict[str, set[str]]

    @classmethod
    def of(cls, result: DocResult) -> "Actors":
        entities = {e.id: e for e in result.entities}
        surfaces: dict[str, set[str]] = {}
        for e in result.entities:
            surfaces.setdefault(e.id, set()).update([e.name, *e.aliases])
        for m in result.mentions:
            surfaces.setdefault(m.entity, set()).add(m.text)
        return cls(entities, surfaces)

    def names(self, ident: str) -> set[str]:
        return self.surfaces.get(ident) or {ident.split(":")[-1].replace("-", " ")}

    def country(self, ident: str) -> str | None:
        entity = self.entities.get(ident)
        if entity is None:
            return None
        return nation_of(entity)

    def matches(self, ident: str, gold: dict) -> bool:
        if any(names_match(gold["name"], n) for n in self.names(ident)):
            return True
        return bool(gold.get("country")) and self.country(ident) == gold["country"]


def side_matches(predicted: list[str], gold: list[dict], actors: Actors) -> bool:
    if not gold:
        return True
    return any(actors.matches(p, g) for p in predicted for g in gold)


def _inside(value: str, gold: str) -> bool:
    """The same date, or a finer one inside the coarser date the gold writes (a day of the gold's month)."""
    return value == gold or (len(value) > len(gold) and value.startswith(f"{gold}-"))


def date_agrees(event: Event, gold: dict | None, finer: bool = True) -> bool:
    """Same start, and the same end where the gold gives one (a point event's end is left open); a gold
    event with no time wants no date. Where the gold writes a month (both READMEs: the text fixes no finer time,
    "ahead of Diwali", "a week before a scheduled visit"), a day inside it agrees, as does a span of such days for
    a month the gold gives as a point (`finer`; with finer=False, the reading before round 35: the same strings)."""
    gstart = (gold or {}).get("start")
    value = event.date
    if not gstart:
        return value is None or not value.start
    if value is None or not value.start:
        return False
    start, end = value.start, value.end or value.start
    if len(start) == 4 and len(gstart) == 7:  # the gold writes a year as its months: "1987" is 1987-01..1987-12
        start, end = f"{start}-01", f"{end[:4]}-12"
    gend = gold.get("end")
    if not finer:
        return start == gstart and (not gend or end == gend)
    if not gend:  # a point: the output's end is left open where the gold gives a day, kept in the gold's month
        return _inside(start, gstart) and (len(gstart) == 10 or _inside(end, gstart))
    return _inside(start, gstart) and _inside(end, gend)


def _sentence(event: Event) -> str:
    return _squash(event.evidence[0].text) if event.evidence else ""


def same_sentence(sentence: str, evidence: str) -> bool:
    """The output sentence holds the gold evidence, or the other way round, or most of their words agree."""
    a, b = _squash(sentence).lower(), _squash(evidence).lower()
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    common = sum((Counter(wa) & Counter(wb)).values())
    return common / min(len(wa), len(wb)) >= 0.6


def finds(event: Event, gold: dict, actors: Actors) -> bool:
    return (event.type == gold["type"] and side_matches(event.source, gold["source"], actors)
            and side_matches(event.target, gold["target"], actors))


def _gold_day(gold: dict) -> tuple:
    d = gold.get("date") or {}
    return d.get("start"), d.get("end")


def another_golds_act(event: Event, gold: dict, golds: list[dict], actors: Actors) -> bool:
    """The output, of another sentence than the gold's, is the coding of another gold of its own sentence, one the
    gold dates otherwise: another act of the same parties (Venezuela will lend oil "over the next few months"
    beside the first shipment "this weekend"), not the gold's act told again. Read off the golds alone; two golds
    on one day (or both undated) may be one act told twice and are left alone."""
    return not same_sentence(_sentence(event), gold["evidence"]) and any(
        other is not gold and _gold_day(other) != _gold_day(gold) and finds(event, other, actors)
        and same_sentence(_sentence(event), other["evidence"]) for other in golds)


def failure_kind(event: Event, golds: list[dict], actors: Actors, events: list[Event] | None = None,
                 finer: bool = True) -> str:
    """How one output event relates to the gold events of its document (see KINDS). An output is judged by the
    gold events it finds in its own sentence; with none there, by any it finds that it agrees with in date (that
    act told again). Given the document's output `events`, an output of another sentence on no found gold's date
    is a wrong date only of a gold no output of the gold's own sentence finds; where every one it finds is found
    there, it is ANOTHER_MENTION (Turkey "would keep hitting" beside the gold's Sunday strikes, found in their own
    sentence). Without `events`, a wrong date of any gold it finds (the reading before round 34). `finer`: as
    date_agrees."""
    found = [g for g in golds if finds(event, g, actors)]
    if found:
        own = [g for g in found if same_sentence(_sentence(event), g["evidence"])]
        best = max(own or found, key=lambda g: (date_agrees(event, g.get("date"), finer)
                                                 + (event.status == g["status"])))
        date_ok = date_agrees(event, best.get("date"), finer)
        if not own and not date_ok and events is not None:
            free = [g for g in found if not any(same_sentence(_sentence(o), g["evidence"]) and finds(o, g, actors)
                                                for o in events)]
            if not free:
                return ANOTHER_MENTION
            best = max(free, key=lambda g: event.status == g["status"])
        status_ok = event.status == best["status"]
        return {(True, True): "fully right", (False, True): "wrong date", (True, False): "wrong status",
                (False, False): "wrong date and status"}[(date_ok, status_ok)]
    here = [g for g in golds if same_sentence(_sentence(event), g["evidence"])]
    same_type = [g for g in here if g["type"] == event.type]
    if same_type:
        empty = any((not event.source and g["source"]) or (not event.target and g["target"]) for g in same_type)
        return "participant missing" if empty else "wrong actor"
    return "wrong type" if here else "not a gold event"


def missed_kind(gold: dict, events: list[Event], actors: Actors) -> str:
    """Why a gold event was not found: what the output has in its sentence."""
    here = [e for e in events if same_sentence(_sentence(e), gold["evidence"])]
    same_type = [e for e in here if e.type == gold["type"]]
    if same_type:
        if any((not e.source and gold["source"]) or (not e.target and gold["target"]) for e in same_type):
            return "participant missing"
        return "wrong actor"
    if here:
        return "wrong type"
    return "no event in the sentence"


@dataclass
class Selection:
    """The figures of a selection of each document's events: its outputs, of them those finding a gold event and
    those fully right, and the gold events they find."""
    output: int = 0
    found: int = 0
    fully_right: int = 0
    gold_found: int = 0


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    found_type: int = 0
    output: int = 0
    output_found: int = 0
    output_in_gold_sentences: int = 0
    right_in_gold_sentences: int = 0
    fully_right: int = 0
    date_ok: int = 0  # found gold events whose matched output (see score_document) has the gold's date
    date_ok_same: int = 0  # the same, a day inside the gold's month counted as another date (before round 35)
    found_by_another_act: int = 0  # found gold events whose only finders code another gold (see another_golds_act)
    date_ok_by_another_act: int = 0  # of those, the ones counted in date_ok
    date_ok_any: int = 0  # found gold events with any finding output of the document on the gold's date
    found_here: int = 0  # found gold events with a finding output event in their own evidence sentence
    date_ok_here: int = 0  # of those, the ones whose own sentence's finding event has the gold's date
    status_ok: int = 0
    status_ok_by_another_act: int = 0  # of the golds found only by another gold's act, the ones counted in status_ok
    gold_actors: int = 0
    actors_named: int = 0
    actors_right: int = 0
    kinds: Counter = field(default_factory=Counter)
    kinds_any: Counter = field(default_factory=Counter)  # the same, each output paired with any found gold (round 33)
    kinds_same: Counter = field(default_factory=Counter)  # the same, a day in the gold's month another date (round 34)
    missed: Counter = field(default_factory=Counter)
    actor_kinds: Counter = field(default_factory=Counter)  # (gold kind, covered) -> gold actors
    confusions: Counter = field(default_factory=Counter)  # (gold types of the sentence, output type) of wrong types
    not_gold_types: Counter = field(default_factory=Counter)  # output type -> outputs that are no gold event
    missed_types: Counter = field(default_factory=Counter)  # (why missed, gold type) -> gold events not found
    # the main events only (`main_events`: a prominence of at least events/data/prominence.yaml's main_at), and each
    # document's TOP most prominent
    main: Selection = field(default_factory=Selection)
    top: Selection = field(default_factory=Selection)


TOP = 3  # how many of each document's most prominent events are counted apart (a page's gold holds at most six)


def main_events(events: list[Event], at: float | None = None) -> list[Event]:
    """The events that are one of their story's main acts: a prominence of at least `at` (by default the main_at
    of events/data/prominence.yaml)."""
    if at is None:
        from dossier.events.prominence import main_at

        at = main_at()
    return [e for e in events if e.prominence is not None and e.prominence >= at]


def top_events(events: list[Event], n: int = TOP) -> list[Event]:
    """A document's n most prominent events (the earlier told first among equals)."""
    order = sorted(range(len(events)), key=lambda i: (-(events[i].prominence or 0.0), i))
    return [events[i] for i in order[:n]]


def score_document(result: DocResult, golds: list[dict], tally: Tally) -> None:
    actors = Actors.of(result)
    events = result.events
    tally.gold += len(golds)
    tally.output += len(events)
    for g in golds:
        hits = [e for e in events if finds(e, g, actors)]
        if hits:
            here = [e for e in hits if same_sentence(_sentence(e), g["evidence"])]
            matched = here or hits  # the gold's own sentence's act first; another sentence's only where it has none
            tally.found += 1
            date_ok = any(date_agrees(e, g.get("date")) for e in matched)
            tally.date_ok += date_ok
            if not here and all(another_golds_act(e, g, golds, actors) for e in hits):
                tally.found_by_another_act += 1  # no output codes the gold's act: its date is no output's
                tally.date_ok_by_another_act += date_ok
            tally.date_ok_same += any(date_agrees(e, g.get("date"), finer=False) for e in matched)
            tally.date_ok_any += any(date_agrees(e, g.get("date")) for e in hits)
            tally.found_here += bool(here)
            tally.date_ok_here += any(date_agrees(e, g.get("date")) for e in here)
            status_ok = any(e.status == g["status"] for e in matched)
            tally.status_ok += status_ok
            if not here and all(another_golds_act(e, g, golds, actors) for e in hits):
                tally.status_ok_by_another_act += status_ok  # as the date: no output codes the gold's act
        else:
            why = missed_kind(g, events, actors)
            tally.missed[why] += 1
            tally.missed_types[(why, g["type"])] += 1
        tally.found_type += any(e.type == g["type"] and same_sentence(_sentence(e), g["evidence"]) for e in events)
    for e in events:
        kind = failure_kind(e, golds, actors, events)
        tally.kinds[kind] += 1
        tally.kinds_any[failure_kind(e, golds, actors)] += 1
        tally.kinds_same[failure_kind(e, golds, actors, events, finer=False)] += 1
        tally.output_found += kind in FOUND_KINDS
        golds_here = [g for g in golds if same_sentence(_sentence(e), g["evidence"])]
        if golds_here:
            tally.output_in_gold_sentences += 1
            tally.right_in_gold_sentences += kind == "fully right"
        tally.fully_right += kind == "fully right"
        if kind == "wrong type":
            tally.confusions[("/".join(sorted({g["type"] for g in golds_here})), e.type)] += 1
        elif kind == "not a gold event":
            tally.not_gold_types[e.type] += 1
    _score_selected(main_events(events), events, golds, actors, tally.main)
    _score_selected(top_events(events), events, golds, actors, tally.top)
    _score_actors(golds, actors, result.mentions, tally)


def _score_selected(chosen: list[Event], events: list[Event], golds: list[dict], actors: Actors,
                    selection: Selection) -> None:
    """The figures of a selection of the document's events (`main_events`, `top_events`), each output judged as
    among all the document's outputs (`failure_kind`), each gold found when a chosen event finds it."""
    kinds = [failure_kind(e, golds, actors, events) for e in chosen]
    selection.output += len(chosen)
    selection.found += sum(k in FOUND_KINDS for k in kinds)
    selection.fully_right += kinds.count("fully right")
    selection.gold_found += sum(any(finds(e, g, actors) for e in chosen) for g in golds)


def _score_actors(golds: list[dict], actors: Actors, mentions: list[Mention], tally: Tally) -> None:
    """Actor coverage, the one definition: each distinct gold actor of the document (by name) counts as covered
    when an output actor names it (its name, an alias or a mention matches the gold name, see names_match) with
    the gold's country; where the gold gives none (an international body, or a country the text leaves unknown),
    when a named actor has none either."""
    seen: dict[str, dict] = {}
    for g in golds:
        for a in g["source"] + g["target"]:
            seen.setdefault(a["name"].lower(), a)
    for gold in seen.values():
        tally.gold_actors += 1
        named = [i for i in actors.entities if any(names_match(gold["name"], n) for n in actors.names(i))]
        if named:
            tally.actors_named += 1
        right = any(actors.country(i) == gold.get("country") for i in named)
        tally.actors_right += right
        tally.actor_kinds[(gold.get("kind") or "?", right)] += 1


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def report(tally: Tally, folder: str, split: str, documents: int) -> Report:
    figures: dict[str, float | int | str] = {
        "documents": documents,
        "gold events": tally.gold,
        "recall (type + both actors)": _ratio(tally.found, tally.gold),
        "recall (type, in the evidence sentence)": _ratio(tally.found_type, tally.gold),
        "output events": tally.output,
        "share of output events that find a gold event": _ratio(tally.output_found, tally.output),
        "share of output events fully right": _ratio(tally.fully_right, tally.output),
        "share fully right, of output events in sentences the gold codes": _ratio(
            tally.right_in_gold_sentences, tally.output_in_gold_sentences),
        "date agreement on found events": _ratio(tally.date_ok - tally.date_ok_by_another_act,
                                                 tally.found - tally.found_by_another_act),
        "date agreement on found events, with the golds found only by another gold's act (before round 36)": _ratio(
            tally.date_ok, tally.found),
        "found gold events found only by another gold's act": tally.found_by_another_act,
        "date agreement on found events, a day in the gold's month counted wrong (before round 35)": _ratio(
            tally.date_ok_same, tally.found),
        "date agreement, found in the gold's own sentence": _ratio(tally.date_ok_here, tally.found_here),
        "date agreement, found only in other sentences": _ratio(tally.date_ok - tally.date_ok_here,
                                                                tally.found - tally.found_here),
        "date agreement, any finding output of the document": _ratio(tally.date_ok_any, tally.found),
        "status agreement on found events": _ratio(tally.status_ok - tally.status_ok_by_another_act,
                                                   tally.found - tally.found_by_another_act),
        "status agreement on found events, with the golds found only by another gold's act (before round 37)":
            _ratio(tally.status_ok, tally.found),
        "actor coverage (named, right country)": _ratio(tally.actors_right, tally.gold_actors),
        "actors named at all": _ratio(tally.actors_named, tally.gold_actors),
        "main events (prominence at least main_at): output events": tally.main.output,
        "main events: share fully right": _ratio(tally.main.fully_right, tally.main.output),
        "main events: share that find a gold event": _ratio(tally.main.found, tally.main.output),
        "main events: recall (type + both actors)": _ratio(tally.main.gold_found, tally.gold),
        f"each document's {TOP} most prominent events: output events": tally.top.output,
        f"each document's {TOP} most prominent: share fully right": _ratio(tally.top.fully_right, tally.top.output),
        f"each document's {TOP} most prominent: share that find a gold event": _ratio(tally.top.found,
                                                                                      tally.top.output),
        f"each document's {TOP} most prominent: recall (type + both actors)": _ratio(tally.top.gold_found,
                                                                                     tally.gold),
    }
    for kind in KINDS:
        figures[f"output: {kind}"] = tally.kinds.get(kind, 0)
    for kind in ("wrong date", "wrong date and status"):  # before round 34: paired with any found gold
        figures[f"output: {kind}, paired with any found gold"] = tally.kinds_any.get(kind, 0)
    for kind in ("fully right", "wrong date"):  # before round 35: a day in the gold's month another date
        figures[f"output: {kind}, a day in the gold's month counted wrong"] = tally.kinds_same.get(kind, 0)
    for kind, n in sorted(tally.missed.items()):
        figures[f"missed gold: {kind}"] = n
    for (gold_types, output), n in tally.confusions.most_common():
        figures[f"wrong type: gold {gold_types}, output {output}"] = n
    for output, n in tally.not_gold_types.most_common():
        figures[f"not a gold event: output {output}"] = n
    for (why, gold_type), n in tally.missed_types.most_common():
        figures[f"missed gold {gold_type}: {why}"] = n
    notes = ["gold lists only the main events: 'not a gold event' may still be a real minor event",
             "a gold event counts as found by an output event of any sentence with its type and sides (another act "
             "of the same parties may be one, with its own date); its date and status are those of the finding "
             "outputs of the sentence the gold quotes where there are any, of the others only where there are none "
             f"({tally.found_here} found in the gold's own sentence, {tally.found - tally.found_here} only in "
             "others); 'any finding output' lets another sentence's right date count (the figure before round 31)",
             "an output event is judged by the golds of its own sentence first; of another sentence, on no found "
             "gold's date, a wrong date only of a gold no output of its own sentence finds, else "
             f"'{ANOTHER_MENTION}'; 'paired with any found gold': the count before round 34",
             "the date agreement (and since round 37 the status agreement) leaves out a found gold whose only "
             "finders, in other sentences, each code another gold of their own sentence that the gold dates "
             "otherwise (another act of those parties: no output "
             f"codes the gold's act; {tally.found_by_another_act} here); 'with the golds found only by another "
             "gold's act': the figure before round 36 (37 for the status)",
             "a day (or days) inside a month the gold writes agrees with it (the gold writes the month where the "
             "text fixes no finer time); 'a day in the gold's month counted wrong': the figures before round 35"]
    return Report("Real news, main events coded by hand", f"realnews_dev/{folder} ({split})", figures=figures,
                  notes=notes)


def published_dates(folder: Path) -> dict[str, str]:
    """{article name: publication date} of a folder's documents.jsonl (empty when there is none)."""
    path = folder / "documents.jsonl"
    return {row["doc"]: row["published"] for row in jsonl(path)} if path.exists() else {}


def development_golds(root: Path = REALNEWS) -> Iterator[tuple[Path, dict]]:
    """(folder, gold event) of every development article's gold events, folder by folder (the fixed split of
    `article_splits`): what the trainers learn from, never the held-out articles."""
    for sub in FOLDERS:
        folder = root / sub
        if not (folder / "gold_events.jsonl").exists():
            continue
        splits = article_splits(folder)
        for g in jsonl(folder / "gold_events.jsonl"):
            if splits.get(g["doc"]) == "dev":
                yield folder, g


def golds_by_article(folder: Path) -> dict[str, list[dict]]:
    """{article file name: its hand-coded gold events} of one realnews_dev folder."""
    golds: dict[str, list[dict]] = {}
    for g in jsonl(folder / "gold_events.jsonl"):
        golds.setdefault(g["doc"], []).append(g)
    return golds


def analysed(folder: Path, settings: Settings, model: Models | None = None,
             only: set[str] | None = None) -> dict[str, DocResult]:
    """{article file name: DocResult}, read by dossier's ingest; pages take the gold publication date. With
    `model`, the articles named in `only` coded in this process with those event-type and role models instead of
    the shipped ones."""
    key = (str(folder), settings.spacy_model, tuple(map(str, settings.actor_files)), id(model),
           tuple(sorted(only)) if only is not None else None)
    if key not in _CACHE:
        dates = published_dates(folder)
        docs = []
        for doc in read_paths([folder / "articles"], dedup=False):
            if isinstance(doc, IngestError) or (only is not None and Path(doc.source).name not in only):
                continue
            name = Path(doc.source).name
            if name in dates:
                doc = doc.model_copy(update={"published": dates[name], "published_inferred": False,
                                             "published_basis": "stated"})
            docs.append(doc)
        nlp = loader.load(settings)
        if model is None:
            _CACHE[key] = {Path(r.document.source).name: r for r in processed(docs, settings, nlp)}
        else:
            local = settings.model_copy(update={"workers": 1, "engine": "local"})
            with coding_with(nlp, model.types, model.roles):  # in this process, where the models are swapped in
                _CACHE[key] = {Path(r.document.source).name: r for r in processed(docs, local, nlp)}
    return _CACHE[key]


def unseen_samples(nlp: Language | None = None) -> list[training.Sample]:
    """What the UNSEEN_SPLIT model learns from: the shipped model's training data less realnews_dev (with the
    pipeline, the economic Reuters sentences with no event too)."""
    return training.samples(BENCH, EXAMPLE_GOLD, nlp, REUTERS if nlp is not None else None, UNSEEN_WITHOUT)


def unseen_models(settings: Settings) -> Models | None:
    """The event-type model trained as `training/train_event_types.py` trains the shipped one, and the role model
    as `training/train_role_model.py` does (its training events coded with that type model), both without
    realnews_dev (once per process); None when the pipeline runs without a type model. No role model when the
    pipeline runs without one."""
    key = (settings.spacy_model, tuple(map(str, settings.actor_files)))
    if key not in _UNSEEN_MODELS:
        nlp = loader.load(settings)
        component = nlp.get_pipe("dossier_events")
        if component.coder.model is None:
            _UNSEEN_MODELS[key] = None
        else:
            types = training.train(nlp, BENCH, EXAMPLE_GOLD, REUTERS, UNSEEN_WITHOUT)[0]
            roles = None
            if component.roles is not None:
                sources = tuple(s for s in role_training.SOURCES if s not in UNSEEN_WITHOUT)
                with coding_with(nlp, types, None):
                    groups = role_training.training_groups(nlp, BENCH, EXAMPLE_GOLD, EXAMPLE_ARTICLES, sources)
                used = [g for g in groups if g.type_right]
                roles = role_training.fit(used) if used else None
            _UNSEEN_MODELS[key] = Models(types, roles) if types is not None else None
    return _UNSEEN_MODELS[key]


def score_folder(name: str, settings: Settings, limit: int | None = None,
                 model: Models | None = None) -> dict[str, tuple[Tally, int]]:
    """{split: (tally, documents)} for one folder, plus 'all'; with `model`, only {UNSEEN_SPLIT: …}: the
    development articles coded with those models."""
    folder = REALNEWS / name
    splits = article_splits(folder)
    golds = golds_by_article(folder)
    chosen = sorted(golds)[:limit]
    if model is None:
        results = analysed(folder, settings)
        out: dict[str, tuple[Tally, int]] = {s: (Tally(), 0) for s in (*SPLITS, "all")}
    else:
        chosen = [d for d in chosen if splits.get(d, "dev") == "dev"]
        results = analysed(folder, settings, model, set(chosen))
        out = {UNSEEN_SPLIT: (Tally(), 0)}
    for doc in chosen:
        result = results.get(doc)
        for split in ((UNSEEN_SPLIT,) if model is not None else (splits.get(doc, "dev"), "all")):
            tally, n = out[split]
            if result is None:
                tally.gold += len(golds[doc])
                tally.missed["document not read"] += len(golds[doc])
            else:
                score_document(result, golds[doc], tally)
            out[split] = (tally, n + 1)
    return out


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    if not REALNEWS.exists():
        return [Report("Real news", "realnews_dev", notes=[f"{REALNEWS} not found: skipped"])]
    reports = []
    coverage: dict[str, list[Tally]] = {split: [] for split in SPLITS}
    for name in FOLDERS:
        if not (REALNEWS / name / "gold_events.jsonl").exists():
            reports.append(Report("Real news", f"realnews_dev/{name}", notes=["not found: skipped"]))
            continue
        for split, (tally, n) in score_folder(name, settings, limit).items():
            reports.append(report(tally, name, split, n))
            if split in SPLITS:
                coverage[split].append(tally)
            if split in ("dev", "all") and unseen_models(settings) is not None:
                reports[-1].notes.append(f"the shipped event-type and role models learned from the dev articles' "
                                         f"gold events: the dev figures overstate; see ({UNSEEN_SPLIT})")
            if split == "dev":
                reports.extend(_unseen_dev(name, settings, limit))
    reports.extend(actor_report(tallies, split) for split, tallies in coverage.items() if tallies)
    return reports


def _unseen_dev(name: str, settings: Settings, limit: int | None) -> list[Report]:
    """The UNSEEN_SPLIT report of one folder (none when the pipeline runs without a type model)."""
    model = unseen_models(settings)
    if model is None:
        return []
    (tally, n), = score_folder(name, settings, limit, model).values()
    out = report(tally, name, UNSEEN_SPLIT, n)
    roles = "and a role model " if model.roles is not None else ""
    out.notes.append(f"development articles coded with an event-type model {roles}trained here by the shipped "
                     f"models' code, data and seed, less realnews_dev (dossier.events.training.train, "
                     f"role_training.fit)")
    return [out]


def actor_report(tallies: list[Tally], split: str) -> Report:
    """Actor coverage over every folder of one split, with the share per gold kind (government, military…)."""
    gold = sum(t.gold_actors for t in tallies)
    right = sum(t.actors_right for t in tallies)
    kinds = sum((t.actor_kinds for t in tallies), Counter())
    figures: dict[str, float | int | str] = {"gold actors": gold, "covered": right, "coverage": _ratio(right, gold),
                                             "named at all": _ratio(sum(t.actors_named for t in tallies), gold)}
    for kind in sorted({k for k, _ in kinds}):
        n = kinds[(kind, True)] + kinds[(kind, False)]
        figures[f"coverage, {kind} ({n})"] = _ratio(kinds[(kind, True)], n)
    return Report("Actor coverage (named, right country; target 0.8)", f"realnews_dev, all folders ({split})",
                  figures=figures)



def describe(folder: str, docs: list[str] | None = None, settings: Settings | None = None,
             held_out: bool = False, unseen: bool = False, show: tuple[str, ...] = ()) -> str:
    """Gold and output events side by side, with the failure kind of each, for the dev articles of a folder
    (or the named ones); held-out articles only when asked, to report, never to tune on. `unseen`: coded with the
    UNSEEN_SPLIT models (the honest dev view); `show`: only the output events of these failure kinds."""
    settings = settings or Settings.from_env()
    path = REALNEWS / folder
    splits = article_splits(path)
    golds: dict[str, list[dict]] = {}
    for g in jsonl(path / "gold_events.jsonl"):
        golds.setdefault(g["doc"], []).append(g)
    chosen = docs or sorted(d for d in golds if held_out or splits.get(d) == "dev")
    model = unseen_models(settings) if unseen else None
    results = analysed(path, settings, model, set(chosen) if model is not None else None)
    lines = []
    for doc in chosen:
        if splits.get(doc) == "held-out" and not held_out:
            lines.append(f"== {doc}: held out (pass held_out=True to report it)")
            continue
        result = results[doc]
        actors = Actors.of(result)

        def side(ids: list[str]) -> str:
            return ", ".join(f"{actors.entities[i].name if i in actors.entities else i}/{actors.country(i)}"
                             for i in ids) or "-"

        lines.append(f"== {doc} (published {result.document.published})")
        for g in golds.get(doc, []):
            found = any(finds(e, g, actors) for e in result.events)
            gside = lambda a: ", ".join(f"{x['name']}/{x['country']}" for x in a) or "-"  # noqa: E731
            lines.append(f"GOLD {g['type']} [{gside(g['source'])}] -> [{gside(g['target'])}] "
                         f"{(g.get('date') or {}).get('start')} {g['status']}: "
                         f"{'FOUND' if found else missed_kind(g, result.events, actors)} | {g['evidence'][:120]}")
        for e in result.events:
            when = f"{e.date.start}/{e.date.end}" if e.date else None
            kind = failure_kind(e, golds.get(doc, []), actors, result.events)
            if show and kind not in show:
                continue
            lines.append(f"  OUT {e.type} {e.cameo} '{e.trigger}' [{side(e.source)}] -> [{side(e.target)}] {when} "
                         f"{e.status}: {kind} | "
                         f"{_sentence(e) if show else _sentence(e)[:120]}")
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Gold and output events side by side (dev articles).")
    parser.add_argument("folder", choices=FOLDERS)
    parser.add_argument("articles", nargs="*", help="article file names (default: every dev article)")
    parser.add_argument("--unseen", action="store_true", help=f"code with the ({UNSEEN_SPLIT}) models")
    parser.add_argument("--show", action="append", choices=KINDS, default=[],
                        help="list only output events of this failure kind (repeatable)")
    args = parser.parse_args()
    print(describe(args.folder, args.articles or None, unseen=args.unseen, show=tuple(args.show)))
