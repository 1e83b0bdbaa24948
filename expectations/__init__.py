"""Great Expectations suites (JSON, one per table or rule frame) and the SQL that derives rule frames.

Each suite names its frame's SQL in meta.rule_sql; each expectation carries a GX severity (critical: the row is
quarantined; warning / info: a flag) and meta: rule, reason, and for flags the message and figures.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent


def suite_spec(name: str) -> dict:
    """The suite's JSON as written, for its rule names and reasons."""
    return json.loads((HERE / f"{name}.json").read_text())


def rule_sql(name: str) -> str | None:
    """The SQL that derives the rule frame a suite validates, or None for a suite on a table."""
    rel = suite_spec(name).get("meta", {}).get("rule_sql")
    return (HERE / rel).read_text() if rel else None


def view_sql(name: str) -> str:
    """A shared view the rule SQL reads (rules/<name>.sql), e.g. checked_claims."""
    return (HERE / "rules" / f"{name}.sql").read_text()


def rules(name: str) -> list[str]:
    """The rule names a suite can report, in file order."""
    return list(dict.fromkeys(e["meta"]["rule"] for e in suite_spec(name)["expectations"]))


def load_suite(name: str):
    """The suite as a GX 1.x ExpectationSuite."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    spec = suite_spec(name)
    return gx.ExpectationSuite(
        name=spec["name"], meta=spec.get("meta", {}),
        expectations=[ExpectationConfiguration(type=e["type"], kwargs=e["kwargs"], meta=e.get("meta", {}),
                                               severity=e.get("severity", "critical"))
                      .to_domain_obj() for e in spec["expectations"]],
    )


def fingerprint(*names: str, views: tuple[str, ...] = ()) -> str:
    """A hash of the suites, their rule SQL and shared views, for code versions: a changed rule marks its
    asset stale."""
    h = hashlib.sha256()
    for name in names:
        h.update((HERE / f"{name}.json").read_bytes())
        sql = rule_sql(name)
        if sql:
            h.update(sql.encode())
    for view in views:
        h.update(view_sql(view).encode())
    return h.hexdigest()[:12]
