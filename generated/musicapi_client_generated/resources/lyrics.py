# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.lyrics``: one typed method per documented operation of lyrics, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.lyrics``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, cast

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper

from ..operations import lyrics as ops

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx2

    from .. import models

__all__ = [
    "LyricsResource",
    "AsyncLyricsResource",
    "LyricsResourceWithRawResponse",
    "AsyncLyricsResourceWithRawResponse",
]


class LyricsResource(SyncResource):
    """lyrics: Lyrics generation (two title and lyrics candidates per call)."""

    family = ops.LYRICS

    @functools.cached_property
    def with_raw_response(self) -> LyricsResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return LyricsResourceWithRawResponse(self)

    def create(
        self,
        *,
        description: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.LyricsResponse:
        """Write lyrics from a short description (synchronous).

        Docs: https://docs.musicapi.ai/lyrics-generation

        Args:
            description: What the lyrics should be about. (at least 1 characters, at most 120 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.LyricsResponse",
            self._call(
                ops.LYRICS_CREATE,
                {
                    "description": description,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncLyricsResource(AsyncResource):
    """lyrics: Lyrics generation (two title and lyrics candidates per call)."""

    family = ops.LYRICS

    @functools.cached_property
    def with_raw_response(self) -> AsyncLyricsResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncLyricsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        description: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.LyricsResponse:
        """Write lyrics from a short description (synchronous).

        Docs: https://docs.musicapi.ai/lyrics-generation

        Args:
            description: What the lyrics should be about. (at least 1 characters, at most 120 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.LyricsResponse",
            await self._call(
                ops.LYRICS_CREATE,
                {
                    "description": description,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )


class LyricsResourceWithRawResponse:
    """``client.lyrics.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: LyricsResource) -> None:
        self.create = raw_response_wrapper(resource.create)


class AsyncLyricsResourceWithRawResponse:
    """``client.lyrics.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncLyricsResource) -> None:
        self.create = async_raw_response_wrapper(resource.create)
