"""The ``musicapi_client`` logger: one INFO line per HTTP attempt, never headers or bodies.

``MUSICAPI_LOG=info`` (or ``debug``) sends it to stderr; otherwise it follows the
application's logging setup (as httpx2 does, attempts are logged at INFO).
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx2

ENV_LOG = "MUSICAPI_LOG"
logger = logging.getLogger("musicapi_client")


def configure_from_environment() -> None:
    """MUSICAPI_LOG=debug|info sends the client's log lines to stderr."""
    level = os.environ.get(ENV_LOG, "").strip().upper()
    if level in {"DEBUG", "INFO"} and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("%(asctime)s musicapi_client %(levelname)s %(message)s")
        )
        logger.addHandler(handler)
        logger.setLevel(level)


def attempts_logged() -> bool:
    """True when attempt lines are wanted (checked once per request: the clock costs)."""
    return logger.isEnabledFor(logging.INFO)


def log_attempt(
    request: httpx2.Request, status: int | str, since: float | None, attempt: int
) -> None:
    """One line per attempt: method, host and path, status, time (when ``since`` is set)."""
    if since is not None:
        logger.info(
            "%s %s -> %s in %.0f ms (attempt %d, %s)",
            request.method,
            request.url.path,
            status,
            (time.perf_counter() - since) * 1000,
            attempt + 1,
            request.url.host,
        )


configure_from_environment()
