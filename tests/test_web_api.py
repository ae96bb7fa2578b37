"""`saidwhat serve`: the JSON API and the pages, called in-process over the seeds' database.

The database is built by the real pipeline (the seeds, plus one undated article) once per session.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from saidwhat.cli import main
from saidwhat.read import read_paths
from saidwhat.resources import Settings
from saidwhat.run import jobs
from saidwhat.store import open_db
from saidwhat.web.app import CSP, Connections, create_app
from saidwhat.web.data import MATCH_END, MATCH_START, PAGE_MAX, QUERY_MAX

pytestmark = pytest.mark.slow  # loads the spaCy model

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
LAVROV = "kb:sergei-lavrov"
UNDATED = {"id": "undated-note", "title": "A note with no date", "outlet": "Nowhere Weekly",
           "text": "Sergei Lavrov said on a visit that Russia would never accept new sanctions from Britain."}


def build_db(path: Path, *sources: str) -> Path:
    con = open_db(path, write=True)
    try:
        jobs.ingest(con, read_paths(list(sources)), Settings(workers=1))
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and one article with no date anywhere, ingested by the pipeline."""
    folder = tmp_path_factory.mktemp("web")
    undated = folder / "undated.jsonl"
    undated.write_text(json.dumps(UNDATED) + "\n", encoding="utf-8")
    return build_db(folder / "web.db", str(SEEDS), str(undated))


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as c:
        yield c


def get_json(client: TestClient, url: str) -> dict:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text)
    return r.json()


def test_timeline_api_filters_and_pages(client: TestClient) -> None:
    everything = get_json(client, f"/api/timeline?limit={PAGE_MAX}")
    assert everything["total"] > 100
    dates = [r["date"] for r in everything["items"] if r["date"]]
    assert dates == sorted(dates)
    lavrov = get_json(client, "/api/timeline?actor=lavrov&limit=200")
    assert lavrov["total"] > 5 and {r["actor_id"] for r in lavrov["items"]} == {LAVROV}
    assert get_json(client, f"/api/timeline?actor={LAVROV}")["total"] == lavrov["total"]
    accuse = get_json(client, "/api/timeline?type=accuse")
    assert accuse["total"] > 0 and {r["type"] for r in accuse["items"]} == {"ACCUSE"}
    outlet = everything["items"][0]["outlet"]
    assert {r["outlet"] for r in get_json(client, f"/api/timeline?outlet={outlet}")["items"]} == {outlet}
    day = dates[len(dates) // 2]
    one_day = get_json(client, f"/api/timeline?since={day}&until={day}")
    assert one_day["total"] == dates.count(day)
    asserted = get_json(client, "/api/timeline?asserted=asserted&limit=200")["items"]
    assert asserted and all(r["kind"] == "event" and r["asserted"] is True for r in asserted)
    claimed = get_json(client, "/api/timeline?asserted=claimed&limit=200")["items"]
    assert {r["kind"] for r in claimed} == {"statement", "event"}
    assert all(r["asserted"] in (None, False) for r in claimed)
    # pages: two halves are the whole, in the same order, with the same ids
    first, second = (get_json(client, f"/api/timeline?limit=10&offset={o}")["items"] for o in (0, 10))
    assert [r["id"] for r in first + second] == [r["id"] for r in everything["items"][:20]]


def test_statements_events_records_and_documents(client: TestClient) -> None:
    statements = get_json(client, "/api/statements?actor=lavrov")["items"]
    events = get_json(client, "/api/events?limit=5")["items"]
    assert statements and all(r["kind"] == "statement" and r["id"].startswith("s") for r in statements)
    assert events and all(r["kind"] == "event" and r["id"].startswith("e") for r in events)
    rec = get_json(client, f"/api/records/{statements[0]['id']}")
    assert rec["id"] == statements[0]["id"] and rec["actor"]["id"] == LAVROV
    para = rec["paragraph"]
    assert para["sentence"] == rec["sentence_text"] and rec["content_text"] in para["sentence"]
    doc = get_json(client, f"/api/documents/{rec['doc']}")
    assert statements[0]["id"] in doc["statements"] and doc["title"] == rec["document"]["title"]
    assert get_json(client, f"/api/records/{events[0]['id']}")["kind"] == "event"


def test_actor_api_has_roles_aliases_and_counted_edges(client: TestClient) -> None:
    lavrov = get_json(client, f"/api/actors/{LAVROV}")
    assert lavrov["name"] == "Sergei Lavrov" and lavrov["country"] == "RUS"
    assert any(r["role"].startswith("Foreign Minister") and r["start"] == "2004-03-09" for r in lavrov["roles"])
    assert "sergey lavrov" in lavrov["aliases"]
    assert lavrov["edges"] and all(e["n"] >= 1 for e in lavrov["edges"])
    # each edge's count is the number of records behind it, as the timeline filter finds them
    e = lavrov["edges"][0]
    who, whom = (LAVROV, e["other"]) if e["direction"] == "out" else (e["other"], LAVROV)
    behind = get_json(client, f"/api/timeline?actor={who}&recipient={whom}&type={e['type']}")
    assert behind["total"] == e["n"]
    index = get_json(client, "/api/actors?limit=5")
    assert index["total"] > 5 and len(index["items"]) == 5
    assert get_json(client, "/api/actors?q=lavrov")["items"][0]["id"] == LAVROV


def test_search_api_marks_matches(client: TestClient) -> None:
    found = get_json(client, "/api/search?q=NATO")
    assert found["total"] > 0
    assert all(MATCH_START in h["snippet"] and MATCH_END in h["snippet"] for h in found["items"])
    # not FTS syntax: a 400 whose message gives the words quoted, and the quoted form works
    bad = client.get("/api/search?q=NATO-Russia")
    assert bad.status_code == 400 and '"NATO-Russia"' in bad.json()["detail"]
    assert get_json(client, '/api/search?q="NATO-Russia"')["total"] >= 0
    assert client.get("/search?q=NATO-Russia").status_code == 400
    page = client.get("/search?q=NATO")
    assert page.status_code == 200 and "<mark>NATO</mark>" in page.text


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/timeline?limit=0", 422, "limit"),
    (f"/api/timeline?limit={PAGE_MAX + 1}", 422, "limit"),
    ("/api/timeline?offset=-1", 422, "offset"),
    ("/api/timeline?limit=ten", 422, "limit"),
    (f"/api/search?q={'a' * (QUERY_MAX + 1)}", 422, "q"),
    ("/api/search?q=", 422, "q"),
    ("/api/search?q=%20%00%20", 400, "give some words"),
    ("/api/timeline?actor=nobody-at-all-xyz", 404, "no actor named"),
    ("/api/timeline?since=yesterday", 400, "YYYY-MM-DD"),
    ("/api/timeline?asserted=maybe", 400, "asserted or claimed"),
    ("/api/records/s99999999999999999999", 404, "bad id"),
    ("/api/records/s999999", 404, "no statement"),
    ("/api/records/x1", 404, "bad id"),
    ("/api/actors/kb:nobody", 404, "no actor"),
    ("/api/documents/nothing", 404, "no document"),
    ("/?limit=100000", 422, "limit"),
    ("/records/e999999", 404, "no event"),
])
def test_bad_requests_get_a_4xx_with_a_message(client: TestClient, url: str, status: int, words: str) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text
    text = r.json()["detail"] if url.startswith("/api/") else r.text
    assert words in text


@pytest.mark.parametrize("q", ['"', 'NEAR(', '*', 'AND', 'a OR', '"NATO', "col:x", "^", "(", ")", "NOT NOT",
                               "'; DROP TABLE statements; --", "\u202e\u200b", "NATO\x00", "%", "_"])
def test_hostile_searches_never_fail_the_server(client: TestClient, q: str) -> None:
    for url in ("/api/search", "/search"):
        r = client.get(url, params={"q": q})
        assert r.status_code < 500, (q, r.text)
        assert r.status_code == 200 or "detail" in r.text or "Bad request" in r.text
    assert get_json(client, "/api/timeline?limit=1")["total"] > 100  # nothing dropped


def test_pages_render_and_carry_the_csp(client: TestClient) -> None:
    pages = ["/", "/?actor=lavrov&type=ACCUSE", "/actors", f"/actors/{LAVROV}", "/search?q=sanctions",
             "/records/s1", "/records/e1"]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, (url, r.text)
        assert r.headers["content-security-policy"] == CSP and "unsafe-inline" not in CSP
        assert "<script" not in r.text  # the pages need no JavaScript
    assert "script-src" not in CSP and "default-src 'none'" in CSP  # so no script at all
    home = client.get("/").text
    assert home.count('class="daydate"') >= 3 and "<svg" in home and "<rect" in home
    assert 'class="undated"' in home and "Nowhere Weekly" in home.split('class="undated"')[1]
    actor = client.get(f"/actors/{LAVROV}").text
    assert 'class="edge"' in actor and "Foreign Minister" in actor
    card = client.get("/records/s1").text
    assert '<mark class="sentence">' in card and 'href="/api/records/s1"' in card


def test_openapi_schema_lists_the_api(client: TestClient) -> None:
    paths = get_json(client, "/api/openapi.json")["paths"]
    for p in ("/api/timeline", "/api/statements", "/api/events", "/api/actors", "/api/actors/{actor_id}",
              "/api/documents/{doc_id}", "/api/search", "/api/records/{record_id}"):
        assert p in paths
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_database_is_read_only_and_changes_show(web_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with closing(sqlite3.connect(web_db)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    app = create_app(copy)
    with TestClient(app) as c:
        doc = get_json(c, "/api/timeline?limit=1")["items"][0]["doc"]
        before = get_json(c, f"/api/documents/{doc}")["title"]
        with closing(sqlite3.connect(copy)) as w:
            w.execute("UPDATE documents SET title = 'Changed' WHERE id = ?", (doc,))
            w.commit()
        assert get_json(c, f"/api/documents/{doc}")["title"] == "Changed" != before  # not a stale cache
    con = Connections(copy).get()  # what each request uses
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM documents")
    con.close()


def test_serve_command_refuses_a_bad_database_cleanly(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "saidwhat ingest" in result.output and "Traceback" not in result.output
    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text and "--port" in help_text


def test_brief_page_is_the_cli_digest_with_every_line_linked(client: TestClient, web_db: Path) -> None:
    import re

    from saidwhat.store.brief import brief, render

    r = client.get("/brief", params={"about": "NATO"})
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP and "<script" not in r.text
    assert '<a href="/brief">Brief</a>' in r.text  # in the nav of every page
    html = r.text
    assert "<h2>Contested</h2>" in html and "150,000 troops" in html
    lines = re.findall(r"<li>(.*?)</li>", html.split('class="brief"', 1)[1], flags=re.S)
    assert len(lines) > 5 and all('href="/records/' in line or 'href="/api/documents/' in line for line in lines)
    # the same records as `saidwhat brief --about NATO` cites, each link a record page that opens
    with closing(open_db(web_db)) as con:
        digest = brief(con, about="NATO")
        cited = set(re.findall(r"\b[se]\d+\b", render(digest)))
    linked = set(re.findall(r'href="/records/([se]\d+)"', html))
    assert cited and cited <= linked
    for record in sorted(linked):
        assert client.get(f"/records/{record}").status_code == 200, record
    assert get_json(client, "/api/brief?about=NATO") == json.loads(json.dumps(digest))
    # the filters as query parameters: an actor narrows the claims, a bad date or name is a 4xx page
    lavrov = client.get("/brief", params={"about": "NATO", "actor": "lavrov"}).text
    assert "<h3>Sergei Lavrov</h3>" in lavrov and lavrov.count("<h3>") == 1
    assert client.get("/brief", params={"since": "2099"}).text.count("<h3>") == 0
    bad = client.get("/brief", params={"since": "last week"})
    assert bad.status_code == 400 and "give a date" in bad.text
    unknown = client.get("/brief", params={"actor": "nobody-at-all"})
    assert unknown.status_code == 404 and "nobody-at-all" in unknown.text
