"""The Parquet tables of a Spark run, as Spark schemas, and one document's results as a row.

The columns are CONTRACT.md's fields, in the order of the JSON records, with spans and actors as
structs; rows are made from the records' own `to_dict`, so a value is what `saidwhat extract`
writes. Extra columns (the contract welcomes them): on documents, `text` holds the text the spans
index for every document (`text_extracted` says whether it was extracted from HTML, where the
JSON record carries it), `source`, `format`, `sha256` and `given` (what `saidwhat ingest` needs
to store the document as a local run would), and `input_index`/`input_position`, the document's
place in the run; on statements and events, `seq` (the record's place in its document) and
`actor_id`/`recipient_id` (the store's actor keys).
"""

from __future__ import annotations

from typing import Any

from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from saidwhat.records import Actor, Article, Result

TABLES = ("documents", "statements", "events", "actors")


def _fields(*pairs: tuple[str, DataType]) -> list[StructField]:
    return [StructField(name, kind, nullable=True) for name, kind in pairs]


S, L, B, D = StringType(), LongType(), BooleanType(), DoubleType()
SPAN = StructType(_fields(("start", L), ("end", L), ("text", S)))
ACTOR = StructType(_fields(("name", S), ("id", S), ("country", S), ("sector", S), ("role", S)))
GIVEN = StructType(_fields(("title", S), ("url", S), ("published", S), ("outlet", S),
                           ("published_precision", S), ("problem", S)))

DOCUMENT_FIELDS = _fields(
    ("kind", S), ("doc", S), ("status", S), ("reason", S), ("title", S), ("outlet", S), ("url", S),
    ("published", S), ("published_source", S), ("published_precision", S), ("language", S),
    ("body", ArrayType(SPAN)), ("text", S),
    ("text_extracted", B), ("source", S), ("format", S), ("sha256", S), ("given", GIVEN),
    ("input_index", L), ("input_position", L))
# statements and events without `kind` and `doc`: those come from their document's row
STATEMENT_FIELDS = _fields(
    ("type", S), ("speaker", SPAN), ("actor", ACTOR), ("cue", SPAN), ("content", SPAN), ("direct", B),
    ("recipient", ACTOR), ("date", S), ("date_precision", S), ("sentence", SPAN), ("confidence", D),
    ("cue_class", S), ("rule", S), ("actor_span", SPAN), ("recipient_span", SPAN), ("type_rule", S),
    ("speaker_rule", S),
    ("seq", L), ("actor_id", S), ("recipient_id", S))
MENTION = StructType(_fields(("trigger", SPAN), ("sentence", SPAN)))
EVENT_FIELDS = _fields(
    ("type", S), ("mode", S), ("trigger", SPAN), ("sentence", SPAN), ("actor", ACTOR), ("recipient", ACTOR),
    ("date", S), ("date_precision", S), ("asserted", B), ("confidence", D), ("rule", S),
    ("actor_span", SPAN), ("recipient_span", SPAN), ("type_rule", S), ("mentions", ArrayType(MENTION)),
    ("claimed_by", L), ("factuality", S), ("factuality_rule", S),
    ("seq", L), ("actor_id", S), ("recipient_id", S))
STATEMENT = StructType(STATEMENT_FIELDS)
EVENT = StructType(EVENT_FIELDS)
# one row per document, its records nested: the pipeline's output, split into the tables
RESULT = StructType([*DOCUMENT_FIELDS, StructField("statements", ArrayType(STATEMENT)),
                     StructField("events", ArrayType(EVENT))])


def value(obj: Any, kind: DataType) -> Any:
    """`obj` (a record's JSON value) in the shape of `kind`: structs as tuples, in field order."""
    if obj is None:
        return None
    if isinstance(kind, StructType):
        return tuple(value(obj.get(f.name), f.dataType) for f in kind.fields)
    if isinstance(kind, ArrayType):
        return [value(item, kind.elementType) for item in obj]
    return obj


def result_row(result: Result, article: Article, sha: str, position: tuple[int, int]) -> tuple[Any, ...]:
    """The RESULT row of one document: its record, its statements and events, and where it came from."""
    from saidwhat.store.writer import actor_key

    records = result.records()
    doc = dict(records[0])
    doc["text_extracted"] = "text" in doc
    doc["text"] = doc.get("text", article.text)
    doc.update(source=article.source, format=article.fmt, sha256=sha, input_index=position[0],
               input_position=position[1],
               given={"title": article.title, "url": article.url, "published": article.published,
                      "outlet": article.outlet, "published_precision": article.published_precision,
                      "problem": article.problem})
    n = len(result.statements)
    for seq, (rec, record) in enumerate(zip(records[1:], [*result.statements, *result.events], strict=True)):
        rec["seq"] = seq if seq < n else seq - n
        rec["actor_id"] = _key(record.actor, actor_key)
        rec["recipient_id"] = _key(record.recipient, actor_key)
    doc["statements"] = records[1:n + 1]
    doc["events"] = records[n + 1:]
    return value(doc, RESULT)


def _key(actor: Actor | None, actor_key: Any) -> str | None:
    return actor_key(actor) if actor is not None else None
