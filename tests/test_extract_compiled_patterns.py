"""The compiled code of patterns is kept between processes (start-up): a pattern built from
the kept code is the one ``re`` compiles, a pattern kept is not parsed again, and a broken
or missing file only means compiling as usual."""

import re
import uuid

import pytest

from geo import compiled_patterns
from geo.incidents import pattern_facts, prefilter

pytestmark = pytest.mark.skipif(not compiled_patterns.USABLE, reason="this Python's re compiles otherwise")


def _sources() -> list[tuple[str, int]]:
    """Patterns of our own, each with a fresh marker so that ``re``'s own cache never has them."""
    tag = uuid.uuid4().hex[:8]
    return [
        (rf"\b(?:shelled|bombed)\s+(?P<place>[A-Z]\w+)(?#{tag})", 0),
        (rf"\b(?:tear\s*gas|water\s+cannon)\b(?#{tag})", re.I),
        (rf"(?x) \b (?P<n>\d+) \s+ (?:soldiers|militants) (?#{tag})", 0),
        (rf"(?<![\w-])(?:Kandahar|Mosul|Goma)(?:'s)?\b(?#{tag})", re.I | re.M),
    ]


TEXT = "Rebels shelled Goma's outskirts; 14 soldiers and 3 militants died as police fired tear gas."


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    monkeypatch.setattr(compiled_patterns, "_noted", 0)
    return tmp_path


def _compile_fresh(sources):
    re.purge()
    return [re.compile(p, f) for p, f in sources]


def test_patterns_built_from_kept_code_are_the_ones_re_compiles(fresh_cache, monkeypatch):
    sources = _sources()
    plain = _compile_fresh(sources)
    with compiled_patterns.kept_compilation():
        _compile_fresh(sources)  # compiled as usual, their code noted and written
    assert compiled_patterns.code_path().exists()
    compiled_patterns._kept = None  # as a new process: read the file again
    parsed = []
    monkeypatch.setattr(compiled_patterns._parser, "parse", lambda *a: parsed.append(a) or pytest.fail("parsed again"))
    with compiled_patterns.kept_compilation():
        kept = _compile_fresh(sources)
    assert not parsed
    for a, b in zip(plain, kept):
        assert a == b and a.flags == b.flags and a.groupindex == b.groupindex and a.groups == b.groups
        assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]
    assert kept[0].search(TEXT).group("place") == "Goma" and kept[2].search(TEXT).group("n") == "14"


def test_outside_the_block_re_compiles_as_usual(fresh_cache):
    original = re._compiler.compile
    with compiled_patterns.kept_compilation():
        with compiled_patterns.kept_compilation():  # blocks nest
            assert re._compiler.compile is not original
        assert re._compiler.compile is not original
    assert re._compiler.compile is original


def test_a_broken_code_file_is_compiled_again_and_replaced(fresh_cache):
    sources = _sources()
    fresh_cache.mkdir(exist_ok=True)
    compiled_patterns.code_path().write_text('{"0\\u0000\\\\bx": [0, 0, [], [null], "!!"', encoding="utf-8")
    with compiled_patterns.kept_compilation():
        kept = _compile_fresh(sources)
    assert kept == _compile_fresh(sources)
    compiled_patterns._kept = None
    assert len(compiled_patterns._load()) == len(sources)  # a whole file again


def test_a_damaged_entry_is_compiled_as_usual(fresh_cache):
    sources = _sources()[:1]
    with compiled_patterns.kept_compilation():
        _compile_fresh(sources)
    key = next(iter(compiled_patterns._kept))
    compiled_patterns._kept[key][-1] = "not base64 code"
    with compiled_patterns.kept_compilation():
        again = _compile_fresh(sources)
    assert again == _compile_fresh(sources)


def test_a_pattern_that_does_not_compile_raises_as_re_does(fresh_cache):
    with compiled_patterns.kept_compilation(), pytest.raises(re.error):
        re.compile(r"(?P<side>unclosed group" + uuid.uuid4().hex)


def test_openings_are_kept_with_the_other_facts(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_facts, "_facts", None)
    pattern = re.compile(r"\b(?:was|were)\s+(?:shot|stabbed)\s+dead\b", re.I)
    kept = prefilter._kept_openings(pattern, False)
    assert kept == prefilter.openings(pattern)
    pattern_facts.save_pattern_facts()
    pattern_facts._facts = None
    monkeypatch.setattr(prefilter, "openings", lambda *a: pytest.fail("read again"))
    assert prefilter._kept_openings(pattern, False) == kept


def test_patterns_no_longer_compiled_are_dropped_once_they_outnumber_those_in_use(fresh_cache, monkeypatch):
    monkeypatch.setattr(compiled_patterns, "_used", set())
    old = _sources() + _sources() + _sources()  # rules of an earlier version, kept
    with compiled_patterns.kept_compilation():
        _compile_fresh(old)
    compiled_patterns._kept = None
    monkeypatch.setattr(compiled_patterns, "_used", set())  # a new process
    current = _sources()
    with compiled_patterns.kept_compilation():
        _compile_fresh(current)
    compiled_patterns._kept = None
    got, want = set(compiled_patterns._load()), {compiled_patterns._key(p, int(f)) for p, f in current}
    assert got == want, (got - want, want - got)


def test_a_few_new_patterns_are_not_worth_a_file(fresh_cache):
    with compiled_patterns.kept_compilation(save_at_least=8):
        _compile_fresh(_sources())  # four: a pattern whose source each process orders anew, say
    assert not compiled_patterns.code_path().exists()
    with compiled_patterns.kept_compilation(save_at_least=8):
        _compile_fresh(_sources())  # eight noted by now
    assert compiled_patterns.code_path().exists()
