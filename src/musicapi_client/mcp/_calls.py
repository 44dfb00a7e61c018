"""What each tool does, through the client: so an agent gets every promise the client keeps
(never a create twice, pacing, the spend limit, adaptive waits, typed errors).

Each call answers with structured content (matching the tool's output schema), a short
text, and the clips' audio as resource links. A refusal or an API error is a tool error the
agent can read; an unknown outcome says so, with the task id when known and the words
"do not create again; check get_task".
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import mcp_types as types

from musicapi_client._errors import (
    BudgetExceededError,
    InvalidRequestError,
    MusicAPIError,
    NotFoundError,
    TaskFailedError,
    WaitTimeoutError,
)
from musicapi_client.mcp._tools import DEFAULT_WAIT, MAX_WAIT, UNKNOWN_OUTCOME, ToolSpec

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from pathlib import Path

    from musicapi_client import AsyncMusicAPI, Clip, Task
    from musicapi_client._operation import Catalog

Progress = "Callable[[float, str], Awaitable[None]]"
MAX_KNOWN_TASKS = 10_000
HEARTBEAT = 10.0  # seconds between progress notifications while a wait runs (< 15)


class ToolFailure(Exception):
    """A call the agent should read as a tool error: ``data`` is its structured content."""

    def __init__(self, text: str, data: dict[str, Any]) -> None:
        super().__init__(text)
        self.text = text
        self.data = data


class Tasks:
    """The family of each task this server started (bounded), for calls given an id alone."""

    def __init__(self) -> None:
        self._family: OrderedDict[str, str] = OrderedDict()

    def remember(self, task_id: str, family: str) -> None:
        self._family[task_id] = family
        self._family.move_to_end(task_id)
        while len(self._family) > MAX_KNOWN_TASKS:
            self._family.popitem(last=False)

    def family(self, task_id: str) -> str | None:
        return self._family.get(task_id)


def failure(exc: Exception, task_id: str | None = None) -> ToolFailure:
    """The tool error for ``exc`` (messages are the client's: no key, no secret)."""
    if isinstance(exc, BudgetExceededError):
        data = {"error": "spend_limit", "budget": exc.budget, "limit": exc.limit,
                "reserved": exc.reserved, "price": exc.amount, "sent": False}  # fmt: skip
        return ToolFailure(f"Refused before sending (nothing was charged): {exc}", data)
    if isinstance(exc, InvalidRequestError):
        return ToolFailure(
            f"Bad input, nothing sent: {exc}", {"error": "invalid", "field": exc.field}
        )
    if isinstance(exc, MusicAPIError):
        found = task_id or exc.task_id
        data = {"error": type(exc).__name__, "outcome_unknown": exc.outcome_unknown,
                "task_id": found}  # fmt: skip
        advice = getattr(exc, "advice", "")
        if advice:
            data["advice"] = advice
        text = str(exc)
        if exc.outcome_unknown:
            which = f" (task_id {found})" if found else ""
            text = f"Outcome unknown{which}: {UNKNOWN_OUTCOME}. {text}"
        return ToolFailure(text, data)
    raise exc


def clip_data(clip: Clip) -> dict[str, Any]:
    return {
        "clip_id": clip.clip_id,
        "state": clip.state,
        "title": clip.title,
        "audio_url": clip.audio_url,
        "stream_url": clip.stream_url,
        "duration": clip.duration,
    }


def audio_links(task: Task) -> list[types.ResourceLink]:
    """Each clip's audio (its live stream while it streams) as a resource link."""
    links = []
    for clip in task.clips:
        url = clip.stream_url or clip.audio_url
        if url:
            name = clip.title or clip.clip_id
            links.append(types.ResourceLink(uri=url, name=name, mime_type=_mime(url)))
    return links


def _mime(url: str) -> str:
    lowered = url.split("?", 1)[0].lower()
    for suffix, mime in ((".wav", "audio/wav"), (".m4a", "audio/mp4"), (".mp3", "audio/mpeg")):
        if lowered.endswith(suffix):
            return mime
    return "audio/mpeg"


def task_data(task: Task, *, done: bool, nxt: str) -> dict[str, Any]:
    return {
        "task_id": task.task_id,
        "family": task.family,
        "status": task.status,
        "raw_status": task.raw_status,
        "clips": [clip_data(c) for c in task.clips],
        "error": task.error,
        "done": done,
        "next": nxt,
    }


class Calls:
    """Runs tools for one client (one MusicAPI key)."""

    def __init__(
        self,
        client: AsyncMusicAPI,
        tasks: Tasks,
        *,
        download_dir: Path | None,
        heartbeat: float = HEARTBEAT,
    ) -> None:
        self.client = client
        self.tasks = tasks
        self.download_dir = download_dir
        self.heartbeat = heartbeat
        self.catalog: Catalog = client.catalog()

    async def run(
        self,
        tool: ToolSpec,
        args: dict[str, Any],
        progress: Callable[[float, str], Awaitable[None]],
    ) -> tuple[dict[str, Any], str, list[types.ResourceLink]]:
        """(structured content, text, links) of one call; ToolFailure for a tool error."""
        if tool.kind == "create":
            return await self._create(tool, args)
        if tool.kind == "get_credits":
            return await self._credits()
        task_id = _text(args, "task_id")
        family = await self._family(task_id, args.get("family"))
        if tool.kind == "get_task":
            task = await getattr(self.client, family).get(task_id)
            data = task_data(task, done=task.done, nxt=_next(task))
            return data, _said(task), audio_links(task)
        if tool.kind == "wait_for_task":
            return await self._wait(task_id, family, args, progress)
        return await self._download(task_id, family, _text(args, "clip_id"))

    async def _create(
        self, tool: ToolSpec, args: dict[str, Any]
    ) -> tuple[dict[str, Any], str, list[types.ResourceLink]]:
        op = tool.operation
        assert op is not None
        known = {param.name for param in op.params}
        unknown = sorted(set(args) - known)
        if unknown:
            raise ToolFailure(
                f"Bad input, nothing sent: {op.key} takes no {', '.join(unknown)}",
                {"error": "invalid", "field": unknown[0]},
            )
        resource = getattr(self.client, op.family)
        try:
            created = await getattr(resource, op.name)(**args)
        except MusicAPIError as exc:
            raise failure(exc) from None
        self.tasks.remember(created.task_id, created.family)
        price = self.client.credit_prices.get(op.key)
        nxt = f"call wait_for_task with task_id {created.task_id!r}; never create it again"
        data = {"task_id": created.task_id, "family": created.family, "operation": op.key,
                "credits": price, "next": nxt}  # fmt: skip
        cost = f" (about {price:g} credits)" if price is not None else ""
        return data, f"Started {op.family} task {created.task_id}{cost}. Next: {nxt}.", []

    async def _credits(self) -> tuple[dict[str, Any], str, list[types.ResourceLink]]:
        try:
            answer = await self.client.credits.get()
        except MusicAPIError as exc:
            raise failure(exc) from None
        status = await self.client.budget()
        limit = status.to_dict() if status.limit is not None else None
        data = {"credits": answer.credits, "extra_credits": getattr(answer, "extra_credits", 0),
                "spend_limit": limit}  # fmt: skip
        text = f"{answer.credits:g} credits left"
        if limit is not None:
            text += f"; this server may still spend {status.left:g} of your {status.limit:g}"
        return data, text, []

    async def _family(self, task_id: str, given: object) -> str:
        """The task's family: given, remembered from its create, or found by asking each
        family that is not retired (task reads are free)."""
        families = self.catalog.families
        if isinstance(given, str):
            if given not in families or families[given].poll is None:
                raise ToolFailure(
                    f"Unknown family {given!r}", {"error": "invalid", "field": "family"}
                )
            return given
        remembered = self.tasks.family(task_id)
        if remembered is not None:
            return remembered
        for name in self.catalog.polled:
            if families[name].deprecated:
                continue
            with contextlib.suppress(NotFoundError, InvalidRequestError):
                await getattr(self.client, name).get(task_id)
                self.tasks.remember(task_id, name)
                return name
        raise ToolFailure(
            f"No task {task_id!r} in any family (give family= if it is an older one)",
            {"error": "not_found", "task_id": task_id},
        )

    async def _wait(
        self,
        task_id: str,
        family: str,
        args: dict[str, Any],
        progress: Callable[[float, str], Awaitable[None]],
    ) -> tuple[dict[str, Any], str, list[types.ResourceLink]]:
        timeout = args.get("timeout", DEFAULT_WAIT)
        if (
            isinstance(timeout, bool)
            or not isinstance(timeout, int | float)
            or not 0 < timeout <= MAX_WAIT
        ):
            raise ToolFailure(
                f"timeout must be a number of seconds above 0 and at most {MAX_WAIT:g}",
                {"error": "invalid", "field": "timeout"},
            )
        until = args.get("until", "complete")
        started = time.monotonic()
        state = ["waiting"]

        def polled(task: Task) -> None:
            state[0] = f"{task.status} ({task.raw_status})"

        async def beat() -> None:
            while True:
                await asyncio.sleep(self.heartbeat)
                await progress(time.monotonic() - started, f"{family} task {task_id}: {state[0]}")

        beating = asyncio.create_task(beat())
        try:
            task = await getattr(self.client, family).wait(
                task_id, timeout=float(timeout), until=until, on_progress=polled
            )
            done = task.done
            nxt = "" if done else "the song can be played now (stream_url); wait again for the file"
        except TaskFailedError as exc:
            task, done, nxt = exc.task, True, ""
        except WaitTimeoutError as exc:
            if exc.task is None:
                raise failure(exc, task_id) from None
            task, done = exc.task, False
            nxt = f"call wait_for_task again with task_id {task_id!r}: the task goes on"
        except MusicAPIError as exc:
            raise failure(exc, task_id) from None
        finally:
            beating.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beating
        data = task_data(task, done=done, nxt=nxt)
        return data, _said(task) + (f" Next: {nxt}." if nxt else ""), audio_links(task)

    async def _download(
        self, task_id: str, family: str, clip_id: str
    ) -> tuple[dict[str, Any], str, list[types.ResourceLink]]:
        try:
            task = await getattr(self.client, family).get(task_id)
        except MusicAPIError as exc:
            raise failure(exc, task_id) from None
        clip = next((c for c in task.clips if c.clip_id == clip_id), None)
        if clip is None or not clip.ready or not clip.audio_url:
            raise ToolFailure(
                f"Clip {clip_id} of task {task_id} has no finished audio yet: wait_for_task first",
                {"error": "not_ready", "clip_id": clip_id},
            )
        path = None
        if self.download_dir is not None:
            try:
                path = str(await self.client.download(clip, self.download_dir))
            except MusicAPIError as exc:
                raise failure(exc, task_id) from None
        data = {"clip_id": clip.clip_id, "url": clip.audio_url, "path": path}
        text = f"Saved {path}" if path else f"The audio is at {clip.audio_url}"
        return (
            data,
            text,
            audio_links(
                type(task)(task.task_id, task.family, task.status, task.raw_status, [clip])
            ),
        )


def _text(args: dict[str, Any], name: str) -> str:
    value = args.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ToolFailure(f"{name} is required (a string)", {"error": "invalid", "field": name})
    return value.strip()


def _next(task: Task) -> str:
    if task.done:
        return ""
    return f"call wait_for_task with task_id {task.task_id!r}"


def _said(task: Task) -> str:
    clips = ", ".join(f"{c.clip_id} {c.state}" for c in task.clips) or "no clips yet"
    extra = f": {task.error}" if task.error else ""
    return f"{task.family} task {task.task_id} is {task.status}{extra} ({clips})."


def as_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)
