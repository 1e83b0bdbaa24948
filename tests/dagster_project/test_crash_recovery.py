"""No crash leaves the ledger stuck.

- `kill -9` of a `toll run` while it holds the `lake_writer` slot: the lake stays readable at its last committed
  version, and a new `toll run` frees the dead run's slot, marks it failed and succeeds, without help.
- A `toll run` waiting for a slot held by a live run says so (INFO, with the holder's run id), does not spin, and
  SIGTERM ends it at once, leaving the holder's slot alone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.storage.dagster_run import DagsterRun, DagsterRunStatus

from dagster_project.lake import TABLES, Lake
from dagster_project.resources import LakeResource
from dagster_project.writer_slot import POOL, holders, process_tags, stop_requested, wait_for_writer_slot
from tests.servers import _reset_signals

ROOT = Path(__file__).resolve().parents[2]
TOLL = str(Path(sys.executable).with_name("toll"))
RUN_TIMEOUT = 900  # seconds: a bound for a whole run on a busy 2-core machine, not a speed figure
SAY_TIMEOUT = 180  # seconds for a run to start and say it waits (imports and instance set-up included)


@pytest.fixture
def home(tmp_path):
    """A Dagster home and a lake of their own, as `toll run` makes them."""
    dagster_home = tmp_path / "dagster_home"
    dagster_home.mkdir()
    shutil.copy(ROOT / "dagster_project" / "dagster.yaml", dagster_home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home), "TOLL_LAKE_DIR": str(tmp_path / "lake"),
           "TOLL_SITE_DIR": str(tmp_path / "site"), "PYTHONUNBUFFERED": "1",
           "PYTHONFAULTHANDLER": "1"}  # a run that hangs shows its stack on SIGABRT (_stopped)
    for key in ("TOLL_LAKE_CATALOG", "TOLL_LAKE_DATA_PATH"):
        env.pop(key, None)
    reports = tmp_path / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    instance = dg.DagsterInstance.from_config(str(dagster_home))
    try:
        yield env, reports, instance, Lake(tmp_path / "lake")
    finally:
        instance.dispose()


def _start(env, reports) -> subprocess.Popen:
    """`toll run` in its own process group, with the default SIGINT / SIGTERM dispositions."""
    # (a CI shell may start the tests with SIGINT ignored, which a child inherits: reset it, as a terminal has it)
    return subprocess.Popen([TOLL, "run", "--reports", str(reports)], env=env, cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_reset_signals)


def _collect(stream, into: list[str]) -> threading.Thread:
    t = threading.Thread(target=lambda: into.extend(iter(stream.readline, "")), daemon=True)
    t.start()
    return t


def _readable(lake: Lake) -> int:
    """The current version, after reading every table in full at it (raises if anything is broken)."""
    with lake.reader() as con:
        present = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                             "WHERE table_catalog = 'lake'").fetchall()}
        assert "reports" in present
        for table in sorted(present & set(TABLES)):
            con.execute(f"SELECT * FROM {table}").fetchall()
        return con.execute("SELECT id FROM lake.current_snapshot()").fetchone()[0]


def _reports(lake: Lake) -> int:
    if not lake.exists():
        return 0
    try:
        with lake.reader() as con:
            return con.execute("SELECT count(*) FROM reports").fetchone()[0]
    except Exception:  # noqa: BLE001 - the schema is still being made: no reports yet
        return 0


def _kill_while_holding(env, reports, instance, lake) -> tuple[str, float]:
    """Start `toll run`, SIGKILL it the moment it holds the slot after committing reports; the holder's run id.

    Between two looks a step may finish and give the slot back (the lake read that checks for reports takes
    seconds on a busy machine), so the slot is read again just before the kill, and the kill counts only if the
    dead run still holds it afterwards; otherwise a new run is started (the lake already has its reports).
    """
    t0 = time.monotonic()
    for _attempt in range(4):
        proc = _start(env, reports)
        out: list[str] = []
        _collect(proc.stderr, out)
        held_by = None
        # wait until the run has committed the reports and holds the slot again (a later step is writing)
        while time.monotonic() - t0 < RUN_TIMEOUT and proc.poll() is None:
            if _reports(lake):
                slots = instance.event_log_storage.get_concurrency_info(POOL).claimed_slots
                if slots:
                    held_by = slots[0].run_id
                    os.killpg(proc.pid, signal.SIGKILL)
                    break
            time.sleep(0.05)
        if held_by is None:
            proc.wait(timeout=60)
            continue
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        if any(h.run_id == held_by for h in holders(instance)):
            return held_by, time.monotonic() - t0
    pytest.fail(f"no run was caught holding the slot: {''.join(out)[-2000:]}")


def test_kill_9_mid_run_then_a_new_run_succeeds_without_help(home):
    env, reports, instance, lake = home
    held_by, t_held = _kill_while_holding(env, reports, instance, lake)
    # the dead run still holds the slot in the instance: that is what used to make every later run wait forever
    assert any(h.run_id == held_by and not h.alive for h in holders(instance))
    version_after_kill = _readable(lake)  # a crashed transaction commits nothing: the last version reads whole

    t1 = time.monotonic()
    again = subprocess.run([TOLL, "run", "--reports", str(reports)], env=env, cwd=ROOT, capture_output=True,
                           text=True, timeout=RUN_TIMEOUT)
    t_recover = time.monotonic() - t1
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"freed the {POOL} slot held by run {held_by}" in again.stderr
    assert _readable(lake) > version_after_kill
    instance = dg.DagsterInstance.from_config(env["DAGSTER_HOME"])
    assert instance.get_run_by_id(held_by).status == DagsterRunStatus.FAILURE
    assert not instance.event_log_storage.get_concurrency_info(POOL).claimed_slots
    print(f"\ncrash test: slot held after {t_held:.1f} s, killed; the next run succeeded in {t_recover:.1f} s "
          f"(version {version_after_kill} readable after the kill)")


def _hold_slot(instance) -> str:
    """A live run (this test process, by its tags) holding the one writer slot, through the instance API."""
    from dagster_project.run import limit_lake_writers

    limit_lake_writers(instance)
    run_id = str(uuid.uuid4())
    instance.add_run(DagsterRun(job_name="holder", run_id=run_id, status=DagsterRunStatus.STARTED,
                                tags=process_tags()))
    assert instance.event_log_storage.claim_concurrency_slot(POOL, run_id, "holding_step").is_claimed
    return run_id


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _stopped(proc: subprocess.Popen, err: list[str], timeout: float) -> None:
    """Wait for the process to end; if it does not, fail with where it hangs (faulthandler's dump on SIGABRT)."""
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGABRT)
        time.sleep(2)
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"still running {timeout:.0f} s after the signal:\n{''.join(err)[-6000:]}")


def test_a_stop_whose_interrupt_was_lost_still_ends_the_wait(home):
    """A signal's KeyboardInterrupt raised inside a garbage-collection callback is printed as ignored and lost;
    the flag that the same handler sets ends the wait at its next turn."""
    _, _, instance, _ = home
    _hold_slot(instance)
    stop_requested.set()
    try:
        t0 = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            wait_for_writer_slot(instance, timeout=30)
        assert time.monotonic() - t0 < 5
    finally:
        stop_requested.clear()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_waiting_run_says_whom_it_waits_for_and_stops_at_once(home, sig):
    env, reports, instance, lake = home
    holder = _hold_slot(instance)
    proc = _start(env, reports)
    err: list[str] = []
    _collect(proc.stderr, err)
    t0 = time.monotonic()
    line = f"waiting for the {POOL} slot, held by run {holder}"
    while not any(line in e for e in err) and proc.poll() is None and time.monotonic() - t0 < SAY_TIMEOUT:
        time.sleep(0.1)
    if proc.poll() is None and not any(line in e for e in err):
        os.killpg(proc.pid, signal.SIGKILL)
    assert any(line in e for e in err), "".join(err)[-2000:]
    cpu, wall = _cpu_seconds(proc.pid), time.monotonic()
    time.sleep(3)
    spent = (_cpu_seconds(proc.pid) - cpu) / (time.monotonic() - wall)
    assert spent < 0.3, f"the wait uses {spent:.0%} of a core"
    t_sig = time.monotonic()
    os.kill(proc.pid, sig)
    _stopped(proc, err, timeout=30)
    t_stop = time.monotonic() - t_sig
    assert proc.returncode != 0 and t_stop < 5, (proc.returncode, t_stop)
    assert [s.run_id for s in instance.event_log_storage.get_concurrency_info(POOL).claimed_slots] == [holder]
    assert not lake.exists() or lake.latest_version() is not None
    print(f"\n{signal.Signals(sig).name}: the waiting run stopped {t_stop:.2f} s after the signal; "
          f"it used {spent:.1%} of a core while waiting")


INSIDE_DAGSTER = """
import logging, sys
import dagster as dg
from dagster_project.definitions import all_assets  # applies writer_slot.patch_dagster_wait
from dagster_project.resources import resources
from dagster_project.writer_slot import raise_if_interrupted

logging.getLogger("toll").addHandler(logging.StreamHandler(sys.stderr))
logging.getLogger("toll").setLevel(logging.INFO)
whole = [a for a in all_assets if "events" in {k.to_user_string() for k in a.keys}]  # in the lake_writer pool
print("materializing", [k.to_user_string() for a in whole for k in a.keys], file=sys.stderr, flush=True)
result = dg.materialize(whole, resources=resources(), instance=dg.DagsterInstance.get(), raise_on_error=False)
try:
    raise_if_interrupted()
except KeyboardInterrupt:
    sys.exit(130)
sys.exit(0 if result.success else 1)
"""


def test_dagsters_own_wait_sleeps_and_stops_on_sigterm(home):
    """The wait inside a run (a step whose slot another run took, past `toll run`'s own wait): Dagster's
    executor, as patched by writer_slot.patch_dagster_wait, says whom it waits for, sleeps, and ends on SIGTERM."""
    env, _, instance, _ = home
    holder = _hold_slot(instance)
    proc = subprocess.Popen([sys.executable, "-c", INSIDE_DAGSTER], env=env, cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    _collect(proc.stderr, err)
    t0 = time.monotonic()
    line = f"waiting for the {POOL} slot, held by run {holder}"
    while not any(line in e for e in err) and proc.poll() is None and time.monotonic() - t0 < SAY_TIMEOUT:
        time.sleep(0.1)
    if proc.poll() is None and not any(line in e for e in err):
        os.killpg(proc.pid, signal.SIGKILL)
    assert any(line in e for e in err), "".join(err)[-3000:]
    cpu, wall = _cpu_seconds(proc.pid), time.monotonic()
    time.sleep(3)
    spent = (_cpu_seconds(proc.pid) - cpu) / (time.monotonic() - wall)
    assert spent < 0.3, f"the wait uses {spent:.0%} of a core"
    t_sig = time.monotonic()
    os.kill(proc.pid, signal.SIGTERM)
    _stopped(proc, err, timeout=60)
    t_stop = time.monotonic() - t_sig
    assert proc.returncode == 130 and t_stop < 10, (proc.returncode, t_stop, "".join(err)[-2000:])
    assert [s.run_id for s in instance.event_log_storage.get_concurrency_info(POOL).claimed_slots] == [holder]
    runs = [r for r in instance.get_runs() if r.run_id != holder]
    assert runs and all(r.status in (DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED) for r in runs)
    print(f"\ninside Dagster: SIGTERM stopped the waiting run in {t_stop:.2f} s; {spent:.1%} of a core while waiting")


def _dead_pid_tags() -> dict[str, str]:
    """Process tags of a process that has ended (a child run to completion), as a crashed `toll run` leaves."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    tags = {**process_tags(), "toll/pid": str(child.pid)}
    child.wait()
    return tags


def _claim(instance, status: DagsterRunStatus, tags: dict) -> str:
    from dagster._core.remote_origin import (
        RegisteredCodeLocationOrigin,
        RemoteJobOrigin,
        RemoteRepositoryOrigin,
    )

    from dagster_project.run import limit_lake_writers

    limit_lake_writers(instance)
    run_id = str(uuid.uuid4())
    # a queued run names where it will be launched from (the daemon needs it): a code location by name here
    origin = RemoteJobOrigin(RemoteRepositoryOrigin(RegisteredCodeLocationOrigin("toll"), "toll"), "crashed")
    instance.add_run(DagsterRun(job_name="crashed", run_id=run_id, status=status, tags=tags,
                                remote_job_origin=origin))
    assert instance.event_log_storage.claim_concurrency_slot(POOL, run_id, "writing_step").is_claimed
    return run_id


@pytest.mark.parametrize("status", [DagsterRunStatus.QUEUED, DagsterRunStatus.NOT_STARTED, DagsterRunStatus.STARTING])
def test_a_run_that_died_before_it_started_frees_the_slot(status):
    """Whatever its status says (queued, not started, starting), a run whose process is gone holds no slot: the
    next run frees it at once and marks it failed."""
    from dagster_project.writer_slot import free_dead_writers, wait_for_writer_slot

    with dg.instance_for_test() as instance:
        dead = _claim(instance, status, _dead_pid_tags())
        (freed,) = free_dead_writers(instance)
        assert freed.run_id == dead and "no longer exists" in freed.why and status.value in freed.why
        assert instance.get_run_by_id(dead).status == DagsterRunStatus.FAILURE
        assert wait_for_writer_slot(instance, timeout=5) < 5


def _age(instance, run_id: str, seconds: float) -> None:
    """Move a run's timestamps back, as if it had been in its status that long (the run storage's own table)."""
    import datetime as dt

    from dagster._core.storage.runs.schema import RunsTable

    then = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=seconds)
    with instance.run_storage.connect() as conn:
        conn.execute(RunsTable.update().where(RunsTable.c.run_id == run_id)
                     .values(update_timestamp=then, create_timestamp=then))


def test_an_untagged_run_stuck_before_starting_is_freed_after_the_start_timeout():
    """A run with no process to look at (launched by the daemon or the UI) that is still queued or starting past
    the instance's start timeout is taken as dead; a started one is not (a long run is no crash), nor a run whose
    process is alive, nor one still within the timeout."""
    from dagster_project.writer_slot import free_dead_writers

    with dg.instance_for_test(overrides={"run_monitoring": {"start_timeout_seconds": 60}}) as instance:
        instance.event_log_storage.set_concurrency_slots(POOL, 5)
        stuck = _claim(instance, DagsterRunStatus.STARTING, {})
        queued = _claim(instance, DagsterRunStatus.QUEUED, {})
        started = _claim(instance, DagsterRunStatus.STARTED, {})
        mine = _claim(instance, DagsterRunStatus.STARTING, process_tags())  # this process: alive
        fresh = _claim(instance, DagsterRunStatus.STARTING, {})
        for run_id in (stuck, queued, started, mine):
            _age(instance, run_id, 61)
        freed = {h.run_id: h.why for h in free_dead_writers(instance)}
        assert set(freed) == {stuck, queued}, freed
        assert "STARTING for 6" in freed[stuck] and "start timeout is 60 s" in freed[stuck]
        assert "QUEUED for" in freed[queued]
        for run_id in (stuck, queued):
            assert instance.get_run_by_id(run_id).status == DagsterRunStatus.FAILURE
        left = {s.run_id for s in instance.event_log_storage.get_concurrency_info(POOL).claimed_slots}
        assert left == {started, mine, fresh}


def test_a_started_run_with_no_process_here_holds_the_slot_while_its_lease_lasts(monkeypatch):
    """A started run of another machine, or launched with no process tags, is judged by its lease: silent (no
    heartbeat, no event) for longer than TOLL_WRITER_LEASE_S, it is freed and marked failed; renewing, or fresh, it
    keeps the slot."""
    from dagster_project.writer_slot import (
        HEARTBEAT_TAG,
        HOST_TAG,
        PID_TAG,
        START_TAG,
        Heartbeat,
        free_dead_writers,
    )

    monkeypatch.setenv("TOLL_WRITER_LEASE_S", "30")
    elsewhere = {HOST_TAG: "another-machine", PID_TAG: "4242", START_TAG: "17"}
    with dg.instance_for_test() as instance:
        instance.event_log_storage.set_concurrency_slots(POOL, 6)
        silent = _claim(instance, DagsterRunStatus.STARTED, elsewhere)
        untagged = _claim(instance, DagsterRunStatus.STARTED, {})
        stale = _claim(instance, DagsterRunStatus.STARTED, {HEARTBEAT_TAG: f"{time.time() - 31:.3f}"})
        renewing = _claim(instance, DagsterRunStatus.STARTED, elsewhere)
        fresh = _claim(instance, DagsterRunStatus.STARTED, {})
        for run_id in (silent, untagged, stale, renewing):
            _age(instance, run_id, 31)
        with Heartbeat(instance, renewing, every=0.2):
            time.sleep(0.5)
            freed = {h.run_id: h.why for h in free_dead_writers(instance)}
        assert set(freed) == {silent, untagged, stale}, freed
        assert all(why.startswith("its lease expired: no heartbeat or event for 3") and "the lease is 30 s" in why
                   for why in freed.values()), freed
        for run_id in freed:
            assert instance.get_run_by_id(run_id).status == DagsterRunStatus.FAILURE
        left = {s.run_id for s in instance.event_log_storage.get_concurrency_info(POOL).claimed_slots}
        assert left == {renewing, fresh}


def test_a_step_that_uses_the_lake_renews_its_runs_lease(monkeypatch, tmp_path):
    """In a real run holding the slot, a step busy past the lease keeps it while it uses the lake resource (whose
    thread renews the lease); the same step without the resource is taken as dead once the lease is over."""
    from dagster_project.writer_slot import HEARTBEAT_TAG, holders

    monkeypatch.setenv("TOLL_WRITER_LEASE_S", "1")
    seen = {}

    @dg.asset(pool=POOL)
    def with_lake(context, lake: LakeResource) -> None:
        time.sleep(2.5)
        seen["with_lake"] = {h.run_id: h for h in holders(context.instance)}[context.run_id]

    @dg.asset(pool=POOL)
    def without_lake(context) -> None:
        time.sleep(2.5)
        seen["without_lake"] = {h.run_id: h for h in holders(context.instance)}[context.run_id]

    with dg.instance_for_test() as instance:
        instance.event_log_storage.set_concurrency_slots(POOL, 1)
        run = dg.materialize([with_lake], instance=instance,
                             resources={"lake": LakeResource(lake_dir=str(tmp_path / "lake"))})
        assert run.success
        assert float(instance.get_run_by_id(run.run_id).tags[HEARTBEAT_TAG]) > time.time() - 60
        assert dg.materialize([without_lake], instance=instance).success
    assert seen["with_lake"].alive, seen
    assert not seen["without_lake"].alive and "its lease expired" in seen["without_lake"].why, seen
