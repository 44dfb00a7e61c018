"""``musicapi webhooks listen``: verifies, prints and forwards deliveries, then stops itself."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING

import httpx2

import musicapi_client
from musicapi_client import webhooks
from musicapi_client.mock import MockServer, free_port
from tests.receiver import Receiver

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

SECRET = "listen-test-secret"


def _listening(port: int, process: subprocess.Popen[str], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError("the listener did not start")


def _listen(port: int, *args: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "MUSICAPI_WEBHOOK_SECRET": SECRET}
    command = [sys.executable, "-m", "musicapi_client", "webhooks", "listen", "--port", str(port)]
    return subprocess.Popen(
        [*command, *args], env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def test_listen_verifies_prints_forwards_and_stops_after_max_events(tmp_path: Path) -> None:
    port = free_port()
    with Receiver() as app, MockServer(speed=60) as mock:
        process = _listen(
            port, "--json", "--max-events", "2", "--forward-to", app.url, cwd=tmp_path
        )
        try:
            _listening(port, process)
            raw = json.dumps({"task_id": "t", "data": []}).encode()
            forged = webhooks.sign(raw, "another-secret", int(time.time()))
            refused = httpx2.post(f"http://127.0.0.1:{port}/", content=raw, headers=forged)
            client = musicapi_client.MusicAPI(
                api_key=mock.api_key, base_url=mock.url, create_interval=0, webhook_secret=SECRET
            )
            with client:
                created = client.sonic.create(
                    custom_mode=False, gpt_description_prompt="x", mv="sonic-v6",
                    webhook_url=f"http://127.0.0.1:{port}/musicapi",
                )  # fmt: skip
            out, err = process.communicate(timeout=120)
        finally:
            process.kill()
        forwarded = app.wait_for(2)
    assert process.returncode == 0
    assert refused.status_code == 400
    assert "rejected (wrong-signature)" in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(e["type"], e["task_id"], e["status"], e["forwarded"]) for e in lines] == [
        ("song.streaming", created.task_id, "running", 200),
        ("song.completed", created.task_id, "succeeded", 200),
    ]
    # The app got the raw deliveries, still verifiable with the same secret.
    assert [webhooks.unwrap(d.body, d.headers, SECRET).id for d in forwarded] == [
        e["id"] for e in lines
    ]
    assert SECRET not in out + err


def test_listen_needs_a_secret_and_a_forwarding_url(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "musicapi_client", "webhooks", "listen"]
    env = {k: v for k, v in os.environ.items() if k != "MUSICAPI_WEBHOOK_SECRET"}
    no_secret = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=30, check=False
    )
    assert no_secret.returncode == 2
    assert "--secret" in no_secret.stderr
    bad_forward = subprocess.run(
        [*command, "--secret", "s", "--forward-to", "ftp://x"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert bad_forward.returncode == 2
    assert "--forward-to must be an http(s) URL" in bad_forward.stderr


@contextlib.contextmanager
def _served(**options: object) -> Iterator[tuple[str, list[tuple[str, bool]]]]:
    """A listener served on a free port in a thread: its URL and the lines it printed."""
    from musicapi_client.webhooks import _listen

    lines: list[tuple[str, bool]] = []
    listener = _listen.Listener(SECRET, lambda line, err: lines.append((line, err)), **options)  # type: ignore[arg-type]
    ports: list[int] = []
    ready = threading.Event()

    def on_ready(port: int) -> None:
        ports.append(port)
        ready.set()

    thread = threading.Thread(
        target=_listen.serve, args=(listener, "127.0.0.1", 0, on_ready), daemon=True
    )
    thread.start()
    assert ready.wait(60), "the listener did not start"
    try:
        yield f"http://127.0.0.1:{ports[0]}", lines
    finally:
        assert listener.on_limit is not None
        listener.on_limit()  # stops serve_forever
        thread.join(timeout=60)


class _ChunkedBody:
    """64 MiB offered in chunked encoding, produced as it is read (counting the chunks)."""

    def __init__(self) -> None:
        self.served = 0
        self._buffer = b""

    def _more(self) -> None:
        if self.served < 64:
            self.served += 1
            size = 1024 * 1024
            self._buffer += f"{size:x}\r\n".encode() + b"x" * size + b"\r\n"

    def readline(self, size: int = -1, /) -> bytes:
        if b"\n" not in self._buffer:
            self._more()
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line + b"\n"

    def read(self, size: int = -1, /) -> bytes:
        while len(self._buffer) < size and self.served < 64:
            self._more()
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


def test_a_chunked_body_is_read_only_up_to_the_limit() -> None:
    from musicapi_client.webhooks import MAX_PAYLOAD_BYTES
    from musicapi_client.webhooks._listen import read_body

    offered = _ChunkedBody()
    assert read_body(offered, [("Transfer-Encoding", "chunked")], MAX_PAYLOAD_BYTES) is None
    assert offered.served <= MAX_PAYLOAD_BYTES // (1024 * 1024) + 2  # stopped near 1 MiB
    with _served() as (url, lines):  # and over a socket: 413, one line, nothing more read
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
            head = "POST / HTTP/1.1\r\nHost: l\r\nTransfer-Encoding: chunked\r\n\r\n"
            sock.sendall(head.encode() + f"{MAX_PAYLOAD_BYTES + 1:x}\r\n".encode())
            answer = sock.makefile("rb").readline()
    assert answer.split()[1] == b"413"
    assert lines == [(f"rejected (payload-too-large): over {MAX_PAYLOAD_BYTES} bytes", True)]


def test_a_latin1_event_id_is_forwarded_as_its_raw_bytes() -> None:
    raw = json.dumps({"task_id": "t", "platform": "suno", "data": []}).encode()
    signed = webhooks.sign(raw, SECRET, int(time.time()))
    headers = [(k.encode(), v.encode()) for k, v in signed.items()]
    headers.append((b"x-webhook-id", b"evt-caf\xe9"))  # unsigned, any latin-1 byte
    with Receiver() as app, _served(forward_to=app.url) as (url, lines):
        answer = httpx2.post(url + "/", content=raw, headers=headers, timeout=60)
        (forwarded,) = app.wait_for(1)
    assert answer.status_code == 200, lines
    assert forwarded.body == raw
    assert forwarded.headers["x-webhook-id"] == "evt-caf\xe9"  # http.server reads latin-1
    assert "forwarded: 200" in lines[0][0]


def test_a_tolerance_that_is_not_a_number_is_a_usage_error(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "musicapi_client", "webhooks", "listen", "--secret", "s"]
    for value in ("nan", "inf"):
        done = subprocess.run(
            [*command, "--tolerance", value], cwd=tmp_path, capture_output=True, text=True,
            timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "--tolerance" in done.stderr
