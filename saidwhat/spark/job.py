"""The Spark job: inputs -> per-document pipeline in mapPartitions -> Parquet tables -> cross-document steps.

Run it as `saidwhat spark INPUT... --out DIR`, `python -m saidwhat.spark.job INPUT... --out DIR`
or `spark-submit saidwhat/spark/job.py INPUT... --out DIR` (the same options).

1. The driver lists the inputs as units (`inputs.plan_units`: files, Parquet row groups); one task
   reads each unit on an executor. With fewer units than `partitions`, the articles are spread
   over `partitions` partitions (a shuffle of the read text); with more, each task reads and
   processes its own units and nothing is shuffled.
2. `partition.process_partition` runs the pipeline; its rows (`tables.RESULT`: a document with
   its records nested) are kept on the executors' disks, so the pipeline runs once for all tables.
3. Document ids made unique across the run as `saidwhat extract` makes them (`unique_ids`).
4. The tables `documents`, `statements`, `events` written; then `actors`, across documents
   (`actors.write_actors`), from the results kept on the executors.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from saidwhat.read.fields import DEFAULT_OPTIONS, ReadOptions
from saidwhat.resources import Settings
from saidwhat.run.limits import Limits
from saidwhat.store.spark_output import SUMMARY  # in the output directory: what the run did

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

PARTITIONS_PER_CORE = 4  # a straggler then holds up a quarter of a core's share, not all of it


@dataclass
class Summary:
    """What a run did, written to `SUMMARY` in the output directory."""

    inputs: list[str]
    units: int = 0
    partitions: int = 0
    documents: int = 0
    skipped: int = 0  # documents with status skipped
    statements: int = 0
    events: int = 0
    actors: int = 0
    unreadable: int = 0  # paths that could not be read at all
    records_skipped: dict[str, int] = field(default_factory=dict)  # WARC records that are no article
    renamed_ids: int = 0
    seconds: float = 0.0  # from the first task to the last table written (no session start)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        records = "; WARC records that are no article: " + ", ".join(
            f"{n} {why}" for why, n in sorted(self.records_skipped.items())) if self.records_skipped else ""
        return (f"{self.documents} documents read ({self.skipped} skipped), {self.statements} statements, "
                f"{self.events} events, {self.actors} actors in {self.seconds:.1f}s{records}")


def run_job(spark: SparkSession, inputs: list[str], out: str, settings: Settings | None = None,
            limits: Limits | None = None, options: ReadOptions = DEFAULT_OPTIONS,
            partitions: int | None = None) -> Summary:
    """Run the pipeline over `inputs` on `spark` and write the tables under `out` (replacing them)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from saidwhat.spark.actors import write_actors
    from saidwhat.spark.inputs import plan_units
    from saidwhat.spark.partition import CounterParam, process_partition, read_units
    from saidwhat.spark.tables import DOCUMENT_FIELDS, RESULT

    limits = limits or Limits()
    started = time.monotonic()
    if "://" not in out:  # the summary marks a finished run (store/spark_output.py): not this one yet
        Path(out, SUMMARY).unlink(missing_ok=True)
    sc = spark.sparkContext
    units = plan_units(inputs)
    summary = Summary(list(inputs), units=len(units))
    if not units:
        raise ValueError("no input files: the directories given hold no files")
    target = partitions or PARTITIONS_PER_CORE * sc.defaultParallelism
    if not sc.getConf().contains("spark.sql.shuffle.partitions"):  # not 200 for a handful of files
        spark.conf.set("spark.sql.shuffle.partitions", str(max(target, len(units))))
    skipped = sc.accumulator(Counter(), CounterParam())
    tally = sc.accumulator(Counter(), CounterParam())
    unreadable = sc.accumulator(0)
    max_bytes = limits.max_bytes

    articles = sc.parallelize(units, len(units)).mapPartitions(
        lambda us: read_units(us, max_bytes, options, skipped, unreadable))
    if len(units) < target:  # too few units to keep every core busy: spread their articles
        articles = articles.repartitionAndSortWithinPartitions(target, _spread)
    summary.partitions = max(target, len(units)) if len(units) < target else len(units)
    rows = articles.mapPartitions(lambda items: process_partition(items, settings, limits, tally))
    # kept on the executors (spilled to disk past their memory): the pipeline runs once for all tables
    results = spark.createDataFrame(rows, RESULT).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        results, summary.renamed_ids = unique_ids(spark, results)
        summary.stage_seconds["read, pipeline, ids"] = _since(started, summary)
        if "://" not in out:
            Path(out).mkdir(parents=True, exist_ok=True)
        results.select(*[f.name for f in DOCUMENT_FIELDS]).write.mode("overwrite").parquet(f"{out}/documents")
        records = {table: results.select(F.lit(kind).alias("kind"), "doc", "input_index", "input_position",
                                         F.explode(table).alias("r"))
                   .select("kind", "doc", "r.*", "input_index", "input_position")
                   for table, kind in (("statements", "statement"), ("events", "event"))}
        for table, rows_of_table in records.items():
            rows_of_table.write.mode("overwrite").parquet(f"{out}/{table}")
        summary.stage_seconds["tables"] = _since(started, summary)
        summary.actors = write_actors(spark, records["statements"], records["events"], out)
        summary.stage_seconds["actors"] = _since(started, summary)
    finally:
        results.unpersist()
    counts = tally.value  # a task run again (a lost executor) is counted again
    summary.documents, summary.skipped = counts["documents"], counts["skipped"]
    summary.statements, summary.events = counts["statements"], counts["events"]
    summary.unreadable = unreadable.value
    summary.records_skipped = dict(sorted(skipped.value.items()))
    summary.seconds = round(time.monotonic() - started, 2)
    _write_summary(spark, out, summary)
    return summary


def _since(started: float, summary: Summary) -> float:
    """Seconds since `started` not yet given to a stage of `summary`."""
    return round(time.monotonic() - started - sum(summary.stage_seconds.values()), 2)


def _spread(key: tuple[int, int]) -> int:
    """The partition of an article at (unit, position): round robin over each unit's articles,
    so that partitions get the same number of articles; the same on every run."""
    return key[0] + key[1]


def unique_ids(spark: SparkSession, results: DataFrame) -> tuple[DataFrame, int]:
    """`results` with the document ids that more than one input had qualified as `saidwhat
    extract` qualifies them (`UniqueIds`: `SOURCE#ID` for every later one), and how many.

    Only the rows of ids read from more than one source reach the driver (none, in a normal
    run); the renaming is a broadcast join on the executors.
    """
    from pyspark.sql import functions as F

    from saidwhat.read import UniqueIds
    from saidwhat.records import Article

    shared = (results.groupBy("doc")
              .agg(F.countDistinct("source").alias("sources"),
                   F.collect_list(F.struct("source", "input_index", "input_position")).alias("reads"))
              .filter("sources > 1").select("doc", F.explode("reads").alias("r"))
              .select("doc", "r.*").collect())
    rows = sorted(shared, key=lambda r: (r["input_index"], r["input_position"]))
    if not rows:
        return results, 0
    ids = UniqueIds()
    renames = []
    for r in rows:
        new = ids.unique(Article(doc=r["doc"], text=None, source=r["source"])).doc
        if new != r["doc"]:
            renames.append((r["input_index"], r["input_position"], new))
    if not renames:
        return results, 0
    table = spark.createDataFrame(renames, "input_index long, input_position long, new_doc string")
    renamed = (results.join(F.broadcast(table), ["input_index", "input_position"], "left")
               .withColumn("doc", F.coalesce("new_doc", "doc")).drop("new_doc"))
    return renamed.select(*results.columns), len(renames)


def _write_summary(spark: SparkSession, out: str, summary: Summary) -> None:
    text = json.dumps(asdict(summary), indent=1, ensure_ascii=False) + "\n"
    if "://" not in out:
        Path(out, SUMMARY).write_text(text, encoding="utf-8")
        return
    # remote storage: through pyarrow, as the inputs are read
    from saidwhat.spark.inputs import _filesystem

    fs, where = _filesystem(f"{out.rstrip('/')}/{SUMMARY}")
    with fs.open_output_stream(where) as f:
        f.write(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    """`python -m saidwhat.spark.job` and `spark-submit saidwhat/spark/job.py`: `saidwhat spark`."""
    from saidwhat.cli import main as cli

    cli(["spark", *(sys.argv[1:] if argv is None else argv)], prog_name="saidwhat")


if __name__ == "__main__":
    main()
