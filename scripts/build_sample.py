"""Rebuild data/sample/ from seeds/: the seed reports' incidents as this version reads them.

    python scripts/build_sample.py

Run it after a change to the extractor changes what the seeds give (tests/test_sample.py
says so when it does); the dashboard's first start commits the sample instead of
waiting for the gazetteer index (geo.ingest.sample).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's geo, whatever is installed

from geo.ingest.sample import write_sample  # noqa: E402

if __name__ == "__main__":
    # Relative paths, so the sample names each report "seeds/…" as a clone's own ingest
    # of the folder would, not the folder of the checkout that happened to build it.
    os.chdir(ROOT)
    print(write_sample(Path("seeds"), Path("data") / "sample"))
