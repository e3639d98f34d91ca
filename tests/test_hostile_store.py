"""Stores under hostile text and killed writers (issue 15): a GeoPackage keeps the text
after a NUL, and temporary files a killed run left behind are cleared on the next open."""

from __future__ import annotations

import os
import time

import pytest

from geo.files import remove_stale_temporaries, replacing, temporary_path
from geo.incidents import Incident
from geo.store import incidents_to_frame, read_layer, write_layer


@pytest.mark.parametrize("suffix", [".gpkg", ".parquet"])
def test_text_after_a_nul_is_kept(tmp_path, suffix):
    incident = Incident("2024-01-01", "Protests", "Peaceful protest", "Protesters (Sudan)", location="Kas\x00sala",
                        country="Sudan", latitude=15.4, longitude=36.4, evidence="Before the NUL\x00 and after it.")
    path = tmp_path / f"store{suffix}"
    write_layer(incidents_to_frame([incident]), path)
    row = read_layer(path).iloc[0]
    assert row["evidence"].replace("\x00", " ") == "Before the NUL  and after it."
    assert row["location"].replace("\x00", " ") == "Kas sala"


def test_a_killed_writers_temporary_file_is_removed_on_the_next_open(tmp_path):
    store = tmp_path / "store.parquet"
    write_layer(incidents_to_frame([]), store)
    stale = temporary_path(store, ".parquet")
    stale.write_bytes(b"half a store")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    in_progress = temporary_path(store, ".parquet")  # another writer, right now
    in_progress.write_bytes(b"being written")
    old_style = tmp_path / ".store.parquet.0123456789ab.tmp.parquet"  # the name older versions used
    old_style.write_bytes(b"x")
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    someone_elses = tmp_path / ".notes.txt.0123456789ab.tmp"
    someone_elses.write_bytes(b"x")
    os.utime(someone_elses, (an_hour_ago, an_hour_ago))
    read_layer(store)
    assert not stale.exists() and not old_style.exists()
    assert in_progress.exists() and someone_elses.exists()


def test_a_failed_write_leaves_no_temporary_and_the_old_file(tmp_path):
    target = tmp_path / "file.json"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["file.json"]
    assert remove_stale_temporaries(target, older_than=0) == []
