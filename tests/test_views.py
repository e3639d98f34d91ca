"""geo.store.filters and geo.store.views: filters, their URL form, options with counts,
and the summaries."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import parse_qs, urlencode

import numpy as np
import pandas as pd
import pytest

from geo.incidents import Incident
from geo.store import Filters, empty_layer, filters, incidents_to_frame, views

from conftest import synthetic_incidents


@pytest.fixture(scope="module")
def layer():
    return incidents_to_frame(synthetic_incidents())


def _n(layer, **kwargs) -> int:
    return len(filters.apply_filters(layer, Filters(**kwargs)))


# --------------------------------------------------------------------- Filters


def test_default_filters_keep_everything(layer):
    assert _n(layer) == len(layer) == 11
    assert Filters().to_query() == {}
    assert Filters().date_range(layer) == (None, None)


def test_filters_normalise_their_input():
    f = Filters(actors=["A", " A ", "", "B"], text="  two   words ", min_fatalities="3",
                date_from="2024-05-20", date_to=date(2024, 5, 1))
    assert f.actors == ("A", "B")
    assert f.text == "two words"
    assert f.min_fatalities == 3
    assert f.period == "custom"  # dates given: a custom range
    assert (f.date_from, f.date_to) == (date(2024, 5, 1), date(2024, 5, 20))  # swapped
    assert Filters(actors=["A"]) == Filters(actors=("A",))
    assert hash(Filters(actors=["A"])) == hash(Filters(actors=("A",)))
    assert Filters(period="nonsense").period == "all"
    assert Filters(min_fatalities=-4).min_fatalities == 0


def test_periods_count_back_from_the_latest_incident(layer):
    assert Filters(period="7d").date_range(layer) == (date(2024, 5, 14), date(2024, 5, 20))
    assert Filters(period="30d").date_range(layer) == (date(2024, 4, 21), date(2024, 5, 20))
    # never before the first incident
    assert Filters(period="90d").date_range(layer) == (date(2024, 4, 2), date(2024, 5, 20))
    assert _n(layer, period="7d") == 3
    assert _n(layer, period="30d") == 7
    assert _n(layer, period="90d") == 11
    assert Filters(period="7d").date_range(empty_layer()) == (None, None)


def test_custom_dates_are_inclusive_and_open_ended(layer):
    assert _n(layer, period="custom", date_from=date(2024, 5, 1), date_to=date(2024, 5, 20)) == 6
    assert _n(layer, date_from="2024-05-15") == 2
    assert _n(layer, date_to="2024-04-02") == 1


def test_undated_incidents_only_with_include_undated():
    layer = incidents_to_frame(
        [*synthetic_incidents(), Incident(None, "Riots", "Mob violence", "Protesters (Sudan)")]
    )
    may = dict(date_from=date(2024, 5, 1), date_to=date(2024, 5, 31))
    assert _n(layer, **may) == 6
    assert _n(layer, **may, include_undated=True) == 7
    assert _n(layer) == 12  # no date bound: nothing to leave out
    assert _n(layer, period="7d") == 3


def test_list_filters(layer):
    assert _n(layer, actors=["Protesters (Sudan)"]) == 3
    assert _n(layer, actors=["Sudanese Armed Forces"]) == 6  # actor1 or actor2
    assert _n(layer, actors=["Protesters (Sudan)", "Civilians (Sudan)"]) == 4
    assert _n(layer, event_types=["Battles"]) == 4
    assert _n(layer, sub_event_types=["Peaceful protest", "Mob violence"]) == 3
    assert _n(layer, countries=["Sudan"]) == 11
    assert _n(layer, countries=["Chad"]) == 0
    assert _n(layer, admin1=["Khartoum"]) == 0
    out = filters.apply_filters(
        layer,
        Filters(date_from="2024-05-01", date_to="2024-05-31", actors=["Rapid Support Forces"],
                event_types=["Battles"]),
    )
    assert list(out["location"]) == ["Wad Madani", ""]


def test_filters_by_keyword_as_the_map_asked_for_them(layer):
    """The map's own filter (date bounds, actors, event types, undated) is this one, by
    keyword: the same answers as with a Filters."""
    apply = filters.apply_filters
    assert len(apply(layer)) == len(apply(layer, date_from=None, date_to=None, actors=[], event_types=[])) == 11
    may = apply(layer, date_from=date(2024, 5, 1), date_to=date(2024, 5, 20))
    assert len(may) == 6 and may["event_date"].min().date() == date(2024, 5, 1)
    assert may["event_date"].max().date() == date(2024, 5, 20)
    # datetimes and timestamps count by their day
    assert len(apply(layer, date_from=pd.Timestamp("2024-05-15 18:30"), date_to=datetime(2024, 5, 20, 1))) == 2
    assert len(apply(layer, date_to=date(2024, 4, 2))) == 1
    assert len(apply(layer, actors={"Sudanese Armed Forces"})) == 6
    assert list(apply(layer, date_from="2024-05-01", actors=["Rapid Support Forces"],
                      event_types=["Battles"])["location"]) == ["Wad Madani", ""]
    undated = incidents_to_frame([*synthetic_incidents(), Incident(None, "Riots", "Mob violence", "X")])
    assert len(apply(undated, date_from="2024-05-01", date_to="2024-05-31")) == 6
    assert len(apply(undated, date_from="2024-05-01", date_to="2024-05-31", include_undated=True)) == 7
    # keywords refine a Filters
    assert len(apply(layer, Filters(event_types=["Battles"]), min_fatalities=10)) == 2  # Omdurman, Wad Madani
    with pytest.raises(TypeError):
        apply(layer, colour="red")


def test_minimum_fatalities(layer):
    assert _n(layer, min_fatalities=10) == 3
    assert _n(layer, min_fatalities=1) == 8
    assert _n(layer, min_fatalities=1000) == 0


def test_text_search_over_title_and_evidence(layer):
    assert _n(layer, text="el fasher") == 1  # evidence, case-insensitive
    assert _n(layer, text="EL FASHER") == 1
    assert _n(layer, text="report d2") == 3  # title: "Synthetic report d2"
    assert _n(layer, text="protests d2") == 1  # Port Sudan
    assert _n(layer, text="riots d1") == 0  # every word must be there...
    assert _n(layer, text="peaceful d3") == 0  # ...in title or evidence ("protests", not "peaceful")
    assert _n(layer, text="protests atbara") == 1
    assert _n(layer, text='"in El Fasher"') == 1  # a phrase
    assert _n(layer, text='"fasher el"') == 0
    assert _n(layer, text="Omdurman") == 1
    assert _n(layer, text="Sudanese") == 0  # actors are not searched: use the filter
    # regex characters are plain text
    assert _n(layer, text="(sudan") == 0 and _n(layer, text=".*") == 0


# --------------------------------------------------------------------- URL round trip


def _through_a_url(f: Filters) -> Filters:
    """Encode to a query string and back, as the browser would."""
    query = urlencode(f.to_query(), doseq=True)
    return Filters.from_query(parse_qs(query, keep_blank_values=True))


@pytest.mark.parametrize(
    "f",
    [
        Filters(),
        Filters(period="30d"),
        Filters(date_from=date(2021, 6, 1), date_to=date(2021, 6, 30), include_undated=True),
        Filters(date_from=date(2021, 6, 1)),
        Filters(actors=["Rapid Support Forces", "Protesters (Sudan)"], event_types=["Battles"]),
        Filters(sub_event_types=["Air/drone strike"], countries=["Syria", "Iraq"],
                admin1=["Deir ez-Zor"]),
        Filters(min_fatalities=5, text='"car bomb" & <x>', heatmap=True),
        Filters(actors=["Al-Shabaab; and & co = 1+1"]),
    ],
)
def test_url_round_trip(f):
    assert _through_a_url(f) == f


def test_url_keys_are_short_and_readable():
    f = Filters(period="custom", date_from="2021-06-01", date_to="2021-06-30",
                actors=["A", "B"], min_fatalities=3, text="drone")
    assert f.to_query() == {
        "period": ["custom"], "from": ["2021-06-01"], "to": ["2021-06-30"],
        "actor": ["A", "B"], "minfat": ["3"], "q": ["drone"],
    }


def test_bad_url_values_are_ignored():
    f = Filters.from_query({"period": "fortnight", "from": "not a date", "minfat": "lots",
                            "actor": ["", "A"], "unknown": "x", "heat": "maybe"})
    assert f == Filters(actors=["A"])
    # a single string is one value, not a list of characters
    assert Filters.from_query({"actor": "Rapid Support Forces"}).actors == ("Rapid Support Forces",)
    assert Filters.from_query({"from": "June", "to": "01/06/2021"}) == Filters()  # ISO dates only
    # from/to without a period: a custom range
    assert Filters.from_query({"from": "2021-06-01"}).period == "custom"
    # a preset wins over stray dates
    assert Filters.from_query({"period": "7d", "from": "2021-06-01"}) == Filters(period="7d")


def test_summary_says_what_is_shown(layer):
    lines = dict(Filters(period="7d", actors=["A"], min_fatalities=2, text="x").summary(layer))
    assert lines["Dates"] == "2024-05-14 to 2024-05-20 (last 7 days of the data)"
    assert lines["Actors"] == "A"
    assert lines["Event types"] == "all"
    assert lines["Fatalities"] == "at least 2"
    assert "x" in lines["Text"]
    assert dict(Filters().summary(layer))["Dates"] == "all"


# --------------------------------------------------------------------- options


def test_actor_counts(layer):
    assert views.actor_counts(layer) == [
        ("Rapid Support Forces", 6),
        ("Sudanese Armed Forces", 6),
        ("Protesters (Sudan)", 3),
        ("Civilians (Sudan)", 1),
    ]
    assert views.actor_counts(empty_layer()) == []
    same_both_sides = incidents_to_frame([Incident("2024-01-01", "Battles", "Armed clash", "X", "X")])
    assert views.actor_counts(same_both_sides) == [("X", 1)]


def test_type_counts_in_codebook_order(layer):
    assert views.event_type_counts(layer) == [
        ("Battles", 4),
        ("Explosions/Remote violence", 2),
        ("Violence against civilians", 1),
        ("Protests", 2),
        ("Riots", 1),
        ("Strategic developments", 1),
    ]
    assert views.sub_event_type_counts(layer, ["Battles"]) == [("Armed clash", 4)]
    assert len(views.sub_event_type_counts(layer)) == 7
    assert views.country_counts(layer) == [("Sudan", 11)]
    assert views.admin1_counts(layer) == []


# --------------------------------------------------------------------- summaries


def test_kpis(layer):
    assert views.kpis(layer) == {"incidents": 11, "fatalities": 80, "documents": 3, "located": 10}
    assert views.kpis(empty_layer()) == {"incidents": 0, "fatalities": 0, "documents": 0, "located": 0}


def test_timeline_per_day_and_week(layer):
    daily = views.timeline(layer, "D")
    assert list(daily.columns) == ["period", "event_type", "incidents", "fatalities"]
    assert daily["incidents"].sum() == 11 and daily["fatalities"].sum() == 80
    # every day of the span, for every type present: bars line up
    assert daily["period"].nunique() == (date(2024, 5, 20) - date(2024, 4, 2)).days + 1
    assert len(daily) == daily["period"].nunique() * 6
    may20 = daily[daily["period"] == pd.Timestamp("2024-05-20")].set_index("event_type")
    assert may20.loc["Battles", "incidents"] == 1 and may20.loc["Protests", "incidents"] == 1
    weekly = views.timeline(layer, "W")
    assert weekly["incidents"].sum() == 11
    assert (weekly["period"].dt.day_of_week == 0).all()  # weeks start on Monday
    assert weekly["period"].min() == pd.Timestamp("2024-04-01")
    assert views.timeline(empty_layer()).empty
    with pytest.raises(ValueError):
        views.timeline(layer, "M")


def test_choose_frequency(layer):
    assert views.choose_frequency(layer) == "D"  # 49 days
    assert views.choose_frequency(layer, max_bars=30) == "W"


def test_top_incidents_and_sources(layer):
    top = views.top_incidents(layer, 3)
    assert list(top["fatalities"]) == [30, 21, 12]
    src = views.sources(layer)
    assert list(src.columns) == ["doc_id", "title", "source", "incidents"]
    assert list(src["doc_id"]) == ["d3", "d1", "d2"]
    assert list(src["incidents"]) == [5, 3, 3]


def test_selected_event(layer):
    assert views.selected_event(layer, [2]) == layer["event_id"].iloc[2]
    assert views.selected_event(layer, []) is None
    assert views.selected_event(layer, [99]) is None


def test_incident_table(layer):
    table = views.incident_table(layer, ["event_date", "location", "event_id", "nope"], limit=4)
    assert list(table.columns) == ["event_date", "location", "event_id"]
    assert list(table.index) == [0, 1, 2, 3]
    # newest first; the two 2024-05-20 incidents keep their layer order
    assert list(table["location"]) == ["Atbara", "", "Sennar", "Wad Madani"]
    undated = incidents_to_frame([Incident(None, "Riots", "Mob violence", "X"), *synthetic_incidents()])
    assert views.incident_table(undated, ["event_id"])["event_id"].iloc[-1] == undated["event_id"].iloc[0]
    assert len(views.incident_table(empty_layer(), ["event_id"])) == 0


# --------------------------------------------------------------------- names as typed, links


def _named_layer():
    import geopandas as gpd

    from geo.store import incidents_to_frame
    from geo.incidents import Incident

    rows = [("Taliban", "Military Forces of Afghanistan (2021-)"), ("TTP: Tehreek-i-Taliban Pakistan", ""),
            ("Islamic State (Afghanistan)", "Taliban"), ("Military Forces of the United States", ""),
            ("RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)")]
    return incidents_to_frame([Incident("2024-01-0%d" % (i + 1), "Battles", "Armed clash", a1, a2,
                                        country="Afghanistan" if i < 3 else "Sudan", doc_id=f"n{i}")
                               for i, (a1, a2) in enumerate(rows)])


def test_actor_filters_take_names_as_analysts_type_them():
    from geo.viz.names import filter_aliases

    layer = _named_layer()
    aliases = filter_aliases(layer)

    def actors(*typed):
        out = filters.apply_filters(layer, actors=typed, aliases=aliases)
        return sorted(set(out["actor1"]))

    # an alias is the group it names, not every group with the word in its name
    assert actors("Taliban") == ["Islamic State (Afghanistan)", "Taliban"]
    assert actors("taleban") == ["Islamic State (Afghanistan)", "Taliban"]
    assert actors("Pakistani Taliban") == ["TTP: Tehreek-i-Taliban Pakistan"]
    assert actors("US military") == ["Military Forces of the United States"]
    assert actors("Sudan army") == ["RSF: Rapid Support Forces"]  # actor2 of that incident
    assert actors("RSF") == ["RSF: Rapid Support Forces"]
    assert actors("rapid support") == ["RSF: Rapid Support Forces"]
    assert actors("Talibans") == []
    # countries by code, any case
    assert len(filters.apply_filters(layer, countries=["SD"], aliases=aliases)) == 2
    assert len(filters.apply_filters(layer, countries=["afghan"], aliases=aliases)) == 3


def test_link_problems_name_each_value_and_the_nearest_valid_one():
    layer = _named_layer()
    problems = filters.link_problems(
        {"actor": ["Talibans", "Taliban"], "country": "Narnia", "minfat": "abc", "period": "30days",
         "from": "2023-12-01", "to": "2024-13-01", "heat": "maybe", "colour": "red", "type": "Battles"}, layer)
    found = {(p.key, p.value): p for p in problems}
    assert set(found) == {("actor", "Talibans"), ("country", "Narnia"), ("minfat", "abc"), ("period", "30days"),
                          ("from", "2023-12-01"), ("to", "2024-13-01"), ("heat", "maybe"), ("colour", "red")}
    assert found[("actor", "Talibans")].suggestions[0] == "Taliban"
    assert "30d" in found[("period", "30days")].suggestions
    assert found[("from", "2023-12-01")].suggestions == ("2024-01-01",)
    assert "'Talibans'" in found[("actor", "Talibans")].message()
    assert filters.link_problems({"actor": "Taliban", "minfat": "2", "period": "7d"}, layer) == []


def test_the_squares_bound_the_incidents_in_a_box():
    """geo.viz.large_view.bounds_range: what the squares alone say about a box (the
    dashboard asks the store only when the marker limit falls in between)."""
    import numpy as np
    import pandas as pd

    from geo.store.filters import as_bbox, bbox_mask
    from geo.viz.large_view import FINE_CELL, LEVELS, MapView, bounds_range, coarsen

    rng = np.random.default_rng(2)
    lat, lon = rng.uniform(-10, 10, 3000), rng.uniform(170, 190, 3000)
    lon = np.where(lon >= 180, lon - 360, lon)  # points on both sides of the antimeridian
    y, x = np.floor(lat / FINE_CELL).astype(int), np.floor(lon / FINE_CELL).astype(int)
    fine = (pd.DataFrame({"y": y, "x": x, "latitude": lat, "longitude": lon, "fatalities": 1})
            .groupby(["y", "x"]).agg(latitude=("latitude", "mean"), longitude=("longitude", "mean"),
                                     incidents=("fatalities", "size"), fatalities=("fatalities", "sum"))
            .reset_index())
    view = MapView(pd.DataFrame(), len(lat), cells=[(s, z, coarsen(fine, FINE_CELL, s)) for s, z in LEVELS])
    for box in [(172, -3, 175.5, 4.25), (178, -10, -178, 10), (-179.95, 0.05, -179.9, 0.1), (0, 0, 10, 10),
                (-180, -90, 180, 90)]:
        box = as_bbox(box)
        fewest, most = bounds_range(view, box)
        exact = int(bbox_mask(lat, lon, box).sum())
        assert fewest <= exact <= most, (box, fewest, exact, most)
        if box == (-180.0, -90.0, 180.0, 90.0):
            assert fewest == most == len(lat)
    assert bounds_range(view, (0, 0, 10, 10)) == (0, 0)
    assert bounds_range(view, (172, -3, 175.5, 4.25))[0] > 0  # the squares wholly inside count


def test_squares_grow_until_they_fit_on_both_sides_of_the_equator_and_the_meridian():
    """A level holds at most ``max_cells`` squares: the cell doubles until they fit,
    whatever the signs of the fine grid's indexes; no incident or fatality is lost."""
    from geo.viz.large_view import coarsen

    # fine 0.1° squares on a 20 x 20 lattice around (0, 0): 400 distinct squares
    ys, xs = np.meshgrid(np.arange(-10, 10), np.arange(-10, 10), indexing="ij")
    fine = pd.DataFrame({
        "y": ys.ravel(), "x": xs.ravel(),
        "latitude": ys.ravel() * 0.1 + 0.05, "longitude": xs.ravel() * 0.1 + 0.05,
        "incidents": 2, "fatalities": 1,
    })
    assert len(coarsen(fine, 0.1, 0.1, max_cells=400)) == 400
    out = coarsen(fine, 0.1, 0.1, max_cells=100)  # 0.2° squares: 10 x 10
    assert len(out) == 100 and set(out["cell"]) == {0.2}
    out = coarsen(fine, 0.1, 0.1, max_cells=99)  # 0.4° squares: indexes -3..2 each way
    assert len(out) == 36 and set(out["cell"]) == {0.4}
    assert out["incidents"].sum() == 800 and out["fatalities"].sum() == 400
