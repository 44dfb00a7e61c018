"""Base classes of the generated resources (``client.sonic``, ``client.nuro``, ...).

The generated methods only collect their keyword arguments; these bases validate them,
build the request with the generated request builder, send it through the client's retry
loop and turn the answer into a model, a :class:`TaskCreated` or a :class:`Task`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, ClassVar

from musicapi import _core
from musicapi._errors import InvalidRequestError
from musicapi._task import AsyncTaskCreated, Task, TaskCreated, parse_task
from musicapi._wait import AsyncProgressCallback, ProgressCallback, wait_async, wait_sync

if TYPE_CHECKING:
    import httpx

    from musicapi._client import AsyncMusicAPI, MusicAPI
    from musicapi_generated.operations import Operation


def _operation(key: str) -> Operation:
    return _operations()[key]


@functools.cache
def _operations() -> dict[str, Operation]:
    from musicapi_generated.operations import OPERATIONS

    return OPERATIONS


def _check_task_id(task_id: object) -> str:
    cleaned = task_id.strip() if isinstance(task_id, str) else ""
    if not cleaned or "/" in cleaned:
        raise InvalidRequestError(
            f"task_id must be a non-empty id string, got {task_id!r}", field="task_id"
        )
    return cleaned


def _parse_task(
    op: Operation, task_id: str, response: httpx.Response, expected: int | None
) -> Task:
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
        error = _core.shape_error(op.key, response, exc)
        error.task_id = task_id
        raise error from None


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

    def _send(
        self, op: Operation, params: dict[str, Any] | None, extra: dict[str, Any] | None
    ) -> httpx.Response:
        parts = _core.prepare(self._client._settings, op, params, extra)
        request = self._client._http.build_request(**parts)
        return self._client._send(request, idempotent=op.method == "GET")

    def _create(
        self, key: str, params: dict[str, Any], extra: dict[str, Any] | None
    ) -> TaskCreated:
        op = _operation(key)
        fields = _core.created_fields(op, self._send(op, params, extra))
        return TaskCreated(**fields, _waiter=self._wait_created)

    def _call(self, key: str, params: dict[str, Any] | None, extra: dict[str, Any] | None) -> Any:
        op = _operation(key)
        return _core.parse_model(op, self._send(op, params, extra))

    def _get_task(self, key: str, task_id: str, expected_clips: int | None = None) -> Task:
        op = _operation(key)
        task_id = _check_task_id(task_id)
        parts = _core.request_parts(self._client._settings, op, None, task_id)
        response = self._client._send(
            self._client._http.build_request(**parts), idempotent=True, task_id=task_id
        )
        return _parse_task(op, task_id, response, expected_clips)

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
            lambda: self._get_task(key, task_id, expected),
            family=self.family,
            task_id=task_id,
            timeout=timeout,
            on_progress=on_progress,
            schedule=self._client.poll_schedule,
            sleep=self._client._sleep,
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

    async def _send(
        self, op: Operation, params: dict[str, Any] | None, extra: dict[str, Any] | None
    ) -> httpx.Response:
        parts = _core.prepare(self._client._settings, op, params, extra)
        request = self._client._http.build_request(**parts)
        return await self._client._send(request, idempotent=op.method == "GET")

    async def _create(
        self, key: str, params: dict[str, Any], extra: dict[str, Any] | None
    ) -> AsyncTaskCreated:
        op = _operation(key)
        fields = _core.created_fields(op, await self._send(op, params, extra))
        return AsyncTaskCreated(**fields, _waiter=self._wait_created)

    async def _call(
        self, key: str, params: dict[str, Any] | None, extra: dict[str, Any] | None
    ) -> Any:
        op = _operation(key)
        return _core.parse_model(op, await self._send(op, params, extra))

    async def _get_task(self, key: str, task_id: str, expected_clips: int | None = None) -> Task:
        op = _operation(key)
        task_id = _check_task_id(task_id)
        parts = _core.request_parts(self._client._settings, op, None, task_id)
        request = self._client._http.build_request(**parts)
        response = await self._client._send(request, idempotent=True, task_id=task_id)
        return _parse_task(op, task_id, response, expected_clips)

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
            lambda: self._get_task(key, task_id, expected),
            family=self.family,
            task_id=task_id,
            timeout=timeout,
            on_progress=on_progress,
            schedule=self._client.poll_schedule,
            sleep=self._client._sleep,
        )

    async def _wait_created(self, created: AsyncTaskCreated, **options: Any) -> Task:
        return await self._wait(f"{created.family}.get", created, **options)
