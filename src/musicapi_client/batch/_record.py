"""A shared batch worker's own record: what it sent and created, kept on its own disk.

Redis holds a shared batch; when Redis loses it (FLUSHALL, a restart without persistence,
an eviction), the task ids of the creates a worker paid for must not be lost with it. So
every move of a job the worker holds (its claims, creates, downloads, the jobs it takes
over) is also committed here, in ``DIR/worker.sqlite`` (the SQLite journal a local batch
uses, so it survives SIGKILL and power loss), before the next step. It also notes the
workers it saw holding jobs, so that ``musicapi batch restore`` can tell when the record
of one of them is missing (restoring without it could send that worker's jobs again).
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from musicapi_client.batch._journal import Journal

if TYPE_CHECKING:
    from pathlib import Path

    from musicapi_client.batch._journal import Entry

RECORD = "worker.sqlite"
WORKERS = """
CREATE TABLE IF NOT EXISTS workers (
    worker TEXT PRIMARY KEY,
    out TEXT,
    mine INTEGER NOT NULL DEFAULT 0,
    seen_at REAL NOT NULL
)
"""
COLUMNS = (
    "id", "seq", "operation", "params", "fingerprint", "download", "name", "credits", "state",
    "task_id", "family", "expected_clips", "clips", "files", "error", "sends", "sent_at",
    "finished_at", "updated_at", "worker", "out",
)  # fmt: skip


class WorkerRecord(Journal):
    """``DIR/worker.sqlite``: the jobs this worker held, as Redis had them after each move
    (the same table as a local journal), and the workers it saw."""

    def __init__(self, path: Path, worker: str | None = None, out: str | None = None) -> None:
        super().__init__(path)
        with self._db:
            self._db.execute(WORKERS)
        self._seen: set[str] = set()
        if worker is not None:
            self.note_workers({worker: out}, mine=True)

    def keep(self, entry: Entry) -> None:
        """Commit ``entry`` (inserted, or replacing what was kept of the job)."""
        row = self._db.execute("SELECT seq FROM jobs WHERE id = ?", (entry.id,)).fetchone()
        if row is not None:
            seq = row[0]
        else:
            seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs").fetchone()[0]
        values = (
            entry.id, seq, entry.operation, json.dumps(entry.params, ensure_ascii=False),
            entry.fingerprint, int(entry.download), entry.name, entry.credits, entry.state,
            entry.task_id, entry.family, entry.expected_clips, json.dumps(entry.clips),
            json.dumps(entry.files), entry.error, entry.sends, entry.sent_at, entry.finished_at,
            time.time(), entry.worker, entry.out,
        )  # fmt: skip
        marks = ", ".join("?" * len(COLUMNS))
        with self._db:
            self._db.execute(
                f"INSERT OR REPLACE INTO jobs ({', '.join(COLUMNS)}) VALUES ({marks})",  # noqa: S608 - our columns
                values,
            )

    def note_workers(self, workers: dict[str, str | None], *, mine: bool = False) -> None:
        """Remember workers seen holding jobs (``mine``: this worker's own runs)."""
        new = {name: out for name, out in workers.items() if name and name not in self._seen}
        if not new:
            return
        now = time.time()
        with self._db:
            self._db.executemany(
                "INSERT INTO workers (worker, out, mine, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(worker) DO UPDATE SET mine = max(mine, excluded.mine)",
                [(name, out, int(mine), now) for name, out in new.items()],
            )
        self._seen.update(new)

    def workers(self) -> dict[str, tuple[str | None, bool]]:
        """Every worker noted: its --out directory, and whether it was this record's own."""
        rows = self._db.execute("SELECT worker, out, mine FROM workers ORDER BY seen_at")
        return {row[0]: (row[1], bool(row[2])) for row in rows}


__all__ = ["RECORD", "WorkerRecord"]
