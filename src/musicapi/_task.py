"""Tasks and clips, normalised across the four task families.

sonic and riffusion answer ``{code, data: [clips]}``, studio ``{code: "success", data:
{status, data: {songs}}}``, nuro a flat object. :class:`Task` gives them one shape: a
``status`` of pending, running, succeeded or failed (the server's own value stays in
``raw_status``) and a list of :class:`Clip`. The parsed generated model is kept in
``raw``; unknown fields survive there (``raw.model_extra``) and on ``Clip`` attributes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from pydantic import BaseModel

Status = Literal["pending", "running", "succeeded", "failed"]
TERMINAL: frozenset[str] = frozenset({"succeeded", "failed"})
FAILED_STATES = frozenset({"failed", "error", "failure", "cancelled", "canceled"})
STUDIO_STATUS: dict[str, Status] = {
    "NOT_START": "pending",
    "SUBMITTED": "pending",
    "IN_PROGRESS": "running",
    "SUCCESS": "succeeded",
    "FAILURE": "failed",
    "FAILED": "failed",
    "FAIL": "failed",
}


@dataclass(slots=True)
class Clip:
    """One song of a task. Fields the API adds later are reachable as attributes too."""

    clip_id: str
    state: str
    title: str | None = None
    audio_url: str | None = None
    image_url: str | None = None
    video_url: str | None = None
    duration: float | None = None
    lyrics: str | None = None
    tags: str | None = None
    raw: Any = field(default=None, repr=False)

    def __getattr__(self, name: str) -> Any:
        raw = object.__getattribute__(self, "raw")
        if raw is not None and not name.startswith("_"):
            try:
                return getattr(raw, name)
            except AttributeError:
                pass
        raise AttributeError(name)

    @property
    def ready(self) -> bool:
        """True once the clip's audio is final."""
        return self.state == "succeeded" and bool(self.audio_url)


@dataclass(slots=True)
class Task:
    """A poll result: normalised status, clips, and the server's raw answer."""

    task_id: str
    family: str
    status: Status
    raw_status: str
    clips: list[Clip] = field(default_factory=list)
    progress: int | None = None
    error: str | None = None
    http_status: int = 200
    retry_after: float | None = None
    raw: Any = field(default=None, repr=False)

    @property
    def done(self) -> bool:
        """True when the task will not change any more (succeeded or failed)."""
        return self.status in TERMINAL


@dataclass(slots=True)
class TaskCreated:
    """A create call's answer. ``wait()`` polls the task to completion."""

    task_id: str
    family: str
    operation: str
    expected_clips: int | None = None
    message: str | None = None
    raw: Any = field(default=None, repr=False)
    _waiter: Callable[..., Task] | None = field(default=None, repr=False, compare=False)

    def wait(self, **options: Any) -> Task:
        """Wait for this task (same options as the family's ``wait``)."""
        if self._waiter is None:
            raise RuntimeError("this TaskCreated is not bound to a client")
        return self._waiter(self, **options)


@dataclass(slots=True)
class AsyncTaskCreated:
    """An async create call's answer. ``await created.wait()`` polls to completion."""

    task_id: str
    family: str
    operation: str
    expected_clips: int | None = None
    message: str | None = None
    raw: Any = field(default=None, repr=False)
    _waiter: Callable[..., Awaitable[Task]] | None = field(default=None, repr=False, compare=False)

    async def wait(self, **options: Any) -> Task:
        """Wait for this task (same options as the family's ``wait``)."""
        if self._waiter is None:
            raise RuntimeError("this AsyncTaskCreated is not bound to a client")
        return await self._waiter(self, **options)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _num(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _progress(value: Any) -> int | None:
    number = _num(value.rstrip("%") if isinstance(value, str) else value)
    return None if number is None else int(number)


@functools.cache
def _adapter(name: str) -> Any:
    from pydantic import TypeAdapter

    from musicapi_generated import models

    return TypeAdapter(getattr(models, name))


def _failure(task_id: str, family: str, body: dict[str, Any], http_status: int) -> Task:
    model = _adapter("TaskFailure").validate_python(body)
    reason = _str(body.get("error")) or _str(body.get("message")) or str(body.get("type"))
    return Task(
        task_id, family, "failed", str(body.get("type")), [], None, reason, http_status, raw=model
    )


def _clip_task(
    task_id: str,
    family: str,
    body: dict[str, Any],
    http_status: int,
    expected: int,
    model_name: str,
) -> Task:
    model: BaseModel = _adapter(model_name).validate_python(body)
    clips = [
        Clip(
            clip_id=c.clip_id,
            state=c.state,
            title=c.title,
            audio_url=c.audio_url,
            image_url=c.image_url,
            video_url=c.video_url,
            duration=_num(c.duration),
            lyrics=c.lyrics,
            tags=getattr(c, "tags", None) or getattr(c, "sound", None),
            raw=c,
        )
        for c in model.data  # type: ignore[attr-defined]
    ]
    states = [c.state for c in clips]
    status: Status
    if any(s in FAILED_STATES for s in states):
        status = "failed"
    elif clips and len(clips) >= expected and all(s == "succeeded" for s in states):
        status = "succeeded"
    elif not clips or all(s in {"pending", "submitted", "queued"} for s in states):
        status = "pending"
    else:
        status = "running"
    error = "a clip failed" if status == "failed" else None
    raw_status = ",".join(states) if states else "empty"
    return Task(task_id, family, status, raw_status, clips, None, error, http_status, raw=model)


def _studio_task(task_id: str, body: dict[str, Any], http_status: int) -> Task:
    model: Any = _adapter("StudioTask").validate_python(body)
    data = model.data
    raw_status = str(data.status)
    status = STUDIO_STATUS.get(raw_status.upper(), "running")
    songs = data.data.songs if data.data is not None and data.data.songs else []
    clips = [
        Clip(
            clip_id=s.id,
            state="succeeded" if status == "succeeded" or s.finished else raw_status.lower(),
            title=s.title,
            audio_url=s.song_path,
            image_url=s.image_path,
            duration=_num(s.duration),
            lyrics=s.lyrics,
            tags=", ".join(s.tags) if s.tags else None,
            raw=s,
        )
        for s in songs
    ]
    error = _str(data.fail_reason) if status == "failed" else None
    return Task(
        task_id,
        "studio",
        status,
        raw_status,
        clips,
        _progress(data.progress),
        error,
        http_status,
        raw=model,
    )


def _nuro_task(task_id: str, body: dict[str, Any], http_status: int) -> Task:
    model: Any = _adapter("NuroTask").validate_python(body)
    raw_status = str(model.status)
    lowered = raw_status.lower()
    status: Status = (
        lowered  # type: ignore[assignment]
        if lowered in {"pending", "running", "succeeded"}
        else ("failed" if lowered in FAILED_STATES else "running")
    )
    clips = []
    if _str(model.audio_url):
        clips.append(
            Clip(
                clip_id=model.task_id,
                state=lowered,
                audio_url=model.audio_url,
                duration=_num(model.duration) or None,
                lyrics=_str(model.lyrics),
                tags=", ".join(x for x in (model.genre, model.mood) if x) or None,
                raw=model,
            )
        )
    error = "the task failed" if status == "failed" else None
    return Task(
        task_id,
        "nuro",
        status,
        raw_status,
        clips,
        _progress(model.progress),
        error,
        http_status,
        raw=model,
    )


def parse_task(
    family: str,
    task_id: str,
    body: Any,
    *,
    http_status: int,
    expected_clips: int | None,
    retry_after: float | None = None,
) -> Task:
    """Turn a task endpoint's answer (200 or 202) into a :class:`Task`."""
    if not isinstance(body, dict):
        body = {}
    if http_status == 202 or body.get("type") == "not_ready":
        model = _adapter("TaskNotReady").validate_python(body) if "type" in body else None
        task = Task(
            task_id,
            family,
            "pending",
            str(body.get("type", "not_ready")),
            http_status=http_status,
            raw=model,
        )
    elif "type" in body and "data" not in body and "status" not in body:
        task = _failure(task_id, family, body, http_status)
    elif family == "studio":
        task = _studio_task(task_id, body, http_status)
    elif family == "nuro":
        task = _nuro_task(task_id, body, http_status)
    else:
        model_name = "SonicTask" if family == "sonic" else "RiffusionTask"
        task = _clip_task(task_id, family, body, http_status, expected_clips or 1, model_name)
    task.retry_after = retry_after
    return task
