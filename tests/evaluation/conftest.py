"""Evaluation gates read ../shared (present for the team and CI, absent in a user's clone).

Where it is absent they skip, unless GEO_REQUIRE_SHARED=1 (set by .ci/run), where a
missing file is a failure: a gate that silently measured nothing would pass a red build.
"""

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("GEO_SHARED_DIR", Path(__file__).resolve().parents[2].parent / "shared"))


@pytest.fixture(scope="session")
def shared_file():
    def get(relative: str) -> Path:
        path = SHARED / relative
        if not path.exists():
            if os.environ.get("GEO_REQUIRE_SHARED") == "1":
                pytest.fail(f"evaluation data missing: {path}")
            pytest.skip(f"no {path} (evaluation data lives outside the repo)")
        return path

    return get
