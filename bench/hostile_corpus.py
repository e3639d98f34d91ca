"""A generated corpus of hostile inputs, run through the readers, the store and the batch
interface, with the counts issue 15 asks for.

    python bench/hostile_corpus.py [--per-class 120] [--seed 15] [--keep DIR] [--extract]

It writes files of every class the issue names -- binary files under text names, broken
encodings, huge and deeply nested JSON, script / template / Markdown payloads in every
field, NUL bytes, lone surrogates, colliding ids, symbolic links, FIFOs, oversized and
empty files -- each holding "good" reports (a unique marker in their text) beside the bad
records. Then:

- every file is read by ``geo.documents.read_documents`` alone, in a worker thread with a
  30 s limit (a hang is counted, and the run goes on);
- the whole corpus folder is ingested into a GeoParquet and a GeoPackage store (with a
  stand-in extractor: the extractor's own robustness is not this corpus's subject);
- every JSON Lines file is fed, as bytes, to the batch interface (``geo.batch.run_batch``;
  a stand-in handler unless ``--extract``, which runs the real ``geo extract`` handler).

Printed: inputs, crashes, hangs, good reports planted and lost, errors, and errors that do
not name their document (file, and line/row/item for multi-record files) or do not say
why in words. ``tests/test_hostile_corpus.py`` runs it and requires the bad counts be 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.batch import run_batch  # noqa: E402
from geo.documents import Document, DocumentError, ReadOptions, read_documents  # noqa: E402

HANG_SECONDS = 30
MAX_FILE_BYTES = 4 * 2**20  # the corpus's cap, so "oversized" stays quick to write

PAYLOADS = [
    "{{ 7*7 }}", "Camp {{", "{{ cycler.__init__.__globals__.os.mkdir('x') }}", "{% if 1 %}x{% endif %}",
    "![x](http://198.51.100.7/t.png)", "[a](javascript:alert(1))", "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>", "<!--", ":red[x] :material/home: $x^2$ **b**",
    "=HYPERLINK(\"http://198.51.100.7\")", "+1+1", "@SUM(A1)", "\u2028\u2029", "\u202eevil",
    "a\u0000b", "\ud800", "\udfff lone", "\ufeffbom", "'; DROP TABLE documents; --",
]


@dataclass
class Input:
    """One generated input: a path, the marker texts of the good reports in it."""

    path: Path
    kind: str
    good: list[str] = field(default_factory=list)
    record_file: bool = False  # many records: errors must name a line, row or item


@dataclass
class Counts:
    inputs: int = 0
    crashes: int = 0
    hangs: int = 0
    good_planted: int = 0
    good_lost: int = 0
    documents: int = 0
    errors: int = 0
    errors_unnamed: int = 0
    errors_not_words: int = 0
    batch_lines: int = 0
    batch_outputs: int = 0
    batch_bad_outputs: int = 0
    batch_crashes: int = 0
    store_crashes: int = 0
    store_good_lost: int = 0
    examples: list[str] = field(default_factory=list)
    by_kind: Counter = field(default_factory=Counter)

    @property
    def failures(self) -> int:
        return (self.crashes + self.hangs + self.good_lost + self.errors_unnamed + self.errors_not_words
                + self.batch_bad_outputs + self.batch_crashes + self.store_crashes + self.store_good_lost
                + abs(self.batch_lines - self.batch_outputs))

    def note(self, what: str) -> None:
        if len(self.examples) < 20:
            self.examples.append(what)


class Corpus:
    def __init__(self, folder: Path, rng: random.Random):
        self.folder, self.rng, self.inputs, self._n = folder, rng, [], 0

    def marker(self) -> str:
        self._n += 1
        return f"GOODREPORT{self._n:06d}"

    def good_text(self, marker: str) -> str:
        extra = self.rng.choice(["", " " + self.rng.choice(PAYLOADS).replace("\x00", "").replace("\ud800", "")
                                 .replace("\udfff", "")])
        return f"{marker}: shelling hit a market in a town on Monday.{extra}"

    def path(self, kind: str, suffix: str) -> Path:
        sub = self.folder / kind
        sub.mkdir(exist_ok=True)
        return sub / f"{kind}-{len(self.inputs):05d}{suffix}"

    def add(self, kind: str, suffix: str, data: bytes, good=(), record_file=False) -> None:
        path = self.path(kind, suffix)
        path.write_bytes(data)
        self.inputs.append(Input(path, kind, list(good), record_file))

    def jsonl(self, kind: str, bad_lines: list[bytes], n_good: int = 3) -> None:
        lines, good = [], []
        for bad in bad_lines:
            marker = self.marker()
            good.append(marker)
            lines.append(json.dumps({"id": marker, "text": self.good_text(marker)}).encode())
            lines.append(bad)
        for _ in range(max(0, n_good - len(bad_lines))):
            marker = self.marker()
            good.append(marker)
            lines.append(json.dumps({"id": marker, "text": self.good_text(marker)}).encode())
        self.rng.shuffle(lines)
        self.add(kind, ".jsonl", b"\n".join(lines) + b"\n", good, record_file=True)


def generate(folder: Path, per_class: int, seed: int) -> list[Input]:
    rng = random.Random(seed)
    c = Corpus(folder, rng)
    suffixes = [".txt", ".md", ".html", ".jsonl", ".json", ".csv"]

    for _ in range(per_class):  # binary files under text names
        head = rng.choice([b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"%PDF-1.4", b"\x1f\x8b", b""])
        c.add("binary", rng.choice(suffixes), head + rng.randbytes(rng.randint(1, 4000)))

    for _ in range(per_class):  # broken encodings
        form = rng.randrange(6)
        marker = c.marker()
        text = c.good_text(marker)
        if form == 0:  # one latin-1 byte in one CSV row among good rows
            good = [c.marker() for _ in range(3)]
            rows = [f'"{c.good_text(m)}",2024-01-0{i + 1}'.encode() for i, m in enumerate(good)]
            rows.insert(rng.randrange(len(rows) + 1), b'"Caf\xe9 attacked",2024-01-05')
            c.add("encoding", ".csv", b"text,date\n" + b"\n".join(rows) + b"\n", good, True)
        elif form == 1:  # a cp1252 line in JSON Lines
            c.jsonl("encoding", [b'{"id": "w", "text": "\x93quoted\x94 caf\xe9"}'])
        elif form == 2:  # UTF-16 with a byte-order mark: readable
            c.add("encoding", ".txt", b"\xff\xfe" + (text + "\n").encode("utf-16-le"), [marker])
        elif form == 3:  # UTF-16 without one: binary-looking, refused in words
            c.add("encoding", ".txt", (text + "\n").encode("utf-16-le"))
        elif form == 4:  # surrogates encoded as UTF-8 (CESU), an overlong, a truncated sequence
            c.jsonl("encoding", [b'{"text": "\xed\xa0\x80"}', b'{"text": "\xc0\xaf"}', b'{"text": "\xe2\x82"}'])
        else:  # a whole text file in latin-1: refused in words (cannot be told from cp1252)
            c.add("encoding", ".txt", ("Caf\u00e9 " + text).encode("latin-1", "replace"))

    for _ in range(per_class):  # huge and nested JSON
        depth = rng.choice([65, 200, 1000, 5000, 100_000])
        bad = [
            b"[" * depth + b"]" * depth,
            b'{"text": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}",
            b'{"id": 1, "text": "x", "n": ' + b"9" * rng.choice([101, 4301, 5000, 50_000]) + b"}",
            b'{"text": "x", "date": ' + b"1" * 5000 + b"}",
            b'{"text": "x", "f": 1e99999}',
            b"{" * depth,
        ]
        c.jsonl("json", rng.sample(bad, 3))
        if rng.random() < 0.2:  # one large but fine report
            marker = c.marker()
            big = json.dumps({"id": marker, "text": c.good_text(marker) + " word" * 200_000}).encode()
            c.add("json", ".jsonl", big + b"\n", [marker], True)

    for _ in range(per_class):  # payloads in every field, every format: all good reports
        payload = rng.choice(PAYLOADS)
        marker = c.marker()
        text = c.good_text(marker) + " " + payload
        form = rng.randrange(5)
        if form == 0:
            record = {"id": payload + marker, "title": payload, "text": text, "source": payload, "url": payload}
            c.add("payload", ".jsonl", json.dumps(record).encode() + b"\n", [marker], True)
        elif form == 1:
            bad_date = json.dumps({"text": "x", "date": payload}).encode()
            c.jsonl("payload", [bad_date])
        elif form == 2:
            cell = payload.replace('"', '""').replace("\ud800", "?").replace("\udfff", "?")
            c.add("payload", ".csv", f'title,text\n"{cell}","{text.replace(chr(34), chr(34) * 2)}"\n'
                  .encode("utf-8", "replace"), [marker], True)
        elif form == 3:
            page = f"<html><head><title>{payload}</title></head><body><p>{text}</p><script>{payload}</script></body></html>"
            c.add("payload", ".html", page.encode("utf-8", "replace"), [marker])
        else:
            c.add("payload", ".txt", f"{payload}\n\n{text}\n".encode("utf-8", "replace"), [marker])

    for _ in range(per_class):  # NUL bytes
        marker = c.marker()
        text = c.good_text(marker)
        form = rng.randrange(4)
        if form == 0:
            c.add("nul", ".txt", f"Title\n\n{text}".encode().replace(b" ", b"\x00", 1), [marker])
        elif form == 1:
            c.jsonl("nul", [b'{"text": "raw\x00nul"}', b'{"text": "\\u0000"}'])
        elif form == 2:
            c.add("nul", ".csv", b"text\n" + f'"{text}"'.encode().replace(b" ", b"\x00", 2) + b"\n", [marker], True)
        else:
            record = json.dumps({"id": marker, "text": text.replace(" ", "\u0000", 1), "title": "a\u0000b"}).encode()
            c.add("nul", ".jsonl", record + b"\n", [marker], True)

    for _ in range(per_class):  # lone surrogates (escaped in JSON: legal JSON, not text)
        marker = c.marker()
        text = c.good_text(marker)
        lone = rng.choice(["\\ud800", "\\udfff", "\\udc00\\ud800"])
        record = '{"id": "%s%s", "title": "t%s", "text": "%s %s"}' % (marker, lone, lone, json.dumps(text)[1:-1], lone)
        c.add("surrogate", ".jsonl", record.encode() + b"\n", [marker], True)

    for _ in range(per_class):  # colliding ids: every distinct text is a report of its own
        markers = [c.marker() for _ in range(3)]
        texts = [c.good_text(m) for m in markers]
        records = [{"id": 1, "text": texts[0]}, {"id": "1", "text": texts[1]}, {"id": "1", "text": texts[0]},
                   {"id": 1.0 if rng.random() < 0.5 else "01", "text": texts[2]}]
        c.add("ids", ".jsonl", b"\n".join(json.dumps(r).encode() for r in records) + b"\n", markers, True)

    outside = folder.parent / f"{folder.name}-outside"
    outside.mkdir(exist_ok=True)
    secret = outside / "secret.txt"
    secret.write_text("SECRET: not a report, outside the corpus.\n")
    for n in range(per_class):  # odd files
        form = n % 8
        if form == 0:
            path = c.path("odd", ".txt")
            path.symlink_to(secret)
            c.inputs.append(Input(path, "odd"))
        elif form == 1:
            path = c.path("odd", ".txt")
            path.symlink_to(folder / "no-such-file.txt")
            c.inputs.append(Input(path, "odd"))
        elif form == 2 and hasattr(os, "mkfifo"):
            path = c.path("odd", ".txt")
            os.mkfifo(path)
            c.inputs.append(Input(path, "odd"))
        elif form == 3:
            c.add("odd", ".jsonl", b"")
        elif form == 4:
            path = c.path("odd", ".txt")
            with open(path, "wb") as f:
                f.truncate(MAX_FILE_BYTES + 1)  # sparse: quick to make, over the cap
            c.inputs.append(Input(path, "odd"))
        elif form == 5:
            path = c.path("odd", ".jsonl")
            path.mkdir()  # a folder with a report's name
            marker = c.marker()
            (path / "inside.txt").write_text(c.good_text(marker))
            c.inputs.append(Input(path, "odd", [marker]))
        elif form == 6:
            path = c.path("odd", "")
            path.symlink_to(folder / "odd", target_is_directory=True)  # a loop
            c.inputs.append(Input(path, "odd"))
        else:
            c.add("odd", rng.choice([".exe", ".docx", ".txt~"]), b"not read")
    return c.inputs


# --------------------------------------------------------------------------- checks

_RECORD_PLACE = re.compile(r" (line|row|item) \d+$")
# A reason in words: no exception class name, no bare repr of a key or value.
_NOT_WORDS = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback|^'[^']*'$|^\S+$")


def _read_with_timeout(path: Path, options: ReadOptions):
    result: dict = {}

    def work():
        try:
            result["items"] = list(read_documents([path], options))
        except BaseException as exc:  # noqa: BLE001 - counted as a crash
            result["crash"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(HANG_SECONDS)
    return None if worker.is_alive() else result


def check_readers(inputs: list[Input], counts: Counts) -> None:
    options = ReadOptions(follow_symlinks=False, max_file_bytes=MAX_FILE_BYTES)
    for item in inputs:
        counts.inputs += 1
        counts.by_kind[item.kind] += 1
        counts.good_planted += len(item.good)
        result = _read_with_timeout(item.path, options)
        if result is None:
            counts.hangs += 1
            counts.note(f"hang: {item.path}")
            continue
        if "crash" in result:
            counts.crashes += 1
            counts.note(f"crash: {item.path}: {result['crash']!r}")
            continue
        found = set()
        for got in result["items"]:
            if isinstance(got, Document):
                counts.documents += 1
                found.update(m for m in item.good if m in got.text)
                try:
                    (got.id + got.title + got.text + got.source).encode("utf-8")
                except UnicodeEncodeError:
                    counts.crashes += 1
                    counts.note(f"not writable text: {item.path}")
            elif isinstance(got, DocumentError):
                counts.errors += 1
                whole_file = got.source == str(item.path)
                named = got.source.startswith(str(item.path)) and (
                    whole_file or _RECORD_PLACE.search(got.source))
                if not named:
                    counts.errors_unnamed += 1
                    counts.note(f"unnamed: {got}")
                if _NOT_WORDS.search(got.reason.strip()):
                    counts.errors_not_words += 1
                    counts.note(f"not in words: {got}")
            else:
                counts.crashes += 1
                counts.note(f"unexpected item from {item.path}: {got!r}")
        lost = [m for m in item.good if m not in found]
        counts.good_lost += len(lost)
        if lost:
            counts.note(f"lost {len(lost)} good report(s) in {item.path}")


def _stub_handle(record: dict) -> list:
    return [{"chars": len(record["text"])}]


def check_batch(inputs: list[Input], counts: Counts, handle=_stub_handle) -> None:
    import io

    for item in inputs:
        if item.path.suffix != ".jsonl" or item.path.is_symlink() or not item.path.is_file():
            continue
        data = item.path.read_bytes()
        # Lines end at "\n" only (a "\r" inside a line is the line's own business).
        n_lines = data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
        out = io.BytesIO()
        try:
            status = run_batch(io.BytesIO(data), out, handle, "incidents")
        except BaseException as exc:  # noqa: BLE001 - counted
            counts.batch_crashes += 1
            counts.note(f"batch crash on {item.path}: {exc!r}")
            continue
        counts.batch_lines += n_lines
        answers = out.getvalue().split(b"\n")[:-1]
        counts.batch_outputs += len(answers)
        if status != 0 or len(answers) != n_lines:
            counts.note(f"batch: {item.path}: {n_lines} lines, {len(answers)} answers, exit {status}")
        for answer in answers:
            try:
                value = json.loads(answer.decode("utf-8"))
                assert isinstance(value, dict) and ("error" in value) != ("incidents" in value)
            except Exception:  # noqa: BLE001 - counted
                counts.batch_bad_outputs += 1
                counts.note(f"batch: bad output line from {item.path}: {answer[:80]!r}")


def check_store(folder: Path, inputs: list[Input], counts: Counts, workdir: Path) -> None:
    """Ingest the whole corpus into a store, named as a folder and as an old single-file
    name (which means a folder store beside it): every distinct good report is in the
    store afterwards."""
    from geo.incidents import Incident
    from geo.ingest import ingest
    from geo.store import open_store

    def read_layer(store):
        with open_store(store, create=False) as s:
            return s.read_layer()

    def read_documents_table(store):
        with open_store(store, create=False) as s:
            return s.read_documents()

    def extract(document):
        return [Incident(document.date, "Protests", "Peaceful protest", "Protesters", location=document.title[:50],
                         country="Sudan", latitude=15.0, longitude=32.0, evidence=document.text[:300])]

    # ingest reads with the default options, which take the cap from the environment.
    saved_cap = os.environ.get("GEO_MAX_FILE_BYTES")
    os.environ["GEO_MAX_FILE_BYTES"] = str(MAX_FILE_BYTES)
    try:
        _ingest_both(folder, inputs, counts, workdir, extract, ingest, read_layer, read_documents_table)
    finally:
        if saved_cap is None:
            os.environ.pop("GEO_MAX_FILE_BYTES", None)
        else:
            os.environ["GEO_MAX_FILE_BYTES"] = saved_cap


def _ingest_both(folder, inputs, counts, workdir, extract, ingest, read_layer, read_documents_table) -> None:
    good = {m for item in inputs for m in item.good}
    for suffix in (".parquet", ".gpkg"):
        store = workdir / f"store{suffix}"
        try:
            report = ingest([folder], store, extract=extract)
            layer = read_layer(store)
            documents = read_documents_table(store)
        except BaseException as exc:  # noqa: BLE001 - counted
            counts.store_crashes += 1
            counts.note(f"store {suffix}: {exc!r}")
            continue
        stored = " ".join(layer["evidence"].astype(str))
        missing = [m for m in good if m not in stored]
        counts.store_good_lost += len(missing)
        if missing:
            counts.note(f"store {suffix}: {len(missing)} good reports missing, e.g. {missing[:3]}")
        if len(documents) != report.documents_added:
            counts.note(f"store {suffix}: {len(documents)} documents stored, {report.documents_added} added")


def run(per_class: int = 120, seed: int = 15, keep: Path | None = None, extract: bool = False,
        store: bool = True) -> Counts:
    workdir = Path(tempfile.mkdtemp(prefix="geo-hostile-"))
    folder = workdir / "corpus"
    folder.mkdir()
    try:
        inputs = generate(folder, per_class, seed)
        counts = Counts()
        check_readers(inputs, counts)
        handle = _stub_handle
        if extract:
            from geo.batch import extract_record

            handle = extract_record
        check_batch(inputs, counts, handle)
        if store:
            check_store(folder, inputs, counts, workdir)
        if keep:
            shutil.copytree(folder, keep, symlinks=True, dirs_exist_ok=True)
        return counts
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(workdir.parent / f"{workdir.name}-outside", ignore_errors=True)


def report(counts: Counts, seconds: float) -> str:
    lines = [
        f"inputs: {counts.inputs} ({', '.join(f'{k} {v}' for k, v in sorted(counts.by_kind.items()))})",
        f"crashes: {counts.crashes}",
        f"hangs over {HANG_SECONDS} s: {counts.hangs}",
        f"good reports planted: {counts.good_planted}, lost: {counts.good_lost}",
        f"documents read: {counts.documents}; errors: {counts.errors}, "
        f"not naming their document/line: {counts.errors_unnamed}, not in words: {counts.errors_not_words}",
        f"batch: {counts.batch_lines} lines in, {counts.batch_outputs} lines out, "
        f"{counts.batch_bad_outputs} not valid UTF-8 JSON, {counts.batch_crashes} crashes",
        f"store (parquet + gpkg): {counts.store_crashes} crashes, {counts.store_good_lost} good reports missing",
        f"failures: {counts.failures}  ({seconds:.0f} s)",
    ]
    lines += [f"  e.g. {example}" for example in counts.examples]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=120, help="inputs per class (8 classes)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="copy the generated corpus here")
    parser.add_argument("--extract", action="store_true", help="the batch runs the real extractor")
    parser.add_argument("--no-store", action="store_true", help="skip ingesting into the two stores")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.per_class, args.seed, args.keep, args.extract, store=not args.no_store)
    print(report(counts, time.monotonic() - started))
    return 1 if counts.failures else 0


if __name__ == "__main__":
    sys.exit(main())
