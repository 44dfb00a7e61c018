"""The same promises over real HTTP on 127.0.0.1: the local mock's fault profiles, and a
small server that stalls or sends absurd hints (real time, bounded, stops by itself)."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import http.server
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from musicapi_client.mock import MockServer, free_port

if TYPE_CHECKING:
    from collections.abc import Iterator

ARGS = {"custom_mode": False, "gpt_description_prompt": "sea", "mv": "sonic-v6"}
STALL_SECONDS = 20.0


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    behaviour = "stall"
    stop = threading.Event()

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        self._answer()

    def _answer(self) -> None:
        behaviour = type(self).behaviour
        if behaviour == "stall":
            self.stop.wait(STALL_SECONDS)  # ends early when the test stops the server
            body, status, headers = b'{"code": 200, "data": []}', 200, {}
        elif behaviour == "429-nan":
            body, status, headers = b'{"message": "slow"}', 429, {"Retry-After": "nan"}
        elif behaviour == "redirect-loop":
            body, status, headers = b"", 302, {"Location": self.path}
        else:  # gzip-bomb
            body = gzip.compress(b" " * (32 * 1024 * 1024))
            status, headers = 200, {"Content-Encoding": "gzip"}
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may have given up already
            self.wfile.write(body)


@pytest.fixture
def odd_server() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {"stop": threading.Event()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        handler.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _sync(url: str, **options: Any) -> musicapi_client.MusicAPI:
    return musicapi_client.MusicAPI(api_key="k", base_url=url, **options)


@pytest.mark.parametrize("behaviour", ["stall", "429-nan"])
def test_sync_wait_keeps_its_deadline_over_http(
    odd_server: tuple[str, type[_Handler]], behaviour: str
) -> None:
    url, handler = odd_server
    handler.behaviour = behaviour
    with _sync(url) as client:
        started = time.monotonic()
        with pytest.raises(musicapi_client.WaitTimeoutError):
            client.sonic.wait("t1", timeout=1.0)
        elapsed = time.monotonic() - started
    # A poll without the deadline's clamp would hang for the 60 s read timeout: 10 s of
    # slack tells the two apart on any machine, however loaded.
    assert elapsed < 1.0 + 10.0, elapsed


@pytest.mark.parametrize("behaviour", ["stall", "429-nan"])
async def test_async_wait_keeps_its_deadline_over_http(
    odd_server: tuple[str, type[_Handler]], behaviour: str
) -> None:
    url, handler = odd_server
    handler.behaviour = behaviour
    async with musicapi_client.AsyncMusicAPI(api_key="k", base_url=url) as client:
        started = time.monotonic()
        with pytest.raises(musicapi_client.WaitTimeoutError):
            await asyncio.wait_for(client.sonic.wait("t1", timeout=1.0), timeout=15)
        elapsed = time.monotonic() - started
    assert elapsed < 1.0 + 10.0, elapsed


def test_redirect_loops_and_bombs_are_typed_over_http(
    odd_server: tuple[str, type[_Handler]],
) -> None:
    url, handler = odd_server
    with _sync(url, max_retries=0, max_response_bytes=1 << 20) as client:
        handler.behaviour = "redirect-loop"
        with pytest.raises(musicapi_client.APIConnectionError, match="redirect"):
            client.sonic.get("t1")
        with pytest.raises(musicapi_client.APIStatusError) as info:
            client.sonic.create(**ARGS)  # a POST is not followed
        assert info.value.status_code == 302
        assert info.value.outcome_unknown
        handler.behaviour = "gzip-bomb"
        with pytest.raises(musicapi_client.APIConnectionError, match="larger than"):
            client.sonic.get("t1")
        with pytest.raises(musicapi_client.APIConnectionError) as bomb:
            client.sonic.create(**ARGS)
        assert bomb.value.outcome_unknown


@pytest.mark.parametrize("faults", ["429", "500", "503", "html502", "drop", "slow"])
def test_creates_against_the_mock_are_accepted_at_most_once(faults: str) -> None:
    with MockServer(speed=50, faults=faults, slow_seconds=0.2, lifetime=120) as mock:
        # No pacing: this counts what the server accepted under faults, as fast as it can.
        client = musicapi_client.MusicAPI(
            api_key=mock.api_key, base_url=mock.url, create_interval=0
        )
        created = unknown = refused = 0
        for round_ in range(20):
            if round_ % 5 == 0:
                mock.state.set_faults(faults)  # one-shot faults fire again
            try:
                client.sonic.create(**ARGS)
                created += 1
            except musicapi_client.MusicAPIError as error:
                if error.outcome_unknown:
                    unknown += 1
                else:
                    refused += 1
        tasks = len(mock.state.tasks)
        client.close()
    assert created <= tasks <= created + unknown
    assert created + unknown + refused == 20
    assert created >= 16
