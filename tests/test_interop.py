"""geo.interop: ACLED and UCDP exports in (as their own dataset) and out (ACLED's columns).

Every fixture here is written for this test, in the layouts ACLED and UCDP ship
(column names and date formats only); the events are invented.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid

import pandas as pd
import pyarrow.parquet as pq
import pytest

from geo.incidents import Incident
from geo.interop import (
    acled_columns, acled_table, convert_acled, import_dataset, inter_code, parse_days, read_table, to_acled_csv,
)
from geo.store import Filters, apply_filters, incidents_to_frame, open_store
from geo.store.schema import DATASET, DATASET_ROW

# ACLED's current layout (31 columns), the web export's "28 December 2022" dates.
CURRENT = [
    ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
     "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
     "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
     "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"],
    ["XQZ101", "3 March 2021", "2021", "1", "Political violence", "Battles", "Armed clash",
     "Military Forces of Chad (2021-)", "", "1", "Unidentified Armed Group (Chad)", "", "3", "13", "",
     "148", "Middle Africa", "Chad", "Lac", "Mamdi", "", "Bol", "13.4586", "14.7147", "2",
     "Radio Lakeside", "National", "On 3 March 2021, soldiers and an armed band traded fire near a market, "
     "the paper said; \"heavy\" gunfire lasted an hour.", "4", "", "1618000000"],
    ["XQZ102", "17 April 2021", "2021", "2", "Demonstrations", "Protests", "Peaceful protest",
     "Protesters (Chad)", "Teachers (Chad); Students (Chad)", "6", "", "", "", "60", "",
     "148", "Middle Africa", "Chad", "N'Djamena", "N'Djamena", "7e Arrondissement", "N'Djamena", "12.1067",
     "15.0444", "1", "Weekly Courier; Radio Lakeside", "Subnational-National",
     "Teachers marched over unpaid wages.\nNo injuries were reported.", "0", "crowd size=around 200",
     "1619000000"],
    ["XQZ103", "9 May 2021", "2021", "1", "Political violence", "Violence against civilians", "Attack",
     "Unidentified Armed Group (Chad)", "", "3", "Civilians (Chad)", "Farmers (Chad)", "7", "37",
     "Civilian targeting", "148", "Middle Africa", "Chad", "Logone Oriental", "Monts de Lam", "", "Baibokoum",
     "7.7456", "15.6863", "1", "Herald of the South", "Subnational", "Armed men killed two farmers.", "2", "",
     "1620000000"],
    # ACLED's monadic exports: the same event again, for its other actor.
    ["XQZ103", "9 May 2021", "2021", "1", "Political violence", "Violence against civilians", "Attack",
     "Civilians (Chad)", "Farmers (Chad)", "7", "", "", "", "37",
     "Civilian targeting", "148", "Middle Africa", "Chad", "Logone Oriental", "Monts de Lam", "", "Baibokoum",
     "7.7456", "15.6863", "1", "Herald of the South", "Subnational", "Armed men killed two farmers.", "2", "",
     "1620000000"],
    ["XQZ104", "30 June 2021", "2021", "3", "Strategic developments", "Strategic developments", "Other",
     "Government of Chad (2021-)", "", "1", "", "", "", "10", "", "148", "Middle Africa", "Chad",
     "Ouaddai", "Abeche", "", "Abeche", "-0.5", "20.8324", "3", "Weekly Courier", "National",
     "-- A curfew was announced for the province.", "0", "", "1625000000"],
]

# The 2016-era layout: an unnamed index column, ally_actor_*, gwno, "Riots/Protests".
OLDER = [
    ["", "actor1", "actor2", "admin1", "ally_actor_1", "country", "data_id", "event_date", "event_id_cnty",
     "event_type", "fatalities", "geo_precision", "gwno", "inter1", "inter2", "interaction", "latitude",
     "location", "longitude", "notes", "source", "time_precision", "year"],
    ["0", "Rioters (Niger)", "Police Forces of Niger (2011-)", "Zinder", "", "Niger", "88001", "2016-06-12",
     "NIG5001", "Riots/Protests", "0", "1", "436", "5", "1", "15", "13.8", "Zinder", "8.98",
     "Youths burned tyres after a football match.", "Daily Sahel", "1", "2016"],
    ["1", "Protesters (Niger)", "", "Niamey", "Traders (Niger)", "Niger", "88002", "2016-06-20",
     "NIG5002", "Riots/Protests", "0", "1", "436", "6", "0", "60", "13.51", "Niamey", "2.11",
     "Market traders marched against a new tax.", "Daily Sahel", "1", "2016"],
    ["2", "Military Forces of Niger (2011-)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Diffa",
     "", "Niger", "88003", "2016-07-01", "NIG5003", "Battle-No change of territory", "6", "2", "436", "1", "2",
     "12", "13.31", "Bosso", "13.69", "Troops repelled an attack on a post.", "Sahel Wire", "1", "2016"],
]

# UCDP GED's columns (codebook), the ones the import reads and some it only keeps.
UCDP = [
    ["id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
     "conflict_name", "dyad_name", "side_a", "side_b", "number_of_sources", "source_article", "source_office",
     "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
     "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
     "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
     "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob"],
    ["990001", "ABC-1", "2020", "1", "Clear", "1", "301", "Ruritania: Government", "Government of Ruritania - FLR",
     "Government of Ruritania", "FLR", "2", "a wire story", "Wire One", "2020-02-03", "Clash in the hills",
     "", "1", "Hilltown village", "near Hilltown", "North province", "Hill district", "10.5", "20.25",
     "POINT (20.25 10.5)", "12345", "Chad", "483", "Africa", "1", "1", "2020-02-03", "2020-02-03",
     "3", "5", "0", "0", "8", "10", "8", "483", ""],
    ["990002", "ABC-2", "2020", "1", "Clear", "2", "302", "Clan A - Clan B", "Clan A - Clan B",
     "Clan A", "Clan B", "1", "", "Wire Two", "2020-03-10", "", "", "4", "North province",
     "", "North province", "", "11.0", "21.0", "POINT (21 11)", "12346", "Yemen (North Yemen)", "678",
     "Middle East", "1", "4", "2020-03-10 00:00:00.000", "2020-03-31 00:00:00.000", "0", "0", "0", "3", "3", "3",
     "3", "", ""],
    ["990003", "ABC-3", "2020", "1", "Clear", "3", "303", "FLR - civilians", "FLR - civilians",
     "FLR", "Civilians", "1", "", "Wire One", "2020-04-01", "Village raided", "", "2", "Rivertown",
     "", "North province", "River district", "10.9", "20.7", "POINT (20.7 10.9)", "12347", "Chad", "483",
     "Africa", "1", "1", "2020-04-01", "2020-04-01", "0", "0", "5", "0", "5", "7", "5", "483", ""],
]


def write_csv(path, table) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)


def parse_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store") as s:
        yield s


def test_an_acled_file_imports_as_its_own_dataset(tmp_path, store):
    write_csv(tmp_path / "acled.csv", CURRENT)
    report = import_dataset("acled", tmp_path / "acled.csv", store)
    assert (report.rows, report.added, report.already_stored, report.repeated) == (5, 5, 0, 1)
    layer = store.read_layer()
    assert list(layer["event_id"]) == ["acled:XQZ101", "acled:XQZ102", "acled:XQZ103", "acled:XQZ103#2",
                                       "acled:XQZ104"]
    assert set(layer[DATASET]) == {"acled"}
    first = layer.iloc[0]
    assert first["event_date"] == pd.Timestamp("2021-03-03")
    assert (first["event_type"], first["actor1"], first["actor2"]) == (
        "Battles", "Military Forces of Chad (2021-)", "Unidentified Armed Group (Chad)")
    assert (first["fatalities"], first["geo_precision"], first["country"], first["admin1"]) == (4, 2, "Chad", "Lac")
    assert first.geometry.x == pytest.approx(14.7147) and first.geometry.y == pytest.approx(13.4586)
    assert first["evidence"].startswith("On 3 March 2021") and first["source"] == "Radio Lakeside"
    assert layer.iloc[1]["assoc_actors"] == "Teachers (Chad); Students (Chad)"
    assert layer.iloc[4]["time_precision"] == 3
    assert json.loads(first[DATASET_ROW])["source_scale"] == "National"
    assert len(store.read_documents()) == 5


def test_reimporting_adds_only_new_events(tmp_path, store):
    write_csv(tmp_path / "a.csv", CURRENT[:3])
    assert import_dataset("acled", tmp_path / "a.csv", store).added == 2
    write_csv(tmp_path / "b.csv", CURRENT)  # overlaps the first export
    report = import_dataset("acled", tmp_path / "b.csv", store)
    assert (report.added, report.already_stored) == (3, 2)
    again = import_dataset("acled", tmp_path / "b.csv", store)
    assert (again.added, again.already_stored) == (0, 5)
    assert store.count(Filters()) == 5


@pytest.mark.parametrize("table", [CURRENT, OLDER], ids=["current", "2016-era"])
def test_an_imported_acled_file_exports_back_with_the_same_rows_and_columns(tmp_path, store, table):
    write_csv(tmp_path / "acled.csv", table)
    import_dataset("acled", tmp_path / "acled.csv", store)
    rows = parse_csv(to_acled_csv(store.read_layer()))
    # Only a note that a spreadsheet would run ("-- A curfew…") is changed: made inert.
    expected = [[("'" + v if v.startswith("-") and not v[1:2].isdigit() else v) for v in r] for r in table]
    assert rows == expected
    assert rows[0] == table[0]


def test_older_event_types_map_to_todays(tmp_path):
    write_csv(tmp_path / "old.csv", OLDER)
    layer = [r["event_type"] for r in convert_acled(read_table(tmp_path / "old.csv")).incidents]
    assert layer == ["Riots", "Protests", "Battles"]


def test_an_xlsx_export_imports(tmp_path, store):
    openpyxl = pytest.importorskip("openpyxl")
    from datetime import datetime

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(CURRENT[0])
    for row in CURRENT[1:3]:
        cells = list(row)
        cells[1] = datetime.strptime(row[1], "%d %B %Y")  # a spreadsheet keeps dates as dates
        cells[22], cells[23], cells[28] = float(row[22]), float(row[23]), int(row[28])
        sheet.append(cells)
    book.save(tmp_path / "acled.xlsx")
    assert import_dataset("acled", tmp_path / "acled.xlsx", store).added == 2
    layer = store.read_layer()
    assert list(layer["event_date"]) == [pd.Timestamp("2021-03-03"), pd.Timestamp("2021-04-17")]
    assert list(layer["fatalities"]) == [4, 0] and layer.iloc[0]["latitude"] == pytest.approx(13.4586)


def test_parse_days_reads_a_column_in_its_own_format():
    formats = ["%d %B %Y", "%d-%b-%y", "%d-%m-%y", "%m-%d-%y"]
    assert parse_days(["05-08-24", "31-12-19", ""], formats) == [
        pd.Timestamp("2024-08-05").date(), pd.Timestamp("2019-12-31").date(), None]
    assert parse_days(["5-Aug-24", "2021-01-02", "no date"], formats) == [
        pd.Timestamp("2024-08-05").date(), pd.Timestamp("2021-01-02").date(), None]


def test_a_file_that_is_not_an_acled_export_is_refused(tmp_path, store):
    write_csv(tmp_path / "x.csv", [["name", "value"], ["a", "1"]])
    with pytest.raises(ValueError, match="not an ACLED export"):
        import_dataset("acled", tmp_path / "x.csv", store)
    with pytest.raises(ValueError, match="not a UCDP GED export"):
        import_dataset("ucdp", tmp_path / "x.csv", store)
    assert store.count(Filters()) == 0


def test_a_ucdp_export_imports_with_acled_types(tmp_path, store):
    write_csv(tmp_path / "ged.csv", UCDP)
    report = import_dataset("ucdp", tmp_path / "ged.csv", store)
    assert report.added == 3
    layer = store.read_layer()
    assert set(layer[DATASET]) == {"ucdp"}
    assert list(layer["event_id"]) == ["ucdp:990001", "ucdp:990002", "ucdp:990003"]
    assert list(layer["event_type"]) == ["Battles", "Battles", "Violence against civilians"]
    assert list(layer["sub_event_type"]) == ["Armed clash", "Armed clash", "Attack"]
    assert list(layer["fatalities"]) == [8, 3, 5]  # "best"
    assert list(layer["geo_precision"]) == [1, 3, 2]  # where_prec 1, 4, 2
    assert list(layer["time_precision"]) == [1, 3, 1]  # date_prec 1, 4, 1
    assert list(layer["country"]) == ["Chad", "Yemen", "Chad"]  # the former name in brackets dropped
    assert list(layer["event_date"]) == [pd.Timestamp(d) for d in ("2020-02-03", "2020-03-10", "2020-04-01")]
    assert (layer.iloc[2]["actor1"], layer.iloc[2]["actor2"]) == ("FLR", "Civilians")
    assert json.loads(layer.iloc[0][DATASET_ROW])["priogrid_gid"] == "12345"
    assert import_dataset("ucdp", tmp_path / "ged.csv", store).added == 0
    # Out in ACLED's columns: derived, one-sided violence targets civilians.
    columns, rows = acled_table(layer)
    assert columns == acled_columns()
    assert rows[2]["civilian_targeting"] == "Civilian targeting" and rows[2]["inter2"] == "7"
    assert rows[0]["iso"] == "148" and rows[0]["disorder_type"] == "Political violence"


def _own_layer():
    incidents = [
        Incident("2024-03-02", "Protests", "Excessive force against protesters", "Police Forces of Kenya",
                 "Protesters (Kenya)", ["Students (Kenya)"], "Kenya", "Nairobi", "Nairobi", -1.2864, 36.8172, 1, 1, 1,
                 "Police fired tear gas at students.", "d1", "own/d1.txt", "Own report"),
        Incident("2024-03-05", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Al Shabaab",
                 "Civilians (Kenya)", [], "Kenya", "Mandera", "Mandera", 3.94, 41.86, 2, 1, 3,
                 "A roadside bomb hit a bus.", "d2", "own/d2.txt", "Own report 2"),
        Incident(None, "Strategic developments", "Other", "Someone Unheard Of", "", [], "Atlantis", "", "", None,
                 None, 3, 1, 0, "Nothing placed.", "d3", "own/d3.txt", "Own report 3"),
    ]
    return incidents_to_frame(incidents)


def test_our_own_incidents_export_with_derived_acled_fields():
    layer = _own_layer()
    assert set(layer[DATASET]) == {"reports"} and set(layer[DATASET_ROW]) == {""}
    columns, rows = acled_table(layer)
    assert columns == acled_columns()
    protest, bomb, unknown = rows
    assert (protest["inter1"], protest["inter2"], protest["interaction"]) == ("1", "6", "16")
    assert protest["disorder_type"] == "Political violence; Demonstrations"
    assert (protest["iso"], protest["year"], protest["event_date"]) == ("404", "2024", "2024-03-02")
    assert protest["assoc_actor_1"] == "Students (Kenya)" and protest["notes"].startswith("Police fired")
    assert bomb["civilian_targeting"] == "Civilian targeting" and bomb["inter2"] == "7"
    assert protest["civilian_targeting"] == ""
    assert (unknown["inter1"], unknown["interaction"], unknown["iso"], unknown["event_date"]) == ("", "", "", "")
    assert rows[0]["region"] == rows[0]["tags"] == ""  # what cannot be derived stays empty


def test_inter_codes_from_names():
    assert inter_code("Military Forces of Kenya (2013-2022)") == 1
    assert inter_code("Police Forces of Chad") == 1
    assert inter_code("Protesters (Peru)") == 6
    assert inter_code("Rioters (Peru)") == 5
    assert inter_code("Civilians (Peru)") == 7
    assert inter_code("Al Shabaab") == 2
    assert inter_code("A Name Nobody Uses") is None
    assert inter_code("") is None


def test_a_mixed_view_has_acleds_columns_then_the_files_own(tmp_path, store):
    write_csv(tmp_path / "old.csv", OLDER)
    import_dataset("acled", tmp_path / "old.csv", store)
    layer = pd.concat([store.read_layer().drop(columns="review_status"), _own_layer()], ignore_index=True)
    columns, rows = acled_table(layer)
    assert columns[:31] == acled_columns() and columns[31:] == ["", "ally_actor_1", "data_id", "gwno"]
    # An older row gets today's columns derived, its own values kept.
    assert rows[0]["event_date"] == "2016-06-12" and rows[0]["disorder_type"] == "Demonstrations"
    assert rows[0]["gwno"] == "436" and rows[3].get("gwno", "") == ""
    assert parse_csv(to_acled_csv(layer))[4][columns.index("gwno")] == ""


def test_an_edited_import_exports_the_analysts_values(tmp_path, store):
    write_csv(tmp_path / "acled.csv", CURRENT[:2])
    import_dataset("acled", tmp_path / "acled.csv", store)
    layer = store.read_layer()
    layer.loc[0, ["location", "fatalities", "review_status"]] = ["Baga Sola", 5, "edited"]
    (row,) = acled_table(layer)[1]
    assert (row["location"], row["fatalities"], row["event_date"]) == ("Baga Sola", "5", "2021-03-03")
    assert row["source_scale"] == "National"  # what the analyst did not touch stays as read


def test_the_dataset_filter(tmp_path, store):
    write_csv(tmp_path / "acled.csv", CURRENT)
    import_dataset("acled", tmp_path / "acled.csv", store)
    write_csv(tmp_path / "ged.csv", UCDP)
    import_dataset("ucdp", tmp_path / "ged.csv", store)
    layer = store.read_layer()
    for datasets, n in ((["acled"], 5), (["ucdp"], 3), (["acled", "ucdp"], 8), (["reports"], 0)):
        view = Filters(datasets=datasets)
        assert len(apply_filters(layer, view)) == n
        assert store.count(view) == n  # the folder store's SQL says what pandas says
    assert Filters.from_query(Filters(datasets=["ucdp"]).to_query()).datasets == ("ucdp",)
    assert dict(Filters(datasets=["acled"]).summary())["Datasets"] == "acled"


def test_a_store_written_before_the_dataset_column_reads_as_reports(tmp_path):
    with open_store(tmp_path / "old") as old:
        old.append(_own_layer(), _documents(_own_layer()))
        part = next((tmp_path / "old" / "incidents").glob("*.parquet"))
        table = pq.read_table(part)
        pq.write_table(table.drop_columns([DATASET, DATASET_ROW]).replace_schema_metadata(table.schema.metadata), part)
        assert set(old.read_layer()[DATASET]) == {"reports"}
        assert old.count(Filters(datasets=["reports"])) == 3
        write_csv(tmp_path / "acled.csv", CURRENT)
        import_dataset("acled", tmp_path / "acled.csv", old)
        assert old.count(Filters(datasets=["reports"])) == 3 and old.count(Filters(datasets=["acled"])) == 5
        old.compact()  # old and new partitions merged: nothing lost
        layer = old.read_layer()
        assert sorted(layer[DATASET]) == ["acled"] * 5 + ["reports"] * 3
        assert old.count(Filters(datasets=["acled"])) == 5


def _documents(layer):
    from geo.store.schema import conform_documents

    docs = pd.DataFrame({"doc_id": sorted(set(layer["doc_id"])), "title": "t", "date": None, "source": "s",
                         "n_incidents": 1, "ingested_at": pd.Timestamp.now(tz="UTC")})
    return conform_documents(docs)


# --------------------------------------------------------------------------- PostGIS

PG = os.environ.get("GEO_TEST_POSTGRES", "")


@pytest.fixture
def pg_uri():
    psycopg = pytest.importorskip("psycopg")
    schema = f"test_interop_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    yield f"{PG}{'&' if '?' in PG else '?'}schema={schema}"
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.mark.postgis
@pytest.mark.skipif(not PG, reason="GEO_TEST_POSTGRES is not set")
def test_postgis_store_imports_filters_and_exports_back(tmp_path, pg_uri):
    import psycopg

    own = _own_layer()
    with open_store(pg_uri) as store:
        store.append(own, _documents(own))
        # A version-1 store: no dataset columns yet.
        with psycopg.connect(PG, autocommit=True) as conn:
            schema = pg_uri.rsplit("schema=", 1)[1]
            conn.execute(f'ALTER TABLE "{schema}".incidents DROP COLUMN dataset, DROP COLUMN dataset_row')
            conn.execute(f"UPDATE \"{schema}\".geo_meta SET value = '1' WHERE key = 'schema_version'")
    with open_store(pg_uri) as store:
        assert set(store.read_layer()[DATASET]) == {"reports"}
        write_csv(tmp_path / "acled.csv", CURRENT)
        assert import_dataset("acled", tmp_path / "acled.csv", store).added == 5
        assert import_dataset("acled", tmp_path / "acled.csv", store).added == 0
        assert store.count(Filters(datasets=["acled"])) == 5 and store.count(Filters(datasets=["reports"])) == 3
        view = store.read_layer(Filters(datasets=["acled"]))
        rows = parse_csv(to_acled_csv(view))
        assert rows[0] == CURRENT[0] and len(rows) == len(CURRENT)
        assert rows[1:3] == CURRENT[1:3]
