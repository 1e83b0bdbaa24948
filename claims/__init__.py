"""Casualty-claim extraction (pure Python): extract(text, published) -> list[Claim]."""

from ._native import use_native

use_native(__path__)  # Cython-compiled copies of these very sources, when `make setup` could build them

from . import recache  # noqa: E402

with recache.imports():  # the modules' short patterns read from one file, not compiled (claims/recache.py)
    from .extractor import extract  # noqa: E402
    from .gazetteer import find_places, place_within  # noqa: E402
    from .model import OUTCOMES, QUALIFIERS, Claim, report_id_for  # noqa: E402

EXTRACTOR_VERSION = "0.6.0"  # 0.6: attribution and parts on unseen text (issue 14); 0.4: language and word senses (issue 19); 0.5: compound number words (issue 18)

__all__ = ["extract", "find_places", "place_within", "Claim", "EXTRACTOR_VERSION", "OUTCOMES", "QUALIFIERS", "report_id_for"]
