"""When to retry, and how long to wait first.

Reads (GET: task polls, credits, downloads) are retried on connection errors, timeouts,
408, 429 and 5xx. Writes (POST: creates, uploads, persona, lyrics) cost credits, so they
are retried only when the server provably never started them: the connection was never
made (DNS, connect, TLS, pool) or the server said 429. A read timeout or a 5xx after a
POST was sent is never retried; the error says the outcome is unknown instead.

Delays: the server's Retry-After (seconds or an HTTP date) when present, up to
``max_retry_after``; otherwise ``initial_delay * 2**attempt`` capped at ``max_delay``, with
up to 25 % jitter taken off. A hint that is not a finite number of seconds between 0 and
a day (``nan``, ``inf``, ``-5``, ``1e300``) is ignored, as if the server had sent none.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass

import httpx2

from musicapi_client._bounded import BodyDecodingError

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# Raised before a single byte of the request reached the server.
UNSENT_ERRORS: tuple[type[Exception], ...] = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
)
# Failures of a read that a repeat may cure: the network, or a body mangled on the way.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx2.TransportError,
    httpx2.DecodingError,
    BodyDecodingError,
)
# Longer hints are not a schedule but a malfunction; they are ignored.
MAX_HINT_SECONDS = 86400.0


def _seconds(text: str, scale: float = 1.0) -> float | None:
    try:
        value = float(text) * scale
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0 or value > MAX_HINT_SECONDS:
        return None
    return value


def parse_retry_after(headers: httpx2.Headers) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (delta seconds or HTTP date).

    None when absent or unusable (not finite, negative, over a day, not a date).
    """
    if (millis := headers.get("retry-after-ms")) is not None and (
        found := _seconds(millis, 0.001)
    ) is not None:
        return found
    value = headers.get("retry-after")
    if value is None:
        return None
    if (found := _seconds(value)) is not None:
        return found
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        remaining: float = parsed.timestamp() - time.time()
    except (OverflowError, OSError, ValueError):
        return None
    return min(max(remaining, 0.0), MAX_HINT_SECONDS)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times and how patiently to retry. ``max_retries=0`` disables retries."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, attempt: int) -> float:
        """Exponential delay for retry number ``attempt`` (0-based), with jitter."""
        delay = min(self.initial_delay * float(2 ** min(attempt, 30)), self.max_delay)
        return delay * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto

    def delay_for_response(
        self, response: httpx2.Response, *, idempotent: bool, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying this response, or None for no retry."""
        if attempt >= self.max_retries:
            return None
        status = response.status_code
        if status != 429 and not (idempotent and status in RETRYABLE_STATUS):
            return None
        hint = parse_retry_after(response.headers)
        if hint is None:
            return self.backoff(attempt)
        return hint if hint <= self.max_retry_after else None

    def delay_for_error(self, error: Exception, *, idempotent: bool, attempt: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None."""
        if attempt >= self.max_retries:
            return None
        if isinstance(error, UNSENT_ERRORS):
            return self.backoff(attempt)
        if idempotent and isinstance(error, RETRYABLE_ERRORS):
            return self.backoff(attempt)
        return None
