"""Reaching the Redis server: one link per client, a redacted name, one warning per outage,
and the namespace every key of a project lives under.

Namespaces: pacing and shared batches live under one derived from the API key (a hash),
webhook deliveries under one derived from the webhook secret (a hash), so two projects on
one Redis never read each other's entries; ``redis_namespace=`` (or
``$MUSICAPI_REDIS_NAMESPACE``) names one for all of them instead (then each delivery
still carries a tag only its own secret makes: see ``_events``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

from musicapi_client._errors import ConfigurationError, MusicAPIError
from musicapi_client._extras import install_hint

if TYPE_CHECKING:
    import redis
    import redis.asyncio

LOG = logging.getLogger("musicapi_client")
PREFIX = "musicapi:"  # every key this client writes starts with it
SOCKET_TIMEOUT = 5.0  # seconds: a Redis that does not answer is an outage, not a wait
TIMEOUTS = {"socket_timeout": SOCKET_TIMEOUT, "socket_connect_timeout": SOCKET_TIMEOUT}
ASYNC_CONNECTIONS = 16  # per async client; more callers wait for one


_NAMESPACE = re.compile(r"[A-Za-z0-9_.-]{1,64}")
# Query options redis-py passes on as connection settings that are secret.
_SECRET_OPTIONS = frozenset({"password", "username", "user"})


def redact_url(url: str) -> str:
    """``url`` with its user name and password replaced by ``***``, wherever they are: in
    the authority (up to its last ``@``, so a password holding ``#``, ``/``, ``?`` or ``@``
    is masked whole) and in the query (``?password=``)."""
    if not isinstance(url, str):
        return "<not a Redis URL>"
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "<unparsable Redis URL>"
    end = rest.rfind("@")  # the user info ends at the last @ (a password may hold @)
    if end >= 0:
        rest = "***@" + rest[end + 1 :]
    path, mark, query = rest.partition("?")
    if mark:
        fragment = ""
        if "#" in query:
            query, fragment = query.split("#", 1)
            fragment = "#" + fragment
        pairs = parse_qsl(query, keep_blank_values=True)
        shown = [(k, "***" if k.lower() in _SECRET_OPTIONS else v) for k, v in pairs]
        rest = f"{path}?{urlencode(shown, safe='*')}{fragment}"
    return f"{scheme}://{rest}"


def check_url(url: str) -> None:
    """ConfigurationError (naming the option, never a password) unless redis-py can use
    ``url``: a known scheme, an unambiguous user name and password, a port, known options
    with usable values. Checked by building (not opening) a connection as redis-py does."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in _SCHEMES:
        raise ConfigurationError(
            f"redis_url must be a redis://, rediss:// or unix:// URL, got {redact_url(url)}",
            option="redis_url",
        )
    if _ambiguous_userinfo(rest):
        raise ConfigurationError(
            "redis_url: the user name or password holds a character URLs reserve (@, /, ? "
            "or #), so redis-py would read another password and host from it: percent-encode "
            "it (urllib.parse.quote(password, safe=''))",
            option="redis_url",
        )
    import redis
    import redis.asyncio

    for pool_class in (redis.ConnectionPool, redis.asyncio.ConnectionPool):
        try:
            pool_class.from_url(url, **TIMEOUTS).make_connection()
        except Exception as exc:  # redis-py's messages may quote the URL: never shown
            raise ConfigurationError(
                f"redis_url {redact_url(url)}: {_what_is_wrong(exc)}", option="redis_url"
            ) from None


def _ambiguous_userinfo(rest: str) -> bool:
    """True when a password (or user name) holds ``/``, ``?`` or ``#`` unescaped: redis-py
    (urllib) ends the authority there and reads a password and host from the wrong part,
    e.g. ``:pa#ss@host`` as password ``pa`` on localhost."""
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in authority or "@" not in rest or authority.startswith("["):
        return False
    host, colon, port = authority.rpartition(":")
    return bool(colon) and (not host or not port.isdigit())


def _what_is_wrong(exc: Exception) -> str:
    """What redis-py refused in a URL, from its error, without repeating any value."""
    text = str(exc)
    if text.startswith("Port"):
        return "the port is not a number from 0 to 65535"
    if found := re.search(r"Invalid value for '([A-Za-z_]+)'", text):
        return f"option {found.group(1)} has a value it cannot use"
    if found := re.search(r"unexpected keyword argument '([A-Za-z_]+)'", text):
        return f"redis-py knows no option {found.group(1)}"
    if "SSL Certificate Requirements" in text:
        return "option ssl_cert_reqs must be none, optional or required"
    if "protocol" in text:
        return "option protocol must be 2 or 3"
    return f"redis-py cannot use it ({type(exc).__name__})"


def check_namespace(namespace: object) -> str:
    """``namespace`` if it can name Redis keys (letters, digits, ``_.-``, at most 64)."""
    if not isinstance(namespace, str) or not _NAMESPACE.fullmatch(namespace):
        raise ConfigurationError(
            "redis_namespace must be 1 to 64 letters, digits, '_', '.' or '-'",
            option="redis_namespace",
        )
    return namespace


def key_digest(api_key: str) -> str:
    """What identifies an API key in Redis: a hash, never the key."""
    return hashlib.sha256(b"musicapi-key:" + api_key.encode("utf-8")).hexdigest()[:32]


def errors() -> tuple[type[Exception], ...]:
    """What a Redis call raises when the server is unreachable, restarted or refuses."""
    import redis.exceptions as exc

    return (exc.ConnectionError, exc.TimeoutError, exc.BusyLoadingError, exc.ResponseError, OSError)


class RedisLink:
    """The Redis server a client coordinates through: sync and async clients made on
    first use from one URL (or the redis-py client given), the outage warning, and the
    names of the keys (the project's namespace; see the module's docstring)."""

    def __init__(
        self,
        url: str | None = None,
        client: Any = None,
        *,
        namespace: str | None = None,
        api_key: str | None = None,
    ) -> None:
        if url is None and client is None:
            raise ConfigurationError(
                "a Redis link needs redis_url=... or redis=<a redis-py client>", option="redis_url"
            )
        try:
            import redis  # noqa: F401  (the extra is installed)
        except ImportError:
            raise ConfigurationError(
                f"redis_url needs the redis extra: {install_hint('redis')}", option="redis_url"
            ) from None
        if url is not None:
            if not isinstance(url, str):
                raise ConfigurationError(
                    f"redis_url must be a redis://, rediss:// or unix:// URL, not a "
                    f"{type(url).__name__}",
                    option="redis_url",
                )
            check_url(url)
        self._url = url
        self._given = client
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._lock = threading.Lock()
        self._down = False
        self.name = redact_url(url) if url else f"<{type(client).__name__}>"
        if namespace is not None:
            check_namespace(namespace)
        self.namespace = namespace
        self._project = namespace or (key_digest(api_key)[:16] if api_key else None)

    def project_key(self, *parts: str) -> str:
        """A key of the project (pacing, batches): under the namespace derived from the
        API key, or the one given."""
        if self._project is None:
            raise ConfigurationError(
                "shared batches and pacing need the API key they run with (or "
                "redis_namespace=) to find their keys in Redis",
                option="redis_namespace",
            )
        return ":".join((PREFIX.rstrip(":"), self._project, *parts))

    def deliveries_key(self, secret_digest: str, *parts: str) -> str:
        """A key of the webhook deliveries verified with one secret: under the namespace
        derived from it (``secret_digest``), or the one given."""
        return ":".join((PREFIX.rstrip(":"), self.namespace or secret_digest, *parts))

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
        """Note an outage: one warning (on the ``musicapi_client`` logger) until Redis
        answers again; no URL password in it."""
        with self._lock:
            first, self._down = not self._down, True
        if first:
            LOG.warning(
                "Redis at %s is unreachable (%s); %s until it is back",
                self.name,
                type(error).__name__,
                what,
            )

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
