"""Casualty-claim extraction (pure Python): extract(text, published) -> list[Claim]."""

from .extractor import extract
from .gazetteer import find_places, place_within
from .model import OUTCOMES, QUALIFIERS, Claim, report_id_for

EXTRACTOR_VERSION = "0.3.0"

__all__ = ["extract", "find_places", "place_within", "Claim", "EXTRACTOR_VERSION", "OUTCOMES", "QUALIFIERS", "report_id_for"]
