"""The command line: `python -m geo ingest | parse | extract | dashboard`, as the README
shows it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import geo
from geo import cli
from geo.store.open import open_store

from conftest import ROOT, _free_port, wait_until_healthy

DASHBOARD = Path(geo.__file__).parent / "app" / "dashboard.py"

REPORT = """date 2021-03-02 Gunmen kill villagers in Nigeria's Zamfara

Illustrative test report

Gunmen killed nine villagers in an attack on Kaura Namoda, Zamfara, on Sunday, police said.
"""


def geo(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "geo", *args], input=stdin, capture_output=True, text=True)


def lines(*records):
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_extract_answers_each_line_in_order_and_reports_bad_lines():
    out = geo("extract", stdin=lines(
        {"id": "a", "text": "Gunmen killed nine villagers in Kaura Namoda, Nigeria, on Sunday.", "date": "2021-02-28"},
        "{not json",
        {"id": "c"},
        {"id": "d", "text": "Nothing happened."},
    ))
    assert out.returncode == 0, out.stderr
    a, b, c, d = [json.loads(x) for x in out.stdout.splitlines()]
    assert a["id"] == "a"
    (inc,) = a["incidents"]
    assert inc["event_date"] == "2021-02-28" and inc["fatalities"] == 9
    assert inc["country"] == "Nigeria" and inc["event_type"] == "Violence against civilians"
    assert b["id"] is None and "invalid JSON" in b["error"]
    assert c["id"] == "c" and "text" in c["error"]
    assert d == {"id": "d", "incidents": []}


def test_parse_finds_places_and_gold_spans_resolves_exactly_those():
    text = "Clashes near Albu Kamal and in Homs."
    out = geo("parse", stdin=lines({"id": "p", "text": text}))
    places = json.loads(out.stdout)["places"]
    assert [p["text"] for p in places] == ["Albu Kamal", "Homs"]
    assert places[0]["geonameid"] == 174448 and places[0]["country_code"] == "SY"
    gold = geo("parse", "--gold-spans", stdin=lines({"id": "g", "text": text, "spans": [{"start": 31, "end": 35}]}))
    (only,) = json.loads(gold.stdout)["places"]
    assert (only["start"], only["end"], only["text"]) == (31, 35, "Homs")


def test_a_bad_span_is_an_error_for_that_span_only():
    # Issue 12 acceptance 4: the valid spans of the same document are still answered.
    out = geo("parse", "--gold-spans", stdin=lines(
        {"id": "x", "text": "Homs and Hama", "spans": [
            {"start": 0, "end": 99}, {"start": 0, "end": 4}, {"start": 9}, {"start": 9, "end": 13}]},
        {"id": "y", "text": "Homs", "spans": [{"start": 0, "end": 4}]},
    ))
    assert out.returncode == 0, out.stderr
    x, y = [json.loads(v) for v in out.stdout.splitlines()]
    too_long, homs, no_end, hama = x["places"]
    assert "outside the text" in too_long["error"] and too_long["lat"] is None
    assert "'end'" in no_end["error"]
    assert (homs["text"], hama["text"]) == ("Homs", "Hama") and "error" not in homs
    assert homs["country_code"] == hama["country_code"] == "SY"
    assert y["places"][0]["text"] == "Homs"


def test_ingest_appends_once_and_names_bad_documents(tmp_path):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    store = tmp_path / "store"
    first = geo("ingest", str(tmp_path), "--store", str(store))
    assert first.returncode == 0, first.stderr
    assert "empty.txt" in first.stderr and "empty file" in first.stderr
    with open_store(store, create=False) as opened:
        layer = opened.read_layer()
    assert len(layer) == 1 and layer.iloc[0]["location"] == "Kaura Namoda"
    assert str(layer.iloc[0]["event_date"].date()) == "2021-02-28"
    again = geo("ingest", str(tmp_path), "--store", str(store))
    assert again.returncode == 0
    info = json.loads(geo("info", "--store", str(store)).stdout)
    assert (info["documents"], info["incidents"]) == (1, 1)  # the same report twice adds nothing
    assert info["date_from"] == info["date_to"] == "2021-02-28"


def test_info_without_a_store_says_so(tmp_path):
    out = geo("info", "--store", str(tmp_path / "nothing"))
    assert out.returncode == 1 and "no incident store" in out.stderr
    assert not (tmp_path / "nothing").exists()


@pytest.mark.parametrize("args", [[], ["nonsense"]])
def test_an_unusable_invocation_fails(args):
    assert geo(*args).returncode != 0


def test_dashboard_command_runs_streamlit_on_the_packaged_script(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    command, env = cli.dashboard_command("stores/mine.parquet", 8611)
    assert command[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert Path(command[4]) == DASHBOARD.with_name("serve.py") == cli.dashboard_script()
    assert command[5:] == ["--server.port", "8611", "--server.maxUploadSize", "50"]
    monkeypatch.setenv("GEO_MAX_UPLOAD_BYTES", str(3 * 2**20 + 1))  # the review page's cap, rounded up
    assert cli.dashboard_command("x.parquet", 1)[0][-1] == "4"
    # a relative store is the one in the folder the command ran in, as for `geo ingest`
    assert env["GEO_STORE"] == str(tmp_path / "stores" / "mine.parquet")


@pytest.mark.skipif(DASHBOARD.exists(), reason="the dashboard is in the package")
def test_geo_dashboard_says_when_the_dashboard_is_not_packaged():
    out = geo("dashboard", "--port", "1")
    assert out.returncode == 1 and "dashboard is not installed" in out.stderr


@pytest.mark.skipif(not DASHBOARD.exists(), reason="the dashboard moves into geo/app at integration")
def test_geo_dashboard_serves_the_dashboard(synthetic_store, tmp_path):
    port = _free_port()
    env = {**os.environ, "STREAMLIT_SERVER_HEADLESS": "true", "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none", "GEO_SEEDS": str(tmp_path / "no-seeds")}
    log = tmp_path / "streamlit.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "geo", "dashboard", "--store", str(synthetic_store),
                                 "--port", str(port)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", proc, log)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ------------------------------------------------------------- errors in one line (issue 15)


def _one_line_error(out) -> str:
    assert "Traceback" not in out.stderr, out.stderr
    errors = [line for line in out.stderr.splitlines() if "error" in line]
    assert errors, out.stderr
    return errors[-1]


def test_ingest_exits_non_zero_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    store = tmp_path / "store.parquet"
    out = geo("ingest", "--no-progress", str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
              str(tmp_path / "missing.txt"), "--store", str(store))
    assert out.returncode == 1, out.stderr
    assert "nothing could be read" in out.stderr and "Traceback" not in out.stderr
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    partly = geo("ingest", "--no-progress", str(tmp_path), "--store", str(store))
    assert partly.returncode == 0, partly.stderr  # something was read: the errors are listed


def test_an_unsupported_store_is_one_line(tmp_path):
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    out = geo("ingest", str(tmp_path / "good.txt"), "--store", str(tmp_path / "store.xlsx"))
    assert out.returncode == 2
    line = _one_line_error(out)
    assert "unsupported store" in line and ".parquet" in line and len(out.stderr.splitlines()) == 1


def test_eval_without_its_data_is_one_line_and_debug_shows_the_traceback(tmp_path):
    out = geo("eval", "lgl", str(tmp_path / "no-such-lgl.xml"))
    assert out.returncode == 1
    line = _one_line_error(out)
    assert "no such file" in line and "no-such-lgl.xml" in line and "Error" not in line
    debug = geo("--debug", "eval", "lgl", str(tmp_path / "no-such-lgl.xml"))
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_error_in_words_never_shows_an_exception_repr():
    assert cli.error_in_words(KeyError("start")) == "unexpected failure (KeyError); run with --debug for the details"
    assert cli.error_in_words(FileNotFoundError(2, "No such file or directory", "x.xml")) == "no such file or directory: x.xml"
    assert cli.error_in_words(ValueError("store format '.foo' is not\nsupported")) == "store format '.foo' is not supported"


def test_ingest_skips_links_unless_asked_and_caps_file_sizes(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "outside.txt").write_text("Outside the folder.\n", encoding="utf-8")
    (reports / "link.txt").symlink_to(tmp_path / "outside.txt")
    store = tmp_path / "store.parquet"
    out = geo("ingest", "--no-progress", str(reports), "--store", str(store))
    assert out.returncode == 0 and "symbolic link, skipped" in out.stderr
    followed = geo("ingest", "--no-progress", "--follow-symlinks", str(reports), "--store", str(store))
    assert "1 added" in followed.stderr  # the linked report, this time
    capped = geo("ingest", "--no-progress", "--max-file-bytes", "10", str(reports / "good.txt"),
                 "--store", str(tmp_path / "other.parquet"))
    assert capped.returncode == 1 and "file too large" in capped.stderr
