"""Load on `saidwhat serve`: requests/s and latency at 50 concurrent connections over loopback.

    .venv/bin/python bench/serve.py [--db out/bench-serve.db] [--connections 50] [--requests 2000]
                                    [--seconds 30] [--cache 2048]

The database (at least 10,000 statements) is built once from the VOA stories and the PolNeAR
training articles in ../shared/data and kept under out/ (a slow ingest on a shared machine). The
server runs as `saidwhat serve` in its own process; this process drives it with keep-alive
HTTP/1.1 connections over 127.0.0.1 only, one group of URLs at a time: the timeline page (with and
without filters), actor pages, search pages and the JSON API. Each group gets at most `--requests`
requests or `--seconds`, whichever ends first, after a warm-up pass over its URLs. `--cache 0`
measures the server with its response cache off. Also prints the query plans of the main queries.

Not a test: the figures go in the report and the README.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SOURCES = [SHARED / "voa" / "voa_all.jsonl", SHARED / "polnear" / "train.jsonl"]
DEFAULT_DB = ROOT / "out" / "bench-serve.db"
WORDS = ["sanctions", "election", "NATO", "missile", "Trump", "Putin", "Ukraine", "war", "China", "peace",
         "attack", "nuclear", "talks", "Congress", "vote", "economy", "refugees", "border", "police", "trade"]


def build(db: Path) -> None:
    missing = [str(p) for p in SOURCES if not p.exists()]
    if missing:
        sys.exit(f"cannot build {db}: missing {', '.join(missing)}")
    db.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {db} from {', '.join(p.name for p in SOURCES)} (once; slow)", flush=True)
    subprocess.run([sys.executable, "-m", "saidwhat.cli", "ingest", *map(str, SOURCES), "--db", str(db)],
                   check=True, cwd=ROOT)


def url_groups(db: Path) -> dict[str, list[str]]:
    """The URLs each group requests, taken from the database: the busiest actors and outlets."""
    from saidwhat.store.schema import open_db

    con = open_db(db)
    try:
        actors = [r[0] for r in con.execute(
            "SELECT actor_id FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id"
            " ORDER BY count(*) DESC LIMIT 20")]
        outlets = [r[0] for r in con.execute(
            "SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC LIMIT 5")]
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("statements", "events")}
    finally:
        con.close()
    print(f"database: {counts['statements']} statements, {counts['events']} events")
    timeline = ["/", "/?offset=100", "/?offset=5000", "/?type=ACCUSE", "/?type=THREATEN&asserted=claimed"]
    timeline += ["/?" + urlencode({"actor": a}) for a in actors[:10]] + ["/?" + urlencode({"outlet": o}) for o in outlets]
    return {
        "timeline page": timeline,
        "actor page": [f"/actors/{quote(a)}" for a in actors],
        "search page": ["/search?" + urlencode({"q": w}) for w in WORDS],
        "JSON API": ["/api/timeline?limit=50&" + urlencode({"actor": a}) for a in actors[:8]]
        + [f"/api/actors/{quote(a)}" for a in actors[:6]] + ["/api/search?" + urlencode({"q": w}) for w in WORDS[:6]],
    }


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def drive(port: int, urls: list[str], connections: int, requests: int, seconds: float
                ) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.perf_counter() + seconds

    async def worker(k: int) -> None:
        nonlocal errors, issued
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while issued < requests and time.perf_counter() < deadline:
                path = urls[(issued + k) % len(urls)]
                issued += 1
                t = time.perf_counter()
                status = await fetch(reader, writer, path)
                latencies.append(time.perf_counter() - t)
                errors += status != 200
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(connections)))
    wall = time.perf_counter() - start
    lat = sorted(latencies)
    return {"requests": len(lat), "errors": errors, "seconds": round(wall, 2),
            "rps": round(len(lat) / wall, 1),
            "p50_ms": round(statistics.median(lat) * 1000, 1),
            "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1),
            "max_ms": round(lat[-1] * 1000, 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, server: subprocess.Popen, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if server.poll() is not None:
            sys.exit(f"the server exited ({server.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit("the server did not start")


def plans(db: Path) -> None:
    """EXPLAIN QUERY PLAN of the queries behind the pages, as the server runs them."""
    from saidwhat.web.app import Connections

    con = Connections(db).get()
    queries = {
        "timeline, one actor": ("SELECT * FROM snap.records WHERE actor_id IN (?) ORDER BY rowid LIMIT 100", ["x"]),
        "timeline, no filter": ("SELECT * FROM snap.records WHERE date IS NOT NULL ORDER BY rowid LIMIT 100", []),
        "timeline count": ("SELECT count(*) FROM snap.records WHERE date IS NOT NULL", []),
        "timeline, one type": ("SELECT count(*) FROM snap.records WHERE type = ?", ["ACCUSE"]),
        "network edges": ("SELECT t.recipient_id, a.name, t.type, count(*) FROM statements t JOIN actors a"
                          " ON a.id = t.recipient_id WHERE t.actor_id = ? AND t.type IN ('ACCUSE', 'SUPPORT')"
                          " GROUP BY t.recipient_id, t.type", ["x"]),
        "record card": ("SELECT * FROM statements WHERE id = ?", [1]),
        "search": ("SELECT s.id FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
                   " WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts) LIMIT 50", ["nato"]),
    }
    for name, (sql, args) in queries.items():
        steps = [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, args)]
        print(f"  {name}: {'; '.join(steps)}")
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000, help="per group, at most")
    ap.add_argument("--seconds", type=float, default=30.0, help="per group, at most")
    ap.add_argument("--cache", type=int, default=2048, help="the server's --cache (0: off)")
    args = ap.parse_args()
    if not args.db.exists():
        build(args.db)
    groups = url_groups(args.db)
    print("query plans:")
    plans(args.db)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "saidwhat.cli", "serve", "--db", str(args.db),
                               "--port", str(port), "--cache", str(args.cache)], cwd=ROOT, env=env)
    results = {}
    try:
        wait_for(port, server)
        for name, urls in groups.items():
            # warm-up: every URL once, one at a time (the first request also builds the snapshot)
            warm = asyncio.run(drive(port, urls, 1, len(urls), 600))
            results[name] = asyncio.run(drive(port, urls, args.connections, args.requests, args.seconds))
            results[name]["urls"] = len(urls)
            results[name]["warmup_p50_ms"] = warm["p50_ms"]
            print(f"{name:14} {json.dumps(results[name])}", flush=True)
    finally:
        server.terminate()
        server.wait(10)
    print(json.dumps({"connections": args.connections, "cache": args.cache, "results": results}))


if __name__ == "__main__":
    main()
