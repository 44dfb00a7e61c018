"""Per-call request options (``extra_headers``, ``extra_query``, ``timeout``) and the
client's ``default_headers``/``default_query``, checked before anything is sent.

The names are openai-python's. ``extra_body`` is the request model's business (see
``_validation``). No option can set ``Authorization``: the key comes from ``api_key=``
only, so a header copied from elsewhere can never replace it without a word. Nor the
headers the HTTP layer writes itself (``Content-Length``, ``Host``, ``Transfer-Encoding``,
``Connection`` and the other hop-by-hop ones): a wrong one would break the request after
it reached the server. A name given twice in one mapping (in two cases) is refused, not
sent twice; a query value that is not a finite number is refused, not sent as ``nan``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from musicapi_client._config import resolve_timeout
from musicapi_client._errors import InvalidRequestError, MusicAPIError, shorten

if TYPE_CHECKING:
    import httpx2

Pairs = tuple[tuple[str, str], ...]
# Set by the client itself: the key (api_key=).
KEY_HEADER = "authorization"
# Written by the HTTP layer from the request itself (RFC 9110 7.6.1's hop-by-hop fields).
TRANSPORT_HEADERS = frozenset(
    {
        "content-length",
        "host",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "te",
        "trailer",
        "upgrade",
        "proxy-connection",
    }
)
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class CallOptions:
    """What one call adds to the client's request: headers, query parameters, a timeout."""

    __slots__ = ("headers", "query", "timeout")  # plain slots: a dataclass costs import time

    def __init__(
        self, headers: Pairs = (), query: Pairs = (), timeout: httpx2.Timeout | None = None
    ) -> None:
        self.headers = headers
        self.query = query
        self.timeout = timeout

    def __repr__(self) -> str:
        shown = [f"headers={[k for k, _ in self.headers]}", f"query={list(self.query)}"]
        return f"CallOptions({', '.join(shown)}, timeout={self.timeout!r})"


NO_OPTIONS = CallOptions()


def check_headers(value: object, name: str) -> Pairs:
    """``value`` (a mapping of header names to text) as pairs; InvalidRequestError if not."""
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{name} must be a mapping of header names to text", field=name)
    pairs = []
    seen: dict[str, str] = {}
    for key, text in value.items():
        if not isinstance(key, str) or not key or not set(key) <= _TOKEN:
            raise InvalidRequestError(
                f"{name}: {shorten(repr(key), 60)} is no header name", field=name
            )
        lowered = key.lower()
        if lowered == KEY_HEADER:
            raise InvalidRequestError(
                f"{name} cannot set {key}: the client sends the key given as api_key=",
                field=name,
            )
        if lowered in TRANSPORT_HEADERS:
            raise InvalidRequestError(
                f"{name} cannot set {key}: the HTTP layer writes it from the request itself",
                field=name,
            )
        if lowered in seen:
            raise InvalidRequestError(
                f"{name} gives one header twice ({seen[lowered]!r} and {key!r}): header "
                "names ignore case; keep one",
                field=name,
            )
        seen[lowered] = key
        if not isinstance(text, str) or not all(" " <= c <= "~" or c == "\t" for c in text):
            raise InvalidRequestError(
                f"{name}[{key!r}] must be printable ASCII text (no line breaks)", field=name
            )
        pairs.append((key, text))
    return tuple(pairs)


def check_query(value: object, name: str) -> Pairs:
    """``value`` (names to text, numbers or booleans; lists repeat) as pairs."""
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        raise InvalidRequestError(
            f"{name} must be a mapping of parameter names to values", field=name
        )
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise InvalidRequestError(
                f"{name}: {shorten(repr(key), 60)} is no parameter name", field=name
            )
        for one in item if isinstance(item, list | tuple) else [item]:
            pairs.append((key, _query_text(one, f"{name}[{key!r}]")))
    return tuple(pairs)


def _query_text(value: object, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidRequestError(f"{where} must be a finite number, not {value!r}", field=where)
    if isinstance(value, str | int | float):
        return str(value)
    raise InvalidRequestError(
        f"{where} must be text, a number or a boolean, not {type(value).__name__}", field=where
    )


def call_options(
    headers: object = None, query: object = None, timeout: float | httpx2.Timeout | None = None
) -> CallOptions:
    """The options of one call, checked; :data:`NO_OPTIONS` when none is given."""
    if headers is None and query is None and timeout is None:
        return NO_OPTIONS
    try:
        resolved = None if timeout is None else resolve_timeout(timeout)
    except MusicAPIError as exc:
        raise InvalidRequestError(exc.message, field="timeout") from None
    return CallOptions(
        check_headers(headers, "extra_headers"), check_query(query, "extra_query"), resolved
    )


def merge_headers(base: Mapping[str, str], extra: Pairs) -> dict[str, str]:
    """``base`` with ``extra`` on top; a name given in another case replaces, not adds."""
    names = {key.lower() for key, _ in extra}
    merged = {key: text for key, text in base.items() if key.lower() not in names}
    merged.update(extra)
    return merged
