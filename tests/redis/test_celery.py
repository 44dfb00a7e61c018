"""The Celery recipe (examples/celery_songs.py) runs: two workers, one receiver, one Redis."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from musicapi_client.mock import MockServer, free_port
from tests.test_listen import _listen, _listening

# Celery workers in processes of their own: make test runs it, make pytest not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SECRET = "listen-test-secret"  # what tests.test_listen's receiver verifies with

celery = pytest.importorskip("celery", reason="the Celery recipe needs celery (a dev tool)")


def test_celery_workers_make_songs_that_end_on_shared_deliveries(
    redis_url: str, tmp_path: Path
) -> None:
    port = free_port()
    receiver = _listen(port, "--redis", redis_url, cwd=tmp_path)
    workers: list[subprocess.Popen[str]] = []
    try:
        _listening(port, receiver)
        with MockServer(speed=60, credits=100_000) as mock:
            env = {
                **os.environ,
                "REDIS_URL": redis_url,
                "MUSICAPI_API_KEY": mock.api_key,
                "MUSICAPI_BASE_URL": mock.url,
                "MUSICAPI_WEBHOOK_SECRET": SECRET,
                "MUSICAPI_WEBHOOK_URL": f"http://127.0.0.1:{port}/musicapi",
                "PYTHONPATH": str(ROOT / "examples"),
            }
            for n in range(2):
                workers.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "celery",
                            "-A",
                            "celery_songs",
                            "worker",
                            "--pool",
                            "solo",
                            "--hostname",
                            f"w{n}@%h",
                            "--loglevel",
                            "WARNING",
                        ],
                        cwd=tmp_path,
                        env=env,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                )
            sys.path.insert(0, str(ROOT / "examples"))
            os.environ["REDIS_URL"] = redis_url
            try:
                import celery_songs
            finally:
                sys.path.remove(str(ROOT / "examples"))
            celery_songs.app.conf.broker_url = celery_songs.app.conf.result_backend = redis_url
            out = tmp_path / "out"
            pending = [celery_songs.make_song.delay(f"song {n}", str(out)) for n in range(4)]
            files = [name for result in pending for name in result.get(timeout=240)]
            polls = mock.state.stats()["requests"].get("sonic_get", 0)
            creates = mock.state.stats()["requests"]["sonic_create"]
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.communicate(timeout=60)
        receiver.kill()
        receiver.communicate(timeout=60)
    assert creates == 4
    assert len(files) == 8  # two clips a song
    assert all(Path(name).is_file() for name in files)
    assert polls == 0  # every wait ended on a delivery the receiver shared
