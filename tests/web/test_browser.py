"""The page in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium; Playwright's own browser
download is not used). `make test` installs chromium with apt when it is missing; these tests skip, saying
why, only when it cannot be installed or the page's libraries were not built."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from dossier.web import create_app
from dossier.web.app import missing_assets
from tests.web.conftest import Server

CHROMIUM = Path(os.environ.get("DOSSIER_CHROMIUM", "/usr/bin/chromium"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed and could not be (make test runs apt-get install chromium as root)")
    if missing_assets():
        pytest.skip(f"the page's libraries are not built ({', '.join(missing_assets())}): run make install (npm ci)")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector("body[data-state=ready]")
    return page


def wait_ready(page):
    page.wait_for_selector("body[data-state=ready]")


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_example_corpus_on_the_page(browser, example_store, tmp_path):
    import httpx2 as http

    with Server(create_app(example_store)) as server:
        api = http.Client(base_url=server.url)
        page = open_page(browser, server.url)
        assert page.inner_text("#message") == "" and not page.errors

        # the June and November 2024 visits are on the timeline
        visits = page.locator(".vis-item.t-CONSULT", has_text="CONSULT visit")
        labels = [words(visits.nth(i).inner_text()) for i in range(visits.count())]
        assert any("Boluarte" in label for label in labels) and any(label.startswith("CONSULT visit Xi") for label in labels)

        # a click on an event shows its card with its sentence
        visits.filter(has_text=re.compile(r"visit Xi")).first.click()
        event_id = re.search(r"event=([^&]+)", page.url).group(1)
        detail = api.get(f"/api/events/{event_id}").json()
        assert detail["item"]["date"]["start"].startswith("2024-11")
        sentence = words(detail["item"]["evidence"][0]["text"])
        page.wait_for_function("s => document.querySelector('#card').innerText.replace(/\\s+/g, ' ').includes(s)",
                               arg=sentence)
        page.locator("#card details.article").first.click()  # the sentence marked in its article
        page.wait_for_selector("#card details.article mark")
        assert words(page.locator("#card details.article mark").first.inner_text()) in sentence

        # the visit dates the sources disagree on, and the trade figures
        conflicts = words(page.inner_text("#conflicts"))
        assert "2024-06-25/2024-06-29" in conflicts and "2024-06-23/2024-06-28" in conflicts
        figures = words(page.inner_text("#facts"))
        assert "bilateral trade" in figures and "37 bn USD" in figures

        # the pairs of countries, most events first; a click on one filters every view by it
        first = api.get("/api/dyads").json()["pairs"][0]
        row = words(page.locator("#dyads tbody tr").first.inner_text())
        assert row.startswith(f"{first['source_name']} {first['target_name']} {first['events']} ")
        cooperation = f"{first['verbal_cooperation']} + {first['material_cooperation']}"
        assert cooperation in row and sum(first[k] for k in first if k.endswith(("cooperation", "conflict"))) > 0
        monthly = api.get("/api/dyads", params={"by": "month"}).json()["pairs"][0]  # the pair's series, per month
        page.select_option("#dyads-by", "month")
        page.wait_for_selector("#dyads.by-period")
        row = words(page.locator("#dyads tbody tr").first.inner_text())
        assert row.startswith(f"{monthly['source_name']} {monthly['target_name']} {monthly['period'] or 'undated'} "
                              f"{monthly['events']} ")
        page.select_option("#dyads-by", "")
        page.wait_for_selector("#dyads:not(.by-period)")
        page.locator("#dyads tbody tr button").first.click()
        page.wait_for_url(re.compile(rf"actor={first['source']}&counterpart={first['target']}"))
        wait_ready(page)
        assert words(page.locator("#dyads tbody tr").first.inner_text()).startswith(first["source_name"])
        assert not page.errors

        # filter by an actor pair: every view follows and the URL holds the filters
        page.fill("input[name=actor]", "Peru")
        page.fill("input[name=counterpart]", "China")
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"actor=Peru&counterpart=China"))
        wait_ready(page)
        pair = api.get("/api/events", params={"actor": "Peru", "counterpart": "China", "limit": 500}).json()
        assert f"of {pair['total']} events" in page.inner_text("#timeline-count")
        assert pair["total"] < api.get("/api/events").json()["total"]
        with page.expect_download() as saved:  # the slice in view, saved whole
            page.click("#download")
        exported = json.loads(Path(saved.value.path()).read_text(encoding="utf-8"))
        assert {e["id"] for e in exported["events"]} == {e["id"] for e in pair["items"]}
        assert {e["doc"] for ev in exported["events"] for e in ev["evidence"]} <= {d["id"] for d in exported["documents"]}
        page.locator(".vis-item.t-CONSULT", has_text="CONSULT visit").first.click()  # a card in the picture
        page.wait_for_selector("#card blockquote")
        page.evaluate("window.scrollTo(0, 0)")
        shot = tmp_path / "desk.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        if os.environ.get("DOSSIER_SCREENSHOTS"):
            shutil.copy(shot, Path(os.environ["DOSSIER_SCREENSHOTS"]) / "desk.png")

        # the URL is a link to the same view, the chosen event included
        again = open_page(browser, page.url)
        assert again.input_value("input[name=actor]") == "Peru" and again.input_value("input[name=counterpart]") == "China"
        assert again.inner_text("#timeline-count") == page.inner_text("#timeline-count")
        again.wait_for_selector("#card blockquote")
        assert again.inner_text("#card") == page.inner_text("#card")
        assert not page.errors and not again.errors


def test_an_article_holding_a_script_element_renders_as_text(browser, desk_store):
    with Server(create_app(desk_store)) as server:
        import httpx2 as http

        events = http.get(f"{server.url}api/events", params={"type": "ACCUSE"}).json()["items"]
        page = open_page(browser, f"{server.url}?event={events[0]['id']}")
        page.wait_for_selector("#card blockquote")
        page.locator("#card details.article").first.click()
        page.wait_for_selector("#card details.article mark")
        card = page.inner_text("#card")
        assert "<script>alert('x')</script>" in card  # shown as the characters it is made of
        assert "<script>alert('x')</script>" in page.inner_text("#timeline")
        assert page.evaluate("document.querySelectorAll('script').length") == 3  # the page's own three
        assert page.evaluate("document.querySelectorAll('main script, main img, main iframe').length") == 0
        assert not page.errors  # no alert() ran
        assert "Hostile red" in card and not any(c in card for c in ("\x1b", "\x07", "\u202e", "[41m", "]0;"))
