"""The `saidwhat serve` command."""

from __future__ import annotations

import click

from saidwhat.store.commands import db_option, store_errors


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--cache", type=click.IntRange(min=0), default=2048, show_default=True,
              help="Answers kept in memory (0: none); all are dropped when the database file changes.")
@store_errors
def serve(db: str, host: str, port: int, cache: int) -> None:
    """Browse the database in a web browser: timeline, actors, statements, search, and a JSON API
    (schema at /api/openapi.json). The database is opened read-only."""
    import uvicorn

    from saidwhat.web.app import create_app

    app = create_app(db, cache_entries=cache)
    click.echo(f"saidwhat: serving {db} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
