"""The Dask path: features on a LocalCluster, decisions here, the same stories as one process."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from streams import stream_records, write_jsonl

from newsbrief.cluster import ClusterOptions, featurize
from newsbrief.ingest import article_from_json, ingest
from newsbrief.store import Store
from newsbrief.stories import local_featurizer, update_stories

distributed = pytest.importorskip("distributed", reason="the test extra installs dask[distributed]")


@pytest.fixture(scope="module")
def client():
    from newsbrief.distributed import dask_client

    # In-process workers: the test checks the Dask path, not process start-up time.
    with dask_client("local", workers=1, processes=False) as client:
        yield client


def assignments(store: Store, doc_ids: list[str]) -> list[tuple]:
    found = store.assignments(doc_ids)
    return [(d, found[d].story_id, found[d].duplicate_of) for d in doc_ids]


def test_dask_features_equal_local_features(client):
    from newsbrief.distributed import dask_featurizer

    articles = [article_from_json(r, Path("s.jsonl"), n) for n, r in enumerate(stream_records(), 1)]
    batches = [articles[:5], articles[5:]]
    on_cluster = [f for batch in dask_featurizer(client)(batches, ClusterOptions()) for f in batch]
    local = featurize(articles)
    for a, b in zip(on_cluster, local):
        assert a.doc_id == b.doc_id and a.terms == b.terms and a.timestamp == b.timestamp
        assert np.array_equal(a.dense, b.dense)
        assert (a.minhash is None and b.minhash is None) or np.array_equal(a.minhash, b.minhash)


def test_the_dask_run_gives_the_stories_of_the_single_process_run(tmp_path, client):
    from newsbrief.distributed import dask_featurizer

    records = stream_records()
    # Copies too, so the duplicate index is exercised: each port report again under another id.
    records += [{**r, "doc_id": f"{r['doc_id']}-copy", "outlet": "Copy Desk"} for r in records if r["gold_cluster"] == "port"]
    path = write_jsonl(tmp_path / "s.jsonl", records)
    results = []
    for name, featurizer in (("local", local_featurizer), ("dask", dask_featurizer(client))):
        with Store(tmp_path / f"{name}.db") as store:
            report = ingest(store, [path])
            update = update_stories(store, featurizer=featurizer, batch=4)
            assert update.duplicates == 4
            results.append(assignments(store, report.doc_ids))
    assert results[0] == results[1]


def test_a_local_cluster_says_nothing_when_another_dask_holds_its_default_port():
    import socket
    import warnings

    from newsbrief.distributed import dask_client

    # Another Dask scheduler on this machine (a notebook's, a `dask scheduler`) holds 8787, the
    # port of a scheduler's HTTP server: newsbrief's own LocalCluster needs none of it.
    with socket.socket() as taken:
        try:
            taken.bind(("", 8787))
            taken.listen()
        except OSError:
            pass  # already held by another process: the case under test as it is
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with dask_client("local", workers=1, processes=False) as client:
                assert sum(client.nthreads().values()) == 1
    assert [str(w.message) for w in caught if "already in use" in str(w.message)] == []


class LostFuture:
    """A task of a cluster that went away: its result raises what the Dask client raises."""

    def __init__(self, error: Exception):
        self.error = error

    def result(self, timeout=None):
        raise self.error


class LostClient:
    scheduler = type("Scheduler", (), {"address": "tcp://10.0.0.5:8786"})

    def __init__(self, error: Exception, workers: int = 1):
        self.error, self.workers = error, workers

    def nthreads(self) -> dict:
        return {f"tcp://10.0.0.6:{40000 + n}": 1 for n in range(self.workers)}

    def submit(self, *args, **kwargs) -> LostFuture:
        return LostFuture(self.error)


@pytest.mark.parametrize("error, problem", [
    (distributed.client.FutureCancelledError("featurize-1", "scheduler-connection-lost"),
     "lost the Dask scheduler at tcp://10.0.0.5:8786 (scheduler-connection-lost)"),
    (distributed.comm.core.CommClosedError("in <TCP (closed) ConnectionPool.gather>: Stream is closed"),
     "lost the Dask scheduler at tcp://10.0.0.5:8786 (its connection closed)"),
    (distributed.KilledWorker("featurize-1", None, 3),
     "the Dask workers of tcp://10.0.0.5:8786 died while computing features"),
])
def test_a_cluster_lost_mid_run_is_one_error_saying_so(error, problem):
    from newsbrief.distributed import ClusterLost, dask_featurizer

    articles = [article_from_json(r, Path("s.jsonl"), n) for n, r in enumerate(stream_records(), 1)]
    with pytest.raises(ClusterLost) as caught:
        list(dask_featurizer(LostClient(error))([articles[:5], articles[5:]], ClusterOptions()))
    assert str(caught.value) == problem


def test_a_cluster_left_with_no_worker_is_one_error_not_a_wait_for_ever():
    from newsbrief.distributed import ClusterLost, dask_featurizer

    articles = [article_from_json(r, Path("s.jsonl"), n) for n, r in enumerate(stream_records(), 1)]
    # Each wait for the features times out; the scheduler has no worker to run them (every one stopped).
    with pytest.raises(ClusterLost) as caught:
        list(dask_featurizer(LostClient(TimeoutError(), workers=0))([articles], ClusterOptions()))
    assert str(caught.value) == ("the Dask scheduler at tcp://10.0.0.5:8786 has no workers left; start some "
                                 "(dask worker tcp://10.0.0.5:8786)")


def test_a_slow_batch_is_waited_for_while_the_cluster_has_workers():
    from newsbrief.distributed import dask_featurizer

    class SlowFuture:
        waits = 0

        def result(self, timeout=None):
            SlowFuture.waits += 1
            if SlowFuture.waits < 3:  # two checks find the worker still busy with it
                raise TimeoutError
            return ["features"]

    client = LostClient(TimeoutError())
    client.submit = lambda *args, **kwargs: SlowFuture()
    assert list(dask_featurizer(client)([["article"]], ClusterOptions())) == [["features"]]
