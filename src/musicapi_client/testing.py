"""Test helpers for your own application's tests.

In your ``conftest.py``::

    from musicapi_client.testing import musicapi_mock  # noqa: F401  (a pytest fixture)

    def test_song(musicapi_mock):
        client = musicapi_mock.client()
        created = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        task = created.wait()

The fixture starts the local mock on 127.0.0.1 (a free port), at 50x speed, and stops it
after the test. ``musicapi_mock.state`` exposes its counters and credits.

:class:`FakeClock` runs retries and waits without sleeping::

    clock = FakeClock()
    client = musicapi_client.MusicAPI(api_key="...", clock=clock)
    ...                                  # every sleep only moves clock.now
    assert clock.sleeps == [0.5]
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from musicapi_client._pacing import DEFAULT_CREATE_INTERVAL

if TYPE_CHECKING:
    from collections.abc import Iterator

    from musicapi_client.mock import MockServer

TEST_SPEED = 50.0


class FakeClock:
    """A clock for tests: sleeping advances ``now`` at once and is recorded in ``sleeps``.

    ``advance(seconds)`` moves time forward by hand (a fake transport can use it to play
    a slow server). The async sleep yields to the event loop once, as a real one would.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        """The simulated time."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the simulated time forward."""
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        """Record ``seconds`` and advance by them."""
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        """Record ``seconds``, advance by them and let other tasks run."""
        self.sleep(seconds)
        await asyncio.sleep(0)

    def __repr__(self) -> str:
        return f"FakeClock(now={self.now}, sleeps={len(self.sleeps)})"


class MockHandle:
    """A running mock plus a factory for clients wired to it."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url
        self.api_key = server.api_key
        self.state = server.state

    def client(self, **options: Any) -> musicapi_client.MusicAPI:
        """A sync client for this mock, polling on the mock's time scale."""
        options.setdefault(
            "poll_schedule", musicapi_client.PollSchedule(scale=1 / self.state.config.speed)
        )
        options.setdefault("create_interval", self.create_interval)
        return musicapi_client.MusicAPI(api_key=self.api_key, base_url=self.url, **options)

    def async_client(self, **options: Any) -> musicapi_client.AsyncMusicAPI:
        """An async client for this mock."""
        options.setdefault(
            "poll_schedule", musicapi_client.PollSchedule(scale=1 / self.state.config.speed)
        )
        options.setdefault("create_interval", self.create_interval)
        return musicapi_client.AsyncMusicAPI(api_key=self.api_key, base_url=self.url, **options)

    @property
    def create_interval(self) -> float:
        """The client's create pacing on the mock's time scale (3 s of real time)."""
        return DEFAULT_CREATE_INTERVAL / self.state.config.speed

    def requests(self, key: str) -> int:
        """How many requests reached an operation (operationId) or "audio"."""
        return self.server.requests(key)


@pytest.fixture
def musicapi_mock() -> Iterator[MockHandle]:
    """A fresh local MusicAPI mock for one test."""
    from musicapi_client.mock import MockServer

    with MockServer(speed=TEST_SPEED, lifetime=600) as server:
        yield MockHandle(server)
