"""What the sync and async clients share: configuration, request building, decoding.

Everything here is free of I/O, so the two clients differ only in how they send and sleep.
"""

from __future__ import annotations

import logging
import math
import os
import time
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from musicapi._bounded import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    BodyDecodingError,
    BodyTooLargeError,
)
from musicapi._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    MusicAPIError,
    error_from_response,
    one_line,
    scrub,
    shorten,
)
from musicapi._retry import RETRYABLE_ERRORS, UNSENT_ERRORS, RetryPolicy, parse_retry_after
from musicapi._validation import model_class, validate_body
from musicapi._version import __version__
from musicapi._wait import DEFAULT_SCHEDULE, PollSchedule

if TYPE_CHECKING:
    from musicapi_generated.operations import Operation

DEFAULT_BASE_URL = "https://api.musicapi.ai"
# Uploads answer after about 20 s; generation is asynchronous, so 60 s reads are generous.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
ENV_API_KEY = "MUSICAPI_API_KEY"
ENV_BASE_URL = "MUSICAPI_BASE_URL"
USER_AGENT = f"musicapi-python/{__version__}"
DEFAULT_HEADERS = {"User-Agent": USER_AGENT, "Accept": "application/json"}
ENV_LOG = "MUSICAPI_LOG"
logger = logging.getLogger("musicapi")
# What can go wrong between handing a request to httpx and holding its decoded body.
SEND_ERRORS: tuple[type[Exception], ...] = (
    httpx.HTTPError,  # transport errors, DecodingError, TooManyRedirects
    httpx.InvalidURL,  # a redirect to a malformed Location
    httpx.StreamError,
    BodyDecodingError,
    BodyTooLargeError,
)


def _log_from_environment() -> None:
    """MUSICAPI_LOG=debug|info sends the client's log lines to stderr."""
    level = os.environ.get(ENV_LOG, "").strip().upper()
    if level in {"DEBUG", "INFO"} and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s musicapi %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


_log_from_environment()


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved client settings. ``api_key`` never appears in ``repr``."""

    api_key: str
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    schedule: PollSchedule
    # Sent with every request when the pool is not ours to configure (a passed-in
    # http_client, or a with_options() copy), so ``timeout=`` always takes effect.
    request_timeout: httpx.Timeout | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @property
    def auth_header(self) -> str:
        """The Authorization header value."""
        return f"Bearer {self.api_key}"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values masked wherever a server's answer echoes them into an error."""
        return (self.api_key,)

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, api_key='***', retry={self.retry!r})"


def resolve_settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    poll_schedule: PollSchedule | None,
    *,
    shared_client: bool = False,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Settings:
    """Fill in defaults and environment variables; reject unusable values early."""
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY, "")
    if not isinstance(key, str) or not key.strip():
        raise MusicAPIError(f"no API key: pass api_key=... or set {ENV_API_KEY}")
    key = check_api_key(key.strip())
    url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    check_base_url(url)
    check_max_retries(max_retries)
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int):
        raise MusicAPIError("max_response_bytes must be an int > 0")
    if max_response_bytes <= 0:
        raise MusicAPIError("max_response_bytes must be an int > 0")
    resolved = resolve_timeout(timeout)
    return Settings(
        key,
        url,
        resolved,
        RetryPolicy(max_retries=max_retries),
        poll_schedule or DEFAULT_SCHEDULE,
        resolved if shared_client and timeout is not None else None,
        max_response_bytes,
    )


def check_api_key(key: str) -> str:
    """``key`` if an HTTP header can carry it; the error never repeats the key."""
    if not all("!" <= char <= "~" for char in key):
        raise MusicAPIError(
            "the API key contains characters an HTTP header cannot carry (a line break, "
            "a space, a control or non-ASCII character): check how it was copied"
        )
    return key


def check_base_url(url: str) -> None:
    """MusicAPIError unless ``url`` is an absolute http(s) URL httpx can use."""
    if not url.startswith(("http://", "https://")):
        raise MusicAPIError(
            f"base_url must start with http:// or https://, got {shorten(url, 100)!r}"
        )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise MusicAPIError(f"base_url is not a valid URL: {exc}") from None
    if not parsed.host:
        raise MusicAPIError(f"base_url has no host: {shorten(url, 100)!r}")


def check_max_retries(max_retries: object) -> None:
    """MusicAPIError unless ``max_retries`` is an int >= 0."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise MusicAPIError("max_retries must be an int >= 0 (0 disables retries)")


def _seconds(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MusicAPIError(f"{name} must be a number of seconds, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise MusicAPIError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return seconds


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """An httpx.Timeout from seconds (connect capped at 10 s), or the default.

    Zero, negative, NaN or infinite values are refused here, not at the first request.
    An ``httpx.Timeout`` may leave a phase unlimited (None), as httpx allows.
    """
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        for phase, value in timeout.as_dict().items():
            _seconds(value, f"timeout.{phase}")
        return timeout
    seconds = _seconds(timeout, "timeout")
    assert seconds is not None
    return httpx.Timeout(seconds, connect=min(10.0, seconds))


def shrink_timeout(timeout: httpx.Timeout, remaining: float) -> dict[str, float]:
    """``timeout`` with no phase longer than ``remaining`` seconds (a request extension)."""
    remaining = max(remaining, 0.001)
    return {
        phase: remaining if value is None else min(value, remaining)
        for phase, value in timeout.as_dict().items()
    }


def request_parts(
    settings: Settings, op: Operation, body: dict[str, Any] | None, task_id: str | None
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.build_request`` for one operation."""
    if op.deprecated:
        warnings.warn(
            f"{op.key}: the MusicAPI docs mark the {op.family} section Unavailable",
            DeprecationWarning,
            stacklevel=4,
        )
    parts = op.build(body, task_id)
    # Only the key and the encodings we can bound (see _bounded) travel per request; httpx
    # sets Content-Type for JSON bodies, and the User-Agent is a default header of the
    # client's own httpx client.
    parts["headers"] = {"Authorization": settings.auth_header, "Accept-Encoding": ACCEPT_ENCODING}
    parts["url"] = settings.base_url + parts["url"]
    if settings.request_timeout is not None:
        parts["timeout"] = settings.request_timeout
    return parts


def prepare(
    settings: Settings, op: Operation, params: dict[str, Any] | None, extra: object
) -> dict[str, Any]:
    """Validate the caller's arguments and build the request (raises before sending)."""
    body = validate_body(op, params or {}, extra) if op.request_model else None
    return request_parts(settings, op, body, None)


def build_request(
    http: httpx.Client | httpx.AsyncClient, parts: dict[str, Any], field: str = "body"
) -> httpx.Request:
    """``http.build_request(**parts)``; input httpx cannot encode is an InvalidRequestError."""
    try:
        return http.build_request(**parts)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise InvalidRequestError(
            f"the request cannot be built: {type(exc).__name__}: {shorten(str(exc), 200)}",
            field=field,
        ) from None


def connection_error(exc: Exception, request: httpx.Request) -> APIConnectionError:
    """The client error for a failure between sending and holding the decoded answer."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    kind = type(exc).__name__
    if isinstance(exc, httpx.DecodingError | BodyDecodingError):
        detail = f"the answer could not be decoded: {exc}"
    elif isinstance(exc, BodyTooLargeError):
        detail = f"{exc} (MusicAPI(max_response_bytes=...) raises the limit)"
    elif isinstance(exc, httpx.TooManyRedirects):
        detail = "too many redirects (a redirect loop?)"
    else:
        detail = str(exc) or kind
    error = cls(f"{request.method} {request.url.path}: {kind}: {shorten(detail, 300)}")
    error.outcome_unknown = request.method != "GET" and not isinstance(exc, UNSENT_ERRORS)
    error.transient = isinstance(exc, RETRYABLE_ERRORS)
    return error


def status_error(response: httpx.Response, *, task_id: str | None) -> APIStatusError:
    """The typed error for a non-2xx answer (a POST's 3xx says why it was not followed)."""
    error = error_from_response(response, task_id=task_id)
    if response.is_redirect and response.request.method != "GET":
        error.message += (
            f" (redirected to {shorten(response.headers.get('location', '?'), 200)}; "
            "not followed: a POST would be replayed as a GET)"
        )
        error.args = (error.message,)
    return error


def mark_outcome(error: MusicAPIError, method: str) -> None:
    """Set ``outcome_unknown`` on an error raised after a request was handed to httpx.

    A GET changes nothing on the server. After a POST only a 4xx answer (the server
    refused it, 429 included) or a failure to connect proves that nothing started;
    every other failure (a timeout, a dropped connection, a 3xx or 5xx, a 2xx whose body
    cannot be read or has no task id) may hide a task that spends credits.
    """
    if method == "GET" or isinstance(error, InvalidRequestError):
        return
    if isinstance(error, APIStatusError):
        error.outcome_unknown = not 400 <= error.status_code < 500
    elif not isinstance(error, APIConnectionError):  # connection_error knows if it left
        error.outcome_unknown = True


def _not_json(response: httpx.Response) -> APIStatusError:
    text = one_line(response.text)
    where = f"{response.request.method} {response.request.url.path}"
    return APIStatusError(
        f"HTTP {response.status_code} on {where}: the body is not JSON: {text!r}",
        status_code=response.status_code,
        body=response.text,
        path=response.request.url.path,
    )


def shape_error(key: str, response: httpx.Response, exc: Exception) -> APIStatusError:
    """The error for a success body that is not JSON or matches none of the expected shapes."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        raise exc
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return _not_json(response)
    where = ".".join(map(str, first["loc"])) or "body"
    return APIStatusError(
        f"{key}: unexpected response shape: {first['msg']} at {where}",
        status_code=response.status_code,
        body=response.text,
        path=response.request.url.path,
    )


def parse_model(op: Operation, response: httpx.Response) -> Any:
    """Validate a success body, straight from its bytes, with the operation's response model."""
    assert op.response_model is not None
    try:
        return model_class(op.response_model).model_validate_json(response.content)
    except ValueError as exc:  # pydantic's ValidationError; not imported on the hot path
        raise shape_error(op.key, response, exc) from None


def created_fields(op: Operation, response: httpx.Response) -> dict[str, Any]:
    """The TaskCreated fields of a create answer."""
    model = parse_model(op, response)
    assert op.task_id_field is not None
    task_id = getattr(model, op.task_id_field, None)
    if not isinstance(task_id, str) or not task_id.strip():
        raise APIStatusError(
            f"{op.key}: the answer has no task id",
            status_code=response.status_code,
            body=response.text,
            path=response.request.url.path,
        )
    return {
        "task_id": task_id,
        "family": op.family,
        "operation": op.key,
        "expected_clips": op.expected_clips,
        "message": getattr(model, "message", None),
        "raw": model,
    }


def retry_after_failure(
    settings: Settings, exc: Exception, request: httpx.Request, attempt: int, retries: bool
) -> float:
    """Seconds to wait before resending after ``exc``; raises the typed error instead."""
    idempotent = request.method == "GET"
    delay = (
        settings.retry.delay_for_error(exc, idempotent=idempotent, attempt=attempt)
        if retries
        else None
    )
    if delay is None:
        raise connection_error(exc, request) from exc
    return delay


def retry_after_status(
    settings: Settings, response: httpx.Response, attempt: int, retries: bool
) -> float:
    """Seconds to wait before resending after an error status; raises the typed error instead."""
    idempotent = response.request.method == "GET"
    delay = (
        settings.retry.delay_for_response(response, idempotent=idempotent, attempt=attempt)
        if retries
        else None
    )
    if delay is None:
        raise status_error(response, task_id=None)
    return delay


def complete_error(
    settings: Settings, error: MusicAPIError, request: httpx.Request, task_id: str | None
) -> MusicAPIError:
    """The error as the caller sees it: outcome marked, task id set, secrets masked."""
    mark_outcome(error, request.method)
    if task_id is not None and error.task_id is None:
        error.task_id = task_id
    return scrub(error, settings.secrets)


def retry_after(response: httpx.Response) -> float | None:
    """The server's poll hint on a task response, if any."""
    return parse_retry_after(response.headers) if "retry-after" in response.headers else None


def log_outcome(request: httpx.Request, status: int | str, started: float, attempt: int) -> None:
    """One debug line per attempt: method, path, status, time; never headers or bodies."""
    elapsed = (time.perf_counter() - started) * 1000
    logger.debug(
        "%s %s -> %s in %.0f ms (attempt %d)",
        request.method,
        request.url.path,
        status,
        elapsed,
        attempt + 1,
    )
