"""Base classes of the generated resources (``client.sonic``, ``client.nuro``, ...).

A generated method collects its keyword arguments and hands them, with its
:class:`~musicapi_client._operation.Operation`, to one of these: ``_create``, ``_call``,
``_get_task`` or ``_wait``. They build the request, send it through the client, and turn
the answer into a model, a :class:`TaskCreated` or a :class:`Task`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from musicapi_client import _request
from musicapi_client._errors import APIStatusError, InvalidRequestError, shape_error
from musicapi_client._task import (
    AsyncProgressCallback,
    AsyncTaskCreated,
    ProgressCallback,
    Task,
    TaskCreated,
    Until,
    failed_task,
    parse_task,
    with_requested_model,
)
from musicapi_client._validation import is_finite_number
from musicapi_client._wait import wait_async, wait_sync

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from musicapi_client._base_client import AsyncClient, SyncClient
    from musicapi_client._clock import Clock
    from musicapi_client._operation import Family, Operation

# A task id becomes one path segment: nothing that could leave it (``/``, ``\\``, ``.``
# and ``..``) or end it early (``?``, ``#``), no ``%`` (no pre-encoded escapes), no
# whitespace or control characters. Real ids are UUIDs; anything else is caller error.
_ID_FORBIDDEN = re.compile(r"[\s/\\?#%]")
_ID_PLAIN = re.compile(r"[A-Za-z0-9_-]{1,200}")


def check_task_id(task_id: object) -> str:
    """``task_id`` stripped, or InvalidRequestError if it could leave its path segment."""
    if isinstance(task_id, str) and _ID_PLAIN.fullmatch(task_id):
        return task_id  # the usual UUID: nothing to strip or refuse
    cleaned = task_id.strip() if isinstance(task_id, str) else ""
    if (
        not cleaned
        or cleaned in {".", ".."}
        or len(cleaned) > 200
        or not cleaned.isprintable()
        or _ID_FORBIDDEN.search(cleaned)
    ):
        shown = repr(task_id)[:60] if isinstance(task_id, str) else type(task_id).__name__
        raise InvalidRequestError(
            f"task_id must be an id such as the one a create returned, got {shown}",
            field="task_id",
        )
    return cleaned


def _check_timeout(timeout: object) -> float:
    if not is_finite_number(timeout) or timeout <= 0:
        raise InvalidRequestError(
            f"timeout must be a finite number of seconds > 0, got {timeout!r}", field="timeout"
        )
    return float(timeout)


def _check_until(until: object) -> Until:
    if until not in ("complete", "streaming"):
        raise InvalidRequestError(
            f"until must be 'complete' or 'streaming', got {until!r}", field="until"
        )
    return until


def _unpack(
    task: str | TaskCreated | AsyncTaskCreated, expected_clips: int | None
) -> tuple[str, int | None]:
    if isinstance(task, TaskCreated | AsyncTaskCreated):
        return check_task_id(task.task_id), expected_clips or task.expected_clips
    return check_task_id(task), expected_clips


def _task_parser(
    family: Family, op: Operation, task_id: str, expected: int | None
) -> Callable[[httpx.Response], Task]:
    def parse(response: httpx.Response) -> Task:
        try:
            return parse_task(
                family,
                op,
                task_id,
                response.content,
                http_status=response.status_code,
                expected_clips=expected,
                retry_after=_request.retry_after(response),
            )
        except (ValueError, LookupError) as exc:  # pydantic's ValidationError; no model
            raise shape_error(op.key, response, exc) from None

    return parse


def _model_of(params: dict[str, Any], extra: object) -> str | None:
    """The model a create asks for: ``extra_body``'s ``mv`` wins, as it is what is sent."""
    value = extra.get("mv") if isinstance(extra, dict) and "mv" in extra else params.get("mv")
    return value if isinstance(value, str) else None


def _created_parser(op: Operation) -> Callable[[httpx.Response], dict[str, Any]]:
    return lambda response: _request.created_fields(op, response)


def _model_parser(op: Operation) -> Callable[[httpx.Response], Any]:
    return lambda response: _request.parse_model(op, response)


class SyncResource:
    """Shared plumbing of the sync resources; ``family`` is set by each generated class."""

    family: ClassVar[Family]

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    def _request(
        self, op: Operation, params: dict[str, Any] | None, extra: object
    ) -> httpx.Request:
        client = self._client
        return _request.call_request(
            client._http, client._settings, client._headers, op, params, extra
        )

    def _create(self, op: Operation, params: dict[str, Any], extra: object) -> TaskCreated:
        request = self._request(op, params, extra)  # bad input raises before a slot is taken
        client = self._client
        client._pacer.sleep_for_slot(client._clock)
        fields = client._execute(request, _created_parser(op))
        return TaskCreated(
            **fields, requested_model=_model_of(params, extra), _waiter=self._wait_created
        )

    def _call(self, op: Operation, params: dict[str, Any] | None, extra: object) -> Any:
        repeating = _request.Repeating(op, self._client._clock)
        result = self._client._execute(self._request(op, params, extra), _model_parser(op))
        while (delay := repeating.delay(result)) is not None:
            self._client._clock.sleep(delay)
            result = self._client._execute(self._request(op, params, extra), _model_parser(op))
        return result

    def _get_task(
        self,
        op: Operation,
        task_id: str,
        expected_clips: int | None = None,
        *,
        remaining: float | None = None,
    ) -> Task:
        task_id = check_task_id(task_id)
        client = self._client
        request = _request.poll_request(
            client._http, client._settings, client._headers, op, task_id, remaining
        )
        parse = _task_parser(self.family, op, task_id, expected_clips)
        try:
            return client._execute(request, parse, task_id=task_id, retries=remaining is None)
        except APIStatusError as error:
            failed = failed_task(self.family.name, task_id, error.status_code, error.body)
            if failed is None:
                raise
            return failed

    def _wait(
        self,
        op: Operation,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Until = "complete",
        clock: Clock | None = None,
        since: float | None = None,
    ) -> Task:
        """Poll ``task`` until done; ``clock``/``since`` are for the webhook hub's fallback."""
        task_id, expected = _unpack(task, expected_clips)
        return wait_sync(
            lambda remaining: self._get_task(op, task_id, expected, remaining=remaining),
            family=self.family.name,
            task_id=task_id,
            timeout=_check_timeout(timeout),
            on_progress=on_progress,
            schedule=self._client.poll_schedule,
            retry=self._client._settings.retry,
            clock=clock or self._client._clock,
            confirm=expected is None,
            until=_check_until(until),
            expected=expected,
            since=since,
        )

    def _wait_created(self, created: TaskCreated, **options: Any) -> Task:
        assert self.family.poll is not None
        return with_requested_model(self._wait(self.family.poll, created, **options), created)


class AsyncResource:
    """Shared plumbing of the async resources; ``family`` is set by each generated class."""

    family: ClassVar[Family]

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    def _request(
        self, op: Operation, params: dict[str, Any] | None, extra: object
    ) -> httpx.Request:
        client = self._client
        return _request.call_request(
            client._http, client._settings, client._headers, op, params, extra
        )

    async def _create(
        self, op: Operation, params: dict[str, Any], extra: object
    ) -> AsyncTaskCreated:
        request = self._request(op, params, extra)  # bad input raises before a slot is taken
        client = self._client
        await client._pacer.asleep_for_slot(client._clock)
        fields = await client._execute(request, _created_parser(op))
        return AsyncTaskCreated(
            **fields, requested_model=_model_of(params, extra), _waiter=self._wait_created
        )

    async def _call(self, op: Operation, params: dict[str, Any] | None, extra: object) -> Any:
        repeating = _request.Repeating(op, self._client._clock)
        request = self._request(op, params, extra)
        result = await self._client._execute(request, _model_parser(op))
        while (delay := repeating.delay(result)) is not None:
            await self._client._clock.asleep(delay)
            request = self._request(op, params, extra)
            result = await self._client._execute(request, _model_parser(op))
        return result

    async def _get_task(
        self,
        op: Operation,
        task_id: str,
        expected_clips: int | None = None,
        *,
        remaining: float | None = None,
    ) -> Task:
        task_id = check_task_id(task_id)
        client = self._client
        request = _request.poll_request(
            client._http, client._settings, client._headers, op, task_id, remaining
        )
        parse = _task_parser(self.family, op, task_id, expected_clips)
        try:
            return await client._execute(request, parse, task_id=task_id, retries=remaining is None)
        except APIStatusError as error:
            failed = failed_task(self.family.name, task_id, error.status_code, error.body)
            if failed is None:
                raise
            return failed

    async def _wait(
        self,
        op: Operation,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Until = "complete",
        clock: Clock | None = None,
        since: float | None = None,
    ) -> Task:
        """Poll ``task`` until done; ``clock``/``since`` are for the webhook hub's fallback."""
        task_id, expected = _unpack(task, expected_clips)
        return await wait_async(
            lambda remaining: self._get_task(op, task_id, expected, remaining=remaining),
            family=self.family.name,
            task_id=task_id,
            timeout=_check_timeout(timeout),
            on_progress=on_progress,
            schedule=self._client.poll_schedule,
            retry=self._client._settings.retry,
            clock=clock or self._client._clock,
            confirm=expected is None,
            until=_check_until(until),
            expected=expected,
            since=since,
        )

    async def _wait_created(self, created: AsyncTaskCreated, **options: Any) -> Task:
        assert self.family.poll is not None
        task = await self._wait(self.family.poll, created, **options)
        return with_requested_model(task, created)
