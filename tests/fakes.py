"""A scripted in-memory MusicAPI for unit tests (httpx2.MockTransport underneath)."""

from __future__ import annotations

import inspect
import json
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx2

import musicapi_client
from musicapi_client.testing import FakeClock

API_KEY = "sk-test-SECRET-0123456789"
BASE = "https://api.musicapi.ai"
Reply = httpx2.Response | Callable[[httpx2.Request], httpx2.Response]


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(status, json=body, headers=headers)


def html(
    status: int, text: str = "<html><body><h1>502 Bad Gateway</h1></body></html>"
) -> httpx2.Response:
    return httpx2.Response(status, text=text, headers={"content-type": "text/html"})


def fail(
    exc_type: type[httpx2.TransportError], message: str = "boom"
) -> Callable[[httpx2.Request], httpx2.Response]:
    def raiser(request: httpx2.Request) -> httpx2.Response:
        raise exc_type(message, request=request)

    return raiser


class FakeAPI:
    """Routes (method, path) to scripted replies; the last reply repeats."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Reply]] = defaultdict(list)
        self.requests: list[httpx2.Request] = []

    def on(self, method: str, path: str, *replies: Reply) -> FakeAPI:
        self.routes[(method, path)].extend(replies)
        return self

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        queue = self.routes.get((request.method, request.url.path))
        if not queue:
            return httpx2.Response(
                404, json={"message": f"no route {request.method} {request.url.path}"}
            )
        reply = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(reply):
            return reply(request)
        # A fresh copy each time: a scripted reply may be served many times, sync or async.
        return httpx2.Response(reply.status_code, headers=reply.headers, content=reply.content)

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.requests if (r.method, r.url.path) == (method, path))

    def last_json(self) -> Any:
        return json.loads(self.requests[-1].content)

    @property
    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self.handler)


def make_client(
    mode: str, api: FakeAPI, **options: Any
) -> musicapi_client.MusicAPI | musicapi_client.AsyncMusicAPI:
    """A client on a FakeClock: nothing really sleeps (delays are in ``client.sleeps``)."""
    clock = options.setdefault("clock", FakeClock())
    client: musicapi_client.MusicAPI | musicapi_client.AsyncMusicAPI
    if mode == "sync":
        client = musicapi_client.MusicAPI(
            api_key=API_KEY, http_client=httpx2.Client(transport=api.transport), **options
        )
    else:
        client = musicapi_client.AsyncMusicAPI(
            api_key=API_KEY, http_client=httpx2.AsyncClient(transport=api.transport), **options
        )
    client.sleeps = clock.sleeps  # type: ignore[union-attr]
    client.clock = clock  # type: ignore[union-attr]
    return client


async def resolve(value: Any) -> Any:
    """Await ``value`` if the async client returned a coroutine."""
    return await value if inspect.isawaitable(value) else value


CHUNK = 4096  # bytes per network chunk of a Chunks body


class Chunks(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A plain (not compressed) body in many network chunks; counts what was pulled."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.body), CHUNK):
            self.pulled += 1
            yield self.body[start : start + CHUNK]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.body), CHUNK):
            self.pulled += 1
            yield self.body[start : start + CHUNK]


def chunked(body: bytes, streams: list[Chunks]) -> Callable[[httpx2.Request], httpx2.Response]:
    def reply(request: httpx2.Request) -> httpx2.Response:
        stream = Chunks(body)
        streams.append(stream)
        return httpx2.Response(200, stream=stream, headers={"content-type": "application/json"})

    return reply


def poll_answer(size: int) -> bytes:
    """A valid poll answer of about ``size`` bytes whose end is in its last chunk."""
    pad = "x" * max(0, size - 100)
    return json.dumps(
        {"code": 200, "data": [{"clip_id": "a", "state": "running", "title": pad}]}
    ).encode()
