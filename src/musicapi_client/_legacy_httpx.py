"""A legacy ``httpx`` client, accepted at run time as a migration aid.

The client runs on httpx2. An application still on httpx (0.28, unmaintained since
December 2024) may pass its ``httpx.Client``/``AsyncClient`` for a while: it is used as
given, with one ``DeprecationWarning``. Its exceptions are turned into their httpx2 twins
(same names, same hierarchy) where they are caught, so retries and typed errors behave
exactly as on httpx2. httpx is never imported here: a legacy client can only exist if
the application imported httpx itself.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

import httpx2

from musicapi_client._errors import MusicAPIError

MIGRATION = (
    "pass an httpx2 client instead (pip install httpx2; httpx2.Client and httpx2.AsyncClient "
    "take the same arguments): legacy httpx support will be removed"
)


class HTTPStack:
    """What the client needs to know about the HTTP library of its connection pool."""

    __slots__ = ("invalid_url", "native", "send_errors", "use_client_auth")

    def __init__(self, module: Any, native: bool) -> None:
        self.native = native
        self.invalid_url: type[Exception] = module.InvalidURL
        # What can go wrong between handing a request over and holding its decoded body.
        self.send_errors: tuple[type[Exception], ...] = (
            module.HTTPError,  # transport errors, DecodingError, TooManyRedirects
            module.InvalidURL,  # a redirect to a malformed Location
            module.StreamError,
        )
        self.use_client_auth: Any = module.USE_CLIENT_DEFAULT


NATIVE = HTTPStack(httpx2, native=True)
_NATIVE_POOLS = (httpx2.Client, httpx2.AsyncClient)


_legacy: list[HTTPStack] = []  # made once, when a legacy client is first accepted


def _legacy_stack(module: Any) -> HTTPStack:
    if not _legacy:
        _legacy.append(HTTPStack(module, native=False))
    return _legacy[0]


def stack_for(http: object) -> HTTPStack:
    """The stack of a pool the client already accepted (see :func:`stack_of`)."""
    if isinstance(http, _NATIVE_POOLS):
        return NATIVE
    return _legacy_stack(sys.modules["httpx"])


def stack_of(http_client: object, *, async_: bool) -> HTTPStack:
    """The stack of a client passed as ``http_client=``; MusicAPIError if it is none."""
    wanted = httpx2.AsyncClient if async_ else httpx2.Client
    if isinstance(http_client, wanted):
        return NATIVE
    legacy = sys.modules.get("httpx")
    legacy_class = None if legacy is None else getattr(legacy, wanted.__name__, None)
    if legacy_class is not None and isinstance(http_client, legacy_class):
        warnings.warn(
            f"http_client is a legacy httpx.{wanted.__name__}: {MIGRATION}",
            DeprecationWarning,
            stacklevel=4,
        )
        return _legacy_stack(legacy)
    raise MusicAPIError(
        f"http_client must be an httpx2.{wanted.__name__}, not {type(http_client).__name__}"
    )


def as_httpx2(exc: Exception) -> Exception:
    """``exc`` itself, or for a legacy httpx exception its httpx2 twin (cause: ``exc``)."""
    if type(exc).__module__.split(".")[0] != "httpx":
        return exc
    twin_class = getattr(httpx2, type(exc).__name__, None)
    if not (isinstance(twin_class, type) and issubclass(twin_class, Exception)):
        return exc
    try:
        twin = twin_class(str(exc))
    except TypeError:  # a twin with another signature: keep the original
        return exc
    twin.__cause__ = exc
    return twin
