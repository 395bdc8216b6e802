"""HTML, JSON Lines, feeds and WARC readers on small inputs written for these tests."""

import gzip
import io
import json
from pathlib import Path

from dossier.ingest import IngestError, read_paths

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Coastal states sign a fisheries pact | Harbour Courier</title>
<meta property="og:site_name" content="Harbour Courier">
<meta property="og:title" content="Coastal states sign a fisheries pact">
<meta property="article:published_time" content="2023-05-17T10:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/subscribe">Subscribe</a></nav>
<article><h1>Coastal states sign a fisheries pact</h1>
<p>By our Valletta correspondent</p>
<p>VALLETTA &mdash; The two governments signed a fisheries pact on Tuesday that sets quotas for tuna and
sardines over the next five years, the foreign ministry said in a statement.</p>
<p>Under the agreement, patrol boats from both navies will share information about vessels fishing without
a licence, and a joint committee will meet twice a year to review the catch.</p>
<p>Fishermen's associations in both countries welcomed the deal but asked for compensation for the months in
which their boats must stay in port while stocks recover.</p>
</article>
<footer>Copyright Harbour Courier. All rights reserved.</footer>
</body></html>"""


def test_html_page(tmp_path):
    path = tmp_path / "pact.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = read_paths([path])
    assert doc.title == "Coastal states sign a fisheries pact"
    assert doc.outlet == "Harbour Courier"
    assert doc.published == "2023-05-17"
    assert doc.dateline == "VALLETTA"
    assert doc.text.startswith("The two governments signed a fisheries pact on Tuesday")
    assert "Subscribe" not in doc.text and "correspondent" not in doc.text


def test_hidden_parts_and_hover_cards_are_not_article_text(tmp_path):
    card = ('<span class="has-tooltip"><a href="/people/ana-ruiz">Ana Ruiz</a><span class="tooltip">'
            '<img src="/ruiz.jpg" alt="">Ruiz: budget talks collapse | Senators demand an inquiry MORE</span></span>')
    page = ARTICLE_HTML.replace(
        "the foreign ministry said in a statement.",
        f"the foreign minister {card} said in a statement.<span style='display: none'>Sponsored: cheap flights</span>"
    ).replace("<footer>", "<div hidden>Read next: markets rally</div><footer>")
    path = tmp_path / "pact.html"
    path.write_text(page, encoding="utf-8")
    [doc] = read_paths([path])
    assert "the foreign minister Ana Ruiz said in a statement." in " ".join(doc.text.split())
    for hidden in ("budget talks collapse", "Senators demand", "cheap flights", "markets rally"):
        assert hidden not in doc.text


def test_a_hidden_parts_entry_that_is_not_xpath_is_left_out(tmp_path, caplog):
    from dossier.ingest.html import hidden_parts

    path = tmp_path / "hidden.yaml"
    path.write_text("- //*[@hidden]\n- '//*[@class='\n", encoding="utf-8")
    assert hidden_parts(path) == ("//*[@hidden]",)
    assert str(path) in caplog.text and "not an XPath expression" in caplog.text


def test_gzipped_html_and_a_page_without_text(tmp_path):
    (tmp_path / "pact.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    (tmp_path / "blank.html").write_text("<html><body><div></div></body></html>")
    items = {Path(i.source).name: i for i in read_paths([tmp_path])}
    assert items["pact.html.gz"].published == "2023-05-17"
    assert isinstance(items["blank.html"], IngestError)
    assert "no article text" in items["blank.html"].reason


def test_jsonl_records_with_missing_fields_and_a_bad_line(tmp_path):
    records = [
        {"id": "a-1", "url": "https://www.reuters.com/world/a-1", "title": "Talks resume",
         "published": "2022-10-05T09:00:00Z", "text": "HANOI, Oct 5 (Reuters) - Talks resumed on Wednesday."},
        {"text": "The summit ended without a joint statement.", "date": "12 March 2021", "source": "BBC News"},
    ]
    lines = [json.dumps(records[0]), "{not json", json.dumps(records[1]), json.dumps(["a", "list"]),
             json.dumps({"id": "empty", "title": "No body"})]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([path]))
    first, bad, second, listed, empty = items
    assert first.source == f"{path}#a-1" and first.published == "2022-10-05"
    assert first.outlet == "Reuters" and first.dateline == "HANOI" and first.text == "Talks resumed on Wednesday."
    assert isinstance(bad, IngestError) and bad.source == f"{path}:2" and "not valid JSON" in bad.reason
    assert second.source == f"{path}#3" and second.published == "2021-03-12" and second.outlet == "BBC"
    assert isinstance(listed, IngestError) and "not an object" in listed.reason
    assert isinstance(empty, IngestError) and empty.source.endswith("#empty") and "no text" in empty.reason


def test_gzipped_jsonl(tmp_path):
    line = json.dumps({"id": "x", "text": "A short report on a port visit by a navy frigate."})
    (tmp_path / "wire.jsonl.gz").write_bytes(gzip.compress(line.encode()))
    [doc] = read_paths([tmp_path])
    assert doc.source.endswith("wire.jsonl.gz#x")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    errors = [i for i in read_paths([tmp_path]) if isinstance(i, IngestError)]
    assert len(errors) == 1 and "gzip" in errors[0].reason


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Courier</title><link>https://courier.example/</link>
<item><title>Navies hold joint drill</title><link>https://courier.example/drill</link>
<pubDate>Tue, 04 Apr 2023 07:30:00 GMT</pubDate>
<description>&lt;p&gt;Two navies held a &lt;b&gt;joint drill&lt;/b&gt; off the coast on Monday.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://courier.example/empty</link></item>
</channel></rss>"""


def test_rss_feed(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    drill, empty = read_paths([path])
    assert drill.source == "https://courier.example/drill"
    assert drill.title == "Navies hold joint drill" and drill.outlet == "Harbour Courier"
    assert drill.published == "2023-04-04"
    assert drill.text == "Two navies held a joint drill off the coast on Monday."
    assert isinstance(empty, IngestError) and empty.source == "https://courier.example/empty"


def test_feed_that_is_not_a_feed(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><note>nothing here</note></notes>")
    [error] = read_paths([path])
    assert isinstance(error, IngestError) and "no feed items" in error.reason


def _warc_bytes(records: list[tuple[str, str, bytes, str]], gzipped: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for uri, content_type, body, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return out.getvalue()


def test_warc_keeps_html_responses_only(tmp_path):
    data = _warc_bytes([
        ("https://courier.example/pact", "text/html; charset=utf-8", ARTICLE_HTML.encode(), "200 OK"),
        ("https://courier.example/logo.png", "image/png", b"\x89PNG....", "200 OK"),
        ("https://courier.example/old", "text/html", b"<html><body>Moved</body></html>", "301 Moved Permanently"),
    ])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    [doc] = read_paths([tmp_path])
    assert doc.source == "https://courier.example/pact"
    assert doc.published == "2023-05-17" and doc.dateline == "VALLETTA"


def test_truncated_warc_reports_an_error_and_keeps_what_it_read(tmp_path):
    first = _warc_bytes([("https://courier.example/pact", "text/html", ARTICLE_HTML.encode(), "200 OK")], gzipped=False)
    second = _warc_bytes([("https://courier.example/two", "text/html", ARTICLE_HTML.encode(), "200 OK")], gzipped=False)
    (tmp_path / "cut.warc").write_bytes(first + second[: len(second) // 3])
    items = list(read_paths([tmp_path]))
    assert not isinstance(items[0], IngestError) and items[0].source == "https://courier.example/pact"
    assert any(isinstance(i, IngestError) for i in items[1:]) or len(items) == 1


def test_garbage_warc_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"this is not an archive\r\n\r\n" * 10))
    [error] = read_paths([tmp_path])
    assert isinstance(error, IngestError) and "could not be read" in error.reason
