"""Reading one report: its claims and its incident's signature. Apart from normalize.py so that the processes
of the claims step's pool import claims and pandas, not Dagster."""

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Failed(Signature):
    """The empty signature of a report the extractor failed on, with the cause: the report gives no claims and
    stays unlinked with this reason (report_events.unlinked), and the rest of the run goes on."""

    error: str = ""


def read_report_safely(report: dict) -> tuple[list, Signature]:
    """read_report, with a failure on one report caught at that report (one line: the exception and its
    message), so that no text can stop the claims step of its whole day range, run after run."""
    try:
        return read_report(report)
    except Exception as exc:  # noqa: BLE001 - any bug the text triggers is that report's, not the run's
        first = (str(exc).splitlines() or [""])[0][:300]
        return [], Failed(error=f"the extractor failed on this report: {type(exc).__name__}: {first}")


def _warm_up() -> None:
    extractor.extract("Two people were killed.")  # loads the gazetteer once per worker, before the first chunk


def _read_chunk(reports: list[dict]) -> list[tuple[list, Signature]]:
    return [read_report_safely(r) for r in reports]
