"""The web application: server-rendered pages and a JSON API over a saidwhat database.

`create_app(db)` checks the database once, then every worker thread keeps its own read-only
connection (SQLite connections are not shared between threads). Pages need no JavaScript and
the Content-Security-Policy allows none, nor anything from another origin.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import anyio.to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from saidwhat.store.schema import StoreError, open_db
from saidwhat.web import data
from saidwhat.web.cache import ResponseCache, file_stamp
from saidwhat.web.drawing import TYPE_COLOURS, colour, network, strip

__all__ = ["create_app"]

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}

WORKER_THREADS = 4
Limit = Annotated[int, Query(ge=1, le=data.PAGE_MAX, description=f"Rows per page, 1 to {data.PAGE_MAX}.")]
Offset = Annotated[int, Query(ge=0, le=data.OFFSET_MAX, description="Rows to skip.")]
Text = Annotated[str, Query(max_length=data.QUERY_MAX)]


class Connections:
    """One read-only connection per thread, with the shared timeline snapshot attached; all are
    replaced when the file changes (the snapshot is a copy, see data.SNAPSHOT)."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self._local = threading.local()
        self._lock = threading.Lock()
        self._snapshot: tuple[tuple[int, int, int], sqlite3.Connection, str] | None = None

    def _current(self) -> tuple[tuple[int, int, int], str]:
        stamp = file_stamp(self.db)
        with self._lock:  # one build at a time; the first request after a change pays for it
            if self._snapshot is None or self._snapshot[0] != stamp:
                old = self._snapshot
                con, uri = data.build_snapshot(self.db)
                self._snapshot = (stamp, con, uri)
                if old is not None:
                    old[1].close()  # connections still attached keep their copy until they reattach
            return self._snapshot[0], self._snapshot[2]

    def get(self) -> sqlite3.Connection:
        stamp, uri = self._current()
        con = getattr(self._local, "con", None)
        if con is not None and self._local.uri != uri:
            con.close()
            con = None
        if con is None:
            con = self._local.con = data.attach_snapshot(open_db(self.db), uri)
            self._local.uri = uri
        return con


def _safe_url(url: str | None) -> str | None:
    """The URL if it is a web address a link may point to; javascript:, data: and others are not."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")) and not any(
            c.isspace() or not c.isprintable() for c in url):
        return url
    return None


def create_app(db: str | Path, cache_entries: int = 2048) -> FastAPI:
    """The application over the database at `db` (StoreError if it is no readable saidwhat database)."""
    path = Path(db)
    open_db(path).close()  # fail now, with the store's message, rather than on the first request
    connections = Connections(path)
    app = FastAPI(title="saidwhat", summary="Who said and did what to whom, and when.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", lifespan=_lifespan)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(colour=colour, type_colours=TYPE_COLOURS, edge_types=data.EDGE_TYPES)
    templates.env.filters["safe_url"] = _safe_url
    templates.env.filters["snippet_parts"] = data.snippet_parts
    templates.env.filters["by_outlet"] = _by_outlet
    templates.env.filters["diff_parts"] = _diff_parts
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        if wants_json(request):
            return JSONResponse({"detail": problems}, status_code=422)
        return page(request, "error.html", 422, title="Bad request", message=problems)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        status = 404 if isinstance(exc, data.NotFound) else 400
        if wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return page(request, "error.html", status, title="Not found" if status == 404 else "Bad request",
                    message=str(exc))

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    # -- pages --------------------------------------------------------------------------------
    type_css = "".join(f".t-{t.lower()} {{ background: {c}; }}\n" for t, c in TYPE_COLOURS.items())

    @app.get("/types.css", include_in_schema=False)
    def types_css() -> Response:
        """One swatch colour per PLOVER type, the same the drawings use (no inline styles: CSP)."""
        return Response(type_css, media_type="text/css")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, actor: Text = "", recipient: Text = "", type: Text = "",
                      outlet: Text = "", since: Text = "", until: Text = "", asserted: Text = "",
                      kind: Text = "", limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
        con = connections.get()
        f = data.Filters(actor.strip(), recipient.strip(), type.strip(), outlet, since.strip(),
                         until.strip(), asserted, kind)
        dated = data.records(con, f, dated=True, limit=limit, offset=offset)
        undated = data.records(con, f, dated=False, limit=data.PAGE_MAX)
        days = [(day, list(rows)) for day, rows in itertools.groupby(dated["items"], key=lambda r: r["date"])]
        names = _names(con, f)
        return page(request, "timeline.html", f=f, days=days, dated=dated, undated=undated,
                    strip=strip(data.volume(con, f)), choices=data.filter_choices(con), names=names,
                    prev_url=_page_url("/", f, limit, offset - limit) if offset > 0 else None,
                    next_url=_page_url("/", f, limit, offset + limit)
                    if offset + limit < dated["total"] else None, filter_url=lambda **kw: _filter_url(f, **kw))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, q: Text = "", limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
        con = connections.get()
        found = data.actors_index(con, q.strip(), limit, offset)
        base = {"q": q} if q else {}
        return page(request, "actors.html", q=q, found=found,
                    prev_url="/actors?" + urlencode({**base, "limit": limit, "offset": max(offset - limit, 0)})
                    if offset > 0 else None,
                    next_url="/actors?" + urlencode({**base, "limit": limit, "offset": offset + limit})
                    if offset + limit < found["total"] else None)

    @app.get("/actors/{actor_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_view(request: Request, actor_id: str, limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
        con = connections.get()
        actor = data.actor_page(con, actor_id)
        f = data.Filters(actor=actor_id)
        said = data.records(con, f, limit=limit, offset=offset)
        return page(request, "actor.html", actor=actor, said=said, net=network(actor, actor["edges"]),
                    strip=strip(data.volume(con, f), width=720, height=48),
                    next_url=_page_url(f"/actors/{actor_id}", data.Filters(), limit, offset + limit)
                    if offset + limit < said["total"] else None,
                    edge_url=lambda e: _edge_url(actor_id, e))

    @app.get("/records/{record_id}", response_class=HTMLResponse, include_in_schema=False)
    def record_page(request: Request, record_id: str) -> HTMLResponse:
        rec = data.card(connections.get(), record_id)
        return page(request, "record.html", rec=rec)

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, about: Text = "", actor: Text = "", since: Text = "") -> HTMLResponse:
        """The cited digest of `saidwhat brief`, with its filters as query parameters."""
        data_, title = _brief(connections.get(), about, actor, since)
        return page(request, "brief.html", data=data_, title=title, about=about, actor=actor, since=since)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Text = "", limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
        found = data.search(connections.get(), q, limit, offset) if q.strip() else None
        return page(request, "search.html", q=q, found=found,
                    prev_url="/search?" + urlencode({"q": q, "limit": limit, "offset": max(offset - limit, 0)})
                    if found and offset > 0 else None,
                    next_url="/search?" + urlencode({"q": q, "limit": limit, "offset": offset + limit})
                    if found and offset + limit < found["total"] else None)

    # -- JSON API -----------------------------------------------------------------------------
    def listing(kind: str, actor: str, recipient: str, type: str, outlet: str, since: str, until: str,
                asserted: str, limit: int, offset: int) -> dict[str, Any]:
        f = data.Filters(actor.strip(), recipient.strip(), type.strip(), outlet, since.strip(), until.strip(),
                         asserted, kind)
        return data.records(connections.get(), f, limit=limit, offset=offset)

    @app.get("/api/timeline", tags=["records"])
    def api_timeline(actor: Text = "", recipient: Text = "", type: Text = "", outlet: Text = "",
                     since: Text = "", until: Text = "", asserted: Text = "", kind: Text = "",
                     limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Statements and events in date order (undated last), with the timeline's filters.

        `actor`/`recipient`: an actor id (kb:sergei-lavrov) or a name (lavrov); `type`: a PLOVER
        type; `since`/`until`: YYYY[-MM[-DD]]; `asserted`: asserted (events the outlet reports as
        fact) or claimed (statements, and events only claimed by a source); `kind`: statement or event.
        """
        return listing(kind, actor, recipient, type, outlet, since, until, asserted, limit, offset)

    @app.get("/api/statements", tags=["records"])
    def api_statements(actor: Text = "", recipient: Text = "", type: Text = "", outlet: Text = "",
                       since: Text = "", until: Text = "", limit: Limit = 100,
                       offset: Offset = 0) -> dict[str, Any]:
        """Statements in date order, with the timeline's filters."""
        return listing("statement", actor, recipient, type, outlet, since, until, "", limit, offset)

    @app.get("/api/events", tags=["records"])
    def api_events(actor: Text = "", recipient: Text = "", type: Text = "", outlet: Text = "",
                   since: Text = "", until: Text = "", asserted: Text = "", limit: Limit = 100,
                   offset: Offset = 0) -> dict[str, Any]:
        """Events in date order, with the timeline's filters."""
        return listing("event", actor, recipient, type, outlet, since, until, asserted, limit, offset)

    @app.get("/api/records/{record_id}", tags=["records"])
    def api_record(record_id: str) -> dict[str, Any]:
        """One statement (s12) or event (e5): every field, its paragraph and its sources."""
        return data.card(connections.get(), record_id)

    @app.get("/api/actors", tags=["actors"])
    def api_actors(q: Text = "", limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Actors, most active first; `q` keeps those a name refers to."""
        return data.actors_index(connections.get(), q.strip(), limit, offset)

    @app.get("/api/actors/{actor_id:path}", tags=["actors"])
    def api_actor(actor_id: str) -> dict[str, Any]:
        """One actor: fields, aliases, dated roles, counts and counted relations to others."""
        return data.actor_page(connections.get(), actor_id)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(doc_id: str) -> dict[str, Any]:
        """One document's metadata and the ids of its statements and events."""
        return data.document(connections.get(), doc_id)

    @app.get("/api/brief", tags=["story"])
    def api_brief(about: Text = "", actor: Text = "", since: Text = "") -> dict[str, Any]:
        """The digest of `saidwhat brief`: key claims per actor, events, contested points, quote
        variants and inferred dates, each with the record ids it rests on."""
        return _brief(connections.get(), about, actor, since)[0]

    @app.get("/api/search", tags=["search"])
    def api_search(q: Annotated[str, Query(min_length=1, max_length=data.QUERY_MAX)],
                   limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Statements matching `q` (FTS5 syntax or plain words), best first; matches in `snippet`
        are between U+E000 and U+E001."""
        return data.search(connections.get(), q, limit, offset)

    if cache_entries:  # outermost: a cached answer carries the headers set above
        app.add_middleware(ResponseCache, db=path, entries=cache_entries)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # each worker thread builds its own TEMP copies of the timeline: a few threads bound that cost
    # and its memory (SQLite work holds the GIL for long stretches, so more would not run faster)
    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    yield


def _brief(con: sqlite3.Connection, about: str, actor: str, since: str) -> tuple[dict[str, Any], str]:
    """store/brief.py's digest and its title; an unknown name is a 404, a bad date a 400."""
    from saidwhat.store.brief import brief
    from saidwhat.store.names import UnknownActor

    about, actor, since = about.strip(), actor.strip(), since.strip()
    try:
        digest = brief(con, about=about or None, actor=actor or None, since=since or None)
    except UnknownActor as e:
        raise data.NotFound(str(e)) from None
    return digest, "Brief" + (f" about {about}" if about else "") + (f", {actor}" if actor else "")


def _by_outlet(reports: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """Record ids grouped by outlet, in the order they come (the brief's citations)."""
    seen: dict[str, list[str]] = {}
    for r in reports:
        seen.setdefault(r["outlet"], []).append(r["id"])
    return list(seen.items())


_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def _diff_parts(diff: str) -> list[tuple[str, str]]:
    """A word diff ([-dropped-] {+added+}) as (kind, text) parts: del, ins or same."""
    parts: list[tuple[str, str]] = []
    at = 0
    for m in _DIFF.finditer(diff):
        if m.start() > at:
            parts.append(("same", diff[at:m.start()]))
        parts.append(("del", m[1]) if m[1] is not None else ("ins", m[2]))
        at = m.end()
    if at < len(diff):
        parts.append(("same", diff[at:]))
    return parts


def _names(con: sqlite3.Connection, f: data.Filters) -> dict[str, str]:
    """Display names for the actor and recipient filters when they are ids."""
    out = {}
    for v in (f.actor, f.recipient):
        row = con.execute("SELECT name FROM actors WHERE id = ?", (v,)).fetchone() if v else None
        if row:
            out[v] = row[0]
    return out


def _filter_url(f: data.Filters, **changes: str) -> str:
    params = {**f.active(), **changes}
    return "/?" + urlencode({k: v for k, v in params.items() if v})


def _page_url(base: str, f: data.Filters, limit: int, offset: int) -> str:
    return base + "?" + urlencode({**f.active(), "limit": limit, "offset": max(offset, 0)})


def _edge_url(actor_id: str, e: dict[str, Any]) -> str:
    """The timeline of the records behind one edge of the network."""
    who, whom = (actor_id, e["other"]) if e["direction"] == "out" else (e["other"], actor_id)
    return "/?" + urlencode({"actor": who, "recipient": whom, "type": e["type"]})
