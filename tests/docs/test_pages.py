"""Every python and sh block of every page (README, CONTRIBUTING, docs/) runs as written.

Each page runs in a scratch directory of its own, its blocks in page order (a later block
may use a file an earlier one wrote, as a reader following along would), against a mock of
its own whose key and URL are in ``MUSICAPI_API_KEY`` / ``MUSICAPI_BASE_URL`` as the README's
"First call" says to set them, and a real Redis server in ``REDIS_URL``.
Skipped: blocks marked ``<!-- readme-test: live (...) -->`` (a live key, the package index,
a client's configuration), blocks that are not code (the error tree, layout drawings), and
the line ``make test``, which is the command running this test. A Python block that defines
a ``test_`` function is run with pytest, as its reader would.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from musicapi_client.mock import MockServer
from musicapi_client.mock._state import default_generation_seconds

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(
    r"(?:^<!-- readme-test: (?P<mark>[^>]*?) -->\n)?^```(?P<lang>[a-z]*)\n(?P<code>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)
LINKED = (".venv", "Makefile", "pyproject.toml", "examples")  # what `make demo` needs
TIMEOUT = 180.0
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]


@dataclass(frozen=True)
class Block:
    line: int
    lang: str
    code: str
    mark: str | None

    @property
    def runs(self) -> bool:
        return self.lang in {"python", "sh"} and self.mark is None


def page_blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    return [
        Block(text.count("\n", 0, m.start("code")) + 1, m["lang"], m["code"], m["mark"])
        for m in FENCE.finditer(text)
    ]


def _name(page: Path) -> str:
    return str(page.relative_to(ROOT))


def _run(block: Block, workdir: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if block.lang == "sh":
        code = "\n".join(
            line for line in block.code.splitlines() if not line.startswith("make test")
        )
        # Background jobs a block starts (a mock, a listener) end with it.
        reaper = "trap 'status=$?; kill $(jobs -p) 2>/dev/null || true; exit $status' EXIT\n"
        command = ["bash", "-c", reaper + "set -e\n" + code]
    elif "def test_" in block.code:
        script = workdir / f"test_page_line_{block.line}.py"
        script.write_text(block.code, encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", script.name]
    else:
        script = workdir / f"page_line_{block.line}.py"
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


def _readme_did_the_tour(workdir: Path) -> None:
    assert list((workdir / "out").glob("*.wav"))  # the First call's song was downloaded
    assert (workdir / "out" / "catalogue" / "manifest.jsonl").is_file()  # and the batch ran


def _batches_page_ran_its_batch(workdir: Path) -> None:
    assert (workdir / "out" / "catalogue" / "manifest.jsonl").is_file()


# What a page's blocks leave behind, beyond each block's exit status.
LEFT_BEHIND: dict[str, Callable[[Path], None]] = {
    "README.md": _readme_did_the_tour,
    "docs/batches.md": _batches_page_ran_its_batch,
}


def test_every_page_has_only_the_blocks_this_test_knows() -> None:
    for page in PAGES:
        blocks = page_blocks(page)
        assert all(b.mark.startswith("live") for b in blocks if b.mark is not None), page
        assert not [b.line for b in blocks if b.lang not in {"python", "sh", "json", ""}], page
        for block in (b for b in blocks if b.lang == "json"):  # a configuration to copy
            json.loads(block.code)
    assert len([b for b in page_blocks(ROOT / "README.md") if b.runs]) >= 12
    assert len([p for p in PAGES if any(b.runs for b in page_blocks(p))]) >= 12  # of 14
    assert set(LEFT_BEHIND) <= {_name(page) for page in PAGES}


@pytest.mark.slow  # every block, end to end against the mock: make test runs it, not make pytest
@pytest.mark.parametrize(
    "page", [p for p in PAGES if any(b.runs for b in page_blocks(p))], ids=_name
)
def test_every_code_block_of_the_page_runs_as_written(
    page: Path, tmp_path: Path, redis_url: str
) -> None:
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
            REDIS_URL=redis_url,  # the Redis page's processes share this server
        )
        failures = []
        for block in page_blocks(page):
            if not block.runs:
                continue
            done = _run(block, workdir, env)
            if done.returncode != 0:
                failures.append(f"{_name(page)} line {block.line} ({block.lang}):\n{done.stdout}")
    assert not failures, "\n\n".join(failures)
    LEFT_BEHIND.get(_name(page), lambda _: None)(workdir)


def test_the_error_tree_names_every_public_error_and_its_parent() -> None:
    import musicapi_client

    tree = next(
        b.code for b in page_blocks(ROOT / "docs" / "errors.md") if b.code.startswith("Music")
    )
    drawn: dict[str, str | None] = {}
    parents: list[tuple[int, str]] = []  # (indent, name) of the open branches
    for line in tree.splitlines():
        found = re.search(r"([A-Z]\w*Error)\b", line)
        if found is None:
            continue
        indent = found.start()
        while parents and parents[-1][0] >= indent:
            parents.pop()
        drawn[found[1]] = parents[-1][1] if parents else None
        parents.append((indent, found[1]))
    public = {
        name: getattr(musicapi_client, name)
        for name in musicapi_client.__all__
        if isinstance(getattr(musicapi_client, name), type)
        and issubclass(getattr(musicapi_client, name), musicapi_client.MusicAPIError)
    }
    assert set(drawn) == set(public)
    for name, parent in drawn.items():
        if parent is not None:
            assert public[name].__mro__[1].__name__ == parent, name
