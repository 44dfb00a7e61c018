"""Reading an answer's body with a ceiling on the bytes held in memory.

httpx2 inflates a gzip body one network chunk at a time, with no limit: 64 KiB of a gzip
bomb become 64 MiB at once. Here the client reads the raw bytes in small pieces and
inflates them itself with ``zlib``'s ``max_length``, so a body never grows past
``limit + 1`` decoded bytes, whatever its encoding claims. The client asks only for
``gzip, deflate`` (see ``ACCEPT_ENCODING``); other encodings are passed through as is.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx2

ACCEPT_ENCODING = "gzip, deflate"
RAW_CHUNK = 16 * 1024
DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024


class BodyTooLargeError(Exception):
    """The decoded body passed the limit (internal; the client raises a MusicAPIError)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit


class BodyDecodingError(Exception):
    """The body does not decode as its Content-Encoding says (internal)."""


class BoundedBody:
    """Collects one body: ``feed`` raw chunks, then ``finish``. Never holds over the limit.

    With ``truncate`` the body is cut at the limit instead (error answers: the head is
    enough to explain them) and ``truncated`` says so.
    """

    def __init__(self, content_encoding: str, limit: int, *, truncate: bool = False) -> None:
        self.limit = limit
        self.truncate = truncate
        self.truncated = False
        self._parts: list[bytes] = []
        self._size = 0
        self._inflater = _inflater(content_encoding)
        self._first = True

    @property
    def full(self) -> bool:
        """True once a truncating body has all it will keep."""
        return self.truncated

    def feed(self, raw: bytes) -> None:
        """Add raw (still encoded) bytes."""
        if self.truncated:
            return
        if self._inflater is None:
            self._keep(raw)
            return
        data = raw
        while data and not self.truncated:
            room = self.limit - self._size + 1
            try:
                out = self._inflater.decompress(data, room)
            except zlib.error as exc:
                if not self._retry_as_raw_deflate():
                    raise BodyDecodingError(f"the body is not valid {exc}") from None
                continue
            self._first = False
            self._keep(out)
            data = self._inflater.unconsumed_tail

    def finish(self) -> bytes:
        """The decoded body."""
        if self._inflater is not None and not self.truncated:
            try:
                self._keep(self._inflater.flush())
            except zlib.error as exc:
                raise BodyDecodingError(f"the body is not valid {exc}") from None
        return b"".join(self._parts)

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        if self._size + len(data) > self.limit:
            if not self.truncate:
                raise BodyTooLargeError(self.limit)
            data = data[: self.limit - self._size]
            self.truncated = True
        self._parts.append(data)
        self._size += len(data)

    def _retry_as_raw_deflate(self) -> bool:
        """Some servers send raw deflate without the zlib header (as httpx2 allows)."""
        if not self._first or self._deflate_raw:
            return False
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._deflate_raw = True
        return True

    _deflate_raw = False


def _inflater(content_encoding: str) -> zlib._Decompress | None:
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if len(codings) > 1:
        raise BodyDecodingError(f"unsupported Content-Encoding {content_encoding!r}")
    if codings[0] in {"gzip", "x-gzip"}:
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if codings[0] == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    return None  # an encoding we never asked for: kept as received, still bounded


def body_reader(response: httpx2.Response, limit: int, *, truncate: bool = False) -> BoundedBody:
    """A :class:`BoundedBody` for ``response``'s Content-Encoding."""
    encoding = ", ".join(response.headers.get_list("content-encoding"))
    return BoundedBody(encoding, limit, truncate=truncate)


def read_sync(response: httpx2.Response, limit: int, *, truncate: bool = False) -> bytes:
    """Read a streamed response's body (at most ``limit`` decoded bytes) and close it.

    Afterwards ``response.content``, ``.text`` and ``.json()`` work as after ``read()``.
    """
    if response.is_stream_consumed:  # an in-memory answer (httpx2.MockTransport)
        return _already_read(response, limit, truncate)
    try:
        body = body_reader(response, limit, truncate=truncate)
        for raw in response.iter_raw(RAW_CHUNK):
            body.feed(raw)
            if body.full:
                break
        return _attach(response, body.finish())
    finally:
        response.close()


async def read_async(response: httpx2.Response, limit: int, *, truncate: bool = False) -> bytes:
    """Async twin of :func:`read_sync`."""
    if response.is_stream_consumed:
        return _already_read(response, limit, truncate)
    try:
        body = body_reader(response, limit, truncate=truncate)
        async for raw in response.aiter_raw(RAW_CHUNK):
            body.feed(raw)
            if body.full:
                break
        return _attach(response, body.finish())
    finally:
        await response.aclose()


def _attach(response: httpx2.Response, content: bytes) -> bytes:
    """Store the decoded body where ``Response.read()`` would (httpx2's own attribute)."""
    response._content = content
    return content


def _already_read(response: httpx2.Response, limit: int, truncate: bool) -> bytes:
    content = response.content
    if len(content) <= limit:
        return content
    if truncate:
        return _attach(response, content[:limit])
    raise BodyTooLargeError(limit)
