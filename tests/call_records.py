"""A test's record of what a function was asked: the function replaced (for the test
only, through ``monkeypatch``) by one that notes its first argument and answers as the
function does."""


def record_calls(monkeypatch, owner, name: str) -> list:
    """The first arguments ``owner.name`` is called with from now on, in order."""
    asked = []
    original = getattr(owner, name)

    def recorded(first, *args, **kwargs):
        asked.append(first)
        return original(first, *args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return asked
