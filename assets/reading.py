"""Reading one report: its claims and its incident's signature. Apart from normalize.py so that the processes
of the claims step's pool import claims and pandas, not Dagster."""

from datetime import date

import pandas as pd

import claims as extractor
from claims.events import Signature, reference_date, signature


def _day(value) -> date | None:
    return pd.Timestamp(value).date() if value is not None and pd.notna(value) else None


def read_report(report: dict) -> tuple[list, Signature]:
    """A report's claims and the signature of its incident. An undated report's relative dates ("on Tuesday")
    are read against a date its own text or URL gives."""
    published = _day(report["published"])
    ref = published or reference_date(report["text"], report.get("url"))
    language = report.get("language")
    found = extractor.extract(report["text"], published=ref.isoformat() if ref else None,
                              report_id=report["report_id"], language=language if isinstance(language, str) else None)
    return found, signature(report["text"], found, published, report.get("url"))


def _warm_up() -> None:
    extractor.extract("Two people were killed.")  # loads the gazetteer once per worker, before the first chunk


def _read_chunk(reports: list[dict]) -> list[tuple[list, Signature]]:
    return [read_report(r) for r in reports]
