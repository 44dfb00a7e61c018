# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``MusicAPI`` and ``AsyncMusicAPI``: the runtime's client bases plus one attribute per
docs section of the spec (``sonic``, ``riffusion``, ``studio``, ``lyrics``, ``nuro``, ``producer``, ``credits``).

Resources are created on first use, so ``import musicapi_client`` loads neither pydantic nor
the endpoint layer. Importing this module changes nothing elsewhere: the spec's data
reaches the runtime through ``catalog()`` and the resources, as arguments.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from musicapi_client._async_client import AsyncClient
from musicapi_client._sync_client import SyncClient

if TYPE_CHECKING:
    from musicapi_client._operation import Catalog

    from . import resources

__all__ = ["AsyncMusicAPI", "MusicAPI"]


def _catalog() -> Catalog:
    from .operations import CATALOG

    return CATALOG


class MusicAPI(SyncClient):
    """Synchronous MusicAPI client: one attribute per docs section.

    See :class:`musicapi_client._sync_client.SyncClient` for the options.
    """

    @classmethod
    def catalog(cls) -> Catalog:
        """Every family and operation of the spec, as data."""
        return _catalog()

    @functools.cached_property
    def sonic(self) -> resources.SonicResource:
        """sonic: Suno-style song generation, extension, covers, personas and uploads."""
        from .resources.sonic import SonicResource

        return SonicResource(self)

    @functools.cached_property
    def riffusion(self) -> resources.RiffusionResource:
        """riffusion: Riffusion FUZZ models; one create path switched by task_type."""
        from .resources.riffusion import RiffusionResource

        return RiffusionResource(self)

    @functools.cached_property
    def studio(self) -> resources.StudioResource:
        """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""
        from .resources.studio import StudioResource

        return StudioResource(self)

    @functools.cached_property
    def lyrics(self) -> resources.LyricsResource:
        """lyrics: Lyrics generation (two title and lyrics candidates per call)."""
        from .resources.lyrics import LyricsResource

        return LyricsResource(self)

    @functools.cached_property
    def nuro(self) -> resources.NuroResource:
        """nuro: Nuro vocal songs and instrumental background music."""
        from .resources.nuro import NuroResource

        return NuroResource(self)

    @functools.cached_property
    def producer(self) -> resources.ProducerResource:
        """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""
        from .resources.producer import ProducerResource

        return ProducerResource(self)

    @functools.cached_property
    def credits(self) -> resources.CreditsResource:
        """credits: Account credit balance."""
        from .resources.credits import CreditsResource

        return CreditsResource(self)


class AsyncMusicAPI(AsyncClient):
    """Asynchronous MusicAPI client: one attribute per docs section.

    See :class:`musicapi_client._async_client.AsyncClient` for the options.
    """

    @classmethod
    def catalog(cls) -> Catalog:
        """Every family and operation of the spec, as data."""
        return _catalog()

    @functools.cached_property
    def sonic(self) -> resources.AsyncSonicResource:
        """sonic: Suno-style song generation, extension, covers, personas and uploads."""
        from .resources.sonic import AsyncSonicResource

        return AsyncSonicResource(self)

    @functools.cached_property
    def riffusion(self) -> resources.AsyncRiffusionResource:
        """riffusion: Riffusion FUZZ models; one create path switched by task_type."""
        from .resources.riffusion import AsyncRiffusionResource

        return AsyncRiffusionResource(self)

    @functools.cached_property
    def studio(self) -> resources.AsyncStudioResource:
        """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""
        from .resources.studio import AsyncStudioResource

        return AsyncStudioResource(self)

    @functools.cached_property
    def lyrics(self) -> resources.AsyncLyricsResource:
        """lyrics: Lyrics generation (two title and lyrics candidates per call)."""
        from .resources.lyrics import AsyncLyricsResource

        return AsyncLyricsResource(self)

    @functools.cached_property
    def nuro(self) -> resources.AsyncNuroResource:
        """nuro: Nuro vocal songs and instrumental background music."""
        from .resources.nuro import AsyncNuroResource

        return AsyncNuroResource(self)

    @functools.cached_property
    def producer(self) -> resources.AsyncProducerResource:
        """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""
        from .resources.producer import AsyncProducerResource

        return AsyncProducerResource(self)

    @functools.cached_property
    def credits(self) -> resources.AsyncCreditsResource:
        """credits: Account credit balance."""
        from .resources.credits import AsyncCreditsResource

        return AsyncCreditsResource(self)
