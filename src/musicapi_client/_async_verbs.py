"""The verbs a client offers the rest of the runtime: its whole contract with them.

The generated resources (``client.sonic``, ...), the webhook hubs and the batch runner
hold a client only through this Protocol, so they cannot come to depend on its state
(its pool, settings, pacer or clock: a test checks nobody reads those). Each verb builds
its request, sends it under the client's policies (pacing, spend limit, retries, bounded
reads, tracing) and completes any error. Written once for the async client;
``_sync_verbs.py`` is generated from this file (``make generate``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from typing import Self

    from musicapi_client._clock import Clock
    from musicapi_client._operation import Catalog, Family, Operation
    from musicapi_client._redis import RedisLink
    from musicapi_client._request_options import CallOptions
    from musicapi_client._response import ResponseRecorder
    from musicapi_client._task import AsyncProgressCallback, Task, Until
    from musicapi_client._wait import PollSchedule
    from musicapi_client.webhooks._verify import Webhooks


class AsyncVerbs(Protocol):
    """What the client does for resources, hubs and batches."""

    @classmethod
    def catalog(cls) -> Catalog:
        """Every family and operation the client offers."""
        ...

    @property
    def poll_schedule(self) -> PollSchedule:
        """The schedule waits poll on."""
        ...

    @property
    def webhooks(self) -> Webhooks:
        """Verification with the client's webhook secret."""
        ...

    async def _create_task(
        self, op: Operation, params: dict[str, Any], extra: object, options: CallOptions = ...
    ) -> dict[str, Any]:
        """Send a create on the next pacing slot, within the spend limit; the fields of
        its TaskCreated. Never resent once it may have reached the server."""
        ...

    async def _call_operation(
        self,
        op: Operation,
        params: dict[str, Any] | None,
        extra: object,
        options: CallOptions = ...,
    ) -> Any:
        """Send a call and read the model the spec names for its answer."""
        ...

    async def _poll_task(
        self,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        remaining: float | None = None,
        options: CallOptions = ...,
    ) -> Task:
        """One poll of a task, as a :class:`Task`."""
        ...

    async def _wait_task(
        self,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        *,
        timeout: float,
        on_progress: AsyncProgressCallback | None,
        until: Until,
        clock: Clock | None = None,
        since: float | None = None,
        options: CallOptions = ...,
    ) -> Task:
        """Poll a task on the client's schedule until it is done or ``timeout`` passes."""
        ...

    async def _take_create_slot(self) -> None:
        """Wait for the client's next pacing slot."""
        ...

    async def _pause(self, seconds: float) -> None:
        """Sleep on the client's clock."""
        ...

    def _recording(self) -> tuple[Self, ResponseRecorder]:
        """A copy that keeps the last answer it reads (``with_raw_response``)."""
        ...

    def _coordination(self) -> RedisLink | None:
        """The Redis server the client coordinates through, if any."""
        ...

    def _clock_for_waits(self) -> Clock:
        """The clock the client's waits run on."""
        ...
