"""Running the mock: in a background thread (tests, demo, benchmarks) or in the foreground."""

from __future__ import annotations

import socket
import threading
import time
from typing import TYPE_CHECKING, Any, Self

import uvicorn

from musicapi_client._sockets import listening_socket
from musicapi_client.mock._app import MockAPI, create_app
from musicapi_client.mock._state import MockConfig, MockState

if TYPE_CHECKING:
    from types import TracebackType


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago on ``host``."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class MockServer:
    """The mock on 127.0.0.1 in a daemon thread; a context manager that always stops it.

    >>> with MockServer(speed=20) as mock:
    ...     client = musicapi_client.MusicAPI(api_key=mock.api_key, base_url=mock.url)
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "critical",
        lifetime: float | None = 3600.0,
        **config: Any,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.url = f"http://{host}:{self.port}"
        self.state = MockState(MockConfig(**config))
        app, self.api = create_app(self.state, self.url)
        self._server = uvicorn.Server(
            uvicorn.Config(
                app,
                host=host,
                port=self.port,
                log_level=log_level,
                lifespan="off",
                access_log=False,
                timeout_keep_alive=30,
                backlog=4096,
            )
        )
        self._thread = threading.Thread(target=self._server.run, name="musicapi-mock", daemon=True)
        self._lifetime = lifetime
        self._timer: threading.Timer | None = None

    @property
    def api_key(self) -> str:
        """The key the mock accepts."""
        return self.state.config.api_key

    def requests(self, key: str) -> int:
        """How many requests reached ``key`` (an operationId such as "sonic_create", or "audio")."""
        return self.state.requests[key]

    def start(self) -> Self:
        """Start serving and return once the port accepts connections (10 s at most)."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"mock server did not start on {self.url}")
            time.sleep(0.01)
        if self._lifetime is not None:
            self._timer = threading.Timer(self._lifetime, self.stop)
            self._timer.daemon = True
            self._timer.start()
        return self

    def stop(self) -> None:
        """Stop serving (idempotent); waits up to 5 s for the thread."""
        if self._timer is not None:
            self._timer.cancel()
        self.api.webhooks.stop()
        self._server.should_exit = True
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_forever(*, host: str = "127.0.0.1", port: int = 8765, **config: Any) -> None:
    """Serve in the foreground until interrupted (the ``musicapi mock`` command)."""
    state = MockState(MockConfig(**config))
    # Bound before anything is printed: a taken port is an OSError here, not a banner
    # followed by uvicorn's exit 3.
    sock = listening_socket(host, port)
    port = sock.getsockname()[1]
    url = f"http://{host}:{port}"
    app, api = create_app(state, url)
    print(f"MusicAPI mock on {url}  (API key: {state.config.api_key}; Ctrl-C stops)", flush=True)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    )
    try:
        server.run(sockets=[sock])
    finally:
        api.webhooks.stop()
        sock.close()


__all__ = ["MockAPI", "MockServer", "free_port", "serve_forever"]
