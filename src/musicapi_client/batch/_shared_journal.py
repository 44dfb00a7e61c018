"""The batch journal in Redis: one batch run by workers on many processes and machines.

The same states and moves as the SQLite journal (``_journal``), each move one atomic Lua
script, so a job is claimed (``planned -> sending``) by exactly one worker. Every worker
holds a lease (renewed while it runs); a job left ``sending`` by a worker whose lease
expired becomes ``unknown`` (never sent again without ``--resubmit-unknown``), and a job
left ``created`` by one is taken over: another worker waits for its task and downloads it.
The batch is named by a hash of its jobs (the same job file on every machine is the same
batch), under the project's namespace (see ``_redis``). Stored: each job's public
parameters, state, task id, clips and files (with the worker and the directory that wrote
them); never a secret or an API key.

Every call is async (redis.asyncio: an outage never freezes the worker's waits, polls and
downloads) and goes through one retry, which waits for Redis while it is unreachable. What
the worker does to its own jobs is also committed to its own record (``_record``): when
Redis loses the batch (a flush, a restart without persistence, an eviction) the worker
sends nothing more, finishes what it created from that record, and ``batch restore``
rebuilds the batch from the workers' records. A job whose entry in Redis is garbage (not
JSON, missing fields, another type) is that job's :class:`BrokenEntry`, reported; the
other jobs go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import secrets
import socket
import time
from typing import TYPE_CHECKING, Any, TypeVar

from musicapi_client._redis._connection import errors
from musicapi_client.batch._credits import budget_name
from musicapi_client.batch._jobs import public_params
from musicapi_client.batch._journal import MOVES, STATES, BudgetReached, Entry, JournalError

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterable

    from musicapi_client._redis import RedisLink
    from musicapi_client.batch._jobs import Job
    from musicapi_client.batch._record import WorkerRecord

LOG = logging.getLogger("musicapi_client")
# Seconds a worker counts as alive after its last renewal (renewed every third of it);
# $MUSICAPI_BATCH_LEASE changes it (shorter: dead workers' jobs move on sooner).
LEASE = 30.0
T = TypeVar("T")
MAX_OUTAGE_WAIT = 10.0  # seconds between tries while Redis is unreachable
NO_GUARD = ("-", "")
NO_JOB, BUDGET, BROKEN = -1, -2, -3  # MOVE's answers besides 1 (moved) and 0 (not from there)
STARTED = frozenset({"sending", "created", "done", "failed", "unknown"})
# Redis answers that mean "not now" (the server is starting, busy or failing over), not "no".
PASSING = ("LOADING", "BUSY", "READONLY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN", "NOREPLICAS")
ENTRY_FIELDS = frozenset(f.name for f in dataclasses.fields(Entry))

# KEYS: the job's hash, the batch's counts, the batch's committed credits (its named budget).
# ARGV: new state, fields (JSON), a guard, its argument, the move's token, sources...
# Guards: "!owner" (only if the job's worker is the argument: a takeover), "!budget" (only
# if the credits committed by every worker plus this job's fit the argument: a claim), "-".
# Returns 1 moved (or moved before: the token is among the job's last moves), 0 not in a
# source state (or not the owner), -1 no such job, -2 budget, -3 the job's data is not a
# JSON object. A move is applied once, however often it arrives: a retry after a lost
# answer, or a copy a stalled server reads late from a closed connection, changes nothing
# again. The committed credits follow the moves: a job that may have started counts.
MOVE = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return -1 end
local ok, data = pcall(cjson.decode, redis.call('HGET', KEYS[1], 'data') or '')
if not ok or type(data) ~= 'table' then return -3 end
local seen = data['moves']
if type(seen) ~= 'table' then seen = {} end
for _, token in ipairs(seen) do
  if token == ARGV[5] then return 1 end
end
if ARGV[3] == '!owner' and tostring(data['worker']) ~= ARGV[4] then return 0 end
local moved = false
for i = 6, #ARGV do
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
table.insert(seen, ARGV[5])
if #seen > 16 then table.remove(seen, 1) end
data['moves'] = seen
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


# KEYS: where 0.4.0 kept a batch's committed credits, the batch's budget key. A batch a
# 0.4.0 worker started goes on counting what it committed (copied once, never over).
ADOPT = """
if redis.call('EXISTS', KEYS[2]) == 0 then
  local old = redis.call('GET', KEYS[1])
  if old then redis.call('SET', KEYS[2], old) end
end
return 1
"""


class BrokenEntry(JournalError):
    """One job's entry in Redis cannot be read (not JSON, fields missing, another type);
    the batch goes on without it."""

    def __init__(self, job_id: str, why: str) -> None:
        super().__init__(
            f"job {job_id!r}: its entry in Redis is unreadable ({why}); it is left as it is "
            "(fix or delete the key, then run again)",
            field="id",
        )
        self.job_id = job_id
        self.why = why


def batch_key(jobs: Iterable[Job]) -> str:
    """The batch's name: a hash of its jobs' ids and fingerprints, in file order."""
    digest = hashlib.sha256()
    for job in jobs:
        digest.update(f"{job.id}\0{job.fingerprint}\n".encode())
    return digest.hexdigest()[:24]


async def shared_batches(link: RedisLink) -> list[tuple[str, SharedJournal, list[str]]]:
    """Every batch of the project shared through ``link``: (its key, a read-only view, its
    live workers)."""
    server = link.asyncio()
    found = []
    for raw in sorted(await server.smembers(link.project_key("batches"))):
        key = _text(raw)
        journal = SharedJournal(link, key, out="", wait_for_redis=False)
        prefix = link.project_key("batch", key, "worker") + ":"
        workers = sorted(
            [_text(w).removeprefix(prefix) async for w in server.scan_iter(prefix + "*")]
        )
        found.append((key, journal, workers))
    return found


class SharedJournal:
    """The journal of one batch in Redis, as seen by one worker (``worker``), with that
    worker's own record (``record``) beside it."""

    shared = True

    def __init__(
        self,
        link: RedisLink,
        key: str,
        out: str,
        record: WorkerRecord | None = None,
        *,
        wait_for_redis: bool = True,
    ) -> None:
        self.path = f"redis {link.name} batch {key}"
        self.batch = key
        self._link = link
        self._server = link.asyncio()
        self._key = link.project_key("batch", key)
        # The credits every worker committed are max_credits's named budget: the claim
        # reserves there (atomically with the job), so client.budget(budget) sees them.
        self.budget = budget_name(key)
        self._committed = link.project_key("budget", self.budget)
        self.worker = f"{socket.gethostname()}-{secrets.token_hex(4)}"
        self.lease = _lease()
        self.out = out
        self.record = record
        self.wait_for_redis = wait_for_redis  # False: an outage is raised (batch status)
        self.lost = False  # Redis no longer holds the batch: the record is the journal now
        self.broken: dict[str, str] = {}  # job id -> why its entry cannot be read
        self._last: dict[str, Entry] = {}  # each job as last read (to keep it if Redis loses it)
        self._move = self._server.register_script(MOVE)
        self._plan = self._server.register_script(PLAN)
        self._adopt = self._server.register_script(ADOPT)
        if record is not None:
            record.note_workers({self.worker: out}, mine=True)

    async def join(self) -> None:
        """Become a worker of the batch (not a reader, such as ``batch status``)."""
        await self._retry(lambda: self._server.sadd(self._link.project_key("batches"), self.batch))
        old = f"{self._key}:committed"
        await self._retry(lambda: self._adopt(keys=[old, self._committed]))
        await self.heartbeat()

    async def _retry(self, call: Callable[[], Awaitable[T]]) -> T:
        """``await call()``, waiting for Redis while it is unreachable (one warning): the
        batch stops moving while Redis is away and goes on when it is back. An answer that
        is a refusal, not an outage (a wrong type, a script error), is a JournalError."""
        delay = 0.5
        while True:
            try:
                result = await call()
            except errors() as exc:
                if not _outage(exc):
                    raise JournalError(
                        f"Redis refused a command of {self.path} ({_first_word(exc)})"
                    ) from None
                if not self.wait_for_redis:
                    raise
                self._link.failed("a shared batch waits for it", exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_OUTAGE_WAIT)
                continue
            self._link.recovered()
            return result

    # ------------------------------------------------------------------ workers
    async def heartbeat(self) -> None:
        """Renew this worker's lease (the runner calls it every few seconds)."""
        if self.lost:
            return
        name, lease = f"{self._key}:worker:{self.worker}", int(self.lease * 1000)
        await self._retry(lambda: self._server.set(name, self.out, px=lease))

    async def _alive(self, worker: str | None) -> bool:
        name = f"{self._key}:worker:{worker}"
        return bool(worker) and bool(await self._retry(lambda: self._server.exists(name)))

    async def close(self) -> None:
        """End this worker's lease: its unfinished jobs go to the others at once."""
        with contextlib.suppress(*errors()):  # gone with Redis: the lease lapses by itself
            await self._server.delete(f"{self._key}:worker:{self.worker}")

    def _lose(self) -> None:
        """Redis no longer holds the batch: from now on the worker's record is its journal."""
        if self.lost:
            return
        self.lost = True
        where = "" if self.record is None else f" ({self.record.path})"
        LOG.warning(
            "Redis no longer holds shared batch %s (flushed, restarted without persistence, "
            "or evicted): this worker sends nothing more and finishes what it created from "
            "its own record%s",
            self.batch,
            where,
        )

    # ------------------------------------------------------------------ planning
    async def known(self) -> bool:
        """True when Redis holds this batch (False after a flush, or before any worker)."""
        return bool(await self._retry(lambda: self._server.exists(f"{self._key}:order")))

    async def plan(self, jobs: list[Job], credits: dict[str, float | None]) -> int:
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
            try:
                found = await self._plan_one(job, data)
            except JournalError as exc:  # a refusal about this job's key: its problem
                self.broken[job.id] = _first_word(exc.__cause__ or exc)
                continue
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

    async def _plan_one(self, job: Job, data: dict[str, Any]) -> int:
        keys = [self._job(job.id), f"{self._key}:order", f"{self._key}:counts"]
        args = [job.fingerprint, json.dumps(data)]

        async def plan() -> int:
            return int(await self._plan(keys=keys, args=args))

        return await self._retry(plan)

    # ------------------------------------------------------------------ reading
    def _job(self, job_id: str) -> str:
        return f"{self._key}:job:{job_id}"

    async def entries(self, *states: str) -> list[Entry]:
        """Jobs in file order, only those in ``states`` when given; a job whose entry is
        unreadable is left out (and named in ``broken``)."""
        if self.lost and self.record is not None:
            return self.record.entries(*states)

        async def read() -> tuple[list[Any], list[Any]]:
            names = await self._server.lrange(f"{self._key}:order", 0, -1)
            async with self._server.pipeline(transaction=False) as pipe:
                for name in names:
                    pipe.hget(name, "data")
                return names, list(await pipe.execute(raise_on_error=False))

        names, rows = await self._retry(read)
        if not names and self._last and self.record is not None:  # it had jobs: a flush
            self._lose()
            return self.record.entries(*states)
        found = []
        for seq, (name, row) in enumerate(zip(names, rows, strict=True), 1):
            job_id = _text(name).rsplit(":job:", 1)[-1]
            try:
                entry = _entry(job_id, row, seq)
            except BrokenEntry as exc:
                self.broken[job_id] = exc.why
                continue
            self._last[job_id] = entry
            found.append(entry)
        self._note_workers(found)
        return [entry for entry in found if not states or entry.state in states]

    async def get(self, job_id: str) -> Entry:
        """One job (BrokenEntry when its entry is unreadable)."""
        if self.lost and self.record is not None:
            return self.record.get(job_id)
        row = await self._retry(lambda: self._server.hget(self._job(job_id), "data"))
        if row is None:
            return await self._missing(job_id)
        entry = _entry(job_id, row, self._last[job_id].seq if job_id in self._last else 0)
        self._last[job_id] = entry
        return entry

    async def _missing(self, job_id: str) -> Entry:
        """A job Redis no longer has: the batch is lost (the job as this worker last saw it:
        from its record, or as last read) or only this job's entry is gone (BrokenEntry)."""
        if await self.known():
            raise BrokenEntry(job_id, "gone from Redis")
        self._lose()
        if self.record is not None:
            with contextlib.suppress(JournalError):
                return self.record.get(job_id)
        if job_id in self._last:
            return self._last[job_id]
        raise JournalError(f"no job {job_id!r} in {self.path}")

    async def counts(self) -> dict[str, int]:
        """How many jobs are in each state (every state listed)."""
        if self.lost and self.record is not None:
            return self.record.counts()
        found = dict.fromkeys(STATES, 0)
        stored = await self._retry(lambda: self._server.hgetall(f"{self._key}:counts"))
        for state, count in stored.items():
            name = _text(state)
            if name in found:
                found[name] = int(count)
        return found

    async def credits_committed(self) -> float:
        """Estimated credits of every job that was or may have been started."""
        return float(sum(entry.credits or 0 for entry in await self.entries(*STARTED)))

    async def committed(self) -> float:
        """Credits of every job any worker started (or may have started), as estimated."""
        if self.lost and self.record is not None:
            return self.record.credits_committed()
        stored: Any = await self._retry(lambda: self._server.get(self._committed))
        return float(stored or 0)

    def _note_workers(self, entries: list[Entry]) -> None:
        if self.record is not None:
            self.record.note_workers({e.worker: e.out for e in entries if e.worker})

    # ------------------------------------------------------------------ moving
    async def _run_move(
        self, job_id: str, state: str, fields: dict[str, Any], guard: tuple[str, str], *sources: str
    ) -> int:
        """One atomic move, applied once: Redis unreachable, it waits for Redis (the
        worker's other jobs wait too) and sends it again with the same token, which the
        script recognises if the first one went through and only its answer was lost."""
        keys = [self._job(job_id), f"{self._key}:counts", self._committed]
        values = {**fields, "updated_at": time.time()}
        args = [state, json.dumps(values), *guard, secrets.token_hex(8), *sources]

        async def move() -> int:
            return int(await self._move(keys=keys, args=args))

        try:
            moved = await self._retry(move)
        except BrokenEntry:
            raise
        except JournalError:  # a refusal about this job's key (another type): its problem
            raise BrokenEntry(job_id, "not a hash") from None
        if moved == BROKEN:
            raise BrokenEntry(job_id, "not a JSON object")
        if moved == NO_JOB:
            if await self.known():
                raise BrokenEntry(job_id, "gone from Redis")
            self._lose()
        return moved

    async def _after(self, job_id: str, state: str, fields: dict[str, Any]) -> Entry:
        """The job once moved (from Redis, or as moved when Redis lost it), kept in the
        worker's record."""
        entry: Entry | None = None
        if not self.lost:
            entry = await self.get(job_id)  # a flush since the move: as last read
            if self.lost:
                entry = None  # what the move made of it, below
        if entry is None:
            base = self._last.get(job_id)
            if base is None:
                raise JournalError(f"no job {job_id!r} in {self.path}")
            changes = {k: v for k, v in fields.items() if k in ENTRY_FIELDS}
            entry = dataclasses.replace(base, state=state, **changes)
            self._last[job_id] = entry
        if self.record is not None:
            self.record.keep(entry)
        return entry

    async def _move_lost(self, job_id: str, state: str, fields: dict[str, Any]) -> Entry:
        """A move once Redis lost the batch: in the worker's record only."""
        assert self.record is not None
        try:
            self.record.get(job_id)
        except JournalError:
            return await self._after(job_id, state, fields)
        return self.record.move(job_id, state, **fields)

    async def move(self, job_id: str, state: str, **fields: Any) -> Entry:
        """Move one job to ``state`` (and set ``fields``), atomically, or JournalError."""
        if self.lost and self.record is not None:
            return await self._move_lost(job_id, state, fields)
        moved = await self._run_move(job_id, state, fields, NO_GUARD, *sorted(MOVES[state]))
        if moved == 1:
            return await self._after(job_id, state, fields)
        if self.lost and self.record is not None:
            return await self._move_lost(job_id, state, fields)
        current = (await self.get(job_id)).state
        raise JournalError(f"job {job_id!r} cannot move from {current} to {state}")

    async def claim(self, job_id: str, budget: float | None = None, **fields: Any) -> Entry | None:
        """``planned -> sending`` for this worker; None when another worker had it (or
        Redis lost the batch: ``lost``). Raises BudgetReached when the credits every
        worker committed, plus this job's, would pass ``budget``."""
        if self.lost:
            return None
        mine = {**fields, "worker": self.worker, "out": self.out}
        guard = NO_GUARD if budget is None else ("!budget", repr(float(budget)))
        moved = await self._run_move(job_id, "sending", mine, guard, "planned")
        if moved == BUDGET:
            raise BudgetReached(job_id)
        return await self._after(job_id, "sending", mine) if moved == 1 else None

    async def to_finish(self) -> list[Entry]:
        """The ``created`` jobs this worker waits for: its own, and those of dead workers
        (taken over atomically: one taker each)."""
        taken = []
        for entry in await self.entries("created"):
            if entry.worker == self.worker or (self.lost and self.record is not None):
                taken.append(entry)
            elif not await self._alive(entry.worker):
                mine = {"worker": self.worker, "out": self.out, "files": []}
                guard = ("!owner", str(entry.worker))
                if await self._run_move(entry.id, "created", mine, guard, "created") == 1:
                    taken.append(await self._after(entry.id, "created", mine))
        return taken

    async def held_by_others(self) -> bool:
        """True while another live worker has jobs sending or created."""
        if self.lost:
            return False
        for entry in await self.entries("sending", "created"):
            if entry.worker != self.worker and await self._alive(entry.worker):
                return True
        return False

    async def recover(self) -> list[Entry]:
        """Jobs left ``sending`` by a worker that is gone become ``unknown`` (kept in this
        worker's record too: its task may exist, and it must never be sent again)."""
        if self.lost:
            return []
        stranded = []
        for entry in await self.entries("sending"):
            if entry.worker != self.worker and not await self._alive(entry.worker):
                guard = ("!owner", str(entry.worker))
                error = {"error": f"worker {entry.worker} stopped while sending this create"}
                if await self._run_move(entry.id, "unknown", error, guard, "sending") == 1:
                    stranded.append(await self._after(entry.id, "unknown", error))
        return stranded

    async def restore(self, job_id: str, state: str, **fields: Any) -> bool:
        """Set a planned job's state as a worker's record has it (``batch restore``);
        False when the job is not planned here (Redis knows better)."""
        if state not in STATES:
            raise JournalError(f"job {job_id!r}: unknown state {state!r}")
        values = {**fields}
        return await self._run_move(job_id, state, values, NO_GUARD, "planned") == 1


def _outage(exc: BaseException) -> bool:
    """True when ``exc`` says Redis cannot answer now (not that it refuses the command)."""
    import redis.exceptions

    if isinstance(exc, redis.exceptions.ResponseError) and not isinstance(
        exc, redis.exceptions.BusyLoadingError
    ):
        return str(exc).startswith(PASSING)
    return True


def _first_word(exc: BaseException) -> str:
    """The error's kind as Redis names it (WRONGTYPE, ERR, ...), never its whole text."""
    words = str(exc).split()
    return words[0] if words and words[0].isupper() else type(exc).__name__


def _lease() -> float:
    try:
        value = float(os.environ.get("MUSICAPI_BATCH_LEASE", LEASE))
    except ValueError:
        return LEASE
    return value if 1.0 <= value <= 3600.0 else LEASE


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _entry(job_id: str, row: Any, seq: int) -> Entry:
    """The Entry a job's stored data describes; BrokenEntry when it is not usable."""
    if isinstance(row, BaseException):  # the pipeline's answer for this key: an error
        raise BrokenEntry(job_id, _first_word(row))
    if row is None:
        raise BrokenEntry(job_id, "no data")
    try:
        data = json.loads(row)
    except (ValueError, UnicodeDecodeError):
        raise BrokenEntry(job_id, "not JSON") from None
    if not isinstance(data, dict):
        raise BrokenEntry(job_id, "not a JSON object")
    missing = [name for name in ("id", "operation") if not isinstance(data.get(name), str)]
    if missing or not isinstance(data.get("params", {}), dict):
        raise BrokenEntry(job_id, f"missing {', '.join(missing) or 'params'}")
    try:
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
    except (TypeError, ValueError):
        raise BrokenEntry(job_id, "fields of the wrong type") from None
