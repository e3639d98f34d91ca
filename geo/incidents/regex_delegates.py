"""A stand-in for a compiled pattern that answers for it: each public attribute of
``re.Pattern`` the stand-in does not define read from its ``regex``.

The readers' stand-ins (:mod:`geo.incidents.prefilter`'s grouped and gated patterns)
define their own ``search``, ``finditer`` and a few more, and lend the rest (``match``,
``pattern``, ``flags`` …) from the pattern. A ``__getattr__`` would do that too, but a
class defining one has every read of an attribute go through it (``slot_tp_getattr_hook``:
Python does not specialise the reads of the stand-in's own fields, read at each of the
thousands of questions a report asks), so the lent names are properties, one each.
"""

from __future__ import annotations

import re


def _lent(name: str) -> property:
    return property(lambda self: getattr(self.regex, name), doc=f"The pattern's own ``{name}``.")


def lends_regex(cls: type) -> type:
    """``cls`` with a property for each public name of ``re.Pattern`` it does not define,
    reading that name from the instance's ``regex`` (as ``__getattr__`` would: a name the
    pattern lacks raises ``AttributeError``)."""
    for name in dir(re.Pattern):
        if not name.startswith("_") and not hasattr(cls, name):
            setattr(cls, name, _lent(name))
    return cls
