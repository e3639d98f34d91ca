"""The readers' stand-ins for compiled patterns lend the pattern's own names without a
``__getattr__`` (which would send every read of their own fields through CPython's slow
attribute hook), and answer for those names exactly as the pattern does."""

import re

import pytest

from geo.incidents.prefilter import GatedPattern, GroupedPattern, PatternGroup
from geo.incidents.regex_delegates import lends_regex

_PATTERN = re.compile(r"\b(?P<what>harbour|ferry)\s+(?:in\s+)?(\w+)", re.I)
_TEXT = "The ferry in Lisbon left late; the Harbour of Naples stayed shut."


def _stand_ins():
    return [GatedPattern(_PATTERN), PatternGroup([_PATTERN, re.compile(r"\bshut\b")]).members[0]]


@pytest.mark.parametrize("cls", [GatedPattern, GroupedPattern])
def test_stand_ins_have_no_attribute_hook(cls):
    # (fails on the code before: both read the pattern's names through __getattr__)
    assert not any("__getattr__" in vars(k) for k in cls.__mro__ if k is not object)


def test_lent_names_are_the_patterns_own():
    """Guards behaviour that must not change: each public name of the compiled pattern
    reads the same through a stand-in."""
    for stand_in in _stand_ins():
        assert stand_in.pattern == _PATTERN.pattern
        assert stand_in.flags == _PATTERN.flags
        assert stand_in.groups == _PATTERN.groups
        assert stand_in.groupindex == _PATTERN.groupindex
        assert stand_in.match(_TEXT, 4).span() == _PATTERN.match(_TEXT, 4).span()
        assert stand_in.fullmatch("ferry Porto").group(2) == "Porto"
        assert stand_in.split(_TEXT) == _PATTERN.split(_TEXT)
        assert stand_in.subn("#", _TEXT) == _PATTERN.subn("#", _TEXT)
        assert [m.span() for m in stand_in.finditer(_TEXT)] == [m.span() for m in _PATTERN.finditer(_TEXT)]
        assert stand_in.search(_TEXT).span() == _PATTERN.search(_TEXT).span()
        with pytest.raises(AttributeError):
            stand_in.no_such_name  # noqa: B018


def test_a_class_keeps_the_names_it_defines():
    @lends_regex
    class Own:
        def __init__(self, regex):
            self.regex = regex

        def search(self, text):
            return "own"

    own = Own(_PATTERN)
    assert own.search(_TEXT) == "own"
    assert own.sub("-", "ferry Oslo") == "-"
