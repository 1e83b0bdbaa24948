"""The README's SQL works as printed, against a ledger built from the sample reports."""

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```sql\n(.*?)```", README.read_text(), re.S)


def test_readme_has_sql_examples():
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("sql", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_sql_runs(sample_ledger, sql):
    lake, _, _ = sample_ledger
    frame = lake.query(sql.strip().rstrip(";"))
    assert len(frame.columns) > 0
