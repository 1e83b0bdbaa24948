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
    """The empty signature of a report the extractor failed on, with the cause: the report gives no claims, it
    becomes a rejected_reports row with this reason, and the rest of the run goes on."""

    error: str = ""


def failure(what: str, exc: BaseException) -> str:
    """One line for a report's failure: what failed, the exception and the first line of its message."""
    first = (str(exc).splitlines() or [""])[0][:300]
    return f"{what}: {type(exc).__name__}: {first}"


def read_report_safely(report: dict) -> tuple[list, Signature]:
    """read_report, with a failure on one report caught at that report, so that no text can stop the claims step
    of its whole day range, run after run. MemoryError and RecursionError are caught too: they are the limits a
    hostile text trips, and the process survives them once the report's objects are dropped."""
    try:
        return read_report(report)
    except Exception as exc:  # noqa: BLE001 - any bug the text triggers is that report's, not the run's
        return [], Failed(error=failure("the extractor failed on this report", exc))


def _warm_up() -> None:
    extractor.extract("Two people were killed.")  # loads the gazetteer once per worker, before the first chunk


def _read_chunk(reports: list[dict]) -> list[tuple[list, Signature]]:
    return [read_report_safely(r) for r in reports]
