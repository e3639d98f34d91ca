"""``geo gazetteer add|list|remove``: the layers an analyst adds to the gazetteer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_gazetteer_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("gazetteer", help="add, list or remove gazetteer layers (GeoNames dumps, place lists)")
    actions = p.add_subparsers(dest="gazetteer_action", required=True)
    p_add = actions.add_parser("add", help="build a layer from a GeoNames dump, a place list or an ACLED/UCDP export")
    p_add.add_argument("source", help="a file, or a URL to download (only then is the network used)")
    p_add.add_argument("--name", help="the layer's label (default: the file name without extension)")
    p_add.add_argument("--countries", default="", help="only these ISO2 countries, comma-separated (SY,IQ)")
    p_add.add_argument("--alternate-names", type=Path, help="GeoNames alternateNamesV2.zip/.txt to add names from")
    p_add.add_argument("--no-progress", action="store_true", help="no download progress bar")
    for column in ("name", "alternate-names", "latitude", "longitude", "country", "admin1", "admin2", "kind"):
        p_add.add_argument(f"--{column}-column", help=f"place lists: the column with the {column.replace('-', ' ')}")
    actions.add_parser("list", help="the layers added, with their sizes and sources")
    p_remove = actions.add_parser("remove", help="delete a layer")
    p_remove.add_argument("label")
    return p


def run_gazetteer(args: argparse.Namespace) -> int:
    from geo.gazetteer import layers

    if args.gazetteer_action == "list":
        entries = layers.read_manifest()
        print(f"base\t(embedded)\tdir {layers.layers_dir()}")
        for e in entries:
            countries = ",".join(e["countries"]) or "all countries"
            state = "enabled" if e.get("enabled", True) else "disabled"
            print(f"{e['label']}\t{e['places']:,} places\t{e['kind']}\t{countries}\t{state}\t{e['source']}")
        return 0
    if args.gazetteer_action == "remove":
        if layers.remove_layer(args.label):
            print(f"removed layer {args.label}", file=sys.stderr)
            return 0
        print(f"error: no layer {args.label!r}", file=sys.stderr)
        return 1
    return _add(args, layers)


def _add(args: argparse.Namespace, layers) -> int:
    from geo.gazetteer.geonames_dump import beside, iter_alternate_names, looks_like_dump, read_dump
    from geo.gazetteer.place_list import ColumnMap, read_place_list

    source = args.source
    if "://" in source:
        from geo.gazetteer.download import download, sha256

        path = download(source, progress=not args.no_progress)
        print(f"downloaded {path} sha256 {sha256(path)}", file=sys.stderr)
    else:
        path = Path(source)
        if not path.exists():
            print(f"error: {path} does not exist", file=sys.stderr)
            return 1
    countries = frozenset(c.strip().upper() for c in args.countries.split(",") if c.strip())
    label = args.name or path.name.split(".")[0]
    try:
        layers.valid_label(label)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if looks_like_dump(path):
        alt_path = args.alternate_names or beside(path, "alternateNamesV2.zip")
        places = read_dump(path, countries)
        alternate_names = iter_alternate_names(alt_path) if alt_path else ()
        kind = "geonames" + (f" + {alt_path.name}" if alt_path else "")
    else:
        columns = ColumnMap(**{c: getattr(args, f"{c}_column") for c in (
            "name", "alternate_names", "latitude", "longitude", "country", "admin1", "admin2", "kind")})
        places = read_place_list(path, columns, countries)
        alternate_names = ()
        kind = "place list"
    try:
        entry = layers.add_layer(places, label, str(source), kind, countries, alternate_names)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"layer {entry['label']}: {entry['places']:,} places from {source}", file=sys.stderr)
    return 0
