"""The batch interface (`geo parse` / `geo extract`) under hostile input (issue 15): one
valid UTF-8 JSON output line per input line, whatever the line holds, and exit 0 once
the input was read."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.batch import answer_line, run_batch

GOOD = b'{"id": "good", "text": "Gunmen killed two villagers in Kano, Nigeria."}'


def geo_bytes(*args, stdin: bytes, locale: str = "C.UTF-8"):
    env = {**os.environ, "LC_ALL": locale, "PYTHONIOENCODING": ""}
    env.pop("PYTHONIOENCODING")
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "geo", *args], input=stdin, capture_output=True, env=env, timeout=300)


def _outputs(raw: bytes) -> list[dict]:
    return [json.loads(line.decode("utf-8")) for line in raw.splitlines()]  # strict UTF-8


def test_hostile_lines_each_get_their_own_answer_over_the_command_line():
    hostile = [
        GOOD,
        b'{"id": "\\ud800", "text": "lone \\udc00 surrogates"}',  # lone surrogates, id and text
        b"",  # a blank line
        b'{"id": "latin", "text": "caf\xe9"}',  # not UTF-8, under a strict UTF-8 locale
        b"[" * 1000 + b"]" * 1000,  # nested brackets
        b'{"id": "big", "text": "x", "n": ' + b"7" * 5000 + b"}",
        b'{"id": "nul", "text": "a\\u0000b"}',
        b'{"id": "date", "text": "x", "date": "9999-12-31"}',
        GOOD,
    ]
    for command in (["extract"], ["parse"], ["parse", "--gold-spans"]):
        out = geo_bytes(*command, stdin=b"\n".join(hostile) + b"\n")
        assert out.returncode == 0, out.stderr.decode()
        answers = _outputs(out.stdout)
        assert len(answers) == len(hostile), (command, answers)
        errors = [a.get("error", "") for a in answers]
        assert "blank line" in errors[2] and "not valid UTF-8" in errors[3] and "0xe9" in errors[3]
        assert "nested too deeply" in errors[4] and "5,000 digits" in errors[5]
        for n, error in enumerate(errors, 1):
            assert not error or error.startswith(f"line {n}: "), error
            assert "Error" not in error and "'start'" not in error, error
        assert answers[1]["id"] == "\ufffd" and "warnings" in answers[1]
        assert answers[0]["id"] == answers[-1]["id"] == "good"
        if command == ["extract"]:
            assert answers[0]["incidents"] and answers[-1]["incidents"]
            assert "out of range" in errors[7]


def test_a_strict_ascii_locale_changes_nothing():
    out = geo_bytes("extract", stdin=GOOD + b"\n" + '{"id": "é", "text": "Ünïcode."}'.encode() + b"\n", locale="C")
    assert out.returncode == 0, out.stderr.decode()
    first, second = _outputs(out.stdout)
    assert first["incidents"] and second == {"id": "é", "incidents": []}


def _fake_handle(record: dict) -> list:
    if "boom" in record["text"]:
        raise KeyError("start")  # a handler's bug: said in words, not as "'start'"
    return [{"echo": record["text"]}]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=120), st.text(max_size=60).map(lambda t: json.dumps({"id": t, "text": t}).encode())),
                max_size=15))
def test_run_batch_answers_every_line_in_valid_utf8(lines):
    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    out = io.BytesIO()
    assert run_batch(io.BytesIO(b"\n".join(lines) + (b"\n" if lines else b"")), out, _fake_handle, "places") == 0
    answers = _outputs(out.getvalue())
    assert len(answers) == len(lines)
    for n, answer in enumerate(answers, 1):
        assert ("error" in answer) != ("places" in answer)
        if "error" in answer:
            assert answer["error"].startswith(f"line {n}: ")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_round_trips_and_output_is_utf8(text):
    out = answer_line(json.dumps({"id": text, "text": text}), 1, _fake_handle, "places")
    dumped = json.dumps(out, ensure_ascii=False)
    dumped.encode("utf-8")  # lone surrogates were blanked on the way in
    if "error" not in out:
        assert len(out["places"][0]["echo"]) == len(text)  # one for one: offsets hold


def test_a_handler_bug_is_said_in_words():
    out = answer_line(b'{"id": "x", "text": "boom"}', 4, _fake_handle, "places")
    assert out["id"] == "x" and out["error"].startswith("line 4: ") and "KeyError" in out["error"]
    assert "'start'" not in out["error"]
