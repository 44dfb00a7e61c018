"""Client configuration: defaults, environment variables, and the checks that refuse
unusable values when a client is constructed (not at its first request)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx2

from musicapi_client._bounded import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from musicapi_client._errors import ConfigurationError, shorten
from musicapi_client._retry import RetryPolicy
from musicapi_client._version import __version__

if TYPE_CHECKING:
    from musicapi_client._redis import RedisLink
    from musicapi_client._wait import PollSchedule

DEFAULT_BASE_URL = "https://api.musicapi.ai"
API_PREFIX = "/api/v1"  # every path of the spec starts with it
# Uploads answer after about 20 s; generation is asynchronous, so 60 s reads are generous.
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)
ENV_API_KEY = "MUSICAPI_API_KEY"
ENV_BASE_URL = "MUSICAPI_BASE_URL"
ENV_WEBHOOK_SECRET = "MUSICAPI_WEBHOOK_SECRET"  # noqa: S105 - a variable name, not a secret
ENV_REDIS_URL = "MUSICAPI_REDIS_URL"
ENV_REDIS_NAMESPACE = "MUSICAPI_REDIS_NAMESPACE"
# The longest HTTP timeout a phase may have: a day (the OS refuses ~1e10 s with an
# OverflowError at the first request, which is too late to say what was wrong).
MAX_TIMEOUT = 86400.0
USER_AGENT = f"musicapi-client/{__version__}"
# Accept-Encoding: only what the client inflates itself, with a ceiling (see _bounded).
DEFAULT_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "application/json",
    "Accept-Encoding": ACCEPT_ENCODING,
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved client settings. ``api_key`` never appears in ``repr``."""

    api_key: str
    base_url: str
    timeout: httpx2.Timeout
    retry: RetryPolicy
    schedule: PollSchedule
    # Sent with every request when the pool is not ours to configure (a passed-in
    # http_client, or a with_options() copy), so ``timeout=`` always takes effect.
    request_timeout: httpx2.Timeout | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    webhook_secret: str | None = None
    # default_headers= / default_query=: sent with every API request (checked pairs).
    default_headers: tuple[tuple[str, str], ...] = ()
    default_query: tuple[tuple[str, str], ...] = ()

    @property
    def auth_header(self) -> str:
        """The Authorization header value."""
        return f"Bearer {self.api_key}"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values masked wherever a server's answer echoes them into an error."""
        return (self.api_key, self.webhook_secret) if self.webhook_secret else (self.api_key,)

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, api_key='***', retry={self.retry!r})"


def redis_link(
    url: str | None, client: Any, namespace: str | None, settings: Settings
) -> RedisLink | None:
    """The Redis link of ``redis_url=`` / ``redis=`` / ``$MUSICAPI_REDIS_URL``, or None
    (then nothing of Redis is imported). Its keys live under ``redis_namespace=`` (or
    ``$MUSICAPI_REDIS_NAMESPACE``), else under namespaces derived from the key and secret."""
    url = url if url is not None else (os.environ.get(ENV_REDIS_URL) or None)
    if url is None and client is None:
        return None
    from musicapi_client._redis import RedisLink

    return RedisLink(
        url if client is None else None,
        client,
        namespace=namespace if namespace is not None else os.environ.get(ENV_REDIS_NAMESPACE),
        api_key=settings.api_key,
    )


def resolve_settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx2.Timeout | None,
    max_retries: int,
    poll_schedule: PollSchedule | None,
    *,
    shared_client: bool = False,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    webhook_secret: str | None = None,
) -> Settings:
    """Fill in defaults and environment variables; reject unusable values early."""
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY, "")
    if not isinstance(key, str) or not key.strip():
        raise ConfigurationError(
            f"no API key: pass api_key=... or set {ENV_API_KEY}", option="api_key"
        )
    key = check_api_key(key.strip())
    url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    # The vendor's SDK takes the root with its version (".../api/v1"); every path of the
    # spec starts with it, so it is the API root either way.
    url = url.removesuffix(API_PREFIX)
    check_base_url(url)
    check_max_retries(max_retries)
    if (
        isinstance(max_response_bytes, bool)
        or not isinstance(max_response_bytes, int)
        or max_response_bytes <= 0
    ):
        raise ConfigurationError(
            "max_response_bytes must be an int > 0", option="max_response_bytes"
        )
    resolved = resolve_timeout(timeout)
    from musicapi_client._wait import DEFAULT_SCHEDULE  # here: waits load on first use

    return Settings(
        key,
        url,
        resolved,
        RetryPolicy(max_retries=max_retries),
        poll_schedule or DEFAULT_SCHEDULE,
        resolved if shared_client and timeout is not None else None,
        max_response_bytes,
        webhook_secret or os.environ.get(ENV_WEBHOOK_SECRET) or None,
    )


def check_api_key(key: str) -> str:
    """``key`` if an HTTP header can carry it; the error never repeats the key."""
    if not all("!" <= char <= "~" for char in key):
        raise ConfigurationError(
            "the API key contains characters an HTTP header cannot carry (a line break, "
            "a space, a control or non-ASCII character): check how it was copied",
            option="api_key",
        )
    return key


def check_base_url(url: str) -> None:
    """MusicAPIError unless ``url`` is an absolute http(s) URL httpx2 can use."""
    shown = shorten(url, 100)
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(
            f"base_url must start with http:// or https://, got {shown!r}", option="base_url"
        )
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, ValueError, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}", option="base_url") from None
    if not parsed.host:
        raise ConfigurationError(f"base_url has no host: {shown!r}", option="base_url")


def check_max_retries(max_retries: object) -> None:
    """MusicAPIError unless ``max_retries`` is an int >= 0."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(
            "max_retries must be an int >= 0 (0 disables retries)", option="max_retries"
        )


def _seconds(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"{name} must be a number of seconds, not {type(value).__name__}", option=name
        )
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigurationError(
            f"{name} must be a finite number of seconds > 0, got {value!r}", option=name
        )
    if seconds > MAX_TIMEOUT:
        raise ConfigurationError(
            f"{name} must be at most {MAX_TIMEOUT:g} s (a day), got {value!r}", option=name
        )
    return seconds


def resolve_timeout(timeout: float | httpx2.Timeout | None) -> httpx2.Timeout:
    """An httpx2.Timeout from seconds (connect capped at 10 s), or the default.

    Zero, negative, NaN or infinite values are refused here, not at the first request.
    An ``httpx2.Timeout`` may leave a phase unlimited (None), as httpx2 allows.
    """
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx2.Timeout):
        for phase, value in timeout.as_dict().items():
            _seconds(value, f"timeout.{phase}")
        return timeout
    seconds = _seconds(timeout, "timeout")
    assert seconds is not None
    return httpx2.Timeout(seconds, connect=min(10.0, seconds))


def shrink_timeout(timeout: httpx2.Timeout, remaining: float) -> dict[str, float]:
    """``timeout`` with no phase longer than ``remaining`` seconds (a request extension)."""
    remaining = max(remaining, 0.001)
    return {
        phase: remaining if value is None else min(value, remaining)
        for phase, value in timeout.as_dict().items()
    }
