"""Gate (issue 14, acceptance 3): an ACLED export imports and exports back in ACLED's
CSV with the same rows and columns, on the check files of ../shared (read at test time,
never copied): Africa 2016 (older layout) and Benin 2009-2022 (current layout).

Compared as parsed CSV: the header, then every row in file order, cell by cell. Figures
only: a failure says how many rows and cells differ, never which.
"""

import csv
import io

import pytest

from geo.interop import import_dataset, to_acled_csv
from geo.store import open_store

pytestmark = pytest.mark.evaluation


def _table(text: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return [r for r in rows if any(v.strip() for v in r)]


@pytest.mark.parametrize("relative", ["data/eval/acled_2016_africa_sample.csv",
                                      "data/eval/acled_benin_2009_2022.csv"])
def test_acled_check_file_round_trips(shared_file, tmp_path, relative):
    path = shared_file(relative)
    original = _table(path.read_text("utf-8-sig"))
    with open_store(tmp_path / "store") as store:
        report = import_dataset("acled", path, store)
        back = _table(to_acled_csv(store.read_layer()).decode("utf-8"))
    assert report.added == len(original) - 1
    assert back[0] == original[0], f"columns differ: {len(back[0])} written, {len(original[0])} read"
    differing_rows = sum(a != b for a, b in zip(back[1:], original[1:]))
    differing_cells = sum(x != y for a, b in zip(back[1:], original[1:]) for x, y in zip(a, b))
    assert (len(back), differing_rows) == (len(original), 0), (
        f"{len(back) - 1} rows written of {len(original) - 1}; {differing_rows} rows, {differing_cells} cells differ")
