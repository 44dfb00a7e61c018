# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``MusicAPI`` and ``AsyncMusicAPI``: the runtime's client bases plus one attribute per
docs section of the spec (``sonic``, ``riffusion``, ``studio``, ``lyrics``, ``nuro``, ``producer``, ``credits``).

Resources are created on first use, so ``import musicapi_client`` loads neither pydantic nor
the endpoint layer. Importing this module registers the families' typical generation
times (the spec's x-typical-seconds) with the poll schedule, and the catalog (loaded on
first use) for runtime modules that read the spec without a client (webhooks).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from musicapi_client._base_client import AsyncClient, SyncClient
from musicapi_client._operation import register_catalog
from musicapi_client._wait import register_typical_seconds

if TYPE_CHECKING:
    from musicapi_client._operation import Catalog

    from . import resources

__all__ = ["AsyncMusicAPI", "MusicAPI"]

register_typical_seconds(
    {
        "sonic": 60.0,
        "riffusion": 45.0,
        "studio": 60.0,
        "nuro": 30.0,
        "producer": 60.0,
    }
)


def _catalog() -> Catalog:
    from .operations import CATALOG

    return CATALOG


register_catalog(_catalog)


class MusicAPI(SyncClient):
    """Synchronous MusicAPI client: one attribute per docs section.

    See :class:`musicapi_client._base_client.SyncClient` for the options.
    """

    @classmethod
    def catalog(cls) -> Catalog:
        """Every family and operation of the spec, as data."""
        return _catalog()

    @functools.cached_property
    def sonic(self) -> resources.Sonic:
        """sonic: Suno-style song generation, extension, covers, personas and uploads."""
        from .resources import Sonic

        return Sonic(self)

    @functools.cached_property
    def riffusion(self) -> resources.Riffusion:
        """riffusion: Riffusion FUZZ models; one create path switched by task_type."""
        from .resources import Riffusion

        return Riffusion(self)

    @functools.cached_property
    def studio(self) -> resources.Studio:
        """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""
        from .resources import Studio

        return Studio(self)

    @functools.cached_property
    def lyrics(self) -> resources.Lyrics:
        """lyrics: Lyrics generation (two title and lyrics candidates per call)."""
        from .resources import Lyrics

        return Lyrics(self)

    @functools.cached_property
    def nuro(self) -> resources.Nuro:
        """nuro: Nuro vocal songs and instrumental background music."""
        from .resources import Nuro

        return Nuro(self)

    @functools.cached_property
    def producer(self) -> resources.Producer:
        """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""
        from .resources import Producer

        return Producer(self)

    @functools.cached_property
    def credits(self) -> resources.Credits:
        """credits: Account credit balance."""
        from .resources import Credits

        return Credits(self)


class AsyncMusicAPI(AsyncClient):
    """Asynchronous MusicAPI client: one attribute per docs section.

    See :class:`musicapi_client._base_client.AsyncClient` for the options.
    """

    @classmethod
    def catalog(cls) -> Catalog:
        """Every family and operation of the spec, as data."""
        return _catalog()

    @functools.cached_property
    def sonic(self) -> resources.AsyncSonic:
        """sonic: Suno-style song generation, extension, covers, personas and uploads."""
        from .resources import AsyncSonic

        return AsyncSonic(self)

    @functools.cached_property
    def riffusion(self) -> resources.AsyncRiffusion:
        """riffusion: Riffusion FUZZ models; one create path switched by task_type."""
        from .resources import AsyncRiffusion

        return AsyncRiffusion(self)

    @functools.cached_property
    def studio(self) -> resources.AsyncStudio:
        """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""
        from .resources import AsyncStudio

        return AsyncStudio(self)

    @functools.cached_property
    def lyrics(self) -> resources.AsyncLyrics:
        """lyrics: Lyrics generation (two title and lyrics candidates per call)."""
        from .resources import AsyncLyrics

        return AsyncLyrics(self)

    @functools.cached_property
    def nuro(self) -> resources.AsyncNuro:
        """nuro: Nuro vocal songs and instrumental background music."""
        from .resources import AsyncNuro

        return AsyncNuro(self)

    @functools.cached_property
    def producer(self) -> resources.AsyncProducer:
        """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""
        from .resources import AsyncProducer

        return AsyncProducer(self)

    @functools.cached_property
    def credits(self) -> resources.AsyncCredits:
        """credits: Account credit balance."""
        from .resources import AsyncCredits

        return AsyncCredits(self)
