"""TUD-Loc-2013 (Katz & Schill 2013): 152 web texts with location annotations, scored
like LGL (``geo.evaluation.lgl.evaluate_geoparser``) on what ``python -m geo parse
[--gold-spans]`` answers.

The corpus is a zip: ``0-all/textN.txt`` holds each text with its locations tagged
inline (``<CITY>…</CITY>``, one of CONTINENT, COUNTRY, CITY, UNIT, REGION, LANDMARK,
POI, and STREET/STREETNR/ZIP; the closing tag's type can differ from the opening one's), and
``0-all/coordinates.csv`` (``docId;idx;offset;latitude;longitude;sourceId``) the point
of the idx-th annotation of a text, for those that have one. Offsets are into the text
with the tags taken out; annotations without coordinates are not gold, but a prediction
on one is not counted as wrong (``LGLArticle.unlocated``).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from geo.evaluation.lgl import GoldToponym, LGLArticle

# The README's seven types, and STREET, STREETNR and ZIP, which the texts tag too; an
# opening tag can carry attributes (role="main").
_TYPES = "CONTINENT|COUNTRY|CITY|UNIT|REGION|LANDMARK|POI|STREET|STREETNR|ZIP"
_TAG = re.compile(rf"<(/?)({_TYPES})(?:\s[^>]*)?>")


def strip_annotations(annotated: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text of an annotated text and its annotations' (start, end, type), in order."""
    out, spans = [], []
    at, length, opened = 0, 0, None
    for m in _TAG.finditer(annotated):
        piece = annotated[at:m.start()]
        out.append(piece)
        length += len(piece)
        at = m.end()
        if not m.group(1):
            opened = (length, m.group(2))
        elif opened is not None:
            spans.append((opened[0], length, opened[1]))
            opened = None
    out.append(annotated[at:])
    return "".join(out), spans


def _all_folder(archive: zipfile.ZipFile) -> str:
    """The "0-all/" folder of the corpus zip (member names, whatever the top folder)."""
    csv_name = next(n for n in archive.namelist() if n.endswith("0-all/coordinates.csv"))
    return csv_name[: -len("coordinates.csv")]


def load_tud(path: str | Path) -> list[LGLArticle]:
    """The texts of the corpus zip as articles with gold toponyms (``load_lgl``'s shape)."""
    with zipfile.ZipFile(path) as archive:
        folder = _all_folder(archive)
        points: dict[str, dict[int, tuple[int, float, float, str]]] = {}
        reader = csv.DictReader(io.StringIO(archive.read(folder + "coordinates.csv").decode("utf-8")), delimiter=";")
        for row in reader:
            if not row["latitude"] or not row["longitude"]:
                continue  # an annotation the corpus could not place
            points.setdefault(row["docId"], {})[int(row["idx"])] = (
                int(row["offset"]), float(row["latitude"]), float(row["longitude"]), row["sourceId"])
        names = sorted((n for n in archive.namelist() if n.startswith(folder) and re.search(r"/text\d+\.txt$", n)),
                       key=lambda n: int(re.search(r"(\d+)\.txt$", n).group(1)))
        articles = []
        for name in names:
            doc = name.rsplit("/", 1)[1]
            text, spans = strip_annotations(archive.read(name).decode("utf-8"))
            # A row names its annotation by index and offset; in a few texts the two
            # disagree (the text was edited after the offsets were counted): the
            # annotation starting at the offset wins, else the one of that index.
            by_start = {start: i for i, (start, _, _) in enumerate(spans)}
            located: dict[int, tuple] = {}
            for idx, point in points.get(doc, {}).items():
                i = by_start.get(point[0], idx)
                if i < len(spans) and i not in located:
                    located[i] = point
            gold, unlocated = [], []
            for idx, (start, end, kind) in enumerate(spans):
                point = located.get(idx)
                if point is None:
                    unlocated.append((start, end))
                    continue
                _, lat, lon, source = point
                gid = source.split(":", 1)[1] if source.startswith("geonames:") else ""
                gold.append(GoldToponym(start, end, text[start:end], text[start:end], lat, lon,
                                        int(gid) if gid.isdigit() else None, kind))
            articles.append(LGLArticle(doc, text, gold, unlocated))
    return articles


def offset_agreement(path: str | Path) -> tuple[int, int]:
    """(annotations whose stripped-text offset equals the file's offset, annotations with
    coordinates): a check that the tags are taken out as the corpus counts offsets."""
    same = total = 0
    with zipfile.ZipFile(path) as archive:
        folder = _all_folder(archive)
        reader = csv.DictReader(io.StringIO(archive.read(folder + "coordinates.csv").decode("utf-8")), delimiter=";")
        spans = {}
        for row in reader:
            doc = row["docId"]
            if doc not in spans:
                spans[doc] = strip_annotations(archive.read(folder + doc).decode("utf-8"))[1]
            idx = int(row["idx"])
            total += 1
            same += idx < len(spans[doc]) and spans[doc][idx][0] == int(row["offset"])
    return same, total
