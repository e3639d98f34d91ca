"""The map's colours: one per ACLED event type (keyed by ``geo.taxonomy``, in its
codebook order, which is also the legend's order) and the basemap's."""

from __future__ import annotations

from geo import taxonomy

EVENT_COLORS: dict[str, str] = {
    taxonomy.BATTLES: "#d62728",
    taxonomy.EXPLOSIONS: "#ff7f0e",
    taxonomy.VAC: "#7b3294",
    taxonomy.PROTESTS: "#1f78b4",
    taxonomy.RIOTS: "#c9a100",
    taxonomy.STRATEGIC: "#2ca02c",
}
EVENT_COLORS = {t: EVENT_COLORS[t] for t in taxonomy.EVENT_TYPES}  # codebook order, every type
OTHER_COLOR = "#6b6b6b"  # a type outside the taxonomy (an older store, a hand edit)

WATER_COLOR = "#c6dbe9"
LAND_COLOR = "#f3f1ea"
BORDER_COLOR = "#9b9b9b"
ADMIN1_COLOR = "#a8a29a"  # admin-1 boundaries: dashed, lighter than the borders


def event_color(event_type: str) -> str:
    return EVENT_COLORS.get(event_type, OTHER_COLOR)
