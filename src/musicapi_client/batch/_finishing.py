"""Finishing a created job: wait for its task, download its audio, commit the outcome."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from musicapi_client._errors import (
    APIStatusError,
    MusicAPIError,
    TaskFailedError,
    WaitTimeoutError,
)
from musicapi_client.batch._state import BatchState

if TYPE_CHECKING:
    from musicapi_client._task import Task
    from musicapi_client.batch._journal import Entry

AUDIO = "audio"  # the folder of a run's --out the files go to
AUDIO_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".flac", ".ogg", ".opus", ".aac"})


def _clip_row(clip: Any) -> dict[str, Any]:
    return {
        "clip_id": clip.clip_id,
        "state": clip.state,
        "title": clip.title,
        "audio_url": clip.audio_url,
        "duration": clip.duration,
    }


def _suffix(url: str) -> str:
    suffix = Path(urlsplit(url).path).suffix.lower()
    return suffix if suffix in AUDIO_SUFFIXES else ".mp3"


class Finishing(BatchState):
    """Waits and downloads: every created job ends here, in this run or a later one."""

    async def finish(self, entry: Entry) -> None:
        """Wait for the job's task and download its audio; commit the outcome."""
        self.finishing.add(entry.id)
        assert entry.task_id is not None
        assert entry.family is not None
        resource = getattr(self.client, entry.family)
        try:
            task: Task = await resource.wait(
                entry.task_id, timeout=self.wait_timeout, expected_clips=entry.expected_clips
            )
        except TaskFailedError as exc:
            clips = [_clip_row(c) for c in exc.task.clips]
            await self._settle(entry, "failed", clips=clips, error=str(exc))
            return
        except WaitTimeoutError as exc:
            await self._settle(entry, "created", error=f"{exc} (a rerun resumes the wait)")
            return
        except MusicAPIError as exc:
            lost = isinstance(exc, APIStatusError) and 400 <= exc.status_code < 500
            await self._settle(entry, "failed" if lost else "created", error=str(exc))
            return
        clips = [_clip_row(c) for c in task.clips]
        files: list[str] = []
        if entry.download:
            try:
                files = await self._download(entry, task)
            except MusicAPIError as exc:
                await self._settle(entry, "created", clips=clips, error=f"download: {exc}")
                return
            if self.provenance:  # every file of it was marked as it was written
                clips = [{**row, "provenance": bool(row["audio_url"])} for row in clips]
        await self._settle(
            entry, "done", clips=clips, files=files, error=None, finished_at=time.time()
        )

    async def _download(self, entry: Entry, task: Task) -> list[str]:
        """Fetch each clip; a file counts as downloaded only if this job's journal row
        says this job wrote it (each file is journaled as soon as it is complete)."""
        folder = self.out / AUDIO
        folder.mkdir(parents=True, exist_ok=True)
        written = list(entry.files)
        files = []
        for n, clip in enumerate((c for c in task.clips if c.audio_url), 1):
            assert clip.audio_url is not None
            stem = f"{entry.stem}-{n}"
            kept = next((f for f in written if Path(f).name.startswith(stem + ".")), None)
            if kept is not None and (self.out / kept).exists():
                files.append(kept)
                continue
            target = folder / f"{stem}{_suffix(clip.audio_url)}"
            final = await self.client.download(clip, target, provenance=self.provenance)
            name = str(final.relative_to(self.out))
            if name not in written:
                written = [f for f in written if f != kept] + [name]
                await self.journal.move(entry.id, "created", files=written)
            files.append(name)
        return files

    async def _settle(self, entry: Entry, state: str, **fields: Any) -> None:
        moved = await self.journal.move(entry.id, state, **fields)
        # Back to created: the task exists, its wait or downloads are for the next run.
        await self.emit("incomplete" if state == "created" else state, moved)
