"""The bundled sample, read ahead: the seed reports' incidents as this version extracts them.

A fresh machine has no gazetteer index yet, and building it takes most of a minute; the
first map should not wait for it. ``scripts/build_sample.py`` ingests ``seeds/`` once
and writes what the store would hold (incidents as extracted, with their merge keys,
and the documents table) to ``data/sample/seeds.parquet``, beside the digest of the
seed files it read. On a first start the dashboard commits that file to the empty store
when the seeds folder still has that digest; any other folder, or changed seeds, is
ingested as usual. ``tests/test_sample.py`` ingests the seeds afresh and compares: a
change to the extractor that changes the sample fails it until the sample is rebuilt,
so the shortcut can never show what the extractor would not.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from geo.store.base import AppendResult, IncidentStore

SAMPLE_FILE = "seeds.parquet"
DIGEST_FILE = "seeds.sha256"


def seeds_digest(folder: str | Path) -> str:
    """SHA-256 over the folder's files (names relative to it, and contents), in name order."""
    folder = Path(folder)
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        name = path.relative_to(folder).as_posix().encode("utf-8")
        digest.update(len(name).to_bytes(8, "big") + name)
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def write_sample(seeds: str | Path, out_dir: str | Path) -> Path:
    """Ingest ``seeds`` into a scratch store and write its incidents (as extracted) and
    documents to ``out_dir``, with the seeds' digest. Returns the sample file."""
    from geo.ingest.pipeline import ingest  # noqa: PLC0415
    from geo.store.formats import write_layer  # noqa: PLC0415
    from geo.store.open import open_store  # noqa: PLC0415

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store_dir = Path(scratch) / "store"
        ingest([Path(seeds)], store_dir)
        with open_store(str(store_dir), create=False) as store:
            layer = store.read_layer(apply_corrections=False)
            documents = store.read_documents()
    sample = out_dir / SAMPLE_FILE
    write_layer(layer, sample, documents)
    (out_dir / DIGEST_FILE).write_text(seeds_digest(seeds) + "\n", encoding="ascii")
    return sample


def sample_for(seeds: str | Path, sample_dir: str | Path) -> Path | None:
    """The sample file in ``sample_dir`` when it was made from ``seeds`` as they are now."""
    sample, digest = Path(sample_dir) / SAMPLE_FILE, Path(sample_dir) / DIGEST_FILE
    if not sample.is_file() or not digest.is_file() or not Path(seeds).is_dir():
        return None
    return sample if digest.read_text(encoding="ascii").strip() == seeds_digest(seeds) else None


def load_sample(seeds: str | Path, sample_dir: str | Path, store: IncidentStore) -> AppendResult | None:
    """Commit the sample of ``seeds`` to ``store`` in one append (documents it already
    holds are skipped, as in an ingest); None when there is no sample of these seeds."""
    from geo.store.formats import read_documents_table, read_layer  # noqa: PLC0415

    sample = sample_for(seeds, sample_dir)
    if sample is None:
        return None
    return store.append(read_layer(sample), read_documents_table(sample))
