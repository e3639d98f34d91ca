"""Numbers written in words or figures, and ACLED's codes for vague ones."""

from __future__ import annotations

import re

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTHS_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAYS_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The parts of a day a report names after a weekday or an auxiliary ("on Tuesday evening",
# "was on Sunday night shot dead"): one list for every pattern that reads them.
TIMES_OF_DAY_RX = r"(?:morning|afternoon|evening|night)"


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "half a dozen": 6, "two dozen": 24,
    "three dozen": 36, "four dozen": 48, "several dozen": 12, "a few dozen": 12, "a couple of": 2, "a couple": 2,
    "a few": 3, "a handful of": 3, "a handful": 3,
    # ACLED's codes for vague figures: "tens" 10, "dozens" 12, "hundreds" 100; "several",
    # "many", "scores", "a number of" and unknown numbers of dead: 10.
    "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "several": 10, "many": 10, "scores": 10,
    "numerous": 10,
}
# The vague figures among them (one list: the vague "dead" of fatality_patterns.VAGUE_DEAD and
# the vague counted phrases of victim_phrases.np_claim read it), longest first so that an
# alternation of them tries "several dozen" before "several".
VAGUE_FIGURES = ("several dozen", "a few dozen", "thousands", "hundreds", "numerous", "several", "dozens", "scores", "many", "tens")
VAGUE_FIGURES_RX = "|".join(VAGUE_FIGURES)
UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# one … nineteen as alternatives (no group), shorter words first as NUM has always tried them
ONE_TO_NINETEEN = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                   r"|seventeen|eighteen|nineteen")
# "two hundred", "one hundred and twenty", "a hundred": hundreds in words, tried before the
# smaller words they open with
HUNDREDS = (r"(?:(?:" + ONE_TO_NINETEEN + r"|a)\s+hundred(?:\s+(?:and\s+)?(?:" + TENS + r"(?:[- ]" + UNITS + r")?|"
            + ONE_TO_NINETEEN + r")\b)?)")
# "half a dozen", "several dozen", "a dozen": the dozens NUMBER_WORDS codes, longest first
DOZENS_RX = "|".join(sorted((w for w in NUMBER_WORDS if w.endswith(" dozen")), key=len, reverse=True))
NUM = (r"(?:" + HUNDREDS + r"|" + DOZENS_RX + r"|\d[\d,]*(?:\.\d+)?|" + TENS + r"(?:[- ]" + UNITS + r")?"
        r"|" + ONE_TO_NINETEEN + r"|dozens|scores|hundreds|thousands|tens|several|a few|a handful)")


def to_int(word: str) -> int | None:
    """"12", "twelve", "twenty-one", "dozens" (12): the number a word or figure stands for."""
    w = word.lower().replace(",", "").strip().strip("\"'\u201c\u201d")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return int(float(w))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = re.split(r"[- ]", w)
    if "hundred" in parts[1:]:  # "two hundred and twenty-one"
        at = parts.index("hundred")
        head, tail = " ".join(parts[:at]) or "a", " ".join(p for p in parts[at + 1 :] if p != "and")
        if head in NUMBER_WORDS and NUMBER_WORDS[head] < 20 and (not tail or (to_int(tail) or 100) < 100):
            return NUMBER_WORDS[head] * 100 + (to_int(tail) if tail else 0)
        return None
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None

# "a third victim died later": the rank of one more dead among those told before.
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL_RX = "(?:" + "|".join(ORDINALS) + ")"
