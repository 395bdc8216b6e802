"""The web desk: a read-only HTTP API over the store (FastAPI, OpenAPI at /openapi.json) and the page that
shows it (timeline, network, event card, disagreements, figures, stories), served by `dossier serve`."""

from dossier.web.app import create_app

__all__ = ["create_app"]
