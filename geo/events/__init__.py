"""One incident per event across reports (ACLED counts events, not articles).

- ``match``: whether two incidents of different reports describe one event
  (``same_event``, ``assign_groups``): date within a day, same place, compatible type
  and actors;
- ``ingest``: ``merge_batch``, called by ``geo.ingest`` on each batch before its commit:
  new incidents get the ``merge_key`` of the stored (or earlier) event they report;
- ``manual``: the analyst's ``split``, ``detach`` and ``merge``, saved as corrections of
  ``merge_key``; ``members`` lists an event's reports.

The store reads a group as one incident with ``source_count`` and ACLED's conservative
toll: ``geo.store.merging``.
"""

from geo.events.ingest import merge_batch
from geo.events.manual import detach, event_key, members, merge, split
from geo.events.match import assign_groups, same_event

__all__ = ["assign_groups", "detach", "event_key", "members", "merge", "merge_batch", "same_event", "split"]
