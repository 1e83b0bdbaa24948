"""The word lists of senses.yaml (issue 19): nouns that count no people, labels, weak cues, subjects that are not people."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from .retrie import EndWords

SENSES_PATH = Path(sys.modules[__name__.rpartition(".")[0]].__file__).with_name("senses.yaml")

with open(SENSES_PATH, encoding="utf-8") as _f:
    _DATA = yaml.load(_f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml's: ~10x faster, same data

THINGS = frozenset(str(w).lower() for w in _DATA["things"])
LABELS = frozenset(str(w).lower() for w in _DATA["labels"])
WEAK_CUES = frozenset(str(w).lower() for w in _DATA["weak_cues"])
NOT_PEOPLE_SUBJECTS = frozenset(str(w).lower() for w in _DATA["not_people_subjects"])
DECIMAL_SCALES = frozenset(str(w).lower() for w in _DATA["decimal_scales"])

# the label word right before a figure ("version ", "§ ", "Defendant "), on lower-cased text
LABEL_END = re.compile(r"(?:^|[^\w§])(?:" + "|".join(re.escape(w) for w in sorted(sorted(LABELS), key=len, reverse=True))
                       + r")\s*$")
_LABEL_END = EndWords(words=LABELS)


def label_end(s: str) -> bool:
    """LABEL_END.search(s) is not None; a match ends with a label and blanks, so an end test skips most searches."""
    return _LABEL_END.may_end(s.rstrip()) and LABEL_END.search(s) is not None


# a decimal with one or two places ("3.5", "12.30", "2,5"): a version, a clock time or a measure unless a scale follows
DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
# a figure and the word after it ("12 threads"), on lower-cased text
COUNTED = re.compile(r"\d[\d,.]*\s+([a-z/-]+)")
# figures of time and measure that say nothing of what the next bare figure counts ("after 2 years of care, 3 ...")
MEASURES = frozenset("""seconds second minutes minute hours hour days day weeks week months month years year decades
percent per km miles metres meters""".split())
_WORD_END = re.compile(r"([a-z-]+)\s+$")


def last_word(s: str) -> str:
    """The last word of lower-cased s (the subject or label right before a cue or figure), or ''."""
    m = _WORD_END.search(s[-40:])
    return m.group(1) if m else ""
