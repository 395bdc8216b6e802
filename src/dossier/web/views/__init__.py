"""The API's routes, one module per kind of item."""

from dossier.web.views import (conflicts, documents, dyads, entities, events, export, facts, meta, network, stories,
                               timeline)

ROUTERS = [r.router for r in (events, facts, conflicts, stories, entities, documents, timeline, network, dyads, export, meta)]
