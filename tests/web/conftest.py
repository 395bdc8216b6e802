"""Fixtures for the web desk: an API client on a small hand-made store, the example corpus built once, and a
real server on a free port for the browser."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dossier.web import create_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def client(desk_store) -> TestClient:
    return TestClient(create_app(desk_store))


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> Path:
    """The example corpus (examples/china-peru, written by the project) built through the CLI, once."""
    from dossier.cli import app

    db = tmp_path_factory.mktemp("example") / "example.duckdb"
    result = CliRunner().invoke(app, ["build", str(ROOT / "examples" / "china-peru" / "articles"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


class Server:
    """uvicorn serving an app in a thread, on 127.0.0.1 and a free port."""

    def __init__(self, app):
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
