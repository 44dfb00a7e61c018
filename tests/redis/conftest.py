"""Every client a Redis test makes is closed after it (its Redis and HTTP connections)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _close_clients(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    made: list[Any] = []
    for cls in (musicapi_client.MusicAPI, musicapi_client.AsyncMusicAPI):
        original = cls.__init__

        def remember(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> None:
            _original(self, *args, **kwargs)
            made.append(self)

        monkeypatch.setattr(cls, "__init__", remember)
    yield
    for client in made:
        if isinstance(client, musicapi_client.AsyncMusicAPI):
            asyncio.run(client.close())
        else:
            client.close()
