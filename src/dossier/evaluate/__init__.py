"""Scorers per gold set. Each module exposes `run(settings, limit=None) -> list[Report]`.

`dossier evaluate NAME` runs the scorers registered in SCORERS under that name.
"""

from __future__ import annotations

SCORERS: dict[str, list[str]] = {
    # name: ["module:function", ...]; every stage adds its own.
    "ingest": ["dossier.evaluate.ingest:run"],
    "entities": ["dossier.evaluate.entities:run", "dossier.evaluate.dyads:run", "dossier.evaluate.startup:run"],
    "events": ["dossier.evaluate.events:run"],
    "dates": ["dossier.evaluate.dates:run"],
    "facts": ["dossier.evaluate.facts:run"],
    "realnews": ["dossier.evaluate.realnews:run"],
    "coref": ["dossier.evaluate.coref:run"],
    "plv": ["dossier.evaluate.plv:run"],
    "roles": ["dossier.evaluate.roles:run"],
}
