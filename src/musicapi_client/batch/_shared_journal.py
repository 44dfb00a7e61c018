"""The batch journal in Redis: one batch run by workers on many processes and machines.

The same states and moves as the SQLite journal (``_journal``), each move one atomic Lua
script, so a job is claimed (``planned -> sending``) by exactly one worker. Every worker
holds a lease (renewed while it runs); a job left ``sending`` by a worker whose lease
expired becomes ``unknown`` (never sent again without ``--resubmit-unknown``), and a job
left ``created`` by one is taken over: another worker waits for its task and downloads it.
The batch is named by a hash of its jobs (the same job file on every machine is the same
batch). Stored: each job's public parameters, state, task id, clips and files (with the
worker and the directory that wrote them); never a secret or an API key.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import socket
import time
from typing import TYPE_CHECKING, Any, TypeVar

from musicapi_client._redis._connection import errors
from musicapi_client.batch._jobs import public_params
from musicapi_client.batch._journal import MOVES, STATES, BudgetReached, Entry, JournalError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from musicapi_client._redis import RedisLink
    from musicapi_client.batch._jobs import Job

# Seconds a worker counts as alive after its last renewal (renewed every third of it);
# $MUSICAPI_BATCH_LEASE changes it (shorter: dead workers' jobs move on sooner).
LEASE = 30.0
T = TypeVar("T")
MAX_OUTAGE_WAIT = 10.0  # seconds between tries while Redis is unreachable
NO_GUARD = ("-", "")
BUDGET = -2  # MOVE's answer when a claim would pass the budget

# KEYS: the job's hash, the batch's counts, the batch's committed credits.
# ARGV: new state, fields (JSON), a guard, its argument, sources...
# Guards: "!owner" (only if the job's worker is the argument: a takeover), "!budget" (only
# if the credits committed by every worker plus this job's fit the argument: a claim), "-".
# Returns 1 moved, 0 not in a source state (or not the owner), -1 no such job, -2 budget.
# The committed credits follow the moves: a job that may have started counts.
MOVE = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return -1 end
local data = cjson.decode(redis.call('HGET', KEYS[1], 'data'))
if ARGV[3] == '!owner' and tostring(data['worker']) ~= ARGV[4] then return 0 end
local moved = false
for i = 5, #ARGV do
  if ARGV[i] == state then moved = true end
end
if not moved then return 0 end
local price = tonumber(data['credits']) or 0
local started = {sending=1, created=1, done=1, failed=1, unknown=1}
local delta = 0
if started[ARGV[1]] and not started[state] then delta = price end
if started[state] and not started[ARGV[1]] then delta = -price end
if ARGV[3] == '!budget' and delta > 0 then
  local committed = tonumber(redis.call('GET', KEYS[3]) or '0')
  if committed + delta > tonumber(ARGV[4]) + 1e-9 then return -2 end
end
for k, v in pairs(cjson.decode(ARGV[2])) do data[k] = v end
data['state'] = ARGV[1]
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'data', cjson.encode(data))
redis.call('HINCRBY', KEYS[2], state, -1)
redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
if delta ~= 0 then redis.call('INCRBYFLOAT', KEYS[3], delta) end
return 1
"""

# KEYS: the job's hash, the batch's order list, the batch's counts. ARGV: fingerprint, data.
# Returns 1 when added, 0 when present with that fingerprint, -1 when present and changed.
PLAN = """
local known = redis.call('HGET', KEYS[1], 'fingerprint')
if known then
  if known == ARGV[1] then return 0 end
  return -1
end
redis.call('HSET', KEYS[1], 'state', 'planned', 'fingerprint', ARGV[1], 'data', ARGV[2])
redis.call('RPUSH', KEYS[2], KEYS[1])
redis.call('HINCRBY', KEYS[3], 'planned', 1)
return 1
"""


def batch_key(jobs: Iterable[Job]) -> str:
    """The batch's name: a hash of its jobs' ids and fingerprints, in file order."""
    digest = hashlib.sha256()
    for job in jobs:
        digest.update(f"{job.id}\0{job.fingerprint}\n".encode())
    return digest.hexdigest()[:24]


def shared_batches(link: RedisLink) -> list[tuple[str, SharedJournal, list[str]]]:
    """Every batch shared through ``link``: (its key, a read-only view, live workers)."""
    server = link.sync()
    found = []
    for raw in sorted(server.smembers(link.project_key("batches"))):
        key = raw.decode() if isinstance(raw, bytes) else str(raw)
        journal = SharedJournal(link, key, out="", join=False)
        prefix = link.project_key("batch", key, "worker") + ":"
        workers = sorted(
            (w.decode() if isinstance(w, bytes) else str(w)).removeprefix(prefix)
            for w in server.scan_iter(match=prefix + "*")
        )
        found.append((key, journal, workers))
    return found


class SharedJournal:
    """The journal of one batch in Redis, as seen by one worker (``worker``)."""

    shared = True

    def __init__(self, link: RedisLink, key: str, out: str, *, join: bool = True) -> None:
        self.path = f"redis {link.name} batch {key}"
        self._link = link
        self._server = link.sync()
        self._key = link.project_key("batch", key)
        self.worker = f"{socket.gethostname()}-{secrets.token_hex(4)}"
        self.lease = _lease()
        self.out = out
        self._move = self._server.register_script(MOVE)
        self._plan = self._server.register_script(PLAN)
        if join:  # a worker (not a reader: batch status)
            self._server.sadd(link.project_key("batches"), key)
            self.heartbeat()

    def _retry(self, call: Callable[[], T]) -> T:
        """``call()``, waiting for Redis while it is unreachable (one warning): a shared
        batch stops moving while Redis is away and goes on when it is back."""
        delay = 0.5
        while True:
            try:
                return call()
            except errors() as exc:
                self._link.failed("a shared batch waits for it", exc)
                time.sleep(delay)
                delay = min(delay * 2, MAX_OUTAGE_WAIT)

    # ------------------------------------------------------------------ workers
    def heartbeat(self) -> None:
        """Renew this worker's lease (the runner calls it every few seconds)."""
        name, lease = f"{self._key}:worker:{self.worker}", int(self.lease * 1000)
        self._retry(lambda: self._server.set(name, self.out, px=lease))

    def _alive(self, worker: str | None) -> bool:
        name = f"{self._key}:worker:{worker}"
        return bool(worker) and bool(self._retry(lambda: self._server.exists(name)))

    def close(self) -> None:
        """End this worker's lease: its unfinished jobs go to the others at once."""
        with contextlib.suppress(*errors()):  # gone with Redis: the lease lapses by itself
            self._server.delete(f"{self._key}:worker:{self.worker}")

    # ------------------------------------------------------------------ planning
    def known(self) -> bool:
        """True when Redis holds this batch (False after a flush, or before any worker)."""
        return bool(self._retry(lambda: self._server.exists(f"{self._key}:order")))

    def plan(self, jobs: list[Job], credits: dict[str, float | None]) -> int:
        """Add the jobs the batch does not have yet (other workers may add them first)."""
        added, changed = 0, []
        for job in jobs:
            data = {
                "id": job.id,
                "operation": job.operation,
                "params": public_params(job.params),
                "download": job.download,
                "name": job.name,
                "credits": credits.get(job.operation),
                "sends": 0,
                "clips": [],
                "files": [],
            }
            keys = [self._job(job.id), f"{self._key}:order", f"{self._key}:counts"]
            found = int(self._plan(keys=keys, args=[job.fingerprint, json.dumps(data)]))
            added += found == 1
            if found == -1:
                changed.append(job.id)
        if changed:
            raise JournalError(
                f"{len(changed)} job(s) changed since this batch started "
                f"({', '.join(changed[:5])}): give them new ids",
                field="id",
            )
        return added

    # ------------------------------------------------------------------ reading
    def _job(self, job_id: str) -> str:
        return f"{self._key}:job:{job_id}"

    def entries(self, *states: str) -> list[Entry]:
        """Jobs in file order, only those in ``states`` when given."""

        def read() -> list[Any]:
            names = self._server.lrange(f"{self._key}:order", 0, -1)
            with self._server.pipeline(transaction=False) as pipe:
                for name in names:
                    pipe.hget(name, "data")
                return list(pipe.execute())

        rows = self._retry(read)
        found = [_entry(json.loads(row), seq) for seq, row in enumerate(rows, 1) if row]
        return [entry for entry in found if not states or entry.state in states]

    def get(self, job_id: str) -> Entry:
        row = self._retry(lambda: self._server.hget(self._job(job_id), "data"))
        if row is None:
            raise JournalError(f"no job {job_id!r} in {self.path}")
        return _entry(json.loads(row), 0)

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATES, 0)
        stored = self._retry(lambda: self._server.hgetall(f"{self._key}:counts"))
        for state, count in stored.items():
            name = state.decode() if isinstance(state, bytes) else str(state)
            if name in found:
                found[name] = int(count)
        return found

    def credits_committed(self) -> float:
        started = ("sending", "created", "done", "failed", "unknown")
        return float(sum(entry.credits or 0 for entry in self.entries(*started)))

    # ------------------------------------------------------------------ moving
    def _run_move(
        self, job_id: str, state: str, fields: dict[str, Any], guard: tuple[str, str], *sources: str
    ) -> int:
        """One atomic move. Redis unreachable: wait for it (the worker's other jobs wait
        too) and try again; a move that went through but whose answer was lost is
        recognised by the job being where it was sent, with what was set."""
        keys = [self._job(job_id), f"{self._key}:counts", f"{self._key}:committed"]
        # The token tells a move that went through (its answer lost) from one that did not.
        values = {**fields, "updated_at": time.time(), "move": secrets.token_hex(8)}
        args = [state, json.dumps(values), *guard, *sources]
        tried = False

        def move() -> int:
            nonlocal tried
            if tried and self._landed(job_id, state, values):
                return 1  # it went through before the connection broke
            tried = True
            return int(self._move(keys=keys, args=args))

        return self._retry(move)

    def _landed(self, job_id: str, state: str, values: dict[str, Any]) -> bool:
        try:
            row = self._server.hget(self._job(job_id), "data")
        except errors():
            return False
        data = json.loads(row) if row else {}
        return data.get("state") == state and data.get("move") == values["move"]

    def move(self, job_id: str, state: str, **fields: Any) -> Entry:
        """Move one job to ``state`` (and set ``fields``), atomically, or JournalError."""
        if self._run_move(job_id, state, fields, NO_GUARD, *sorted(MOVES[state])) != 1:
            current = self.get(job_id).state
            raise JournalError(f"job {job_id!r} cannot move from {current} to {state}")
        return self.get(job_id)

    def claim(self, job_id: str, budget: float | None = None, **fields: Any) -> Entry | None:
        """``planned -> sending`` for this worker; None when another worker had it.
        Raises BudgetReached when the credits every worker committed, plus this job's,
        would pass ``budget``."""
        mine = {**fields, "worker": self.worker, "out": self.out}
        guard = NO_GUARD if budget is None else ("!budget", repr(float(budget)))
        moved = self._run_move(job_id, "sending", mine, guard, "planned")
        if moved == BUDGET:
            raise BudgetReached(job_id)
        return self.get(job_id) if moved == 1 else None

    def committed(self) -> float:
        """Credits of every job any worker started (or may have started), as estimated."""
        return float(self._retry(lambda: self._server.get(f"{self._key}:committed")) or 0)

    def to_finish(self) -> list[Entry]:
        """The ``created`` jobs this worker waits for: its own, and those of dead workers
        (taken over atomically: one taker each)."""
        taken = []
        for entry in self.entries("created"):
            if entry.worker == self.worker:
                taken.append(entry)
            elif not self._alive(entry.worker):
                mine = {"worker": self.worker, "out": self.out, "files": []}
                guard = ("!owner", str(entry.worker))
                if self._run_move(entry.id, "created", mine, guard, "created") == 1:
                    taken.append(self.get(entry.id))
        return taken

    def held_by_others(self) -> bool:
        """True while another live worker has jobs sending or created."""
        return any(
            entry.worker != self.worker and self._alive(entry.worker)
            for entry in self.entries("sending", "created")
        )

    def recover(self) -> list[Entry]:
        """Jobs left ``sending`` by a worker that is gone become ``unknown``."""
        stranded = []
        for entry in self.entries("sending"):
            if entry.worker != self.worker and not self._alive(entry.worker):
                guard = ("!owner", str(entry.worker))
                error = {"error": f"worker {entry.worker} stopped while sending this create"}
                if self._run_move(entry.id, "unknown", error, guard, "sending") == 1:
                    stranded.append(self.get(entry.id))
        return stranded


def _lease() -> float:
    try:
        value = float(os.environ.get("MUSICAPI_BATCH_LEASE", LEASE))
    except ValueError:
        return LEASE
    return value if 1.0 <= value <= 3600.0 else LEASE


def _entry(data: dict[str, Any], seq: int) -> Entry:
    return Entry(
        id=data["id"],
        seq=seq,
        operation=data["operation"],
        params=data.get("params") or {},
        download=bool(data.get("download")),
        name=data.get("name"),
        credits=data.get("credits"),
        state=data.get("state", "planned"),
        task_id=data.get("task_id"),
        family=data.get("family"),
        expected_clips=data.get("expected_clips"),
        clips=data.get("clips") or [],
        files=data.get("files") or [],
        error=data.get("error"),
        sends=int(data.get("sends") or 0),
        sent_at=data.get("sent_at"),
        finished_at=data.get("finished_at"),
        worker=data.get("worker"),
        out=data.get("out"),
    )
