"""One incident per event: the stored incidents of an event group read as one.

Incidents are stored as each report gave them; ``merge_key`` names the event an incident
was merged into (the ``event_id`` of the group's first incident, set by
``geo.events`` at ingest or by an analyst's correction). Reading the store collapses
each group with more than one incident into its first incident (the one ingested first,
so the event keeps its ``event_id`` as more reports arrive), with

- ``source_count``: the number of documents reporting it;
- ``source``: every report's source, in ingestion order, joined with "; " (ACLED's way);
- ``evidence``: every report's evidence, in ingestion order, one per line;
- ``fatalities``: ACLED's rule for reports that disagree, the most conservative figure:
  the lowest toll a report gives. A report that gives none (0) is silent, not a report
  of no deaths, so it does not lower the others';
- ``merge_key``: the group's key (on every collapsed incident, so a view can tell them).

Corrections apply to each incident before the collapse (a rejected report leaves its
event; an edited toll counts as that report's). :func:`collapse` is the rule on a layer
in pandas; :func:`groups_sql` and :func:`merged_sql` the same in DuckDB over the store's
corrected relation, :func:`postgres_groups_sql` and :func:`postgres_merged_sql` in
PostgreSQL (the PostGIS store).
"""

from __future__ import annotations

import pandas as pd

from geo.store.schema import conform

EVIDENCE_SEPARATOR = "\n"
SOURCE_SEPARATOR = "; "


def group_keys(layer: pd.DataFrame) -> pd.Series:
    """The event group of each row: its ``merge_key``, else its own ``event_id``."""
    key = layer["merge_key"].fillna("").astype("str")
    return key.where(key != "", layer["event_id"].astype("str"))


def collapse(layer):
    """``layer`` (corrected, in ingestion order) with each event group as one row."""
    if not len(layer) or "merge_key" not in layer.columns or not (layer["merge_key"].fillna("") != "").any():
        return layer
    keys = group_keys(layer)
    linked = set(layer["merge_key"].fillna("")) - {""}
    grouped = keys.isin(linked)
    if not grouped.any():
        return layer
    out = layer.copy()
    drop = []
    for key, rows in out[grouped.to_numpy()].groupby(keys[grouped], sort=False):
        first = rows.index[0]
        positive = rows["fatalities"][rows["fatalities"] > 0]
        doc_ids = set(rows["doc_id"]) - {""}
        out.at[first, "source_count"] = max(1, len(doc_ids))
        out.at[first, "fatalities"] = int(positive.min()) if len(positive) else 0
        out.at[first, "evidence"] = EVIDENCE_SEPARATOR.join(_distinct(rows["evidence"]))
        out.at[first, "source"] = SOURCE_SEPARATOR.join(_distinct(rows["source"]))
        if len(rows) > 1:
            out.at[first, "merge_key"] = key
        drop += list(rows.index[1:])
    return conform(out.drop(index=drop))


def _distinct(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def groups_sql(source: str, seq: str = "_seq") -> str:
    """DuckDB: for every incident of ``source`` (a SELECT of layer columns and ``seq``,
    the ingestion order) that is in an event group, a row of ``seq``, ``_keep`` (it
    is the group's first) and the group's merged ``source_count``, ``fatalities``,
    ``evidence``, ``source`` and ``merge_key``. Incidents in no group have no row.

    It depends on the store's contents, not on a view: a store computes it once per
    state and :func:`merged_sql` joins it (an event is rarely reported twice, so it is
    small). Only the first's row carries the joined evidence and source: the others
    are left out by :func:`merged_sql`, and a copy on each would make a group of k
    reports cost k² in memory."""
    evidence = _joined("_evidence", EVIDENCE_SEPARATOR)
    sources = _joined("_source", SOURCE_SEPARATOR)
    # NOT MATERIALIZED: read twice, the CTE would otherwise be materialized whole, every
    # incident's evidence with it (10M incidents: 5.8 s and 1.1 GB, against 1.2 s and 0.25 GB)
    return f"""
WITH _incidents AS NOT MATERIALIZED (
    SELECT {seq}, event_id, coalesce(merge_key, '') AS merge_key, doc_id, fatalities, evidence, source
    FROM ({source})
),
_linked AS (SELECT DISTINCT merge_key AS _key FROM _incidents WHERE merge_key <> ''),
_members AS (
    SELECT *, CASE WHEN merge_key <> '' THEN merge_key ELSE event_id END AS _key FROM _incidents
    WHERE merge_key <> '' OR event_id IN (SELECT _key FROM _linked)
),
_groups AS (
    SELECT _key, min({seq}) AS _first, count(*) AS _rows,
        greatest(count(DISTINCT nullif(doc_id, '')), 1) AS _sources,
        coalesce(min(fatalities) FILTER (WHERE fatalities > 0), 0) AS _fatalities,
        list(evidence ORDER BY {seq}) FILTER (WHERE evidence <> '') AS _evidence,
        list(source ORDER BY {seq}) FILTER (WHERE source <> '') AS _source
    FROM _members GROUP BY _key
)
SELECT m.{seq} AS {seq}, m.{seq} = g._first AS _keep,
    g._sources::BIGINT AS source_count,
    g._fatalities::BIGINT AS fatalities,
    CASE WHEN m.{seq} = g._first THEN {evidence} END AS evidence,
    CASE WHEN m.{seq} = g._first THEN {sources} END AS source,
    CASE WHEN g._rows > 1 THEN g._key ELSE m.merge_key END AS merge_key
FROM _members m JOIN _groups g ON m._key = g._key
"""


def merged_sql(source: str, groups: str | None, seq: str = "_seq") -> str:
    """DuckDB: the rows of ``source`` with each event group collapsed as
    :func:`collapse` does, given ``groups``: the name of the relation
    :func:`groups_sql` made of it (None when it is empty: no group, nothing to join)."""
    if groups is None:
        return f"SELECT * REPLACE (coalesce(merge_key, '') AS merge_key, 1::BIGINT AS source_count) FROM ({source})"
    replaced = ", ".join(
        f"CASE WHEN g.{seq} IS NULL THEN {fallback} ELSE g.{column} END AS {column}"
        for column, fallback in (("source_count", "1::BIGINT"), ("fatalities", "s.fatalities"),
                                 ("evidence", "s.evidence"), ("source", "s.source"),
                                 ("merge_key", "coalesce(s.merge_key, '')"))
    )
    return (f"SELECT s.* REPLACE ({replaced}) FROM ({source}) s "
            f"LEFT JOIN {groups} g ON s.{seq} = g.{seq} WHERE g.{seq} IS NULL OR g._keep")


def _joined(values: str, separator: str) -> str:
    """SQL: the list ``g.<values>`` with each value once (first place kept), joined."""
    quoted = separator.replace("'", "''")
    return (f"coalesce(array_to_string(list_filter(g.{values}, lambda x, i: "
            f"list_position(g.{values}, x) = i), '{quoted}'), '')")


# --------------------------------------------------------------------------- PostgreSQL


def postgres_groups_sql(source: str, seq: str = "rowid", haystack: str | None = None) -> str:
    """PostgreSQL: :func:`groups_sql`'s rows (``seq``, ``_keep`` and the group's merged
    ``source_count``, ``fatalities``, ``evidence``, ``source``, ``merge_key``) for the
    incidents of ``source`` (a SELECT with those columns, ``event_id``, ``doc_id`` and
    ``seq``). Members are read by two filters on ``source`` (a key set; an event_id
    some key names) so that a large table is searched by its indexes, not scanned.

    ``haystack``: a column holding ``casefold(title + "\n" + evidence)`` (and ``title``
    in ``source``); the group's first row gets it for the merged incident, its title
    and the group's evidence. Python's casefold maps each character alone, so that
    is the casefolded evidence of each report joined as ``evidence`` is."""
    fold = f", title, {haystack}" if haystack else ""
    columns = f"{seq}, event_id, coalesce(merge_key, '') AS merge_key, doc_id, fatalities, evidence, source{fold}"
    evidence_sep, source_sep = (_pg_literal(s) for s in (EVIDENCE_SEPARATOR, SOURCE_SEPARATOR))
    folded_member = folded_group = folded_out = ""
    if haystack:
        # The haystack's lines after the title's own lines are the evidence's.
        lines = "length(title) - length(replace(title, E'\\n', ''))"
        folded_member = (f", array_to_string((string_to_array({haystack}, E'\\n'))[{lines} + 2:], E'\\n') AS _folded,"
                         f" array_to_string((string_to_array({haystack}, E'\\n'))[1:{lines} + 1], E'\\n') AS _folded_title")
        folded_group = (f", coalesce(string_agg(_folded, {evidence_sep} ORDER BY {seq})"
                        " FILTER (WHERE evidence <> '' AND _new_evidence), '') AS _folded")
        folded_out = f", m._folded_title || E'\\n' || g._folded AS {haystack}"
    return f"""
WITH _linked AS (SELECT DISTINCT merge_key AS _key FROM ({source}) x WHERE merge_key <> ''),
_members AS (
    SELECT {columns}, merge_key AS _key FROM ({source}) x WHERE merge_key <> ''
    UNION ALL
    SELECT {columns}, event_id AS _key FROM ({source}) x
    WHERE coalesce(merge_key, '') = '' AND event_id IN (SELECT _key FROM _linked)
),
_ranked AS (
    SELECT *, row_number() OVER (PARTITION BY _key, evidence ORDER BY {seq}) = 1 AS _new_evidence,
        row_number() OVER (PARTITION BY _key, source ORDER BY {seq}) = 1 AS _new_source{folded_member}
    FROM _members
),
_groups AS (
    SELECT _key, min({seq}) AS _first, count(*) AS _rows,
        greatest(count(DISTINCT nullif(doc_id, '')), 1) AS _sources,
        coalesce(min(fatalities) FILTER (WHERE fatalities > 0), 0) AS _fatalities,
        coalesce(string_agg(evidence, {evidence_sep} ORDER BY {seq})
            FILTER (WHERE evidence <> '' AND _new_evidence), '') AS _evidence,
        coalesce(string_agg(source, {source_sep} ORDER BY {seq})
            FILTER (WHERE source <> '' AND _new_source), '') AS _source{folded_group}
    FROM _ranked GROUP BY _key
)
SELECT m.{seq} AS {seq}, m.{seq} = g._first AS _keep,
    g._sources::bigint AS source_count, g._fatalities::bigint AS fatalities,
    g._evidence AS evidence, g._source AS source,
    CASE WHEN g._rows > 1 THEN g._key ELSE m.merge_key END AS merge_key{folded_out}
FROM _ranked m JOIN _groups g ON m._key = g._key
"""


def postgres_merged_sql(source: str, columns: list[str], seq: str = "rowid", haystack: str | None = None) -> str:
    """PostgreSQL: the rows of ``source`` (its ``columns``, ``seq`` among them) with each
    event group collapsed as :func:`collapse` does (:func:`postgres_groups_sql` joined)."""
    merged = ["source_count", "fatalities", "evidence", "source", "merge_key", *([haystack] if haystack else [])]
    select = ", ".join(
        f"CASE WHEN g.{seq} IS NULL THEN s.{c} ELSE g.{c} END AS {c}" if c in merged else f"s.{c}"
        for c in columns
    )
    groups = postgres_groups_sql(source, seq, haystack)
    return (f"SELECT {select} FROM ({source}) s LEFT JOIN ({groups}) g ON s.{seq} = g.{seq}"
            f" WHERE g.{seq} IS NULL OR g._keep")


def _pg_literal(text: str) -> str:
    """A PostgreSQL string constant (escape syntax, so a line break stays one)."""
    return "E'" + text.replace("\\", "\\\\").replace("'", "''").replace("\n", "\\n") + "'"
