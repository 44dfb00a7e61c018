"""Base classes of the generated resources (``client.sonic``, ``client.nuro``, ...).

The generated methods only collect their keyword arguments; these bases validate them,
build the request with the generated request builder, send it through the client's retry
loop and turn the answer into a model, a :class:`TaskCreated` or a :class:`Task`.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any, ClassVar

from musicapi import _core
from musicapi._errors import InvalidRequestError
from musicapi._task import AsyncTaskCreated, Task, TaskCreated, parse_task
from musicapi._wait import AsyncProgressCallback, ProgressCallback, wait_async, wait_sync

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from musicapi._client import AsyncMusicAPI, MusicAPI
    from musicapi_generated.operations import Operation


def _operation(key: str) -> Operation:
    return _operations()[key]


@functools.cache
def _operations() -> dict[str, Operation]:
    from musicapi_generated.operations import OPERATIONS

    return OPERATIONS


# A task id becomes one path segment: nothing that could leave it (``/``, ``\\``, ``.``
# and ``..``) or end it early (``?``, ``#``), no ``%`` (no pre-encoded escapes), no
# whitespace or control characters. Real ids are UUIDs; anything else is caller error.
_ID_FORBIDDEN = frozenset("/\\?#%")


def _check_task_id(task_id: object) -> str:
    cleaned = task_id.strip() if isinstance(task_id, str) else ""
    if (
        not cleaned
        or cleaned in {".", ".."}
        or len(cleaned) > 200
        or not cleaned.isprintable()
        or any(char.isspace() or char in _ID_FORBIDDEN for char in cleaned)
    ):
        shown = repr(task_id)[:60] if isinstance(task_id, str) else type(task_id).__name__
        raise InvalidRequestError(
            f"task_id must be an id such as the one a create returned, got {shown}",
            field="task_id",
        )
    return cleaned


def _task_parser(
    op: Operation, task_id: str, expected: int | None
) -> Callable[[httpx.Response], Task]:
    def parse(response: httpx.Response) -> Task:
        try:
            return parse_task(
                op.family,
                task_id,
                response.content,
                http_status=response.status_code,
                expected_clips=expected or op.expected_clips,
                retry_after=_core.retry_after(response),
            )
        except ValueError as exc:  # pydantic's ValidationError
            raise _core.shape_error(op.key, response, exc) from None

    return parse


def _created_parser(op: Operation) -> Callable[[httpx.Response], dict[str, Any]]:
    return lambda response: _core.created_fields(op, response)


def _model_parser(op: Operation) -> Callable[[httpx.Response], Any]:
    return lambda response: _core.parse_model(op, response)


def _poll_request(
    client: MusicAPI | AsyncMusicAPI, op: Operation, task_id: str, remaining: float | None
) -> httpx.Request:
    parts = _core.request_parts(client._settings, op, None, task_id)
    request = _core.build_request(client._http, parts, "task_id")
    if remaining is not None:  # a poll inside wait(): never outlive its deadline
        base = client._settings.request_timeout or client._http.timeout
        request.extensions["timeout"] = _core.shrink_timeout(base, remaining)
    return request


def _check_timeout(timeout: object) -> float:
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise InvalidRequestError(
            f"timeout must be a finite number of seconds > 0, got {timeout!r}", field="timeout"
        )
    return float(timeout)


def _unpack(
    task: str | TaskCreated | AsyncTaskCreated, expected_clips: int | None
) -> tuple[str, int | None]:
    if isinstance(task, TaskCreated | AsyncTaskCreated):
        return _check_task_id(task.task_id), expected_clips or task.expected_clips
    return _check_task_id(task), expected_clips


class SyncResource:
    """Shared plumbing of the sync resources."""

    family: ClassVar[str]

    def __init__(self, client: MusicAPI) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    def _request(
        self, op: Operation, params: dict[str, Any] | None, extra: object
    ) -> httpx.Request:
        parts = _core.prepare(self._client._settings, op, params, extra)
        return _core.build_request(self._client._http, parts)

    def _create(self, key: str, params: dict[str, Any], extra: object) -> TaskCreated:
        op = _operation(key)
        fields = self._client._execute(self._request(op, params, extra), _created_parser(op))
        return TaskCreated(**fields, _waiter=self._wait_created)

    def _call(self, key: str, params: dict[str, Any] | None, extra: object) -> Any:
        op = _operation(key)
        return self._client._execute(self._request(op, params, extra), _model_parser(op))

    def _get_task(
        self,
        key: str,
        task_id: str,
        expected_clips: int | None = None,
        *,
        remaining: float | None = None,
    ) -> Task:
        op = _operation(key)
        task_id = _check_task_id(task_id)
        request = _poll_request(self._client, op, task_id, remaining)
        parse = _task_parser(op, task_id, expected_clips)
        return self._client._execute(request, parse, task_id=task_id, retries=remaining is None)

    def _wait(
        self,
        key: str,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        task_id, expected = _unpack(task, expected_clips)
        return wait_sync(
            lambda remaining: self._get_task(key, task_id, expected, remaining=remaining),
            family=self.family,
            task_id=task_id,
            timeout=_check_timeout(timeout),
            on_progress=on_progress,
            schedule=self._client.poll_schedule,
            retry=self._client._settings.retry,
            clock=self._client._clock,
        )

    def _wait_created(self, created: TaskCreated, **options: Any) -> Task:
        return self._wait(f"{created.family}.get", created, **options)


class AsyncResource:
    """Shared plumbing of the async resources."""

    family: ClassVar[str]

    def __init__(self, client: AsyncMusicAPI) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    def _request(
        self, op: Operation, params: dict[str, Any] | None, extra: object
    ) -> httpx.Request:
        parts = _core.prepare(self._client._settings, op, params, extra)
        return _core.build_request(self._client._http, parts)

    async def _create(self, key: str, params: dict[str, Any], extra: object) -> AsyncTaskCreated:
        op = _operation(key)
        request = self._request(op, params, extra)
        fields = await self._client._execute(request, _created_parser(op))
        return AsyncTaskCreated(**fields, _waiter=self._wait_created)

    async def _call(self, key: str, params: dict[str, Any] | None, extra: object) -> Any:
        op = _operation(key)
        return await self._client._execute(self._request(op, params, extra), _model_parser(op))

    async def _get_task(
        self,
        key: str,
        task_id: str,
        expected_clips: int | None = None,
        *,
        remaining: float | None = None,
    ) -> Task:
        op = _operation(key)
        task_id = _check_task_id(task_id)
        request = _poll_request(self._client, op, task_id, remaining)
        parse = _task_parser(op, task_id, expected_clips)
        return await self._client._execute(
            request, parse, task_id=task_id, retries=remaining is None
        )

    async def _wait(
        self,
        key: str,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        task_id, expected = _unpack(task, expected_clips)
        return await wait_async(
            lambda remaining: self._get_task(key, task_id, expected, remaining=remaining),
            family=self.family,
            task_id=task_id,
            timeout=_check_timeout(timeout),
            on_progress=on_progress,
            schedule=self._client.poll_schedule,
            retry=self._client._settings.retry,
            clock=self._client._clock,
        )

    async def _wait_created(self, created: AsyncTaskCreated, **options: Any) -> Task:
        return await self._wait(f"{created.family}.get", created, **options)
