"""``manifest.jsonl``: the batch's outcome, one row per job, and the journal's second record.

It is rewritten from the journal (atomically, owner-only 0600) when a run ends. If the
journal is lost (deleted, or a new disk with only the outputs copied), the next run
rebuilds it from the manifest instead of sending every job again: each job the manifest
gives a task id is awaited (its files fetched if missing), each job it lists as sent
without an answer stays ``unknown``, and only the jobs it never sent are sent.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import TYPE_CHECKING, Any

from musicapi_client._errors import MusicAPIError
from musicapi_client.batch._journal import Journal, JournalError

if TYPE_CHECKING:
    from pathlib import Path

    from musicapi_client.batch._jobs import Job
    from musicapi_client.batch._journal import Entry

MANIFEST = "manifest.jsonl"
BEFORE_REBUILD = "manifest.before-rebuild.jsonl"


class BatchError(MusicAPIError):
    """A batch stopped on an unexpected error (a full disk, a bug); the journal is intact."""


def write_manifest(
    journal: Journal | list[Entry], out: Path, *, shared: bool | None = None
) -> Path:
    """DIR/manifest.jsonl: one row per job, from a local journal or the entries given
    (``shared``: a shared batch's, with the worker and directory of each), atomically."""
    if isinstance(journal, Journal):
        entries, shared = journal.entries(), bool(shared)
    else:
        entries, shared = journal, bool(shared)
    try:
        return _write(entries, shared, out)
    except OSError as exc:
        raise BatchError(f"cannot write {out / MANIFEST}: {exc}") from None


def _write(entries: list[Entry], shared: bool, out: Path) -> Path:
    path = out / MANIFEST
    partial = path.with_suffix(".jsonl.part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # a leftover .part of other permissions
    with open(descriptor, "w", encoding="utf-8") as handle:
        for entry in entries:
            duration = (
                round(entry.finished_at - entry.sent_at, 3)
                if entry.finished_at and entry.sent_at
                else None
            )
            row = {
                "id": entry.id,
                "operation": entry.operation,
                "status": entry.state,
                "task_id": entry.task_id,
                "clips": entry.clips,
                "files": entry.files,
                "duration": duration,
                "credits": entry.credits,
                # True when every file of the job was marked as AI-generated (--provenance).
                "provenance": bool(entry.files)
                and all(clip.get("provenance") for clip in entry.clips if clip.get("audio_url")),
                "sends": entry.sends,
                "error": entry.error,
                "fingerprint": entry.fingerprint,
            }
            if shared:  # which worker took it, and where its files are
                row |= {"worker": entry.worker, "out": entry.out}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
    return path


def read_rows(out: Path) -> list[dict[str, Any]]:
    """The manifest's rows (unreadable lines are skipped: a row is only a hint)."""
    rows: list[dict[str, Any]] = []
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise JournalError(
            f"{out / MANIFEST} cannot be read to rebuild the journal: {exc}"
        ) from None
    for line in text.split("\n"):
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("id"), str):
            rows.append(row)
    return rows


def state_of(row: dict[str, Any]) -> str | None:
    """The journal state a manifest row stands for (None: never sent, leave it planned)."""
    status, task_id = row.get("status"), row.get("task_id")
    if isinstance(task_id, str) and task_id:
        return status if status in {"done", "failed"} else "created"
    if status in {"sending", "unknown", "created", "done"}:
        return "unknown"  # sent, and no task id kept: it may have started a task
    if status == "rejected":
        return "rejected"
    return None


def rebuild(journal: Journal, out: Path, jobs: list[Job], families: dict[str, str]) -> str:
    """Restore the states the manifest records for the jobs of the file; a note saying so.

    ``families`` maps an operation key to its family (where its tasks are polled). A job
    whose content changed since the manifest was written is refused like a changed job.
    """
    rows = {row["id"]: row for row in read_rows(out)}
    changed = [
        job.id
        for job in jobs
        if job.id in rows and rows[job.id].get("fingerprint") not in (None, job.fingerprint)
    ]
    if changed:
        raise JournalError(
            f"{len(changed)} job(s) changed since the manifest was written "
            f"({', '.join(changed[:5])}): give them new ids, or use a new --out directory",
            field="id",
        )
    shutil.copyfile(out / MANIFEST, out / BEFORE_REBUILD)
    restored = awaited = 0
    for job in jobs:
        row = rows.get(job.id)
        state = state_of(row) if row else None
        if row is None or state is None:
            continue
        task_id = row.get("task_id") if state in {"done", "failed", "created"} else None
        journal.restore(
            job.id,
            state,
            task_id=task_id,
            family=families.get(job.operation) if task_id else None,
            clips=[c for c in row.get("clips") or [] if isinstance(c, dict)],
            files=[f for f in row.get("files") or [] if isinstance(f, str)],
            sends=row.get("sends") if isinstance(row.get("sends"), int) else 1,
            error=row.get("error") if isinstance(row.get("error"), str) else None,
        )
        restored += 1
        awaited += task_id is not None
    left = len([row for row in rows if row not in {job.id for job in jobs}])
    note = (
        f"no journal: rebuilt it from {MANIFEST} ({restored} job(s) restored, {awaited} with "
        f"a task id, none sent again; the old manifest is kept as {BEFORE_REBUILD})"
    )
    if left:
        note += f"; {left} job(s) of the manifest are not in the job file"
    return note


__all__ = ["MANIFEST", "BatchError", "read_rows", "rebuild", "write_manifest"]
