"""The listening sockets the package's servers hand to uvicorn (the mock, the MCP server)."""

from __future__ import annotations

import socket

BACKLOG = 2048  # connections that may wait for the server to accept them


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (OSError if taken) and already listening, so a
    server can say it is ready as soon as this returns: a client that connects before
    uvicorn runs waits in the backlog instead of being refused."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio turns Nagle off only on sockets that say they are TCP;
    # with proto 0, each answer waited for a delayed ACK (about 40 ms a request).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock
