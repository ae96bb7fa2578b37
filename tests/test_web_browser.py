"""`saidwhat serve` in a real browser: Debian's Chromium driven by Playwright.

The server runs in a thread on a free loopback port. Screenshots are saved under the test's
temporary directory (pytest prints where when a test fails; `--basetemp` keeps them in one place).
Skipped, with the reason, when no Chromium is installed (`.ci/run` installs it).
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_api import SEEDS, build_db

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium package "
                "(apt-get install -y chromium) to run the browser tests", allow_module_level=True)

import uvicorn  # noqa: E402
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from saidwhat.web.app import create_app  # noqa: E402

pytestmark = pytest.mark.slow  # loads the spaCy model and starts a browser

# Hostile text for every field an article gives us: each payload sets window.__pwned or opens a
# dialog if it ever runs, as markup, as an attribute, or as a link.
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=1\">",
    "<svg onload=window.__pwned=1>",
    "\"><script>window.__pwned=1</script>",
    "'><body onload=window.__pwned=1>",
    "</title></textarea><script>window.__pwned=1</script>",
    "<a href=\"javascript:window.__pwned=1\">click</a>",
    "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned=1\">",
    "<base href=\"javascript:/\">",
    "<style>body{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
    "<div <span <b onmouseover=window.__pwned=1 unclosed",
    "<!-- <script>window.__pwned=1</script> -->",
    "{{ 7*7 }} {% raw %}${window.__pwned=1}",
    "\u202egnp.exe\u202c \u2066RTL isolate\u2069 \u05e9\u05dc\u05d5\u05dd",
    "Zero\u200bwidth\u200d join\u200c\ufeff",
    "\ue000fake match mark\ue001",
]
URLS = ["javascript:window.__pwned=1", "JaVaScRiPt:window.__pwned=1", " javascript:alert(1)",
        "data:text/html,<script>window.__pwned=1</script>", "https://example.com/\"><script>window.__pwned=1</script>",
        "vbscript:msgbox(1)"]
SPEAKERS = ["Sergei <script>window.__pwned=1</script> Lavrov", "Ivan <img src=x onerror=window.__pwned=1> Petrov",
            "Anna \u202eavonrtep\u202c Smith", "Jo\u200bhn <b>Doe</b>"]


def hostile_articles() -> list[dict]:
    articles = []
    for i, payload in enumerate(PAYLOADS):
        speaker = SPEAKERS[i % len(SPEAKERS)]
        articles.append({
            "id": f"hostile-{i:02d}",
            "title": f"Minister warns {payload}",
            "outlet": f"Outlet {payload}",
            "url": URLS[i % len(URLS)],
            "date": f"2023-05-{i % 28 + 1:02d}",  # the JSON Lines reader takes "date" (not "published")
            "text": (f"Minister warns {payload}\n\n"
                     f"\"NATO is lying about {payload} and we will respond,\" said Foreign Minister {speaker}.\n\n"
                     f"{speaker} accused Ukraine of {payload} shelling civilians on Tuesday.\n\n"
                     f"Russia threatened Britain with sanctions {payload}, the minister said."),
        })
    return articles


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


class Served:
    """The app under uvicorn in a thread, on a socket bound to a free loopback port."""

    def __init__(self, db: Path) -> None:
        self.sock = free_socket()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            self.thread.join(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_db(tmp_path_factory.mktemp("browser") / "seeds.db", str(SEEDS))
    with Served(db) as s:
        yield s.url


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: the test's temporary folder, or SAIDWHAT_SHOTS (docs/ uses these)."""
    target = os.environ.get("SAIDWHAT_SHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        return Path(target)
    return tmp_path


def test_timeline_filter_card_actor_network(browser: Browser, seeds_site: str, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 1000})
    page.goto(seeds_site + "/")
    assert page.locator("h2.daydate").count() >= 3
    assert page.locator(".strip svg rect").count() > 0
    page.screenshot(path=shots / "timeline.png")  # the window: the strip and the first days

    page.fill("input[name=actor]", "Lavrov")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "actor=Lavrov" in page.url
    actors = page.locator(".records .rec .body > a.actor:first-child").all_inner_texts()
    assert actors and set(actors) == {"Sergei Lavrov"}
    page.screenshot(path=shots / "timeline-lavrov.png", full_page=True)

    page.locator(".rec-statement a.content").first.click()
    page.wait_for_load_state()
    assert "/records/s" in page.url
    sentence = page.locator("blockquote.paragraph mark.sentence")
    assert sentence.count() == 1 and len(sentence.inner_text()) > 20
    said = page.locator("p.content").inner_text()
    assert said.split("“", 1)[1].rstrip("”")[:30] in sentence.inner_text()
    page.screenshot(path=shots / "card.png", full_page=True)

    page.locator("article.card h1 a.actor").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Sergei Lavrov"
    edges = page.locator("svg.net a.edge")
    assert edges.count() > 0
    counts = [int(t) for t in page.locator("svg.net a.edge text.edge-n").all_text_contents()]
    assert counts and all(n >= 1 for n in counts)
    page.set_viewport_size({"width": 1100, "height": 1420})
    page.screenshot(path=shots / "actor-lavrov.png")  # the window: facts, roles and the network

    # an edge leads to the statements behind it, as many as it counts
    edges.first.click()
    page.wait_for_load_state()
    assert page.locator(".records .rec").count() == counts[0]
    page.close()


def test_brief_page_from_the_nav_filters_and_links_to_records(browser: Browser, seeds_site: str, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 1000})
    page.goto(seeds_site + "/")
    page.click("header.top nav a[href='/brief']")
    page.wait_for_load_state()
    assert page.url.endswith("/brief") and page.locator("h1").inner_text() == "Brief"
    page.fill("input[name=about]", "NATO")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "about=NATO" in page.url and page.locator("h1").inner_text() == "Brief about NATO"
    lines = page.locator(".brief ul.lines > li:not(.empty)")
    assert lines.count() > 5
    for i in range(lines.count()):  # every line of the digest links to what it rests on
        assert lines.nth(i).locator("a[href^='/records/'], a[href^='/api/documents/']").count() > 0
    contested = page.locator("ul.contested > li")
    assert "150,000 troops" in " ".join(contested.all_inner_texts())
    page.screenshot(path=shots / "brief-nato.png", full_page=True)
    # a contested side's record id opens that record's page, with the words the brief quotes
    link = contested.first.locator("a.rid").first
    # "claim on “matter”: Actor (side) “what was said” — outlets [s3] vs. ..."
    record, quoted = link.inner_text(), contested.first.inner_text().split(") “", 1)[1].split("” — ", 1)[0]
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/records/{record}")
    assert quoted[:25] in page.locator("p.content").inner_text()
    page.close()


# Run in the page after it loads: anything the data could have injected or run.
PROBE = """() => {
  const attrs = [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]);
  const urls = [...document.querySelectorAll('[href],[src],[action],[formaction],[xlink\\\\:href]')]
      .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '');
  return {
    pwned: typeof window.__pwned,
    scripts: document.querySelectorAll('script').length,
    handlers: attrs.filter(a => a.name.toLowerCase().startsWith('on')).map(a => a.name),
    badUrls: urls.filter(u => /^\\s*(javascript|data|vbscript):/i.test(u)),
    frames: document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]').length,
    styles: document.querySelectorAll('style').length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
    text: document.body.innerText,
  };
}"""


def test_hostile_text_is_shown_never_run(browser: Browser, tmp_path: Path, shots: Path) -> None:
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in hostile_articles()),
                      encoding="utf-8")
    db = build_db(tmp_path / "hostile.db", str(corpus))
    with Served(db) as site:
        from starlette.testclient import TestClient

        with TestClient(create_app(db)) as api:
            records = api.get("/api/timeline?limit=200").json()["items"]
            actors = api.get("/api/actors?limit=200").json()["items"]
        assert len(records) >= len(PAYLOADS)  # the pipeline kept the hostile records
        assert sum(bool(r["date"]) for r in records) >= len(PAYLOADS)  # and their dates: the day groups
        urls = ["/", "/actors", "/search?q=script", "/search?q=pwned", "/search?q=%3Cscript%3E"]
        urls += [f"/records/{r['id']}" for r in records] + [f"/actors/{a['id']}" for a in actors]
        urls += [f"/?outlet={a['outlet']}" for a in hostile_articles()[:4]]
        # twice: as served (the CSP would block inline script anyway), and with the CSP ignored,
        # which shows the escaping alone keeps every payload inert
        for bypass in (False, True):
            context = browser.new_context(bypass_csp=bypass)
            dialogs: list[str] = []
            page: Page = context.new_page()
            page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
            shown = ""
            for url in urls:
                response = page.goto(site.url + url)
                # a search that is no FTS syntax ("<script>") is a 400 page that shows the query back
                ok = (200, 400) if url.startswith("/search") else (200,)
                assert response is not None and response.status in ok, url
                found = page.evaluate(PROBE)
                assert found["pwned"] == "undefined", url
                assert found["scripts"] == 0 and found["handlers"] == [] and found["badUrls"] == [], (url, found)
                assert found["frames"] == 0 and found["styles"] == 0 and found["bodyShown"], (url, found)
                shown += found["text"]
            assert dialogs == []
            if bypass:
                page.goto(site.url + "/")
                page.screenshot(path=shots / "hostile-timeline.png", full_page=True)
            context.close()
        # the payloads are there, as text a reader can see
        assert "<script>window.__pwned=1</script>" in shown and "javascript:window.__pwned=1" in shown
        assert "\u202e" in shown
