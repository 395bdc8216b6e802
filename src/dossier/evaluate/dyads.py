"""Dyads on Reuters-21578: how many events can be counted between two countries.

Of the events found in the first 1,000 stories with a body (../shared/corpora/reuters21578.jsonl.gz; --limit: fewer;
--reuters-from/--reuters-to: another range, such as the unseen 1,001 to 2,000): the share with a country on both
sides (a source and a target whose actor has one), and, of the sides the events coder filled (an event's source
side, its target side), the share where an actor of that side has one (and, beside it, has one or is a known
international body: OPEC, the IMF, or one of its officials). The first depends on the coder choosing both sides; the
second is what the actors stage answers for. The sides without a country are split into empty ones (no actor: the
coder's) and those whose actor has none (the actors stage's), by what that actor is. Actor coverage on hand-coded
real news is scored by `dossier evaluate realnews` (evaluate/realnews.py), the start-up cost by evaluate/startup.py.
Some events have no second side by the codebook (`one_sided`: a resignation, talks among one international body's
members): they are counted, and the share is also given over the other events.
"""

from __future__ import annotations

from collections import Counter

from dossier.actors.regions import region_codes
from dossier.config import Settings
from dossier.evaluate.corpora import REUTERS, reuters_documents
from dossier.evaluate.failures import processed
from dossier.evaluate.metrics import Report
from dossier.events.roles.meeting_sides import MEETING_MODES
from dossier.model import Event
from dossier.nlp import loader
from dossier.pipeline import DocResult

STORIES = 1000
RESIGNATION = "0831"  # CAMEO: accede to demands for a change in leadership (one resigns, steps down)


def one_sided(event: Event, bodies: set[str]) -> bool:
    """An event with no target that the PLOVER codebook gives none: a resignation (PLOVER files it as a mode, done to
    no one: "the minister resigned"), and talks of one international body with no party named beside it ("the
    council of the coffee body will meet tonight": with no host and no visitor, all who meet are the actor)."""
    if event.target or not event.source:
        return False
    if event.mode == "resign" or (event.type == "CONCEDE" and event.cameo == RESIGNATION):
        return True  # coded CONCEDE (CAMEO 0831) here, a mode of RETREAT in PLOVER
    return event.type == "CONSULT" and event.mode in MEETING_MODES and len(event.source) == 1 \
        and event.source[0] in bodies


def _without_country(ident: str, bodies: set[str], regions: set[str] = frozenset()) -> str:
    """What a side's actor without a country is: an unknown person, organisation or other name, a generic agent,
    an international body (or one of its officials), a region or bloc coded by its region (`regions`: "European",
    "Latin America"; actors/regions.py), or another known actor."""
    if ident in bodies:
        return "an international body"
    if ident in regions:
        return "a region or bloc"
    if ident.startswith("unk:PERSON:"):
        return "an unknown person"
    if ident.startswith("unk:ORG:"):
        return "an unknown organisation"
    if ident.startswith("unk:"):
        return "another unknown name"
    if ident.startswith("agent:"):
        return "a generic agent"
    return "another known actor"


def coded_regions(result: DocResult) -> set[str]:
    """The ids of a story's actors of no country that carry a region's CAMEO code (EUR, PGS, LAM), and of its generic
    agents of a region ("Western diplomats": WSTGOV, `agent:---:WST:GOV`)."""
    codes = region_codes()
    return {e.id for e in result.entities if not e.country and (e.cameo in codes or (
        e.id.startswith("agent:---:") and (e.cameo or "")[:3] in codes))}


def international_bodies(result: DocResult) -> set[str]:
    """The ids of the known international bodies among a story's actors, and of their officials ("Camdessus of the
    IMF" counts with that body)."""
    bodies = {e.id for e in result.entities if e.known and (e.kind == "igo" or (e.cameo or "").startswith("IGO"))}
    return bodies | {e.id for e in result.entities if any(r.organisation in bodies for r in e.roles)}


def dyads(results: list[DocResult]) -> dict[str, float | int]:
    """Events with a country on both sides, and filled sides (sources, targets) with a country; the sides without
    one split into those the coder left empty (no actor) and those whose actor has no country, by what it is."""
    events = with_both = with_both_or_body = both_filled = sides = with_country = international = alone = 0
    uncoded: Counter = Counter()
    for result in results:
        countries = {e.id: e.country for e in result.entities}
        bodies = international_bodies(result)
        regions = coded_regions(result)
        for event in result.events:
            events += 1
            alone += one_sided(event, bodies)
            both_filled += bool(event.source and event.target)
            if any(countries.get(s) for s in event.source) and any(countries.get(t) for t in event.target):
                with_both += 1
            # a dyad an analyst can aggregate by: a state or an international body (EC–Japan, IMF–Brazil) each side
            with_both_or_body += all(any(countries.get(i) or i in bodies for i in side)
                                     for side in (event.source, event.target))
            for side in (event.source, event.target):
                if side:
                    sides += 1
                    with_country += any(countries.get(ident) for ident in side)
                    international += any(countries.get(ident) or ident in bodies for ident in side)
                    if not any(countries.get(ident) for ident in side):
                        uncoded[_without_country(side[0], bodies, regions)] += 1
    figures = {"events": events, "with a country on both sides": with_both,
               "share": with_both / events if events else 0.0,
               "events one-sided by the codebook (a resignation, talks of one body)": alone,
               "share of the other events": with_both / (events - alone) if events > alone else 0.0,
               "share with a country or an international body on both sides":
                   with_both_or_body / events if events else 0.0,
               "filled sides": sides, "empty sides": 2 * events - sides, "sides with a country": with_country,
               "share of sides with a country": with_country / sides if sides else 0.0,
               "share of sides with a country or an international body":
                   international / sides if sides else 0.0,
               "events with both sides filled": both_filled,
               "share of those with a country on both sides": with_both / both_filled if both_filled else 0.0,
               "sides without a country: empty (no actor)": 2 * events - sides,
               "sides without a country: an actor without one": sides - with_country}
    for kind in ("an unknown person", "an unknown organisation", "another unknown name", "a generic agent",
                 "an international body", "a region or bloc", "another known actor"):
        figures[f"  of which {kind}"] = uncoded[kind]
    return figures


def failing(results: list[DocResult], first: int = 1, empty: bool = False) -> list[str]:
    """The events with both sides filled and a side whose actors have no country, one line each: the story's number,
    the event's type, each side's actors (with their country, or "-" and what the actor is), and the sentence. With
    `empty`, the events with an empty side instead, their type marked "(one-sided)" where the codebook gives them no
    second side (`one_sided`): the lines to sort by hand into what is missing."""
    lines = []
    for number, result in enumerate(results, first):
        entities = {e.id: e for e in result.entities}
        bodies = international_bodies(result)
        regions = coded_regions(result)
        for event in result.events:
            sides = (event.source, event.target)
            if all(sides) if empty else (not all(sides) or all(
                    any(entities[i].country for i in side if i in entities) for side in sides)):
                continue

            def told(side: list[str]) -> str:
                return " + ".join(
                    f"{entities[i].name} [{entities[i].country or '-; ' + _without_country(i, bodies, regions)}]"
                    if i in entities else i for i in side)

            sentence = " ".join(event.evidence[0].text.split()) if event.evidence else ""
            kind = event.type + (" (one-sided)" if empty and one_sided(event, bodies) else "")
            lines.append(f"{number}\t{kind}\t{told(event.source)}\t->\t{told(event.target)}\t{sentence}")
    return lines


def stories(first: int | None = None, last: int | None = None, limit: int | None = None) -> tuple[int, int]:
    """The stories to score, numbered from 1 and both included: 1 to 1,000 unless told (`--reuters-from 1001
    --reuters-to 2000`: the stories the actors stage was not developed on); --limit keeps the first so many."""
    first = first or 1
    last = last or first + STORIES - 1
    if first < 1 or last < first:
        raise ValueError(f"Reuters stories {first} to {last}: expected 1 <= from <= to")
    return first, min(last, first + limit - 1) if limit else last


def run(settings: Settings | None = None, limit: int | None = None, reuters_from: int | None = None,
        reuters_to: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    if not REUTERS.exists():
        return [Report("Dyads", "Reuters-21578", notes=[f"{REUTERS} not found; skipped"])]
    first, last = stories(reuters_from, reuters_to, limit)
    docs = reuters_documents(last)[first - 1:]
    results = list(processed(docs, settings, loader.load(settings)))
    which = f"first {len(docs)}" if first == 1 else f"{first:,} to {first + len(docs) - 1:,}"
    report = Report("Events with a country on both sides", f"Reuters-21578, {which} stories with a body")
    report.figures.update(dyads(results))
    return [report]


def main(argv: list[str] | None = None) -> None:
    """`python -m dossier.evaluate.dyads --show [--empty] [--reuters-from N --reuters-to M]`: list the events with
    both sides filled and a side without a country (with --empty, those with an empty side; tune on stories 1 to
    1,000 only; 1,001 to 2,000 is the unseen check)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--show", action="store_true", help="list the events with a side without a country")
    parser.add_argument("--empty", action="store_true", help="list the events with an empty side")
    parser.add_argument("--reuters-from", type=int)
    parser.add_argument("--reuters-to", type=int)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    first, last = stories(args.reuters_from, args.reuters_to, args.limit)
    results = list(processed(reuters_documents(last)[first - 1:], settings, loader.load(settings)))
    for key, value in dyads(results).items():
        print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")
    if args.show:
        print("\n".join(failing(results, first)))
    if args.empty:
        print("\n".join(failing(results, first, empty=True)))


if __name__ == "__main__":
    main()
