"""The FastAPI application: the API under /api, the page at /, its files under /static.

Read-only: every route is a GET and the store is opened read-only for each request (`deps.Keeper` keeps the
file open between requests that follow each other and lets it go when they stop, so that a build can write). Responses carry a
Content-Security-Policy that lets the page run only its own scripts, so that article text, which the page
always inserts as text, could not run even if it were inserted as markup by mistake.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from dossier.store import Store
from dossier.web.deps import Keeper
from dossier.web.views import ROUTERS

STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"
VENDOR_FILES = ("vis-timeline-graph2d.min.js", "vis-timeline-graph2d.min.css", "cytoscape.min.js")
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware that adds HEADERS to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
            await send(message)

        await self.app(scope, receive, with_headers)


def missing_assets() -> list[str]:
    """The page's libraries that are not built (`make install` builds them from package-lock.json)."""
    return [name for name in VENDOR_FILES if not (VENDOR / name).exists()]


def create_app(db: Path | str) -> FastAPI:
    """The app for one store; the store must exist (StoreError otherwise)."""
    Store(db, read_only=True).close()
    keeper = Keeper(Path(db))

    @asynccontextmanager
    async def lifespan(_app):
        yield
        keeper.close()

    app = FastAPI(title="dossier", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who did what to whom, when and where: the store of `dossier build`, read-only.")
    app.state.db = Path(db)
    app.state.keeper = keeper
    for router in ROUTERS:
        app.include_router(router)

    app.add_middleware(SecurityHeaders)
    @app.get("/", include_in_schema=False)
    def page():
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
