"""Moved: the view filter is ``geo.store.filters``, the summaries ``geo.store.views``,
the event types ``geo.taxonomy``."""
# shim: removed at integration

from geo.store.filters import (  # noqa: F401
    PERIODS,
    Filters,
    apply_filters,
    as_date,
    data_date_range,
    text_mask,
)
from geo.store.filters import as_date as _as_date  # noqa: F401  (dashboard.py uses it)
from geo.store.views import (  # noqa: F401
    actor_counts,
    admin1_counts,
    choose_frequency,
    country_counts,
    event_type_counts,
    incident_table,
    kpis,
    selected_event,
    sources,
    sub_event_type_counts,
    timeline,
    top_incidents,
    value_counts,
)
from geo.taxonomy import EVENT_TYPES  # noqa: F401
