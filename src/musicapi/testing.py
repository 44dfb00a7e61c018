"""Test helpers for your own application's tests.

In your ``conftest.py``::

    from musicapi.testing import musicapi_mock  # noqa: F401  (a pytest fixture)

    def test_song(musicapi_mock):
        client = musicapi_mock.client()
        created = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v4")
        task = created.wait()

The fixture starts the local mock on 127.0.0.1 (a free port), at 50x speed, and stops it
after the test. ``musicapi_mock.state`` exposes its counters and credits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

import musicapi
from musicapi.mock import MockServer

if TYPE_CHECKING:
    from collections.abc import Iterator

TEST_SPEED = 50.0


class MockHandle:
    """A running mock plus a factory for clients wired to it."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url
        self.api_key = server.api_key
        self.state = server.state

    def client(self, **options: Any) -> musicapi.MusicAPI:
        """A sync client for this mock, polling on the mock's time scale."""
        options.setdefault(
            "poll_schedule", musicapi.PollSchedule(scale=1 / self.state.config.speed)
        )
        return musicapi.MusicAPI(api_key=self.api_key, base_url=self.url, **options)

    def async_client(self, **options: Any) -> musicapi.AsyncMusicAPI:
        """An async client for this mock."""
        options.setdefault(
            "poll_schedule", musicapi.PollSchedule(scale=1 / self.state.config.speed)
        )
        return musicapi.AsyncMusicAPI(api_key=self.api_key, base_url=self.url, **options)

    def requests(self, key: str) -> int:
        """How many requests reached an operation (operationId) or "audio"."""
        return self.server.requests(key)


@pytest.fixture
def musicapi_mock() -> Iterator[MockHandle]:
    """A fresh local MusicAPI mock for one test."""
    with MockServer(speed=TEST_SPEED, lifetime=600) as server:
        yield MockHandle(server)
