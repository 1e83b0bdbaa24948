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
    # and as `toll sql` runs it: one checked SELECT on a connection that reads the lake and nothing else
    from dagster_project.query_guard import check_query

    con = lake.connect(read_only=True, sandbox=True)
    try:
        rel = con.sql(check_query(sql))
        assert rel.columns == list(frame.columns) and len(rel.fetchall()) == len(frame)
    finally:
        con.close()


PYTHON_BLOCK = re.search(r"```python\n(.*?)```", README.read_text(), re.S).group(1)
CLI_SQL = re.search(r'\.venv/bin/duckdb -c "(.*?)"', README.read_text(), re.S).group(1)


def test_readme_duckdb_snippets_read_a_moved_lake(tmp_path):
    """The duckdb Python and DuckDB CLI snippets, run as printed from a project folder the lake was moved into.

    12 rows: more than DuckLake inlines in the catalog (10), so the rows are read from a Parquet file, which a
    snippet without the data path override would look for at the lake's first home.
    """
    import shutil
    import subprocess
    import sys

    import pandas as pd

    from dagster_project.lake import Lake, Write

    first = Lake(tmp_path / "first" / "lake")
    rows = pd.DataFrame([dict(event_id="e1", party=f"party{i}", outcome="killed", low=i, best=i + 1, high=i + 2)
                         for i in range(12)])
    first.commit([Write("event_estimates", rows, replace_all=True)])
    assert list((first.lake_dir / "files").rglob("*.parquet"))
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    shutil.move(first.lake_dir, project / "data" / "lake")
    py = subprocess.run([sys.executable, "-c", PYTHON_BLOCK], cwd=project, capture_output=True, text=True,
                        timeout=120)
    assert py.returncode == 0, py.stderr
    assert "party11" in py.stdout
    cli = subprocess.run([str(Path(sys.executable).with_name("duckdb")), "-csv", "-c", CLI_SQL], cwd=project,
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert len(cli.stdout.splitlines()) == 13 and "party11,killed,11,12,13" in cli.stdout
