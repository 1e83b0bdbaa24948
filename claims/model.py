"""The claim record: the contract in shared/spec/claims.md, as a small dataclass."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

OUTCOMES = ("killed", "wounded", "missing", "escaped", "captured", "abducted", "displaced", "freed")
QUALIFIERS = ("exact", "at_least", "more_than", "nearly", "about", "up_to", "range", "vague")
PARTY_CATEGORIES = ("civilians", "all", "unknown")


def report_id_for(data: bytes) -> str:
    """A report's id is the hash of its raw bytes, so the same document never enters twice."""
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass(slots=True)
class Claim:
    """One casualty figure read from a report (field order follows the contract)."""

    report_id: str
    claim_index: int
    sentence: str
    span: tuple[int, int]
    outcome: str
    party: str
    party_text: str
    role: str | None
    value_low: int
    value_high: int | None
    qualifier: str
    attributed_to: str | None
    as_of: str | None
    part_of: int | None
    extra: dict = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        d.pop("extra")
        return d
