"""Tasks and clips, normalised across the task families.

A poll's answer comes in one of a few shapes, named in the spec (``x-task-shape`` on the
answer's schema): ``clip-list`` (sonic and riffusion: ``{code, data: [clips]}``),
``studio`` (``{code, data: {status, data: {songs}}}``), ``nuro`` (a flat object),
``failure`` (an upstream-failure body) and ``not-ready`` (the 202 answer). Each shape has
one normaliser here (``SHAPES``); a new family whose answers have a known shape needs
no code. :class:`Task` gives them one form: a ``status`` of pending, running, succeeded or
failed (the server's own value stays in ``raw_status``) and a list of :class:`Clip`. The
parsed generated model is kept in ``raw``; unknown fields survive there
(``raw.model_extra``) and on ``Clip`` attributes.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from musicapi_client._operation import Family, Operation

Status = Literal["pending", "running", "succeeded", "failed"]
ProgressCallback = Callable[["Task"], object]
AsyncProgressCallback = Callable[["Task"], object | Awaitable[object]]
TERMINAL: frozenset[str] = frozenset({"succeeded", "failed"})
FAILED_STATES = frozenset({"failed", "error", "failure", "cancelled", "canceled"})
STREAMABLE_STATES = frozenset({"streaming", "succeeded"})
# Clip states whose audio_url is a live stream (growing until the song is done), not the file.
LIVE_STATES = frozenset({"streaming"})
Until = Literal["complete", "streaming"]
STUDIO_STATUS: dict[str, Status] = {
    "NOT_START": "pending",
    "SUBMITTED": "pending",
    "IN_PROGRESS": "running",
    "SUCCESS": "succeeded",
    "FAILURE": "failed",
    "FAILED": "failed",
    "FAIL": "failed",
}


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: models dumped, dataclasses as dicts of their public
    fields, lists item by item."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.name.startswith("_")
        }
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


class AsData:
    """``to_dict()`` and ``to_json()`` for results (as openai-python's models have)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The result as plain data (the server's raw answer under ``raw``)."""
        found: dict[str, Any] = plain(self)
        return found

    def to_json(self, *, indent: int | None = 2) -> str:
        """The result as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


@dataclass(slots=True)
class Clip(AsData):
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
    # The model the create asked for (``mv``), when this clip came from that create's wait.
    requested_model: str | None = None
    # The task it belongs to (set by the task that lists it).
    task_id: str | None = field(default=None, compare=False)

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

    @property
    def stream_url(self) -> str | None:
        """The live URL to listen to while the clip is still ``streaming`` (its
        ``audio_url`` then grows until the song is done), else None: listen early with it
        (``client.stream_audio(clip)``, a player), never save it as the song."""
        return self.audio_url if self.state in LIVE_STATES and self.audio_url else None

    @property
    def model(self) -> str | None:
        """The model that rendered this clip, as the answer reports it (``mv``), or None.

        Since 2026-09-09 sonic-v6 renders the retired ids; compare with
        :attr:`requested_model` to see what was asked for.
        """
        for name in ("mv", "model_name"):
            value = getattr(self.raw, name, None)
            if isinstance(value, str) and value:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Stem:
    """One separated track of a stems task: its name (as the answer gives it) and audio."""

    name: str
    audio_url: str | None
    clip: Clip = field(repr=False)


@dataclass(slots=True)
class Task(AsData):
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
    # For a failed task: whether the answer says the credits were refunded (None: not said).
    refunded: bool | None = None
    # The server's id of the answer this was read from (x-request-id, ...), if it sent one.
    request_id: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        for clip in self.clips:  # each clip knows its task (a download's provenance says it)
            if clip.task_id is None:
                clip.task_id = self.task_id

    @property
    def all_clips_ready(self) -> bool:
        """True when the answer lists clips and every one has succeeded."""
        return bool(self.clips) and all(c.state == "succeeded" for c in self.clips)

    @property
    def stems(self) -> list[Stem]:
        """The clips as stems (a stems_basic or stems_full task), however many there are.

        The name is the clip's title, else a ``stem``/``type``/``instrument`` field of the
        answer, else ``stem N``: the 2026 answers' exact stem fields are not documented.
        """
        found = []
        for number, clip in enumerate(self.clips, 1):
            named = clip.title or next(
                (
                    value
                    for key in ("stem", "stem_type", "type", "instrument", "name")
                    if isinstance(value := getattr(clip.raw, key, None), str) and value
                ),
                f"stem {number}",
            )
            found.append(Stem(named, clip.audio_url, clip))
        return found

    @property
    def streamable(self) -> bool:
        """True when the answer lists clips and every one can be played (streaming or done)."""
        return bool(self.clips) and all(
            c.audio_url and c.state in STREAMABLE_STATES for c in self.clips
        )

    @property
    def done(self) -> bool:
        """True when the task will not change any more (succeeded or failed)."""
        return self.status in TERMINAL


@dataclass(slots=True)
class _Created(AsData):
    """What a create call answered: the task id, and how to recognise completion."""

    task_id: str
    family: str
    operation: str
    expected_clips: int | None = None
    message: str | None = None
    raw: Any = field(default=None, repr=False)
    requested_model: str | None = None  # the ``mv`` the create sent, if any
    # The server's id of the create's answer (x-request-id, ...), if it sent one.
    request_id: str | None = field(default=None, compare=False)


def with_requested_model(task: Task, created: _Created) -> Task:
    """``task`` with each clip saying which model its create asked for."""
    if created.requested_model is not None:
        for clip in task.clips:
            clip.requested_model = created.requested_model
    return task


class Waiter(Protocol):
    """What a TaskCreated waits through: the resource of its family (``client.sonic``...)."""

    def wait(
        self,
        task: TaskCreated,
        *,
        timeout: float = ...,
        on_progress: ProgressCallback | None = ...,
        expected_clips: int | None = ...,
        until: Until = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, object] | None = ...,
    ) -> Task: ...


class AsyncWaiter(Protocol):
    """What an AsyncTaskCreated waits through: the async resource of its family."""

    async def wait(
        self,
        task: AsyncTaskCreated,
        *,
        timeout: float = ...,
        on_progress: AsyncProgressCallback | None = ...,
        expected_clips: int | None = ...,
        until: Until = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, object] | None = ...,
    ) -> Task: ...


@dataclass(slots=True)
class TaskCreated(_Created):
    """A create call's answer. ``wait()`` polls the task to completion."""

    _waiter: Waiter | None = field(default=None, repr=False, compare=False)

    def wait(
        self,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Until = "complete",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Task:
        """Poll this task until it completes (or, ``until="streaming"``, can be played);
        ``extra_headers`` and ``extra_query`` go with every poll."""
        if self._waiter is None:
            raise RuntimeError(f"this {type(self).__name__} is not bound to a client")
        task = self._waiter.wait(
            self,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return with_requested_model(task, self)


@dataclass(slots=True)
class AsyncTaskCreated(_Created):
    """An async create call's answer. ``await created.wait()`` polls to completion."""

    _waiter: AsyncWaiter | None = field(default=None, repr=False, compare=False)

    async def wait(
        self,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Until = "complete",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Task:
        """Poll this task until it completes (or, ``until="streaming"``, can be played);
        ``extra_headers`` and ``extra_query`` go with every poll."""
        if self._waiter is None:
            raise RuntimeError(f"this {type(self).__name__} is not bound to a client")
        task = await self._waiter.wait(
            self,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return with_requested_model(task, self)


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


def _validate_first(models: tuple[Any, ...], content: bytes) -> Any:
    """The first of ``models`` that accepts ``content``; else the first model's error."""
    first: Exception | None = None
    for model in models:
        try:
            return model.__pydantic_validator__.validate_json(content)
        except ValueError as exc:  # pydantic's ValidationError
            if any(e["type"] == "json_invalid" for e in exc.errors()):  # type: ignore[attr-defined]
                raise
            first = first or exc
    if first is None:
        raise LookupError("the spec names no model for this answer")
    raise first


def _failure(task_id: str, family: str, model: Any, http_status: int) -> Task:
    kind = str(model.type)
    if kind == "not_ready":
        return Task(task_id, family, "pending", kind, [], None, None, http_status, raw=model)
    reason = _str(model.error) or _str(model.message) or kind
    return Task(task_id, family, "failed", kind, [], None, reason, http_status, raw=model)


def _clip_task(task_id: str, family: str, model: Any, http_status: int, expected: int) -> Task:
    clips = []
    states = []
    failed = pending = succeeded = 0
    for c in model.data:
        state = c.state
        states.append(state)
        duration = c.duration
        if not isinstance(duration, float):
            duration = _num(duration)
        clips.append(
            Clip(
                c.clip_id,
                state,
                c.title,
                c.audio_url,
                c.image_url,
                c.video_url,
                duration,
                c.lyrics,
                getattr(c, "tags", None) or getattr(c, "sound", None),
                c,
            )
        )
        if state == "succeeded":
            succeeded += 1
        elif state in FAILED_STATES:
            failed += 1
        elif state in {"pending", "submitted", "queued"}:
            pending += 1
    count = len(clips)
    status: Status
    if failed:
        status = "failed"
    elif count and succeeded == count and count >= expected:
        status = "succeeded"
    elif pending == count:
        status = "pending"
    else:
        status = "running"
    error = "a clip failed" if failed else None
    raw_status = ",".join(states) if states else "empty"
    return Task(task_id, family, status, raw_status, clips, None, error, http_status, raw=model)


def _studio_task(task_id: str, model: Any, http_status: int) -> Task:
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
    progress = _progress(data.progress)
    return Task(
        task_id, "studio", status, raw_status, clips, progress, error, http_status, raw=model
    )


def _nuro_task(task_id: str, model: Any, http_status: int) -> Task:
    raw_status = str(model.status)
    lowered = raw_status.lower()
    status: Status = (
        lowered  # type: ignore[assignment]
        if lowered in {"pending", "running", "succeeded"}
        else ("failed" if lowered in FAILED_STATES else "running")
    )
    progress = _progress(model.progress)
    if status == "running" and progress == 100 and _str(model.audio_url):
        status = "succeeded"  # some answers report progress 100 with audio before the status
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
    return Task(task_id, "nuro", status, raw_status, clips, progress, error, http_status, raw=model)


def _not_ready(task_id: str, family: str, model: Any, http_status: int, expected: int) -> Task:
    raw_status = str(model.type) if model is not None else "not_ready"
    return Task(task_id, family, "pending", raw_status, http_status=http_status, raw=model)


PRODUCER_STATUS: dict[str, Status] = {
    "PENDING": "pending",
    "RUNNING": "running",
    "SUCCESS": "succeeded",
    "FAILED": "failed",
}


def _producer_task(task_id: str, family: str, model: Any, http_status: int, _: int) -> Task:
    """``{status: PENDING|RUNNING|SUCCESS|FAILED, message, data: [...]}``.

    The status says when the task is over, so no clip count is needed; ``data`` items
    differ by task kind (songs, a re-encoded file, lyrics, a video): each becomes a Clip
    with what it has. A FAILED answer's message says whether credits were refunded.
    """
    raw_status = str(model.status)
    status = PRODUCER_STATUS.get(raw_status.upper(), "running")
    clips = []
    for number, item in enumerate(model.data or []):
        clips.append(
            Clip(
                clip_id=_str(item.clip_id) or f"{task_id}-{number}",
                state=_str(item.state) or ("succeeded" if status == "succeeded" else raw_status),
                title=_str(item.title),
                audio_url=_str(item.audio_url),
                image_url=_str(item.image_url),
                video_url=_str(item.video_url),
                duration=_num(item.duration),
                lyrics=_str(item.lyrics),
                tags=_str(item.sound),
                raw=item,
            )
        )
    message = _str(model.message) or ""
    error = (message or "the task failed") if status == "failed" else None
    refunded: bool | None = None
    lowered = message.lower()
    if status == "failed" and "refund" in lowered:
        # "credits refunded" / "... not refunded" / "could not be refunded"
        refunded = "not" not in lowered.split("refund")[0][-12:]
    task = Task(task_id, family, status, raw_status, clips, None, error, http_status, raw=model)
    task.refunded = refunded
    return task


Normaliser = Callable[[str, str, Any, int, int], Task]
SHAPES: dict[str, Normaliser] = {
    "clip-list": _clip_task,
    "studio": lambda task_id, family, model, status, _: _studio_task(task_id, model, status),
    "nuro": lambda task_id, family, model, status, _: _nuro_task(task_id, model, status),
    "failure": lambda task_id, family, model, status, _: _failure(task_id, family, model, status),
    "not-ready": _not_ready,
    "producer": _producer_task,
}


def parse_task(
    family: Family,
    op: Operation,
    task_id: str,
    content: bytes,
    *,
    http_status: int,
    expected_clips: int | None,
    retry_after: float | None = None,
) -> Task:
    """Turn a task endpoint's answer (200 or 202, as raw bytes) into a :class:`Task`.

    The models to try come from the endpoint's responses for ``http_status``, the
    normaliser from the family's ``task_shapes``. Raises pydantic's ValidationError when a
    200 body matches none of them; a 202 always means "not ready".
    """
    models = op.endpoint.responses.get(http_status, ())
    expected = expected_clips or op.expected_clips or 1
    try:
        model = _validate_first(models, content)
    except (ValueError, LookupError):
        if http_status != 202:
            raise
        model = None  # an empty or unexpected 202 body still means "not ready"
    shape = "not-ready" if model is None else family.task_shapes[type(model)]
    task = SHAPES[shape](task_id, family.name, model, http_status, expected)
    task.retry_after = retry_after
    return task


# A 5xx poll answer whose JSON body says the task itself failed (seen from the gateway as
# 504 with {"type": "failed", "message": "... refunded"}) is a failed task, not a
# transient error; an HTML 504 page from a proxy stays transient.
FAILED_ANSWER_STATUS = frozenset({504})


def failed_task(family: str, task_id: str, status: int, body: Any) -> Task | None:
    """The failed Task a 5xx poll answer describes, or None when it is just an error."""
    if status not in FAILED_ANSWER_STATUS or not isinstance(body, dict):
        return None
    kind = body.get("type")
    message = _str(body.get("message")) or _str(body.get("error")) or ""
    says_failed = kind in FAILED_STATES or "fail" in message.lower()
    refund = body.get("already_refunded", body.get("refunded"))
    if not says_failed and refund is None:
        return None
    refunded = refund if isinstance(refund, bool) else ("refund" in message.lower() or None)
    reason = message or str(kind or "failed")
    return Task(
        task_id,
        family,
        "failed",
        str(kind or "failed"),
        [],
        None,
        reason,
        status,
        raw=body,
        refunded=refunded,
    )
