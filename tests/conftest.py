"""Shared fixtures: a fake API and a client in each mode (sync and async)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from musicapi_client.testing import musicapi_mock  # noqa: F401  (the fixture users get)
from tests.fakes import FakeAPI, make_client

if TYPE_CHECKING:
    from collections.abc import Callable


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
