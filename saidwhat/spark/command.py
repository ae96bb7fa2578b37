"""`saidwhat spark`: the Spark job from the command line (pyspark is imported only when it runs)."""

from __future__ import annotations

import sys

import click

from saidwhat.run.input_options import input_options, read_options, settings_with_actors
from saidwhat.run.limits import Limits
from saidwhat.run.options import limit_options


@click.command(name="spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, metavar="DIR",
              help="Write the Parquet tables documents, statements, events and actors here "
                   "(a local folder or a URI such as s3://bucket/run); existing tables are replaced.")
@click.option("--master", metavar="URL",
              help="The Spark master: local[2], yarn, spark://host:7077.  [default: the one "
                   "spark-submit was given, else local[*]]")
@click.option("--partitions", type=click.IntRange(min=1),
              help="Partitions the pipeline runs in.  [default: 4 per core of the cluster, or one "
                   "per input unit (file or Parquet row group) when there are more]")
@limit_options
@input_options
def spark(inputs: tuple[str, ...], out: str, master: str | None, partitions: int | None,
          fields: dict[str, str], encoding: str | None, actors_file: str | None, limits: Limits) -> None:
    """Run the pipeline on Apache Spark and write Parquet tables (needs `pip install 'saidwhat[spark]'`).

    INPUTS are WARC (.warc, .warc.gz), JSON Lines or Parquet files (articles with the fields of
    JSON Lines), any other file `saidwhat extract` reads, or directories of them; local paths or
    URIs (s3://, gs://, hdfs://). The records are those `saidwhat extract` writes for the same
    inputs. `saidwhat ingest DIR` loads the tables into a database.

    Example:

        saidwhat spark crawl/ --out run1 --master local[2]

        spark-submit saidwhat/spark/job.py s3://bucket/cc-news/ --out s3://bucket/run1
    """
    from saidwhat.resources import ResourceError
    from saidwhat.spark.session import SparkUnavailable, spark_run

    try:
        with spark_run(master) as session:
            from saidwhat.spark.job import run_job

            summary = run_job(session, list(inputs), out, settings_with_actors(actors_file), limits,
                              read_options(fields, encoding), partitions)
    except (SparkUnavailable, ResourceError, ValueError) as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"saidwhat: {summary.line()}; tables in {out}", err=True)
    sys.exit(1 if summary.unreadable else 0)
