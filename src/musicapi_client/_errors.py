"""The exception tree. Every error the client raises is a :class:`MusicAPIError`.

::

    MusicAPIError
    ├── ConfigurationError (also ValueError)    a client setting that cannot work (.option)
    ├── InvalidRequestError (also ValueError)   bad input, caught before sending
    ├── APIConnectionError                      the request got no answer
    │   └── APITimeoutError
    ├── APIStatusError                          the server answered with an error status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── InsufficientCreditsError   402, or 403 saying the credits are not enough
    │   ├── PermissionDeniedError      403
    │   │   ├── ContentPolicyError     403: lyrics or description refused (.reason)
    │   │   └── SubscriptionRequiredError  403: no active subscription
    │   ├── NotFoundError              404, or 400 "task not found"
    │   ├── GoneError                  410: MusicAPI retired the operation
    │   ├── RateLimitError             429
    │   └── InternalServerError        5xx
    ├── BudgetExceededError                     a spend limit refused a call (nothing sent)
    ├── TaskFailedError                         the job failed upstream (.task.refunded says)
    ├── WebhookVerificationError                a delivery failed a check (.reason)
    └── WaitTimeoutError                        wait() gave up; the task may still finish

Messages never contain the API key: they are built from the status, the body and the
path only, never from request headers, and the client masks the key (and any other
secret it holds) wherever a server echoes it back (see :func:`scrub`). A server's text is
cut to ``MESSAGE_LIMIT`` characters in the message; ``.body`` keeps what was read.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx2

from musicapi_client._bounded import BodyDecodingError, BodyTooLargeError
from musicapi_client._retry import RETRYABLE_ERRORS, UNSENT_ERRORS, parse_retry_after

if TYPE_CHECKING:
    from collections.abc import Sequence

    from musicapi_client._operation import ErrorKind
    from musicapi_client._task import Task

REQUEST_ID_HEADERS = ("x-request-id", "x-vercel-id", "cf-ray")
MESSAGE_LIMIT = 500


def request_id_of(headers: httpx2.Headers) -> str | None:
    """The answer's request id (the first of REQUEST_ID_HEADERS it carries), if any."""
    for name in REQUEST_ID_HEADERS:
        if (value := headers.get(name)) is not None:
            return value
    return None


MASK = "***"
OUTCOME_UNKNOWN = (
    "The create request may have reached the server, so its outcome is unknown: a task "
    "may have started and spent credits. Check your tasks and credits before resubmitting."
)


class MusicAPIError(Exception):
    """Base class of every error raised by musicapi."""

    task_id: str | None = None
    outcome_unknown: bool = False

    def __init__(self, message: str, *, task_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if task_id is not None:
            self.task_id = task_id

    def __str__(self) -> str:
        text = self.message
        if self.task_id and self.task_id not in text:
            text += f" (task_id={self.task_id})"
        if self.outcome_unknown and OUTCOME_UNKNOWN not in text:
            text += " " + OUTCOME_UNKNOWN
        return text


class ConfigurationError(MusicAPIError, ValueError):
    """A client setting that cannot work, found when the client is built (nothing is
    sent); ``option`` names it. The message never repeats a key or a password."""

    def __init__(self, message: str, *, option: str | None = None) -> None:
        super().__init__(message)
        self.option = option


class InvalidRequestError(MusicAPIError, ValueError):
    """Input the API would reject; raised before any request is sent."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ClientClosedError(MusicAPIError, RuntimeError):
    """A call on a client that was closed (``close()``, or the end of its ``with`` block),
    or whose own ``http_client`` was: nothing was sent, so the outcome is known."""


class APIConnectionError(MusicAPIError):
    """No usable answer arrived: DNS, connect, TLS, reset, a protocol error, a body that
    does not decode or is too large, or a redirect loop.

    ``transient`` is True when the same read may succeed if repeated (the network, a
    mangled body), False when repeating cannot help (too large, a redirect loop).
    """

    transient: bool = True


class APITimeoutError(APIConnectionError):
    """The request timed out: ``phase`` says where (connect, read, write or pool: waiting
    for a free connection) and ``seconds`` after how long (None when not known)."""

    phase: str | None = None
    seconds: float | None = None


class APIStatusError(MusicAPIError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        request_id: str | None = None,
        task_id: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, task_id=task_id)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.path = path
        self.retry_after: float | None = None


class BadRequestError(APIStatusError):
    """400: the server rejected the request's fields."""


class AuthenticationError(APIStatusError):
    """401: missing, malformed or unknown API key."""


class PermissionDeniedError(APIStatusError):
    """403: no subscription, moderation, or a usage limit."""


class ContentPolicyError(PermissionDeniedError):
    """403: MusicAPI refused the lyrics or the description. ``reason`` is ``copyright``
    (copyrighted lyrics), ``inappropriate`` (inappropriate lyrics) or ``moderation`` (a
    description held for review), or a reason the spec adds later; ``advice`` says what
    to change. Nothing was started."""

    reason: str = ""
    advice: str = ""


class SubscriptionRequiredError(PermissionDeniedError):
    """403: the account has no active subscription (``advice`` says what to do)."""

    advice: str = ""


class InsufficientCreditsError(APIStatusError):
    """402, or the 403 whose message says the credits are not enough."""

    advice: str = ""


class NotFoundError(APIStatusError):
    """404, or the 400 "task not found"."""


class GoneError(APIStatusError):
    """410: MusicAPI retired this operation (nuro in 2026); the message names the replacement."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds."""


class InternalServerError(APIStatusError):
    """5xx: the server failed. For a create call the outcome is unknown."""


class BudgetExceededError(MusicAPIError):
    """A call that costs credits was refused before it was sent: its price would pass the
    spend limit of ``budget`` (``max_credits=``), or the limit could not be checked.
    Nothing was sent, so the outcome is known: no task started, nothing was charged."""

    def __init__(
        self,
        message: str,
        *,
        budget: str,
        limit: float | None = None,
        reserved: float | None = None,
        amount: float | None = None,
    ) -> None:
        super().__init__(message)
        self.budget = budget
        self.limit = limit
        self.reserved = reserved
        self.amount = amount


class TaskFailedError(MusicAPIError):
    """The task ended in failure upstream. MusicAPI refunds the credits of failed tasks."""

    task_id: str  # always the failed task's

    def __init__(self, task: Task) -> None:
        reason = task.error or task.raw_status
        refund = ""
        if task.refunded is not None:
            refund = " (credits refunded)" if task.refunded else " (credits not refunded)"
        super().__init__(f"{task.family} task failed: {reason}{refund}", task_id=task.task_id)
        self.task = task
        self.reason = reason


class WebhookVerificationError(MusicAPIError):
    """A webhook delivery failed verification; ``reason`` names the check.

    Reasons: missing-header, duplicated-header, malformed-signature, malformed-timestamp,
    wrong-signature, timestamp-outside-tolerance, legacy-not-allowed, payload-too-large,
    not-json, unknown-payload, no-secret, bad-tolerance. The secret never appears here.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(f"webhook rejected ({reason}): {message}")
        self.reason = reason


class WaitTimeoutError(MusicAPIError):
    """wait() stopped at its deadline. The task goes on; wait again with its id.

    ``task`` is the last poll's answer, or None when no poll got one (``last_error`` then
    says why: the server was unreachable or kept failing until the deadline).
    """

    task_id: str  # always known: ``client.<family>.wait(err.task_id)`` type-checks

    def __init__(
        self,
        task: Task | None,
        timeout: float,
        *,
        task_id: str,
        family: str,
        last_error: MusicAPIError | None = None,
    ) -> None:
        state = f"still {task.status}" if task is not None else "in an unknown state"
        message = f"{family} task {state} after {timeout:g} s; resume with wait({task_id!r})"
        if last_error is not None:
            message += f" (last poll: {type(last_error).__name__}: {last_error.message})"
        super().__init__(message, task_id=task_id)
        self.task = task
        self.timeout = timeout
        self.family = family
        self.last_error = last_error


def one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line with runs of whitespace collapsed, cut at ``limit`` characters."""
    return shorten(" ".join(text[: limit * 4].split()), limit, total=len(text))


def shorten(text: str, limit: int = MESSAGE_LIMIT, *, total: int | None = None) -> str:
    """``text`` cut at ``limit`` characters, saying how long it was when cut."""
    length = len(text) if total is None else total
    if len(text) <= limit and length <= limit:
        return text
    return f"{text[:limit]}... ({length} characters in all)"


def redact(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` (text, or JSON made of dicts and lists) with every secret masked."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, MASK)
        return value
    if isinstance(value, dict):
        return {redact(k, secrets): redact(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, secrets) for v in value]
    return value


def scrub(error: MusicAPIError, secrets: tuple[str, ...]) -> MusicAPIError:
    """Mask ``secrets`` wherever a server's text put them into ``error``; returns it."""
    error.message = redact(error.message, secrets)
    error.args = (error.message,)
    if isinstance(error, APIStatusError):
        error.body = redact(error.body, secrets)
        error.request_id = redact(error.request_id, secrets)
    last = getattr(error, "last_error", None)
    if isinstance(last, MusicAPIError):
        scrub(last, secrets)
    return error


def _body_and_text(response: httpx2.Response) -> tuple[Any, str]:
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError, RecursionError):
        text = response.text.strip()
        return text, one_line(text)
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return body, shorten(value)
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return body, shorten(value["message"])
    return body, one_line(json.dumps(body))


def error_from_response(
    response: httpx2.Response, *, task_id: str | None = None, kinds: Sequence[ErrorKind] = ()
) -> APIStatusError:
    """The typed error for a non-success response. Never fails on a non-JSON body.

    ``kinds`` are the documented answers the spec tells apart by a phrase of their message
    (its ``x-error-kinds``): a 403 saying the credits are not enough, or that the lyrics
    are copyrighted, gets its own type. Nothing of them is written here.
    """
    status = response.status_code
    body, text = _body_and_text(response)
    lowered = text.lower()
    method = response.request.method if _has_request(response) else None
    path = response.request.url.path if method else None
    cls: type[APIStatusError] = _STATUS_TYPES.get(status, APIStatusError)
    if status == 400 and "task not found" in lowered:
        cls = NotFoundError
    elif status >= 500:
        cls = InternalServerError
    kind = next((k for k in kinds if k.status == status and k.match in lowered), None)
    if kind is not None:
        cls = _KIND_TYPES.get(kind.error, cls)
    request_id = request_id_of(response.headers)
    where = f" on {method} {path}" if method else ""
    message = f"HTTP {status}{where}: {text or response.reason_phrase}"
    if cls is GoneError:
        note = response.request.extensions.get(DEPRECATION) if _has_request(response) else None
        message += f" (retired: {note})" if note else " (MusicAPI retired this operation)"
    if request_id:
        message += f" [request_id={request_id}]"
    error = cls(
        message, status_code=status, body=body, request_id=request_id, task_id=task_id, path=path
    )
    error.retry_after = parse_retry_after(response.headers)
    if kind is not None:
        if isinstance(error, ContentPolicyError):
            error.reason = kind.reason or kind.kind
        if isinstance(
            error, ContentPolicyError | SubscriptionRequiredError | InsufficientCreditsError
        ):
            error.advice = kind.advice
    return error


_STATUS_TYPES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    410: GoneError,
    429: RateLimitError,
}
# The error types an x-error-kinds entry may name.
_KIND_TYPES: dict[str, type[APIStatusError]] = {
    "insufficient_credits": InsufficientCreditsError,
    "subscription_required": SubscriptionRequiredError,
    "content_policy": ContentPolicyError,
}


def _has_request(response: httpx2.Response) -> bool:
    try:
        response.request  # noqa: B018 - property raises when the response has no request
    except RuntimeError:
        return False
    return True


# Request extension: what the spec says replaces a retired operation (the 410's message).
DEPRECATION = "musicapi_client.deprecation"


# httpx2's timeout exceptions, by the phase that ran out of time, and what that means.
TIMEOUT_PHASES = {
    "ConnectTimeout": "connect",
    "ReadTimeout": "read",
    "WriteTimeout": "write",
    "PoolTimeout": "pool",
}
PHASE_MEANING = {
    "connect": "no connection to the server was made in time",
    "read": "the server sent nothing for that long",
    "write": "the request could not be sent in time",
    "pool": "no free connection in the client's pool in time",
}


def _phase_seconds(request: httpx2.Request, phase: str | None) -> float | None:
    """The timeout the request had for ``phase`` (httpx2 keeps it in its extensions)."""
    timeouts = request.extensions.get("timeout")
    if phase is None or not isinstance(timeouts, dict):
        return None
    value = timeouts.get(phase)
    return float(value) if isinstance(value, int | float) else None


def connection_error(exc: Exception, request: httpx2.Request) -> APIConnectionError:
    """The client error for a failure between sending and holding the decoded answer."""
    cls = APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
    kind = type(exc).__name__
    if isinstance(exc, httpx2.DecodingError | BodyDecodingError):
        detail = f"the answer could not be decoded: {exc}"
    elif isinstance(exc, BodyTooLargeError):
        detail = f"{exc} (MusicAPI(max_response_bytes=...) raises the limit)"
    elif isinstance(exc, httpx2.TooManyRedirects):
        detail = "too many redirects (a redirect loop?)"
    else:
        detail = str(exc) or kind
    port = f":{request.url.port}" if request.url.port else ""
    where = f"{request.url.scheme}://{request.url.host}{port}"  # never the userinfo
    phase = TIMEOUT_PHASES.get(kind)
    seconds = _phase_seconds(request, phase)
    if phase is not None:
        after = f" after {seconds:g} s" if seconds is not None else ""
        detail = f"the {phase} phase timed out{after} ({PHASE_MEANING[phase]})"
    error = cls(f"{request.method} {request.url.path} on {where}: {kind}: {shorten(detail, 300)}")
    if isinstance(error, APITimeoutError):
        error.phase, error.seconds = phase, seconds
    error.outcome_unknown = request.method != "GET" and not isinstance(exc, UNSENT_ERRORS)
    error.transient = isinstance(exc, RETRYABLE_ERRORS)
    return error


def status_error(response: httpx2.Response, kinds: Sequence[ErrorKind] = ()) -> APIStatusError:
    """The typed error for a non-2xx answer (a POST's 3xx says why it was not followed)."""
    error = error_from_response(response, kinds=kinds)
    if response.is_redirect and response.request.method != "GET":
        error.message += (
            f" (redirected to {shorten(response.headers.get('location', '?'), 200)}; "
            "not followed: a POST would be replayed as a GET)"
        )
        error.args = (error.message,)
    return error


def shape_error(key: str, response: httpx2.Response, exc: Exception) -> APIStatusError:
    """The error for a success body that is not JSON or matches none of the expected shapes.

    ``exc`` is pydantic's ValidationError, or LookupError when the spec names no model
    for the answer's status (anything else is re-raised).
    """
    errors = getattr(exc, "errors", None)
    where = f"{response.request.method} {response.request.url.path}"
    if isinstance(exc, LookupError):  # a status the spec gives no body for (204, 299, ...)
        return answer_error(
            f"{key}: HTTP {response.status_code} on {where} is not an answer the spec "
            "describes; the body was not read as a result",
            response,
        )
    if not callable(errors):
        raise exc
    first = errors()[0]
    if first["type"] == "json_invalid":
        message = f"HTTP {response.status_code} on {where}: the body is not JSON: "
        message += repr(one_line(response.text))
    else:
        location = ".".join(map(str, first["loc"])) or "body"
        message = f"{key}: unexpected response shape: {first['msg']} at {location}"
    return answer_error(message, response)


def answer_error(message: str, response: httpx2.Response) -> APIStatusError:
    """An error about a success answer the client cannot use (its body kept as text, its
    request id kept and named, as on every error from an answer)."""
    request_id = request_id_of(response.headers)
    if request_id:
        message += f" [request_id={request_id}]"
    return APIStatusError(
        message,
        status_code=response.status_code,
        body=response.text,
        request_id=request_id,
        path=response.request.url.path,
    )


def mark_outcome(error: MusicAPIError, method: str) -> None:
    """Set ``outcome_unknown`` on an error raised after a request was handed to httpx2.

    A GET changes nothing on the server. After a POST only a 4xx answer (the server
    refused it, 429 included) or a failure to connect proves that nothing started;
    every other failure (a timeout, a dropped connection, a 3xx or 5xx, a 2xx whose body
    cannot be read or has no task id) may hide a task that spends credits.
    """
    if method == "GET" or isinstance(error, (InvalidRequestError, ClientClosedError)):
        return  # a closed client sends nothing: a POST is resent only when provably unsent
    if isinstance(error, APIStatusError):
        error.outcome_unknown = not 400 <= error.status_code < 500
    elif not isinstance(error, APIConnectionError):  # connection_error knows if it left
        error.outcome_unknown = True


def complete(
    error: MusicAPIError, method: str, task_id: str | None, secrets: tuple[str, ...]
) -> MusicAPIError:
    """The error as the caller sees it: outcome marked, task id set, secrets masked."""
    mark_outcome(error, method)
    if task_id is not None and error.task_id is None:
        error.task_id = task_id
    return scrub(error, secrets)
