"""Rebuilding a shared batch in Redis from its workers' records (``musicapi batch restore``).

When Redis loses a shared batch (a flush, a restart without persistence, an eviction),
each worker still has its own record (``DIR/worker.sqlite``, see ``_record``). Restoring
plans the batch again and sets each job to the furthest state any record gives it: a
task id is awaited again (``created``, ``done``, ``failed``), a create sent without an
answer stays ``unknown``, a refused one ``rejected``; only the jobs no record names are
planned, to be sent. A record also names the workers it saw holding jobs: restoring
without one of them is refused (their jobs would be sent again) unless asked for.
"""

from __future__ import annotations

import asyncio
import os  # noqa: TC003 - os.PathLike is in the public signatures
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from musicapi_client._errors import InvalidRequestError
from musicapi_client.batch._jobs import Job, load_jobs
from musicapi_client.batch._journal import JournalError
from musicapi_client.batch._manifest import state_of
from musicapi_client.batch._record import RECORD, WorkerRecord

if TYPE_CHECKING:
    from musicapi_client import AsyncMusicAPI
    from musicapi_client.batch._journal import Entry

# Which record of a job wins when several name it (a worker took over another's job).
RANK = {"done": 6, "failed": 5, "created": 4, "unknown": 3, "sending": 3, "rejected": 2}
KEPT = ("task_id", "family", "expected_clips", "clips", "files", "sends", "error", "sent_at")
KEPT_TOO = ("finished_at", "worker", "out")


@dataclass
class RestoreResult:
    """What a restore did: the batch, how many jobs it set from the records, how many
    Redis already had further along, and how many stay planned."""

    batch: str
    restored: int
    kept: int
    planned: int
    notes: list[str] = field(default_factory=list)


def _records(dirs: list[str | os.PathLike[str]]) -> list[WorkerRecord]:
    found: list[WorkerRecord] = []
    for folder in dirs:
        path = Path(folder) / RECORD
        if not path.is_file():
            for record in found:
                record.close()
            raise JournalError(f"{folder} has no worker record ({RECORD}): not a worker's --out")
        found.append(WorkerRecord(path))
    return found


def _missing_workers(records: list[WorkerRecord]) -> dict[str, str | None]:
    """Workers some record saw holding jobs whose own record is not among ``records``."""
    own: set[str] = set()
    seen: dict[str, str | None] = {}
    for record in records:
        for worker, (out, mine) in record.workers().items():
            if mine:
                own.add(worker)
            else:
                seen.setdefault(worker, out)
    return {worker: out for worker, out in seen.items() if worker not in own}


def _furthest(records: list[WorkerRecord]) -> dict[str, Entry]:
    best: dict[str, Entry] = {}
    for record in records:
        for entry in record.entries():
            rank = RANK.get(entry.state, 0)
            known = best.get(entry.id)
            if rank and (known is None or rank > RANK.get(known.state, 0)):
                best[entry.id] = entry
    return best


async def arestore(
    jobs: str | os.PathLike[str] | list[Job],
    dirs: list[str | os.PathLike[str]],
    *,
    client: AsyncMusicAPI,
    allow_missing: bool = False,
) -> RestoreResult:
    """Rebuild the shared batch of ``jobs`` in the client's Redis from the records in
    ``dirs`` (every worker's --out); see the module's docstring."""
    from musicapi_client.batch._shared_journal import SharedJournal, batch_key

    link = client._coordination()
    if link is None:
        raise InvalidRequestError("a restore needs the client's redis_url", field="redis_url")
    if not dirs:
        raise InvalidRequestError("name every worker's --out directory", field="dirs")
    loaded = jobs if isinstance(jobs, list) else load_jobs(jobs, client.catalog())
    records = _records(dirs)
    try:
        missing = _missing_workers(records)
        if missing and not allow_missing:
            listed = ", ".join(f"{worker} (--out {out})" for worker, out in missing.items())
            raise JournalError(
                f"the records name {len(missing)} worker(s) whose record is not given: "
                f"{listed}. Give their directories too (copied here if they ran elsewhere); "
                "restoring without them would plan the jobs only they recorded, and send "
                "them again (--allow-missing does it anyway)"
            )
        best = _furthest(records)
    finally:
        for record in records:
            record.close()
    journal = SharedJournal(link, batch_key(loaded), out="")
    await journal.plan(loaded, client.credit_prices)
    restored = kept = 0
    for job in loaded:
        entry = best.get(job.id)
        if entry is None:
            continue
        state = state_of({"status": entry.state, "task_id": entry.task_id})
        if state is None:
            continue
        fields = {name: getattr(entry, name) for name in (*KEPT, *KEPT_TOO)}
        if await journal.restore(job.id, state, **fields):
            restored += 1
        else:
            kept += 1
    planned = (await journal.counts())["planned"]
    notes = [f"{len(missing)} worker record(s) missing: restored without them"] if missing else []
    return RestoreResult(journal.batch, restored, kept, planned, notes)


def restore(
    jobs: str | os.PathLike[str] | list[Job],
    dirs: list[str | os.PathLike[str]],
    *,
    client: AsyncMusicAPI,
    allow_missing: bool = False,
) -> RestoreResult:
    """:func:`arestore` from synchronous code."""
    return asyncio.run(arestore(jobs, dirs, client=client, allow_missing=allow_missing))


__all__ = ["RestoreResult", "arestore", "restore"]
