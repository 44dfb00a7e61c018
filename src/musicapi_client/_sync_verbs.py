# Generated from _async_verbs.py by generator/unasync.py (make generate). Do not edit.
"""The sync twin of _async_verbs.py: its async words made sync (read that file)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from typing import Self

    from musicapi_client._clock import Clock
    from musicapi_client._operation import Catalog, Family, Operation
    from musicapi_client._redis import RedisLink
    from musicapi_client._request_options import CallOptions
    from musicapi_client._response import ResponseRecorder
    from musicapi_client._task import ProgressCallback, Task, Until
    from musicapi_client._wait import PollSchedule
    from musicapi_client.webhooks._verify import Webhooks


class Verbs(Protocol):
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

    def _create_task(
        self, op: Operation, params: dict[str, Any], extra: object, options: CallOptions = ...
    ) -> dict[str, Any]:
        """Send a create on the next pacing slot, within the spend limit; the fields of
        its TaskCreated. Never resent once it may have reached the server."""
        ...

    def _call_operation(
        self,
        op: Operation,
        params: dict[str, Any] | None,
        extra: object,
        options: CallOptions = ...,
    ) -> Any:
        """Send a call and read the model the spec names for its answer."""
        ...

    def _poll_task(
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

    def _wait_task(
        self,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        *,
        timeout: float,
        on_progress: ProgressCallback | None,
        until: Until,
        clock: Clock | None = None,
        since: float | None = None,
        options: CallOptions = ...,
    ) -> Task:
        """Poll a task on the client's schedule until it is done or ``timeout`` passes."""
        ...

    def _take_create_slot(self) -> None:
        """Wait for the client's next pacing slot."""
        ...

    def _pause(self, seconds: float) -> None:
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
