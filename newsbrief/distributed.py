"""The dedup-and-cluster batch on a Dask cluster (dask.distributed).

What parallelises is what each article needs alone: cleaning, its MinHash signature, its
embedding and word counts (`cluster.featurize`). Those run on the workers, one partition of
articles per task, a bounded number of partitions in flight. What depends on arrival order
(the duplicate index, which story an article joins) runs here, in `stories.update_stories`,
over the features as they come back in order: so a Dask run gives exactly the stories of a
single-process run, and the store stays one SQLite file on this machine.

Why Dask: it installs from PyPI as pure Python (no JVM, no server to build), ships
`LocalCluster` for tests and laptops, and a real cluster is one address away
(`dask scheduler` on one host, `dask worker tcp://host:8786` on the others, each with
newsbrief installed; then `newsbrief cluster INPUT --scheduler tcp://host:8786`).
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .cluster import ArticleFeatures, ClusterOptions, featurize
from .errors import NewsbriefError
from .models import Article

LOCAL = "local"
# How often a run waiting on a batch's features checks that the cluster still has workers: a
# scheduler whose workers have all gone keeps the tasks and would wait for new ones in silence.
WORKER_CHECK_S = 30


class ClusterLost(NewsbriefError):
    """The Dask cluster went away mid-run (its scheduler stopped, or its workers kept dying):
    what was committed before it stays, and the same command resumes."""


def check_scheduler(scheduler: str) -> None:
    """Refuse what cannot be a scheduler address before any work is done."""
    if scheduler != LOCAL and "://" not in scheduler:
        raise NewsbriefError(f"--scheduler must be 'local' or a scheduler address such as tcp://host:8786, not {scheduler!r}")


@contextmanager
def dask_client(scheduler: str = LOCAL, workers: int = 2, processes: bool = True):
    """A client of the scheduler at `scheduler` (tcp://host:8786), or of a LocalCluster started here."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise NewsbriefError("the Dask engine is not installed: pip install -e '.[distributed]' in newsbrief's folder") from None
    if scheduler == LOCAL:
        # One thread per worker: featurize is CPU-bound Python and numpy, so processes give the parallelism.
        # No dashboard, and the scheduler's HTTP server (which it starts anyway) on a free port: on
        # its default, 8787, another Dask on this machine made it print a four-line warning.
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None,
                          scheduler_kwargs={"dashboard_address": ":0"}) as cluster, Client(cluster) as client:
            yield client
        return
    check_scheduler(scheduler)
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise NewsbriefError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    # A scheduler lost mid-run is one line (`ClusterLost`), not the tracebacks the client logs
    # while it tries to reconnect.
    reconnects = logging.getLogger("distributed.client")
    level = reconnects.level
    reconnects.setLevel(logging.CRITICAL)
    try:
        with client:
            yield client
    finally:
        reconnects.setLevel(level)


def dask_featurizer(client, in_flight: int | None = None):
    """A `stories.Featurizer` that computes each batch's features on the cluster, in order."""
    limit = in_flight or 2 * max(sum(client.nthreads().values()), 1)

    def featurize_on_cluster(batches: Iterable[list[Article]], options: ClusterOptions) -> Iterator[list[ArticleFeatures]]:
        futures: deque = deque()
        for batch in batches:
            futures.append(client.submit(featurize, batch, options, pure=False))
            if len(futures) >= limit:
                yield features_of(futures.popleft(), client)
        while futures:
            yield features_of(futures.popleft(), client)

    return featurize_on_cluster


def features_of(future, client) -> list[ArticleFeatures]:
    """A batch's features, or `ClusterLost` where the cluster could not give them: a lost
    scheduler cancels every task in flight, a task whose workers kept dying is given up, and a
    scheduler left with no worker would wait for one for ever."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker
    from distributed.comm.core import CommClosedError

    address = client.scheduler.address
    while True:
        try:
            return future.result(timeout=WORKER_CHECK_S)
        except TimeoutError:
            if not client.nthreads():
                raise ClusterLost(f"the Dask scheduler at {address} has no workers left; start some "
                                  f"(dask worker {address})") from None
        except (CancelledError, CommClosedError) as exc:  # the second: it went while the result was fetched
            raise ClusterLost(f"lost the Dask scheduler at {address} "
                              f"({getattr(exc, 'reason', 'its connection closed')})") from None
        except KilledWorker:
            raise ClusterLost(f"the Dask workers of {address} died while computing features") from None
