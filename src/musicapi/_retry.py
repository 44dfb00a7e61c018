"""When to retry, and how long to wait first.

Reads (GET: task polls, credits, downloads) are retried on connection errors, timeouts,
408, 429 and 5xx. Writes (POST: creates, uploads, persona, lyrics) cost credits, so they
are retried only when the server provably never started them: the connection was never
made (DNS, connect, TLS, pool) or the server said 429. A read timeout or a 5xx after a
POST was sent is never retried; the error says the outcome is unknown instead.

Delays: the server's Retry-After (seconds or an HTTP date) when present, up to
``max_retry_after``; otherwise ``initial_delay * 2**attempt`` capped at ``max_delay``, with
up to 25 % jitter taken off.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# Raised before a single byte of the request reached the server.
UNSENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (delta seconds or HTTP date)."""
    if (millis := headers.get("retry-after-ms")) is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    remaining: float = parsed.timestamp() - time.time()
    return max(remaining, 0.0)


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
        self, response: httpx.Response, *, idempotent: bool, attempt: int
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
        if idempotent and isinstance(error, httpx.TransportError):
            return self.backoff(attempt)
        return None
