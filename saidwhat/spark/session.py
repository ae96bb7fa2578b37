"""The Spark session of a run: executors run this Python, and a local run stays on 127.0.0.1."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


class SparkUnavailable(Exception):
    """pyspark or Java is missing; the message says what to install."""


def check_spark() -> None:
    """Raise SparkUnavailable naming what is missing for a Spark run on this machine."""
    import importlib.util
    import shutil

    if importlib.util.find_spec("pyspark") is None:
        raise SparkUnavailable("pyspark is not installed; install the extra: pip install 'saidwhat[spark]'")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise SparkUnavailable("Spark needs Java 17 (a `java` on PATH, or JAVA_HOME); install a JDK")


def spark_session(master: str | None = None, app_name: str = "saidwhat",
                  shuffle_partitions: int | None = None) -> SparkSession:
    """The active session, or a new one for `master` (None: what spark-submit was given).

    Executors run this interpreter (PYSPARK_PYTHON), so that they import the same saidwhat and
    spaCy model; a local master binds to 127.0.0.1 and runs without the web UI.
    """
    check_spark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # pyspark warns about pandas >= 3 as a session starts; saidwhat's Spark path uses no pandas
    warnings.filterwarnings("ignore", message=".*pandas >= 3.*", category=FutureWarning)
    from pyspark.sql import SparkSession

    if master is None:  # spark-submit's, else local
        from pyspark import SparkConf

        master = SparkConf().get("spark.master", None) or "local[*]"
    builder = SparkSession.builder.appName(app_name).master(master)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false"))
    if shuffle_partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    # Python workers live as long as the executor: the model loads once per worker, not per task
    builder = builder.config("spark.python.worker.reuse", "true")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


@contextmanager
def spark_run(master: str | None = None) -> Iterator[SparkSession]:
    """The active session (a caller's, such as a test's), else a new one, stopped at the end."""
    check_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    session = active or spark_session(master)
    try:
        yield session
    finally:
        if active is None:
            session.stop()
