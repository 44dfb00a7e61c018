"""stdin and stdout for the MCP server, read and written by the event loop itself.

The SDK's own stdio transport hands every line to a worker thread (a read, a write and a
flush per call): three thread hops that cost more than the server's own work on a busy
machine. When both ends are pipes (as an agent starts the server), these streams do the
same job on the loop; otherwise the SDK's are used. Either way fd 0 and fd 1 leave the wire
while serving (a stray print goes to stderr, never into the protocol), as the SDK does.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

LINE_LIMIT = 64 * 1024 * 1024  # one JSON-RPC message per line; a tool list is far smaller


class PipeLines:
    """The agent's messages, a line each (what the SDK iterates)."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        self._reader = reader

    def __aiter__(self) -> PipeLines:
        return self

    async def __anext__(self) -> str:
        line = await self._reader.readline()
        if not line:
            raise StopAsyncIteration
        return line.decode("utf-8", errors="replace")


class PipeWriter:
    """The server's answers (what the SDK writes, then flushes)."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer

    async def write(self, text: str) -> None:
        self._writer.write(text.encode("utf-8"))

    async def flush(self) -> None:
        await self._writer.drain()


def _is_pipe(fd: int) -> bool:
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@contextlib.asynccontextmanager
async def loop_stdio() -> AsyncIterator[tuple[PipeLines, PipeWriter] | None]:
    """The wire's two ends on the running loop, or None when they are not both pipes."""
    if sys.platform == "win32" or not (_is_pipe(0) and _is_pipe(1)):
        yield None
        return
    loop = asyncio.get_running_loop()
    sys.stdout.flush()
    saved = os.dup(0), os.dup(1)  # to give fd 0 and 1 back afterwards
    wire_in, wire_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # whatever else reads stdin sees its end
    os.close(devnull)
    os.dup2(2, 1)  # whatever else prints reaches stderr
    pipes = os.fdopen(wire_in, "rb", buffering=0), os.fdopen(wire_out, "wb", buffering=0)
    transports: list[asyncio.BaseTransport] = []
    try:
        reader = asyncio.StreamReader(limit=LINE_LIMIT)
        read_transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), pipes[0]
        )
        transports.append(read_transport)
        write_transport, protocol = await loop.connect_write_pipe(
            asyncio.streams.FlowControlMixin, pipes[1]
        )
        transports.append(write_transport)
        writer = asyncio.StreamWriter(write_transport, protocol, None, loop)
        yield PipeLines(reader), PipeWriter(writer)
    finally:
        for transport in transports:
            transport.close()
        for pipe in pipes:  # a no-op for those a transport closed
            pipe.close()
        sys.stdout.flush()
        for fd, original in zip((0, 1), saved, strict=True):
            os.set_blocking(original, True)  # the loop made the pipes non-blocking
            os.dup2(original, fd)
            os.close(original)
