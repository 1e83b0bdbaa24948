"""Great Expectations suites (JSON, one per table or rule frame) and the SQL that derives rule frames."""

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


def load_suite(name: str):
    """The suite as a GX 1.x ExpectationSuite."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    spec = suite_spec(name)
    return gx.ExpectationSuite(
        name=spec["name"], meta=spec.get("meta", {}),
        expectations=[ExpectationConfiguration(type=e["type"], kwargs=e["kwargs"], meta=e.get("meta", {}))
                      .to_domain_obj() for e in spec["expectations"]],
    )


def fingerprint(*names: str) -> str:
    """A hash of the suites and their rule SQL, for code versions: a changed rule marks its asset stale."""
    h = hashlib.sha256()
    for name in names:
        h.update((HERE / f"{name}.json").read_bytes())
        sql = rule_sql(name)
        if sql:
            h.update(sql.encode())
    return h.hexdigest()[:12]
