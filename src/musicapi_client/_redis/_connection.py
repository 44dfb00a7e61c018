"""Reaching the Redis server: one link per client, a redacted name, one warning per outage."""

from __future__ import annotations

import hashlib
import logging
import threading
import warnings
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from musicapi_client._errors import MusicAPIError

if TYPE_CHECKING:
    import redis
    import redis.asyncio

LOG = logging.getLogger("musicapi_client")
PREFIX = "musicapi:"  # every key this client writes starts with it
SOCKET_TIMEOUT = 5.0  # seconds: a Redis that does not answer is an outage, not a wait
TIMEOUTS = {"socket_timeout": SOCKET_TIMEOUT, "socket_connect_timeout": SOCKET_TIMEOUT}
ASYNC_CONNECTIONS = 16  # per async client; more callers wait for one


def redact_url(url: str) -> str:
    """``url`` with its password (and user name) replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable Redis URL>"
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def key_digest(api_key: str) -> str:
    """What identifies an API key in Redis: a hash, never the key."""
    return hashlib.sha256(b"musicapi-key:" + api_key.encode("utf-8")).hexdigest()[:32]


def errors() -> tuple[type[Exception], ...]:
    """What a Redis call raises when the server is unreachable, restarted or refuses."""
    import redis.exceptions as exc

    return (exc.ConnectionError, exc.TimeoutError, exc.BusyLoadingError, exc.ResponseError, OSError)


class RedisLink:
    """The Redis server a client coordinates through: sync and async clients made on
    first use from one URL (or the redis-py client given), and the outage warning."""

    def __init__(self, url: str | None = None, client: Any = None) -> None:
        if url is None and client is None:
            raise MusicAPIError("a Redis link needs redis_url=... or redis=<a redis-py client>")
        try:
            import redis  # noqa: F401  (the extra is installed)
        except ImportError:
            raise MusicAPIError(
                "redis_url needs the redis extra: pip install 'musicapi-client[redis]'"
            ) from None
        if url is not None and (not isinstance(url, str) or urlsplit(url).scheme not in _SCHEMES):
            shown = redact_url(url) if isinstance(url, str) else type(url).__name__
            raise MusicAPIError(
                f"redis_url must be a redis://, rediss:// or unix:// URL, got {shown}"
            )
        self._url = url
        self._given = client
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._lock = threading.Lock()
        self._down = False
        self.name = redact_url(url) if url else f"<{type(client).__name__}>"

    def sync(self) -> redis.Redis:
        """A sync redis-py client (the one given, or one from the URL)."""
        import redis

        with self._lock:
            if self._sync is None:
                if isinstance(self._given, redis.Redis):
                    self._sync = self._given
                elif self._url is not None:
                    self._sync = redis.Redis.from_url(
                        self._url,
                        socket_timeout=SOCKET_TIMEOUT,
                        socket_connect_timeout=SOCKET_TIMEOUT,
                    )
                else:  # an asyncio client was given: the same server, for threads
                    kwargs = dict(self._given.connection_pool.connection_kwargs)
                    self._sync = redis.Redis(**_sync_kwargs(kwargs))
            return self._sync

    def asyncio(self) -> redis.asyncio.Redis:
        """An asyncio redis-py client (the one given, or one from the URL)."""
        import redis.asyncio

        with self._lock:
            if self._async is None:
                if isinstance(self._given, redis.asyncio.Redis):
                    self._async = self._given
                elif self._url is not None:
                    # A blocking pool: a burst of reservations (a batch has hundreds of
                    # creates waiting) queues for a connection instead of failing as an
                    # outage with "Too many connections".
                    pool = redis.asyncio.BlockingConnectionPool.from_url(
                        self._url,
                        max_connections=ASYNC_CONNECTIONS,
                        timeout=None,
                        socket_timeout=SOCKET_TIMEOUT,
                        socket_connect_timeout=SOCKET_TIMEOUT,
                    )
                    self._async = redis.asyncio.Redis(connection_pool=pool)
                else:
                    raise MusicAPIError("AsyncMusicAPI(redis=...) takes a redis.asyncio client")
            return self._async

    def failed(self, what: str, error: BaseException) -> None:
        """Note an outage: one warning until Redis answers again (no URL password in it)."""
        with self._lock:
            first, self._down = not self._down, True
        if first:
            message = (
                f"Redis at {self.name} is unreachable ({type(error).__name__}); "
                f"{what} until it is back"
            )
            LOG.warning(message)
            warnings.warn(message, RuntimeWarning, stacklevel=3)

    def recovered(self) -> None:
        """Redis answered: the next outage warns again."""
        if self._down:
            with self._lock:
                self._down = False
            LOG.warning("Redis at %s answers again", self.name)

    def close(self) -> None:
        """Close the sync connections this link opened (not a client it was given)."""
        with self._lock:
            made, self._sync = (self._sync if self._sync is not self._given else None), None
        if made is not None:
            made.close()

    async def aclose(self) -> None:
        """Close what this link opened, the asyncio connections too."""
        self.close()
        with self._lock:
            made, self._async = (self._async if self._async is not self._given else None), None
        if made is not None:
            await made.aclose()

    def __repr__(self) -> str:
        return f"RedisLink({self.name})"


_SCHEMES = {"redis", "rediss", "unix"}


def _sync_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """An asyncio pool's connection settings, as a sync client takes them."""
    kept = ("host", "port", "db", "username", "password", "path", "ssl", "socket_timeout")
    return {key: kwargs[key] for key in kept if key in kwargs}
