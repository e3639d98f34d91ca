"""Whether a force or mission is named only as the side a device hit: its vehicle set the
device off ("a patrol's truck ran over a landmine", "a convoy of soldiers struck an IED",
"troops died after their vehicle hit a mine") or the device went off under it. ACLED's
codebook: in a remote explosive, landmine or IED event the side that planted or fired the
device is the first actor, the side it hit the second, whether or not the planter is named."""

from __future__ import annotations

import re

from geo.incidents.force_roles import force_is_hit
from geo.incidents.model import Sentence

_CARRIER = r"(?:vehicles?|convoys?|patrols?|trucks?|cars?|lorr(?:y|ies)|buses|bus|pick-?ups?|armou?red \w+)"
# Setting off a device is undergoing it: "struck a landmine", "ran over an IED", "stepped on a mine".
_SET_OFF = (r"(?:struck|strikes|hit|hits|ran\s+over|runs\s+over|run\s+over|drove\s+(?:over|onto|into)|rolled\s+over"
            r"|stepped\s+on|steps\s+on|triggered|triggers|set\s+off|sets\s+off)")
_DEVICE = r"(?:mines?|landmines?|minefields?|IEDs?|explosives?|(?:explosive\s+)?devices?|bombs?)"
_STRIKE = rf"\s+{_SET_OFF}\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_DEVICE}\b"

# After the force's name: "a MINUSMA vehicle struck a landmine", "the army's truck hit an IED",
# "a patrol of soldiers stepped on a mine" (the force is the carrier).
_STRUCK_AFTER = re.compile(rf"(?:'s)?(?:\s+[\w-]+)?(?:\s+{_CARRIER})?{_STRIKE}", re.I)
# Its own vehicle later in the clause: "two soldiers died when their vehicle ran over a mine".
_OWN_CARRIER_STRUCK = re.compile(rf"[^.;]{{0,60}}?\b(?:their|its|his|her)\s+(?:[\w-]+\s+)?{_CARRIER}{_STRIKE}", re.I)
# Before the force's name: the carrier it rode in, or a device going off under it
# ("a convoy of Malian soldiers hit …", "a mine exploded under an army truck").
_CARRIER_OF = re.compile(rf"\b{_CARRIER}\s+(?:of|carrying|transporting)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)
_WENT_OFF_UNDER = re.compile(r"\b(?:exploded|explodes|went\s+off|goes\s+off|detonated|blew\s+up)\s+(?:under|beneath|underneath)"
                             r"\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)


def struck_device(text: str, start: int, end: int) -> bool:
    """Whether the side named at ``text[start:end]`` set off a device or had one go off
    under it: it is hit, not the one who planted it."""
    before = text[max(0, start - 50) : start]
    if _WENT_OFF_UNDER.search(before):
        return True
    if _STRUCK_AFTER.match(text, end):
        return True
    if _CARRIER_OF.search(before) and re.match(_STRIKE, text[end:], re.I):
        return True
    return bool(_OWN_CARRIER_STRUCK.match(text, end))


def sides_only_hit(sentences: list[Sentence], spans: list[tuple[int, int, str]]) -> set[str]:
    """Those of the sides named at ``spans`` ((start, end, name) in the document) that the
    incident names only as hit, each of their mentions: "an AMISOM convoy was hit by a
    roadside bomb", "a MINUSMA vehicle struck a landmine", "three soldiers were killed when
    their truck ran over an IED"."""
    hit: dict[str, bool] = {}
    for start, end, name in spans:
        s = next((s for s in sentences if s.start <= start < s.end), None)
        struck = s is not None and (force_is_hit(s.text, start - s.start, end - s.start)
                                    or struck_device(s.text, start - s.start, end - s.start))
        hit[name] = hit.get(name, True) and struck
    return {name for name, only in hit.items() if only}
