"""Actor identities across documents, as a Spark job over the written statements and events.

One row per actor key (the resolver's id, else `name:<normalised name>`: the store's
`actors.id`), built as `saidwhat ingest` builds its actors table document by document: the
name of the first sighting in run order, and each of country, sector and role from the first
sighting that knows it; with how often the actor speaks, acts and is targeted, in how many
documents, and its first and last dated record. A shuffle of one small row per actor sighting,
made from the pipeline's results as they are kept on the executors (nothing read back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

# every sighting of an actor, in the order the store meets them: documents in run order,
# in each its statements then its events, each record's actor before its recipient
_SIGHTINGS = """
SELECT {key} AS id, {who} AS a, doc, date, {what} AS what,
       named_struct('i', input_index, 'p', input_position, 't', {table}, 's', seq, 'r', {role}) AS ord
FROM {source} WHERE {key} IS NOT NULL
"""

_ACTORS = """
SELECT id,
       min_by(a.name, ord) AS name,
       min_by(a.country, ord) FILTER (WHERE a.country IS NOT NULL) AS country,
       min_by(a.sector, ord) FILTER (WHERE a.sector IS NOT NULL) AS sector,
       min_by(a.role, ord) FILTER (WHERE a.role IS NOT NULL) AS role,
       count_if(what = 'speaks') AS statements,
       count_if(what = 'acts') AS events,
       count_if(what = 'targeted') AS targeted,
       count(DISTINCT doc) AS documents,
       min(date) AS first_date,
       max(date) AS last_date
FROM saidwhat_sightings GROUP BY id
"""


def write_actors(spark: SparkSession, statements: DataFrame, events: DataFrame, out: str) -> int:
    """Write the `actors` table under `out` from the run's statements and events (the tables'
    rows); the number of actors."""
    statements.createOrReplaceTempView("saidwhat_statements")
    events.createOrReplaceTempView("saidwhat_events")
    parts = []
    for table, source, what in ((0, "saidwhat_statements", "speaks"), (1, "saidwhat_events", "acts")):
        parts.append(_SIGHTINGS.format(key="actor_id", who="actor", what=f"'{what}'", table=table,
                                       role=0, source=source))
        parts.append(_SIGHTINGS.format(key="recipient_id", who="recipient", what="'targeted'",
                                       table=table, role=1, source=source))
    spark.sql(" UNION ALL ".join(parts)).createOrReplaceTempView("saidwhat_sightings")
    actors = spark.sql(_ACTORS).persist()  # one small row per actor: written, then counted
    try:
        actors.write.mode("overwrite").parquet(f"{out}/actors")
        return actors.count()
    finally:
        actors.unpersist()
