"""Open an incident store by what the user names: a folder, a single-file store, a database.

- ``postgresql://…`` (or ``postgres://…``): the PostGIS store (imported only then);
- an existing single-file store ``x.parquet`` / ``x.gpkg``: migrated to the folder store
  ``x/`` on first open (``geo.store.migrate``), then that folder; a name with one of
  these suffixes that does not exist yet also means the folder ``x/``, so the default
  ``data/incidents.parquet`` keeps working;
- a folder that is not a store yet, beside an old single-file store of its name
  (``data/incidents`` and ``data/incidents.parquet``): that file, migrated there;
- anything else: a folder store there (created if new or empty).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from geo.store.base import DATABASE_SCHEMES, IncidentStore, masked  # noqa: F401  (named here too)
from geo.store.folder import FolderStore
from geo.store.manifest import is_store
from geo.store.formats import SUFFIXES, is_single_file
from geo.store.migrate import folder_for, migrate

DEFAULT_STORE = "data/incidents"


def default_store_uri() -> str:
    """``GEO_STORE`` if set, else the default store."""
    return os.environ.get("GEO_STORE") or DEFAULT_STORE


def open_store(
    uri: str | Path | None = None,
    *,
    create: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> IncidentStore:
    """The store named by ``uri`` (default :func:`default_store_uri`). A folder store
    that does not exist yet is created, unless ``create`` is False (FileNotFoundError).
    ``on_wait`` hears if the store has to wait for another process migrating the same
    single file."""
    uri = default_store_uri() if uri is None else uri
    if str(uri).startswith(DATABASE_SCHEMES):
        from geo.store.postgis import PostgisStore  # noqa: PLC0415  (needs a database driver)

        return PostgisStore(str(uri))
    path = Path(uri).expanduser()
    if is_single_file(path):
        folder = folder_for(path)
        if path.is_file() and not is_store(folder):
            migrate(path, folder, on_wait=on_wait)
        return FolderStore(folder, create=create)
    old = _single_file_beside(path)
    if old is not None and not is_store(path):
        migrate(old, path, on_wait=on_wait)
    return FolderStore(path, create=create)


def _single_file_beside(folder: Path) -> Path | None:
    """The old single-file store that migrates to ``folder``, if there is one."""
    for suffix in SUFFIXES:
        candidate = folder.with_name(folder.name + suffix)
        if candidate.is_file() and folder_for(candidate) == folder:
            return candidate
    return None
