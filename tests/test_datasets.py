"""Bundled datasets: they load, and the local cache returns exactly what normalizing gives."""
import pandas as pd
import pytest

from stancetrack import datasets


@pytest.mark.parametrize("key,rows", [("seed", 12), ("nuclear2011", 1164)])
def test_bundled_datasets_load_and_cache_round_trips(key, rows, tmp_path, monkeypatch):
    monkeypatch.setenv("STANCETRACK_CACHE", str(tmp_path))
    fresh = datasets.load_statements(key)
    assert len(fresh) == rows and list(tmp_path.glob(f"{key}-*.parquet"))
    cached = datasets.load_statements(key)
    pd.testing.assert_frame_equal(fresh, cached)
    pd.testing.assert_frame_equal(cached, datasets.load_bundled(key).statements)


def test_cache_is_rebuilt_when_its_file_is_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCETRACK_CACHE", str(tmp_path))
    datasets.load_statements("seed")
    (cache,) = tmp_path.glob("seed-*.parquet")
    cache.write_bytes(b"not parquet")
    assert len(datasets.load_statements("seed")) == 12
