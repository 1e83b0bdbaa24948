"""The one `lake_writer` slot: freed when its holder is dead, waited for out loud and interruptibly.

Dagster frees a run's slot when the run's process ends normally. A run that is killed (`kill -9`, a crash, the
machine going down) keeps it in the instance's storage forever, and every later run waits for it. So before a
run starts, `free_dead_writers` looks at each holder: a run the instance no longer knows, a run whose status
is final (not queued, starting or started), a run whose process is gone (the pid and process start time
`toll run` tags its runs with, on this host), whatever its status says (queued, starting or started), or a run
without such tags still shown as queued or starting for longer than the instance's start timeout
(`run_monitoring: start_timeout_seconds`, 180 s by default: Dagster's own bound for a run to start) cannot hold
a slot. Nor can a started run with no process to look at (on another host, or launched by the daemon or the UI)
whose lease expired: every step that uses the lake renews its run's lease (a `toll/heartbeat` run tag, written by
a thread of the step's process, `Heartbeat`), so a run silent for longer than `TOLL_WRITER_LEASE_S` (no heartbeat
and no event) died with its process or its machine. Its slots are freed and a run still shown as queued, starting or started is marked failed, so the Dagster
UI shows what happened. `wait_for_writer_slot` then waits for a live
holder, saying which run it waits for, with a plain sleep that Ctrl-C and SIGTERM end at once.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import dataclass

POOL = "lake_writer"
PID_TAG, START_TAG, HOST_TAG = "toll/pid", "toll/process_start", "toll/host"
HEARTBEAT_TAG = "toll/heartbeat"  # unix time of the run's last heartbeat: its lease on the slot runs from there
POLL_SECONDS = 1.0
LEASE_ENV, DEFAULT_LEASE_S = "TOLL_WRITER_LEASE_S", 300.0


def lease_seconds() -> float:
    """How long a run's hold on the slot lasts without a heartbeat or an event (TOLL_WRITER_LEASE_S)."""
    return max(1.0, float(os.environ.get(LEASE_ENV) or DEFAULT_LEASE_S))


def beat(instance, run_id: str) -> None:
    """Renew `run_id`'s lease on the slot."""
    instance.add_run_tags(run_id, {HEARTBEAT_TAG: f"{time.time():.3f}"})


class Heartbeat:
    """Renews a run's lease every tenth of the lease from a thread, while its step runs (`with Heartbeat(...)`,
    or start/stop): a step busy in one long call (extracting a big report) still renews it. A failed renewal is
    logged and retried at the next beat: the lease has ten beats of room."""

    def __init__(self, instance, run_id: str, every: float | None = None):
        self.instance, self.run_id = instance, run_id
        self.every = every or max(0.1, lease_seconds() / 10)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"toll-heartbeat-{run_id[:8]}", daemon=True)

    def _run(self) -> None:
        while True:
            try:
                beat(self.instance, self.run_id)
            except Exception as exc:  # noqa: BLE001 - a storage hiccup: the next beat tries again
                log.warning("could not renew the %s lease of run %s: %s", POOL, self.run_id, exc)
            if self._stop.wait(self.every):
                return

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def __enter__(self) -> Heartbeat:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def last_sign_of_life(instance, run) -> float | None:
    """Unix time of the latest of: the run's heartbeat, its last event, its record's last update."""
    times = []
    if (tag := run.tags.get(HEARTBEAT_TAG, "")).replace(".", "", 1).isdigit():
        times.append(float(tag))
    records = instance.get_records_for_run(run.run_id, ascending=False, limit=1).records
    if records:
        times.append(records[0].timestamp)
    record = instance.get_run_record_by_id(run.run_id)
    if record is not None:
        times += [t.timestamp() for t in (record.update_timestamp, record.create_timestamp) if t is not None]
    return max(times) if times else None

log = logging.getLogger("toll.writer_slot")


def _process_start(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot, from /proc), or None when it does not exist.

    With the pid it names one process: a pid reused by a later process has another start time. Where /proc is
    missing, only whether the pid exists is known (start time "").
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode(errors="replace")
        # the command name (field 2) may hold spaces and parentheses: fields after its closing ")" are fixed
        return stat.rsplit(")", 1)[1].split()[19]
    except FileNotFoundError:
        return None
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return ""


def process_tags() -> dict[str, str]:
    """Tags naming this process, put on every run `toll run` starts, so a later run can tell if it died."""
    pid = os.getpid()
    return {PID_TAG: str(pid), START_TAG: _process_start(pid) or "", HOST_TAG: socket.gethostname()}


@dataclass(frozen=True)
class Holder:
    run_id: str
    step_key: str | None
    alive: bool
    why: str = ""  # why it is taken as dead


ALIVE_STATUSES = ("QUEUED", "NOT_STARTED", "STARTING", "STARTED", "CANCELING")
NOT_STARTED_STATUSES = ("QUEUED", "NOT_STARTED", "STARTING")  # a run that is alive has left these within the timeout


def _judge(instance, run_id: str, step_key: str | None) -> Holder:
    run = instance.get_run_by_id(run_id)
    if run is None:
        return Holder(run_id, step_key, False, "the instance has no such run")
    status = run.status.value
    if status not in ALIVE_STATUSES:
        return Holder(run_id, step_key, False, f"the run has ended ({status})")
    tags = run.tags
    if tags.get(HOST_TAG) == socket.gethostname() and tags.get(PID_TAG, "").isdigit():
        start = _process_start(int(tags[PID_TAG]))
        if start is None or (start and tags.get(START_TAG) and start != tags[START_TAG]):
            return Holder(run_id, step_key, False, f"its process {tags[PID_TAG]} no longer exists ({status})")
        return Holder(run_id, step_key, True)  # its process is alive: whatever the status, it may hold the slot
    if status in NOT_STARTED_STATUSES:
        # No process to look at (launched by the daemon or the UI, or on another host): a run that crashed before
        # it started stays queued or starting for ever; Dagster itself gives up on one after the start timeout.
        record = instance.get_run_record_by_id(run_id)
        since = record.update_timestamp or record.create_timestamp if record is not None else None
        timeout = instance.run_monitoring_start_timeout_seconds
        if since is not None:
            age = time.time() - since.timestamp()
            if age > timeout:
                return Holder(run_id, step_key, False, f"it has been {status} for {age:.0f} s without starting "
                                                       f"(the start timeout is {timeout} s)")
        return Holder(run_id, step_key, True)
    # started, with no process here to look at: alive while its lease lasts (heartbeats, events)
    last, lease = last_sign_of_life(instance, run), lease_seconds()
    if last is not None and time.time() - last > lease:
        return Holder(run_id, step_key, False, f"its lease expired: no heartbeat or event for "
                                               f"{time.time() - last:.0f} s ({status}; the lease is {lease:g} s)")
    return Holder(run_id, step_key, True)


def holders(instance) -> list[Holder]:
    """The runs holding (or queued for) the writer slot, each judged alive or dead."""
    info = instance.event_log_storage.get_concurrency_info(POOL)
    seen: dict[tuple[str, str | None], Holder] = {}
    for slot in info.claimed_slots:
        seen.setdefault((slot.run_id, slot.step_key), _judge(instance, slot.run_id, slot.step_key))
    for step in info.pending_steps:
        seen.setdefault((step.run_id, step.step_key), _judge(instance, step.run_id, step.step_key))
    return list(seen.values())


def free_dead_writers(instance, own_run_ids: frozenset[str] = frozenset()) -> list[Holder]:
    """Free every slot (and queued claim) of a run that is no longer alive; mark it failed. The freed ones."""
    from dagster._core.storage.dagster_run import DagsterRunStatus

    storage = instance.event_log_storage
    freed: dict[str, Holder] = {}
    for h in holders(instance):
        if h.alive or h.run_id in own_run_ids or h.run_id in freed:
            continue
        storage.free_concurrency_slots_for_run(h.run_id)
        freed[h.run_id] = h
        run = instance.get_run_by_id(h.run_id)
        if run is not None and run.status in (DagsterRunStatus.STARTED, DagsterRunStatus.STARTING,
                                              DagsterRunStatus.NOT_STARTED, DagsterRunStatus.QUEUED,
                                              DagsterRunStatus.CANCELING):
            instance.report_run_failed(run, f"marked failed by a later run: {h.why}; its "
                                            f"{POOL} slot was freed")
        log.warning("freed the %s slot held by run %s: %s", POOL, h.run_id, h.why)
    return list(freed.values())


def free_slots(instance) -> int:
    info = instance.event_log_storage.get_concurrency_info(POOL)
    return info.slot_count - len(info.claimed_slots)


def wait_for_writer_slot(instance, timeout: float | None = None) -> float:
    """Free dead holders, then wait until the slot is free; seconds waited. Says at INFO whom it waits for.

    The wait sleeps in the main thread, so Ctrl-C (KeyboardInterrupt) and SIGTERM (turned into the same by
    `toll run`, stop_on_signals) end it at once. Dagster claims the slot itself when the run's first writing step
    starts: this wait only makes sure that is not behind a dead run or a silent spin.
    """
    start = time.monotonic()
    said: set[str] = set()
    while True:
        if stop_requested.is_set():  # the signal's KeyboardInterrupt was lost (see stop_on_signals)
            raise KeyboardInterrupt
        free_dead_writers(instance)
        if free_slots(instance) > 0:
            return time.monotonic() - start
        live = [h for h in holders(instance) if h.alive]
        for h in live:
            if h.run_id not in said:
                said.add(h.run_id)
                log.info("waiting for the %s slot, held by run %s (step %s); Ctrl-C stops", POOL, h.run_id,
                         h.step_key)
        if timeout is not None and time.monotonic() - start > timeout:
            raise TimeoutError(f"the {POOL} slot stayed taken for {timeout:.0f} s")
        stop_requested.wait(POLL_SECONDS)


stop_requested = threading.Event()


def stop_on_signals() -> None:
    """Ctrl-C and SIGTERM raise KeyboardInterrupt and also set `stop_requested`, which the wait reads.

    Why both: a signal's handler runs wherever the main thread is, and when that is a garbage-collection callback
    (SQLAlchemy's `_collection_gced` while the wait reads the instance) Python prints the KeyboardInterrupt as
    "ignored" and goes on: the wait went on for ever after a SIGTERM. The flag makes the next turn stop.
    """
    import signal

    def _stop(signo, frame):
        stop_requested.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM while a run waited for the slot inside Dagster."""


_interrupted = {"flag": False}


def patch_dagster_wait() -> None:
    """Make Dagster's own wait for a slot (between the steps of a run, when another run took the slot) sleep,
    say whom it waits for, free a dead holder, and end on Ctrl-C / SIGTERM.

    Why a patch: in the pinned Dagster, `InstanceConcurrencyContext.interval_to_next_pending_claim_check` is
    never above 0 (`min([0, ...])`), so `ActiveExecution.sleep_til_ready` never sleeps and the executor spins
    at full CPU; and during a run Dagster turns SIGINT and SIGTERM into a flag that this loop never reads, so
    the wait cannot be stopped. The wrapper reads that flag and ends the run as an interrupted one (Dagster
    records it failed and frees its claims); without a pending claim it defers to Dagster's method.
    """
    from dagster._core.errors import DagsterExecutionInterruptedError
    from dagster._core.execution.plan.active import ActiveExecution
    from dagster._utils.interrupts import check_captured_interrupt

    original = ActiveExecution.sleep_til_ready
    if getattr(original, "_toll_patched", False):
        return

    def sleep_til_ready(self) -> None:
        ctx = getattr(self, "_instance_concurrency_context", None)
        instance = getattr(ctx, "_instance", None)
        if ctx is None or instance is None or not ctx.has_pending_claims():
            return original(self)
        if check_captured_interrupt():
            _interrupted["flag"] = True
            raise DagsterExecutionInterruptedError(f"interrupted while waiting for the {POOL} slot")
        said = self.__dict__.setdefault("_toll_said", set())
        own = frozenset({getattr(ctx, "_run_id", "")})
        last = self.__dict__.get("_toll_beat", 0.0)
        if own != {""} and time.monotonic() - last > lease_seconds() / 10:  # a waiting run keeps its lease too
            self.__dict__["_toll_beat"] = time.monotonic()
            beat(instance, next(iter(own)))
        free_dead_writers(instance, own_run_ids=own)
        for h in holders(instance):
            if h.alive and h.run_id not in own and h.run_id not in said:
                said.add(h.run_id)
                log.info("waiting for the %s slot, held by run %s (step %s); Ctrl-C stops", POOL, h.run_id,
                         h.step_key)
        time.sleep(POLL_SECONDS / 2)

    sleep_til_ready._toll_patched = True
    ActiveExecution.sleep_til_ready = sleep_til_ready


def raise_if_interrupted() -> None:
    """After a run: if it ended because of Ctrl-C / SIGTERM while waiting, stop the caller too."""
    if _interrupted["flag"]:
        _interrupted["flag"] = False
        raise Interrupted()
