"""Base classes of the generated resources (``client.sonic``, ``client.nuro``, ...).

A generated method collects its keyword arguments and hands them, with its
:class:`~musicapi_client._operation.Operation`, to one of ``_create``, ``_call``,
``_get_task`` or ``_wait``. Those check what only a resource knows (which family, which
task) and pass the sending to the client's verbs (the ``Verbs`` Protocol of
``_sync_verbs.py``, ``AsyncVerbs`` of ``_async_verbs.py``: request building, pacing,
retries and error completion live there); a resource only shapes results: a
:class:`TaskCreated` bound to it, so that ``created.wait()`` comes back to the generated
``wait`` of its family's resource.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from musicapi_client._request_options import call_options
from musicapi_client._response import ResponseRecorder, public_method
from musicapi_client._task import AsyncTaskCreated, TaskCreated
from musicapi_client._validation import check_task_id, check_timeout, check_until

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    import httpx2

    from musicapi_client._async_verbs import AsyncVerbs
    from musicapi_client._operation import Family, Operation
    from musicapi_client._sync_verbs import Verbs
    from musicapi_client._task import (
        AsyncProgressCallback,
        AsyncWaiter,
        ProgressCallback,
        Task,
        Until,
        Waiter,
    )


def _unpack(
    task: str | TaskCreated | AsyncTaskCreated, expected_clips: int | None
) -> tuple[str, int | None]:
    if isinstance(task, TaskCreated | AsyncTaskCreated):
        return check_task_id(task.task_id), expected_clips or task.expected_clips
    return check_task_id(task), expected_clips


def _model_of(params: dict[str, Any], extra: object) -> str | None:
    """The model a create asks for: ``extra_body``'s ``mv`` wins, as it is what is sent."""
    value = extra.get("mv") if isinstance(extra, dict) and "mv" in extra else params.get("mv")
    return value if isinstance(value, str) else None


class SyncResource:
    """Shared plumbing of the sync resources; ``family`` is set by each generated class."""

    family: ClassVar[Family]

    def __init__(self, client: Verbs) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    def _recording_method(self, name: str) -> tuple[Callable[..., Any], ResponseRecorder]:
        client, recorder = self._client._recording()
        return public_method(type(self)(client), name), recorder

    def _create(
        self,
        op: Operation,
        params: dict[str, Any],
        extra: object,
        *,
        headers: object = None,
        query: object = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        options = call_options(headers, query, timeout)
        fields = self._client._create_task(op, params, extra, options)
        # A family that creates tasks has a poll, so its generated class has ``wait``.
        waiter = cast("Waiter", self)
        return TaskCreated(**fields, requested_model=_model_of(params, extra), _waiter=waiter)

    def _call(
        self,
        op: Operation,
        params: dict[str, Any] | None,
        extra: object,
        *,
        headers: object = None,
        query: object = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Any:
        options = call_options(headers, query, timeout)
        return self._client._call_operation(op, params, extra, options)

    def _get_task(
        self,
        op: Operation,
        task_id: str,
        *,
        headers: object = None,
        query: object = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        task_id = check_task_id(task_id)
        options = call_options(headers, query, timeout)
        return self._client._poll_task(self.family, op, task_id, None, None, options)

    def _wait(
        self,
        op: Operation,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Until = "complete",
        headers: object = None,
        query: object = None,
    ) -> Task:
        """Poll ``task`` until it is done, on the client's schedule."""
        task_id, expected = _unpack(task, expected_clips)
        options = call_options(headers, query)
        return self._client._wait_task(
            self.family,
            op,
            task_id,
            expected,
            timeout=check_timeout(timeout),
            on_progress=on_progress,
            until=check_until(until),
            options=options,
        )


class AsyncResource:
    """Shared plumbing of the async resources; ``family`` is set by each generated class."""

    family: ClassVar[Family]

    def __init__(self, client: AsyncVerbs) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    def _recording_method(
        self, name: str
    ) -> tuple[Callable[..., Awaitable[Any]], ResponseRecorder]:
        client, recorder = self._client._recording()
        return public_method(type(self)(client), name), recorder

    async def _create(
        self,
        op: Operation,
        params: dict[str, Any],
        extra: object,
        *,
        headers: object = None,
        query: object = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        options = call_options(headers, query, timeout)
        fields = await self._client._create_task(op, params, extra, options)
        waiter = cast("AsyncWaiter", self)  # as in SyncResource._create
        return AsyncTaskCreated(**fields, requested_model=_model_of(params, extra), _waiter=waiter)

    async def _call(
        self,
        op: Operation,
        params: dict[str, Any] | None,
        extra: object,
        *,
        headers: object = None,
        query: object = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Any:
        options = call_options(headers, query, timeout)
        return await self._client._call_operation(op, params, extra, options)

    async def _get_task(
        self,
        op: Operation,
        task_id: str,
        *,
        headers: object = None,
        query: object = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        task_id = check_task_id(task_id)
        options = call_options(headers, query, timeout)
        return await self._client._poll_task(self.family, op, task_id, None, None, options)

    async def _wait(
        self,
        op: Operation,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Until = "complete",
        headers: object = None,
        query: object = None,
    ) -> Task:
        """Poll ``task`` until it is done, on the client's schedule."""
        task_id, expected = _unpack(task, expected_clips)
        options = call_options(headers, query)
        return await self._client._wait_task(
            self.family,
            op,
            task_id,
            expected,
            timeout=check_timeout(timeout),
            on_progress=on_progress,
            until=check_until(until),
            options=options,
        )
