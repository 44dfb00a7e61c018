"""What the sync and async clients share: configuration, request building, decoding.

Everything here is free of I/O, so the two clients differ only in how they send and sleep.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from musicapi._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MusicAPIError,
    error_from_response,
    one_line,
)
from musicapi._retry import UNSENT_ERRORS, RetryPolicy, parse_retry_after
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

    @property
    def auth_header(self) -> str:
        """The Authorization header value."""
        return f"Bearer {self.api_key}"

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
) -> Settings:
    """Fill in defaults and environment variables; reject unusable values early."""
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY, "")
    if not key.strip():
        raise MusicAPIError(f"no API key: pass api_key=... or set {ENV_API_KEY}")
    url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise MusicAPIError(f"base_url must start with http:// or https://, got {url!r}")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise MusicAPIError("max_retries must be an int >= 0 (0 disables retries)")
    resolved = resolve_timeout(timeout)
    return Settings(
        key.strip(),
        url,
        resolved,
        RetryPolicy(max_retries=max_retries),
        poll_schedule or DEFAULT_SCHEDULE,
        resolved if shared_client and timeout is not None else None,
    )


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """An httpx.Timeout from seconds (connect capped at 10 s), or the default."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(float(timeout), connect=min(10.0, float(timeout)))


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
    # Only the key travels per request; httpx sets Content-Type for JSON bodies, and the
    # User-Agent is a default header of the client's own httpx client.
    parts["headers"] = {"Authorization": settings.auth_header}
    parts["url"] = settings.base_url + parts["url"]
    if settings.request_timeout is not None:
        parts["timeout"] = settings.request_timeout
    return parts


def prepare(
    settings: Settings, op: Operation, params: dict[str, Any] | None, extra: dict[str, Any] | None
) -> dict[str, Any]:
    """Validate the caller's arguments and build the request (raises before sending)."""
    body = validate_body(op, params or {}, extra) if op.request_model else None
    return request_parts(settings, op, body, None)


def transport_error(
    exc: httpx.TransportError, request: httpx.Request, *, idempotent: bool
) -> APIConnectionError:
    """The client error for a transport failure, marked 'outcome unknown' for sent POSTs."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or type(exc).__name__
    error = cls(f"{request.method} {request.url.path}: {type(exc).__name__}: {detail}")
    error.outcome_unknown = not idempotent and not isinstance(exc, UNSENT_ERRORS)
    return error


def status_error(
    response: httpx.Response, *, idempotent: bool, task_id: str | None
) -> APIStatusError:
    """The typed error for an error response; 5xx after a POST means outcome unknown."""
    error = error_from_response(response, task_id=task_id)
    error.outcome_unknown = not idempotent and response.status_code >= 500
    return error


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
    if not isinstance(task_id, str) or not task_id:
        raise APIStatusError(
            f"{op.key}: the answer has no task id", status_code=200, body=response.text
        )
    return {
        "task_id": task_id,
        "family": op.family,
        "operation": op.key,
        "expected_clips": op.expected_clips,
        "message": getattr(model, "message", None),
        "raw": model,
    }


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
