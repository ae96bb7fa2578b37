"""The per-document pipeline on Apache Spark: WARC, JSON Lines or Parquet in, Parquet tables out.

`job.run_job` reads the inputs (`inputs`: one task per WARC or JSON Lines file, or per Parquet
row group, each read with the local readers), runs the pipeline in `mapPartitions` with the
resources loaded once per executor Python process (`partition`), and writes the tables
`documents`, `statements`, `events` and `actors` (`tables`), the last one built across documents
by a Spark job (`actors`). `python -m saidwhat.spark.job` and `spark-submit saidwhat/spark/job.py`
run it; `saidwhat spark` is the command. Needs the `spark` extra (pyspark) and Java 17.
"""
