"""Every code block of the README runs as written, against the local mock.

The blocks run in README order in one scratch directory (a later block may use a file an
earlier one wrote, as a reader following along would), with the mock's key and URL in
``MUSICAPI_API_KEY`` / ``MUSICAPI_BASE_URL`` as the "First call" section says to set them,
and a real Redis server in ``REDIS_URL`` for the Redis section.
Skipped: blocks marked ``<!-- readme-test: live (...) -->`` (a live key or the package
index), blocks that are not code (the error tree, layout drawings), and the line
``make test``, which is the command running this test. A Python block that defines a
``test_`` function is run with pytest, as its reader would.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from musicapi_client.mock import MockServer
from musicapi_client.mock._state import default_generation_seconds

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(
    r"(?:^<!-- readme-test: (?P<mark>[^>]*?) -->\n)?^```(?P<lang>[a-z]*)\n(?P<code>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)
LINKED = (".venv", "Makefile", "pyproject.toml", "examples")  # what `make demo` needs
TIMEOUT = 180.0


@dataclass(frozen=True)
class Block:
    line: int
    lang: str
    code: str
    mark: str | None


def readme_blocks() -> list[Block]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [
        Block(text.count("\n", 0, m.start("code")) + 1, m["lang"], m["code"], m["mark"])
        for m in FENCE.finditer(text)
    ]


def _run(block: Block, workdir: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if block.lang == "sh":
        code = "\n".join(
            line for line in block.code.splitlines() if not line.startswith("make test")
        )
        # Background jobs a block starts (a mock, a listener) end with it.
        reaper = "trap 'status=$?; kill $(jobs -p) 2>/dev/null || true; exit $status' EXIT\n"
        command = ["bash", "-c", reaper + "set -e\n" + code]
    elif "def test_" in block.code:
        script = workdir / f"test_readme_line_{block.line}.py"
        script.write_text(block.code, encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", script.name]
    else:
        script = workdir / f"readme_line_{block.line}.py"
        script.write_text(block.code, encoding="utf-8")
        command = [sys.executable, script.name]
    process = subprocess.Popen(
        command, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,
    )  # fmt: skip
    try:
        out, _ = process.communicate(timeout=TIMEOUT)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return subprocess.CompletedProcess(command, process.returncode, out, "")


def test_the_readme_has_the_blocks_this_test_expects() -> None:
    blocks = readme_blocks()
    runnable = [b for b in blocks if b.lang in {"python", "sh"} and b.mark is None]
    assert len(runnable) >= 12
    assert all(b.mark.startswith("live") for b in blocks if b.mark is not None)
    assert not [b.line for b in blocks if b.lang not in {"python", "sh", ""}]


@pytest.mark.slow  # every block, end to end against the mock: make test runs it, not make pytest
def test_every_readme_code_block_runs_as_written(tmp_path: Path, redis_url: str) -> None:
    workdir = tmp_path / "reader"
    workdir.mkdir()
    for name in LINKED:
        (workdir / name).symlink_to(ROOT / name)
    seconds = dict.fromkeys(default_generation_seconds(), 1.0)
    with MockServer(speed=1.0, generation_seconds=seconds, credits=100_000) as mock:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("MUSICAPI_") and key != "VIRTUAL_ENV"
        }
        env.update(
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            MUSICAPI_API_KEY=mock.api_key,
            MUSICAPI_BASE_URL=mock.url,
            REDIS_URL=redis_url,  # the Redis section's processes share this server
        )
        failures = []
        ran = 0
        for block in readme_blocks():
            if block.lang not in {"python", "sh"} or block.mark is not None:
                continue
            done = _run(block, workdir, env)
            ran += 1
            if done.returncode != 0:
                failures.append(f"README.md line {block.line} ({block.lang}):\n{done.stdout}")
    assert ran >= 12
    assert not failures, "\n\n".join(failures)
    assert list((workdir / "out").glob("*.wav"))  # the First call's song was downloaded
    assert (workdir / "out" / "catalogue" / "manifest.jsonl").is_file()  # and the batch ran
