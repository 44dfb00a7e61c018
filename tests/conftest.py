"""Shared fixtures: a fake API and a client in each mode (sync and async)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from musicapi_client.testing import musicapi_mock  # noqa: F401  (the fixture users get)
from tests.fakes import FakeAPI, make_client
from tests.redis_server import RedisServer
from tests.redis_server import require as require_redis

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client_for(mode: str) -> Callable[..., Any]:
    def factory(api: FakeAPI, **options: Any) -> Any:
        return make_client(mode, api, **options)

    return factory


@pytest.fixture(autouse=True)
def _no_real_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's real key or endpoint."""
    monkeypatch.delenv("MUSICAPI_API_KEY", raising=False)
    monkeypatch.delenv("MUSICAPI_BASE_URL", raising=False)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A real Redis server for the session (restart it only in a test that owns it)."""
    require_redis()
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A Redis server of this test's own, to stop, restart or flush."""
    require_redis()
    server = RedisServer(password="s3cret-redis-pw").start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session server, emptied for this test."""
    import redis

    with redis.Redis.from_url(redis_server.url) as client:
        client.flushall()
    return redis_server.url
