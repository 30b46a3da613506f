"""`commitments ingest --dask ADDRESS`: extraction on a Dask cluster stores exactly what a
local ingest stores, and is idempotent like one.

The cluster is a LocalCluster of two workers with ``processes=False`` (two worker threads
in this process): with worker processes the test took 20 s here, most of it two more
interpreters importing spaCy; the tasks, the worker plugin and the ordering are the same."""
from __future__ import annotations


import pytest

from commitments.ingest import ingest_paths
from commitments.store import Store
from commitments.tui.cli import main
from commitments.store.db import read_whole

distributed = pytest.importorskip("distributed")


def _records(path) -> list[dict]:
    return sorted(read_whole(path)["commitments"].values(), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def test_records_from_the_cluster_equal_a_local_ingests_and_a_second_run_is_a_no_op(tmp_path, seeds_dir, cluster,
                                                                                   capsys):
    local = tmp_path / "local.json"
    ingest_paths(Store(local), [str(seeds_dir)])
    path = tmp_path / "dask.json"
    args = ["ingest", "--dask", cluster.scheduler_address, "--batch", "2", "--db", str(path), str(seeds_dir)]
    assert main(args) == 0
    assert "5 added" in capsys.readouterr().out
    assert _records(path) == _records(local)  # their groups included
    before = path.read_bytes()
    assert main(args) == 0
    assert "0 added, 0 replaced, 0 renamed, 5 unchanged" in capsys.readouterr().out
    assert path.read_bytes() == before


def test_each_worker_has_the_pipeline_loaded_when_it_joins(cluster):
    from commitments.extract.on_dask import DaskExtractor

    extractor = DaskExtractor(cluster.scheduler_address)
    try:
        plugins = extractor.client.run(lambda dask_worker: sorted(dask_worker.plugins))
        assert len(plugins) == 2 and all("commitments-pipeline" in names for names in plugins.values())
    finally:
        extractor.close()
