"""The batch journal: every job's state in SQLite, committed before the next step.

States and the only moves between them::

    planned -> sending -> created -> done
                       -> rejected          (refused: nothing was started, nothing paid)
                       -> unknown           (the create may or may not have started a task)
                       -> planned           (provably never sent: it will be sent later)
    created -> failed | created (a wait or download to try again on the next run)
    done    -> created                      (a download went missing: fetch it again)
    unknown -> planned                      (only when the user asks: --resubmit-unknown)

A job is marked ``sending`` (committed) before its create leaves, and ``created`` with its
task id (committed) once the answer is read. A crash between the two leaves ``sending``,
which the next run turns into ``unknown``, never into a second create. WAL mode with
synchronous=FULL: a committed state survives SIGKILL and power loss.

The file is created readable by its owner only (0600), and keeps no secret: a job's
``webhook_secret`` stays in the job file, which every run reads again.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from musicapi_client._errors import InvalidRequestError
from musicapi_client.batch._credits import budget_name
from musicapi_client.batch._jobs import digest, file_stem, public_params

if TYPE_CHECKING:
    from pathlib import Path

    from musicapi_client.batch._jobs import Job

STATES = ("planned", "sending", "created", "done", "failed", "rejected", "unknown")
MOVES: dict[str, frozenset[str]] = {
    "sending": frozenset({"planned"}),
    "created": frozenset({"sending", "created", "done"}),
    "done": frozenset({"created"}),
    "failed": frozenset({"created"}),
    "rejected": frozenset({"sending"}),
    "unknown": frozenset({"sending"}),
    "planned": frozenset({"sending", "unknown"}),
}
SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    operation TEXT NOT NULL,
    params TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    download INTEGER NOT NULL,
    name TEXT,
    credits REAL,
    state TEXT NOT NULL,
    task_id TEXT,
    family TEXT,
    expected_clips INTEGER,
    clips TEXT,
    files TEXT,
    error TEXT,
    sends INTEGER NOT NULL DEFAULT 0,
    sent_at REAL,
    finished_at REAL,
    updated_at REAL NOT NULL,
    worker TEXT,
    out TEXT
)
"""
# Columns added since the first schema: (name, type), added to older files when opened.
ADDED_COLUMNS = (("worker", "TEXT"), ("out", "TEXT"))


class JournalError(InvalidRequestError):
    """The journal does not match the job file, or a move between states is not allowed."""


class BudgetReached(Exception):
    """A claim would pass the budget held across a shared batch's workers."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One job as the journal has it."""

    id: str
    seq: int
    operation: str
    params: dict[str, Any]
    download: bool
    name: str | None
    credits: float | None
    state: str
    task_id: str | None
    family: str | None
    expected_clips: int | None
    clips: list[dict[str, Any]]
    files: list[str]
    error: str | None
    sends: int
    sent_at: float | None
    finished_at: float | None
    fingerprint: str = ""
    # A batch shared through Redis: which worker took the job, and its --out directory.
    worker: str | None = None
    out: str | None = None

    @property
    def stem(self) -> str:
        """File name stem of its downloads (the job's name, else its id made safe)."""
        return file_stem(self.name, self.id)


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(
        id=row["id"],
        seq=row["seq"],
        operation=row["operation"],
        params=json.loads(row["params"]),
        download=bool(row["download"]),
        name=row["name"],
        credits=row["credits"],
        state=row["state"],
        task_id=row["task_id"],
        family=row["family"],
        expected_clips=row["expected_clips"],
        clips=json.loads(row["clips"] or "[]"),
        files=json.loads(row["files"] or "[]"),
        error=row["error"],
        sends=row["sends"],
        sent_at=row["sent_at"],
        finished_at=row["finished_at"],
        fingerprint=row["fingerprint"],
        worker=row["worker"],
        out=row["out"],
    )


class Journal:
    """The SQLite file of one batch directory."""

    shared = False  # one process runs it (SharedJournal: many, through Redis)

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            _private_file(path)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute(SCHEMA)
            self._add_columns()
        except (sqlite3.Error, OSError) as exc:
            raise JournalError(f"{path}: not a usable batch journal ({exc})") from None

    def _add_columns(self) -> None:
        """Bring a journal an older version wrote up to the current columns."""
        have = {row[1] for row in self._db.execute("PRAGMA table_info(jobs)")}
        for name, kind in ADDED_COLUMNS:
            if name not in have:
                self._db.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind}")

    def close(self) -> None:
        """Close the database (every state is already committed)."""
        self._db.close()

    # ------------------------------------------------------------------ planning
    def plan(self, jobs: list[Job], credits: dict[str, float | None]) -> int:
        """Add the jobs the journal does not have yet; return how many were added.

        A job already journaled must send what it sent before (same fingerprint): a
        resumed run never sends something else under a known id.
        """
        known = {
            row["id"]: row["fingerprint"]
            for row in self._db.execute("SELECT id, fingerprint FROM jobs")
        }
        self._forget_secrets(jobs, known)
        changed = [job.id for job in jobs if job.id in known and known[job.id] != job.fingerprint]
        if changed:
            raise JournalError(
                f"{len(changed)} job(s) changed since this batch started "
                f"({', '.join(changed[:5])}): give them new ids, or use a new --out directory",
                field="id",
            )
        new = [job for job in jobs if job.id not in known]
        now = time.time()
        start = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM jobs").fetchone()[0]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT INTO jobs (id, seq, operation, params, fingerprint, download, name, "
                "credits, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?)",
                [
                    (
                        job.id,
                        start + n,
                        job.operation,
                        json.dumps(public_params(job.params), ensure_ascii=False),
                        job.fingerprint,
                        int(job.download),
                        job.name,
                        credits.get(job.operation),
                        now,
                    )
                    for n, job in enumerate(new, 1)
                ],
            )
        return len(new)

    def _forget_secrets(self, jobs: list[Job], known: dict[str, str]) -> None:
        """Journals written by 0.2.0 kept secrets and digested them: scrub both."""
        for job in jobs:
            if job.id not in known or public_params(job.params) == job.params:
                continue  # nothing secret in it: the digest is the same either way
            if known[job.id] == digest(job.operation, job.params):  # 0.2.0's, secrets in
                known[job.id] = job.fingerprint
                with self._db:
                    self._db.execute(
                        "UPDATE jobs SET params = ?, fingerprint = ? WHERE id = ?",
                        (
                            json.dumps(public_params(job.params), ensure_ascii=False),
                            job.fingerprint,
                            job.id,
                        ),
                    )

    def restore(self, job_id: str, state: str, **fields: Any) -> Entry:
        """Set a planned job's state as a manifest recorded it (rebuilding a lost journal)."""
        if state not in STATES:
            raise JournalError(f"job {job_id!r}: unknown state {state!r}")
        self._update(job_id, state, frozenset({"planned"}), fields)
        return self.get(job_id)

    # ------------------------------------------------------------------ reading
    def entries(self, *states: str) -> list[Entry]:
        """Jobs in file order, only those in ``states`` when given."""
        query = "SELECT * FROM jobs"
        if states:
            query += f" WHERE state IN ({', '.join('?' * len(states))})"
        return [_entry(row) for row in self._db.execute(query + " ORDER BY seq", states)]

    def get(self, job_id: str) -> Entry:
        """One job."""
        row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise JournalError(f"no job {job_id!r} in {self.path}")
        return _entry(row)

    def counts(self) -> dict[str, int]:
        """How many jobs are in each state (every state listed)."""
        found = dict.fromkeys(STATES, 0)
        for row in self._db.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state"):
            found[row[0]] = row[1]
        return found

    def credits_committed(self) -> float:
        """Estimated credits of every job that was or may have been started."""
        row = self._db.execute(
            "SELECT COALESCE(SUM(credits), 0) FROM jobs "
            "WHERE state IN ('sending', 'created', 'done', 'failed', 'unknown')"
        ).fetchone()
        return float(row[0])

    # ------------------------------------------------------------------ moving
    def move(self, job_id: str, state: str, **fields: Any) -> Entry:
        """Move one job to ``state`` (and set ``fields``), committed before returning."""
        if self._update(job_id, state, MOVES[state], fields) != 1:
            current = self.get(job_id).state
            raise JournalError(f"job {job_id!r} cannot move from {current} to {state}")
        return self.get(job_id)

    def _update(
        self, job_id: str, state: str, sources: frozenset[str], fields: dict[str, Any]
    ) -> int:
        """Set ``state`` and ``fields`` if the job is in one of ``sources``; rows changed."""
        values = {
            key: json.dumps(value) if key in {"clips", "files"} else value
            for key, value in fields.items()
        }
        values["updated_at"] = time.time()
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self._db:
            cursor = self._db.execute(
                f"UPDATE jobs SET state = ?, {assignments} WHERE id = ? AND state IN "  # noqa: S608 - column names are ours
                f"({', '.join('?' * len(sources))})",
                (state, *values.values(), job_id, *sorted(sources)),
            )
        return int(cursor.rowcount)

    def claim(self, job_id: str, budget: float | None = None, **fields: Any) -> Entry | None:
        """``planned -> sending`` (one process runs a SQLite journal: always its own; its
        budget is held by the run's ledger, so ``budget`` is not needed here)."""
        return self.move(job_id, "sending", **fields)

    def to_finish(self) -> list[Entry]:
        """The ``created`` jobs to wait for and download."""
        return self.entries("created")

    def heartbeat(self) -> None:
        """Nothing to renew: the directory lock keeps other runs out."""

    def known(self) -> bool:
        """The file holds the batch (it is never lost from under a run)."""
        return True

    def recover(self) -> list[Entry]:
        """After a crash: jobs left ``sending`` become ``unknown`` (returned)."""
        stranded = self.entries("sending")
        for entry in stranded:
            self.move(entry.id, "unknown", error="the run stopped while this create was being sent")
        return [self.get(entry.id) for entry in stranded]


def _private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only (0600), or make an existing one so.

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)


class LocalJournal:
    """A :class:`Journal` behind the async interface the batch runner drives (the one a
    shared journal has): the same calls, answered at once from the SQLite file."""

    shared = False
    lost = False
    worker: str | None = None

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.path = journal.path
        self.broken: dict[str, str] = {}
        # max_credits's named budget: one per batch directory (the client's, in process)
        self.budget = budget_name(str(journal.path.resolve().parent))

    async def plan(self, jobs: list[Job], credits: dict[str, float | None]) -> int:
        return self.journal.plan(jobs, credits)

    async def entries(self, *states: str) -> list[Entry]:
        return self.journal.entries(*states)

    async def get(self, job_id: str) -> Entry:
        return self.journal.get(job_id)

    async def counts(self) -> dict[str, int]:
        return self.journal.counts()

    async def credits_committed(self) -> float:
        return self.journal.credits_committed()

    async def move(self, job_id: str, state: str, **fields: Any) -> Entry:
        return self.journal.move(job_id, state, **fields)

    async def claim(self, job_id: str, budget: float | None = None, **fields: Any) -> Entry | None:
        return self.journal.claim(job_id, budget, **fields)

    async def to_finish(self) -> list[Entry]:
        return self.journal.to_finish()

    async def recover(self) -> list[Entry]:
        return self.journal.recover()

    async def heartbeat(self) -> None:
        """Nothing to renew: the directory lock keeps other runs out."""

    async def known(self) -> bool:
        return True

    async def close(self) -> None:
        self.journal.close()
