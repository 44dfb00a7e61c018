"""Hundreds of creates, polls and downloads through a transport that injects every fault.

The transport keeps the server's side of the books (which create attempts it accepted),
so the client's claims can be checked against it: no create accepted twice, success
only for an accepted create, ``outcome_unknown`` False only when nothing was accepted,
every error a MusicAPIError, every wait within its deadline, nothing leaked.
"""

from __future__ import annotations

import gzip
import os
import random
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx2
import pytest

import musicapi_client
from musicapi_client import Clip
from musicapi_client.testing import FakeClock

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

API_KEY = "sk-fault-0123456789"
CREATE = "/api/v1/sonic/create"
TASK_PREFIX = "/api/v1/sonic/task/"
AUDIO = "/audio/a.mp3"
ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}
GOOD_TASK = (
    b'{"code": 200, "data": [{"clip_id": "a", "state": "succeeded"},'
    b' {"clip_id": "b", "state": "succeeded"}]}'
)
RUNNING = b'{"code": 200, "data": [{"clip_id": "a", "state": "running"}]}'


def _json(status: int, body: bytes, **headers: str) -> httpx2.Response:
    return httpx2.Response(
        status,
        headers={"content-type": "application/json", **headers},
        stream=httpx2.ByteStream(body),
    )


class Drop(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """Half a body, then the connection is gone."""

    def __init__(self, head: bytes) -> None:
        self.head = head

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        raise httpx2.ReadError("connection reset")

    async def __aiter__(self) -> Any:
        yield self.head
        raise httpx2.ReadError("connection reset")


def _raise(kind: type[httpx2.TransportError]) -> Callable[[httpx2.Request], httpx2.Response]:
    def reply(request: httpx2.Request) -> httpx2.Response:
        raise kind("injected", request=request)

    return reply


# Each create fault: (accepted by the server?, reply). "Accepted" means a task may run.
CREATE_FAULTS: dict[str, tuple[bool, Callable[[httpx2.Request], httpx2.Response]]] = {
    "ok": (True, lambda r: _json(200, b'{"task_id": "T"}')),
    "connect": (False, _raise(httpx2.ConnectError)),
    "connect-timeout": (False, _raise(httpx2.ConnectTimeout)),
    "429": (False, lambda r: _json(429, b'{"message": "slow"}', **{"retry-after": "nan"})),
    "400": (False, lambda r: _json(400, b'{"message": "bad"}')),
    "403": (False, lambda r: _json(403, b'{"message": "The remaining credits are not enough"}')),
    "500": (True, lambda r: _json(500, b'{"message": "boom"}')),
    "502-html": (True, lambda r: httpx2.Response(502, text="<html>bad gateway</html>")),
    "read-timeout": (True, _raise(httpx2.ReadTimeout)),
    "write-timeout": (True, _raise(httpx2.WriteTimeout)),
    "dropped": (True, lambda r: httpx2.Response(200, stream=Drop(b'{"task_'))),
    "truncated": (True, lambda r: _json(200, b'{"task_id": "T", "mes')),
    "html-200": (True, lambda r: httpx2.Response(200, text="<html>ok</html>")),
    "empty-200": (True, lambda r: _json(200, b"")),
    "no-task-id": (True, lambda r: _json(200, b'{"code": 200}')),
    "gzip-lie": (True, lambda r: _json(200, b'{"task_id": "T"}', **{"content-encoding": "gzip"})),
    "gzip-bomb": (
        True,
        lambda r: _json(
            200, gzip.compress(b" " * (16 * 1024 * 1024)), **{"content-encoding": "gzip"}
        ),
    ),
    "303": (True, lambda r: httpx2.Response(303, headers={"location": "/api/v1/elsewhere"})),
    "echo-key": (False, lambda r: _json(401, b'{"message": "bad key ' + API_KEY.encode() + b'"}')),
}


@dataclass
class Server:
    """The server's books, and a random fault for every request."""

    rng: random.Random
    clock: FakeClock
    accepted: list[int] = field(default_factory=list)  # per create call: accepted attempts
    polls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if request.method == "POST" and path == CREATE:
            assert request.headers["authorization"] == f"Bearer {API_KEY}"
            name = self.rng.choice(list(CREATE_FAULTS))
            accepted, reply = CREATE_FAULTS[name]
            if accepted:
                with self.lock:
                    self.accepted[-1] += 1
            return reply(request)
        if request.method == "GET" and path.startswith(TASK_PREFIX):
            self.polls += 1
            return self._poll(request)
        if request.method == "GET" and path == AUDIO:
            assert "authorization" not in request.headers
            return self._audio(request)
        return httpx2.Response(404, json={"message": f"not here: {request.method} {path}"})

    def _poll(self, request: httpx2.Request) -> httpx2.Response:
        roll = self.rng.random()
        if roll < 0.08:
            stall = self.rng.choice([5.0, 90.0])
            budget = request.extensions["timeout"]["read"]
            self.clock.advance(min(stall, budget))
            raise httpx2.ReadTimeout("stalled", request=request)
        if roll < 0.3:
            return self.rng.choice(
                [
                    lambda: _json(
                        503, b"{}", **{"retry-after": self.rng.choice(["5", "nan", "1e9"])}
                    ),
                    lambda: _json(429, b"{}", **{"retry-after": "30"}),
                    lambda: httpx2.Response(502, text="<html/>"),
                    lambda: httpx2.Response(200, stream=Drop(b'{"code"')),
                    lambda: _json(200, b"not gzip", **{"content-encoding": "gzip"}),
                ]
            )()
        if roll < 0.85:
            return _json(200, RUNNING)
        return _json(200, GOOD_TASK)

    def _audio(self, request: httpx2.Request) -> httpx2.Response:
        body = bytes(range(256)) * 400
        kind = self.rng.choice(["ok", "gzip", "drop", "short", "500", "loop"])
        if kind == "gzip":
            packed = gzip.compress(body)
            headers = {"content-encoding": "gzip", "content-length": str(len(packed))}
            return httpx2.Response(200, headers=headers, stream=httpx2.ByteStream(packed))
        if kind == "drop":
            return httpx2.Response(200, stream=Drop(body[:1000]))
        if kind == "short":
            return httpx2.Response(
                200, headers={"content-length": str(len(body) + 10)}, stream=httpx2.ByteStream(body)
            )
        if kind == "500":
            return httpx2.Response(500, text="oops")
        if kind == "loop":
            return httpx2.Response(302, headers={"location": str(request.url)})
        return httpx2.Response(
            200, headers={"content-length": str(len(body))}, stream=httpx2.ByteStream(body)
        )


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


@pytest.fixture
def server() -> Server:
    return Server(random.Random(20261124), FakeClock())


def _client(server: Server, mode: str) -> Any:
    options: dict[str, Any] = {"api_key": API_KEY, "clock": server.clock, "max_retries": 2}
    transport = httpx2.MockTransport(server.handle)
    if mode == "sync":
        return musicapi_client.MusicAPI(http_client=httpx2.Client(transport=transport), **options)
    return musicapi_client.AsyncMusicAPI(
        http_client=httpx2.AsyncClient(transport=transport), **options
    )


def _check_create(server: Server, outcome: BaseException | None) -> str:
    accepted = server.accepted[-1]
    assert accepted <= 1, "a create was accepted twice"
    if outcome is None:
        assert accepted == 1
        return "created"
    assert isinstance(outcome, musicapi_client.MusicAPIError), repr(outcome)
    assert API_KEY not in str(outcome)
    assert API_KEY not in repr(getattr(outcome, "body", ""))
    if not outcome.outcome_unknown:
        assert accepted == 0, f"said 'not started' but the server accepted it: {outcome!r}"
        return "refused"
    return "unknown"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_three_hundred_creates_under_faults(server: Server, mode: str) -> None:
    client = _client(server, mode)
    seen: dict[str, int] = {}
    fds, threads = _open_fds(), threading.active_count()
    for _ in range(300):
        server.accepted.append(0)
        outcome: BaseException | None = None
        try:
            call = client.sonic.create(**ARGS)
            if mode == "async":
                await call
        except Exception as exc:
            outcome = exc
        kind = _check_create(server, outcome)
        seen[kind] = seen.get(kind, 0) + 1
    assert set(seen) == {"created", "refused", "unknown"}, seen
    assert _open_fds() <= fds + 2
    assert threading.active_count() == threads


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_two_hundred_waits_keep_their_deadlines(server: Server, mode: str) -> None:
    client = _client(server, mode)
    results: dict[str, int] = {}
    for n in range(200):
        timeout = server.rng.choice([1.0, 7.0, 60.0])
        start = server.clock.now
        try:
            call = client.sonic.wait(f"task-{n}", timeout=timeout)
            task = await call if mode == "async" else call
            kind = task.status
        except musicapi_client.WaitTimeoutError as error:
            kind = "timeout" if error.task_id == f"task-{n}" else "timeout without its id"
        except musicapi_client.MusicAPIError as error:  # pragma: no cover - would be a finding
            pytest.fail(f"a transient poll failure ended the wait: {error!r}")
        assert server.clock.now - start <= timeout + 1e-6, (kind, server.clock.now - start)
        results[kind] = results.get(kind, 0) + 1
    assert results.get("succeeded", 0) > 40
    assert results.get("timeout", 0) > 0
    assert "timeout without its id" not in results


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_hundred_downloads_leave_only_complete_files(
    server: Server, mode: str, tmp_path: Path
) -> None:
    client = _client(server, mode)
    saved = failed = 0
    for n in range(100):
        clip = Clip(
            clip_id=f"c{n}",
            state="succeeded",
            title=f"Song {n}",
            audio_url=f"https://cdn.example.com{AUDIO}",
        )
        try:
            call = client.download(clip, tmp_path)
            path = await call if mode == "async" else call
        except musicapi_client.MusicAPIError:
            failed += 1
            continue
        assert path.read_bytes() == bytes(range(256)) * 400
        saved += 1
    assert saved > 10
    assert failed > 10
    assert all(not p.name.startswith(".") for p in tmp_path.iterdir())
    assert len(list(tmp_path.iterdir())) == saved
