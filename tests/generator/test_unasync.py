"""The sync client is the async one made sync (generator/unasync.py), and stays so."""

from __future__ import annotations

import pytest

from generator import unasync
from generator.build import tool


def test_the_committed_sync_client_is_the_async_one_made_sync() -> None:
    """What `make check-generated` checks: edit _async_client.py, then make generate."""
    for path, text in unasync.render_twins(tool("ruff")).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: make generate"


def test_async_words_become_their_sync_twins_and_nothing_else_changes() -> None:
    source = '''"""The async source's own docstring."""
class AsyncClient(Base):
    """Asynchronous client."""
    _http: httpx2.AsyncClient

    async def close(self) -> None:
        await self._http.aclose()
        await self._budgets.areserved("b")
        await self._budgets.areserve("b")
        async with self._limiter:
            async for chunk in response.aiter_bytes():
                yield chunk
        poll = AsyncTaskPoll(self)
        self.aclosed_count = awaited = asyncio_things = 1
'''
    twin = unasync.unasync(source, "_x.py")
    assert twin.startswith("# Generated from _x.py by generator/unasync.py")
    assert "The async source's own docstring" not in twin  # the twin says what it is
    body = twin.split('"""\n', 1)[1]
    assert (
        body
        == '''class SyncClient(Base):
    """Synchronous client."""
    _http: httpx2.Client

    def close(self) -> None:
        self._http.close()
        self._budgets.reserved("b")
        self._budgets.reserve("b")
        with self._limiter:
            for chunk in response.iter_bytes():
                yield chunk
        poll = TaskPoll(self)
        self.aclosed_count = awaited = asyncio_things = 1
'''
    )


def test_async_only_blocks_are_left_out_and_must_be_closed() -> None:
    source = "a = 1\n    # unasync: async only\nb = 2\n    # unasync: end\nc = 3\n"
    assert unasync.unasync(source, "_x.py").endswith("a = 1\nc = 3\n")
    for broken in (
        "# unasync: async only\nb = 2\n",
        "# unasync: end\n",
        "# unasync: async only\n# unasync: async only\n# unasync: end\n",
    ):
        with pytest.raises(ValueError, match="unasync"):
            unasync.unasync(broken, "_x.py")


def test_an_unwrapped_statement_leaves_its_block_one_level_out() -> None:
    source = (
        "def f():\n"
        "    try:\n"
        "        async with limit:  # unasync: unwrap\n"
        "            x = await send(\n"
        "                1\n"
        "            )\n"
        "        done = x\n"
        "    finally:\n"
        "        pass\n"
    )
    body = unasync.unasync(source, "_x.py").split('"""\n', 1)[1]
    assert body == (
        "def f():\n"
        "    try:\n"
        "        x = send(\n"
        "            1\n"
        "        )\n"
        "        done = x\n"
        "    finally:\n"
        "        pass\n"
    )
