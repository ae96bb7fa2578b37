"""The store stage: an embedded SQLite database (schema, writer, queries, export)."""

from saidwhat.store.schema import SCHEMA_VERSION, StoreError, open_db

__all__ = ["SCHEMA_VERSION", "StoreError", "open_db"]
