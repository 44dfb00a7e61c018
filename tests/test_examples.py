"""The examples in examples/ run as documented (against the bundled mock)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# The examples, end to end against the mock: make test runs them, make pytest not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_demo_uploads_covers_waits_and_downloads(tmp_path: Path) -> None:
    out = _run("demo.py", "--out", str(tmp_path))
    saved = sorted(tmp_path.glob("*.wav"))
    assert len(saved) == 2
    assert all(path.stat().st_size > 44 for path in saved)
    assert "uploaded -> clip_id" in out
    for path in saved:
        assert f"saved {path}" in out.replace("\n", "")


def test_demo_live_needs_a_key_and_an_upload_url() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py"), "--live"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "", "HOME": str(ROOT)},
    )
    assert done.returncode != 0
    assert "--live needs" in done.stderr


def test_async_batch(tmp_path: Path) -> None:
    out = _run("async_batch.py", "--count", "6", "--out", str(tmp_path))
    assert "6 songs" in out
    assert len(list(tmp_path.glob("*.wav"))) == 6


def test_webhook_receiver_needs_no_polls_and_survives_lost_deliveries() -> None:
    out = _run("webhook_receiver.py", "--songs", "2")
    assert "2/2 songs" in out
    assert ", 0 polls" in out
    lossy = _run("webhook_receiver.py", "--songs", "2", "--drop", "1.0")
    assert "2/2 songs" in lossy
    assert ", 0 polls" not in lossy  # every song found by the fallback's polls
    assert "'dropped': 4" in lossy
