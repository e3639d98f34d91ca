"""A bomb that goes off in the hands of those who made, carried or planted it: ACLED's
codebook counts the accidental detonation of explosives by those said to be responsible
for them as disrupted weapons use (a strategic development), not as remote violence, since
the blast struck no target of theirs ("two militants died when the mine they were laying
exploded", "a man was killed while assembling a bomb in his house")."""

from __future__ import annotations

import re

from geo.incidents.lexicon import noun_class

_DEVICE = r"(?:bombs?|devices?|explosives?|IEDs?|mines?|landmines?|grenades?|suicide (?:vests?|belts?)|vests?|detonators?)"
_HANDLING = r"(?:assembl|mak|made|build|built|manufactur|prepar|plant|lay|laid|set|fix|carry|carri|transport|handl|mov|wir|rigg|hid|stor|fitt)\w*"
# The handlers named with the device: "the mine they were laying", "explosives he had been
# carrying", "while assembling an IED", "during the making of a bomb"; or the blast told
# as an accident of theirs ("blew themselves up by accident").
_OWN_DEVICE = re.compile(
    rf"\b{_DEVICE} (?:that |which )?(?:he|she|they|(?:(?:the|an?|two|three|four|five|several|some|\d+) (?:[\w-]+ )?)(?:m[ae]n|suspects?|militants?|bombers?|fighters?|attackers?|insurgents?|rebels?))"
    rf" (?:was|were|had been|had|have been|has been) {_HANDLING}"
    rf"|\b(?:while|as|when|during) (?:they were |he was |she was )?{_HANDLING}ing (?:an? |the |some )?(?:[\w-]+ )?{_DEVICE}"
    rf"|\bduring the (?:making|assembly|manufacture|construction|planting|transport) of (?:an? |the )?(?:[\w-]+ )?{_DEVICE}"
    r"|\bbomb-?making\b[^.;]{0,60}\b(?:explo\w+|blast|detonat\w+|blew up|went off)"
    r"|\b(?:explo\w+|blast|detonat\w+|blew up|went off)\b[^.;]{0,60}\bbomb-?making\b"
    r"|\bblew (?:himself|herself|themselves) up (?:by accident|accidentally)"
    r"|\b(?:accidentally|prematurely|by accident) (?:exploded|detonated|went off|blew up)"
    r"|\b(?:exploded|detonated|went off|blew up) (?:prematurely|accidentally|by accident)", re.I)
_CIVILIANS = noun_class("civilians")


def own_device_blast(sentence: str) -> bool:
    """Whether the sentence's blast went off in its handlers' hands (see the module's
    docstring): the device named with those who made, carried or planted it, or a blast
    told as premature or accidental with no civilian among those it names."""
    m = _OWN_DEVICE.search(sentence)
    if not m:
        return False
    if re.search(r"prematurely|accident", m.group(), re.I) and not re.search(r"blew (?:him|her|them)sel", m.group(), re.I):
        # a device that went off early in a crowd killed its targets all the same
        return not _CIVILIANS.search(sentence.replace("suspects", "").replace("suspect", ""))
    return True
