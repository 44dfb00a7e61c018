"""The HTTP answer behind a result: request ids on results, and ``with_raw_response``.

Every result keeps the server's request id (``Task.request_id``,
``TaskCreated.request_id``, ``model._request_id`` as in openai-python), the first of the
``x-request-id``, ``x-vercel-id`` and ``cf-ray`` headers MusicAPI's edge sends.
``client.<family>.with_raw_response.<method>(...)`` returns an :class:`APIResponse`: the
status, headers and request id of the answer, the result on ``.parse()``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

from musicapi_client._errors import redact, request_id_of
from musicapi_client._task import Task

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    import httpx2

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


def masked_request_id(response: httpx2.Response, secrets: tuple[str, ...]) -> str | None:
    """``response``'s request id with any of ``secrets`` masked (a hostile server may echo
    the key there, as it may in a message)."""
    found = request_id_of(response.headers)
    return found if found is None else redact(found, secrets)


def with_request_id(result: T, response: httpx2.Response, secrets: tuple[str, ...] = ()) -> T:
    """``result`` carrying ``response``'s request id (a create's fields, a Task, a model),
    ``secrets`` masked in it."""
    found = masked_request_id(response, secrets)
    if found is None:
        return result
    if isinstance(result, Task):  # the commonest (a poll), tested first
        result.request_id = found
    elif hasattr(result, "_request_id"):  # an APIModel, a JSONObject (pydantic stays unimported)
        result._request_id = found
    elif isinstance(result, dict):  # a create's fields, for its TaskCreated
        result["request_id"] = found
    return result


class ResponseRecorder:
    """Keeps the last answer a client copy read (the copy ``with_raw_response`` calls on),
    and its request id as the result shows it (secrets masked)."""

    __slots__ = ("last", "request_id")

    def __init__(self) -> None:
        self.last: httpx2.Response | None = None
        self.request_id: str | None = None

    def record(self, response: httpx2.Response, secrets: tuple[str, ...]) -> None:
        """Keep ``response`` (the last answer read)."""
        self.last = response
        self.request_id = masked_request_id(response, secrets)


class _Answer:
    """What both raw responses show of the HTTP answer."""

    def __init__(self, http_response: httpx2.Response, request_id: str | None = None) -> None:
        self.http_response = http_response
        self._request_id = request_id

    @property
    def http_request(self) -> httpx2.Request:
        """The request that was sent (its Authorization header is the client's key)."""
        return self.http_response.request

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        """The answer's headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (x-request-id, x-vercel-id or cf-ray), if it sent one;
        the client's secrets are masked in it."""
        return self._request_id

    @property
    def content(self) -> bytes:
        """The answer's body, as read (bounded by ``max_response_bytes``)."""
        return self.http_response.content

    def __repr__(self) -> str:
        request = self.http_request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"


class APIResponse(_Answer, Generic[T]):
    """The answer of a call made through ``with_raw_response``; ``parse()`` gives its result."""

    def __init__(
        self, http_response: httpx2.Response, result: T, request_id: str | None = None
    ) -> None:
        super().__init__(http_response, request_id)
        self._result = result

    def parse(self) -> T:
        """The result the method returns without ``with_raw_response``."""
        return self._result


class AsyncAPIResponse(_Answer, Generic[T]):
    """Async twin of :class:`APIResponse`: ``await response.parse()``."""

    def __init__(
        self, http_response: httpx2.Response, result: T, request_id: str | None = None
    ) -> None:
        super().__init__(http_response, request_id)
        self._result = result

    async def parse(self) -> T:
        """The result the method returns without ``with_raw_response``."""
        return self._result


def public_method(resource: object, name: str) -> Callable[..., Any]:
    """``resource``'s public method ``name``; AttributeError for anything else."""
    method = getattr(resource, name) if not name.startswith("_") else None
    if not callable(method) or name == "with_raw_response":
        raise AttributeError(f"{type(resource).__name__} has no method {name!r}")
    return cast("Callable[..., Any]", method)


def _recording_call(
    method: Callable[..., Any],
) -> Callable[[], tuple[Callable[..., Any], ResponseRecorder]]:
    """For a resource's bound ``method``: a way to get the same method on a copy of the
    client that records the last answer it reads (a copy per call: concurrent calls do
    not mix), with that recorder."""
    resource = method.__self__  # type: ignore[attr-defined]
    name = method.__name__
    return lambda: resource._recording_method(name)


def raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``method`` of a resource, returning the HTTP answer it read (:class:`APIResponse`,
    whose ``parse()`` is what ``method`` returns): what ``with_raw_response`` offers."""
    recording = _recording_call(method)

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        bound, recorder = recording()
        result = bound(*args, **kwargs)
        assert recorder.last is not None  # every method reads one answer at least
        return APIResponse(recorder.last, result, recorder.request_id)

    return call


def async_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """Async twin of :func:`raw_response_wrapper`."""
    recording = _recording_call(method)

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        bound, recorder = recording()
        result = await bound(*args, **kwargs)
        assert recorder.last is not None
        return AsyncAPIResponse(recorder.last, result, recorder.request_id)

    return call
