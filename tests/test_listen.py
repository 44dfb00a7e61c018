"""``musicapi webhooks listen``: verifies, prints and forwards deliveries, then stops itself."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import httpx

import musicapi_client
from musicapi_client import webhooks
from musicapi_client.mock import MockServer, free_port
from tests.receiver import Receiver

if TYPE_CHECKING:
    from pathlib import Path

SECRET = "listen-test-secret"


def _listening(port: int, process: subprocess.Popen[str], timeout: float = 20.0) -> None:
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
            refused = httpx.post(f"http://127.0.0.1:{port}/", content=raw, headers=forged)
            client = musicapi_client.MusicAPI(
                api_key=mock.api_key, base_url=mock.url, create_interval=0, webhook_secret=SECRET
            )
            created = client.sonic.create(
                custom_mode=False, gpt_description_prompt="x", mv="sonic-v4",
                webhook_url=f"http://127.0.0.1:{port}/musicapi",
            )  # fmt: skip
            out, err = process.communicate(timeout=30)
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
