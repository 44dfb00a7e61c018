"""The sync twins of hand-written async modules (``make generate``'s last step).

The client's sending, retrying and waiting are written once, async, in
``src/musicapi_client/_async_client.py`` (and its contract with resources, hubs and
batches in ``_async_verbs.py``); each sync twin is that file with the async words
replaced (httpcore's approach: a fixed table of whole-word substitutions, no parser), then
formatted by the pinned ruff. Lines between ``# unasync: async only`` and ``# unasync: end``
are left out of the twin (``max_concurrency``: a limit on coroutines), and a statement
ending in ``# unasync: unwrap`` is left out with its block dedented (the ``async with`` of
that limit). The twin is committed; ``make check-generated`` fails when it is stale, and
nobody edits it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "src" / "musicapi_client"
# (async source, sync twin), relative to the runtime package.
TWINS = (("_async_client.py", "_sync_client.py"), ("_async_verbs.py", "_sync_verbs.py"))
HEADER = (
    "# Generated from {source} by generator/unasync.py (make generate). Do not edit.\n"
    '"""The sync twin of {source}: its async words made sync (read that file)."""\n'
)
DOCSTRING = re.compile(r'\A""".*?"""\n', re.DOTALL)
ASYNC_ONLY, END = "# unasync: async only", "# unasync: end"
UNWRAP = "# unasync: unwrap"

# Whole words (or phrases) and what they are in the sync twin; longest first where one
# contains another.
SUBSTITUTIONS = (
    ("async def ", "def "),
    ("async with ", "with "),
    ("async for ", "for "),
    ("await ", ""),
    ("httpx2.AsyncClient", "httpx2.Client"),
    ("AsyncClient", "SyncClient"),
    ("AsyncIterator", "Iterator"),
    ("AsyncTaskPoll", "TaskPoll"),
    ("AsyncProgressCallback", "ProgressCallback"),
    ("AsyncVerbs", "Verbs"),
    ("aiter_bytes", "iter_bytes"),
    ("aclose", "close"),
    ("__aenter__", "__enter__"),
    ("__aexit__", "__exit__"),
    ("asleep_for_slot", "sleep_for_slot"),
    ("asleep", "sleep"),
    ("areserved", "reserved"),
    ("areserve", "reserve"),
    ("arelease", "release"),
    ("areset", "reset"),
    ("read_async", "read_sync"),
    ("wait_async", "wait_sync"),
    ("async_=True", "async_=False"),
    ("Asynchronous", "Synchronous"),
)
_PATTERN = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(old)}" + (r"(?!\w)" if old[-1].isalnum() else "")
        for old, _ in SUBSTITUTIONS
    )
)
_NEW = dict(SUBSTITUTIONS)


def _unwrapped(text: str) -> str:
    """Each statement marked ``# unasync: unwrap`` (an ``async with`` only the async client
    needs) left out, the block under it dedented one level."""
    kept: list[str] = []
    depth: int | None = None  # the marked line's indent while inside its block
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if depth is not None and line.strip() and indent <= depth:
            depth = None
        if line.rstrip().endswith(UNWRAP):
            depth = indent
        elif depth is not None and line.strip():
            kept.append(line[4:])
        else:
            kept.append(line)
    return "".join(kept)


def _without_async_only(text: str, source: str) -> str:
    kept: list[str] = []
    skipping = False
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        marker = line.strip()
        if marker == ASYNC_ONLY:
            if skipping:
                raise ValueError(f"{source}:{number}: '{ASYNC_ONLY}' inside another")
            skipping = True
        elif marker == END:
            if not skipping:
                raise ValueError(f"{source}:{number}: '{END}' without '{ASYNC_ONLY}'")
            skipping = False
        elif not skipping:
            kept.append(line)
    if skipping:
        raise ValueError(f"{source}: '{ASYNC_ONLY}' is never ended")
    return "".join(kept)


def unasync(text: str, source: str) -> str:
    """The sync twin of ``text`` (the contents of ``source``), before formatting."""
    body = DOCSTRING.sub("", _unwrapped(_without_async_only(text, source)), count=1)
    twin = _PATTERN.sub(lambda match: _NEW[match[0]], body)
    return HEADER.format(source=source) + twin


def render_twins(ruff: str) -> dict[Path, str]:
    """Each twin's path in the runtime and its text, formatted with the project's ruff
    settings (the twin is linted with the hand-written code)."""
    config = ["--config", str(ROOT / "pyproject.toml")]
    with tempfile.TemporaryDirectory(prefix="musicapi-unasync-") as scratch:
        folder = Path(scratch)
        for source, target in TWINS:
            text = (RUNTIME / source).read_text(encoding="utf-8")
            (folder / target).write_text(unasync(text, source), encoding="utf-8")
        # Imports the twin no longer needs, and yield from where the source had to loop.
        fixes = ["check", "--fix-only", "--unsafe-fixes", "--select", "I,F401,UP028"]
        for step in ([*fixes, "--quiet"], ["format", "--quiet"]):
            subprocess.run([ruff, *step, *config, "."], cwd=folder, check=True)
        return {
            RUNTIME / target: (folder / target).read_text(encoding="utf-8") for _, target in TWINS
        }
