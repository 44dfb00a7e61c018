# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.credits``: one typed method per documented operation of credits, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.credits``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper

from ..operations import credits as ops

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx2

    from .. import models

__all__ = [
    "CreditsResource",
    "AsyncCreditsResource",
    "CreditsResourceWithRawResponse",
    "AsyncCreditsResourceWithRawResponse",
]


class CreditsResource(SyncResource):
    """credits: Account credit balance."""

    family = ops.CREDITS

    @functools.cached_property
    def with_raw_response(self) -> CreditsResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return CreditsResourceWithRawResponse(self)

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.Credits:
        """Read the account's remaining credits.

        Docs: https://docs.musicapi.ai/get-credits

        Args:
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.Credits",
            self._call(
                ops.CREDITS_GET,
                None,
                None,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncCreditsResource(AsyncResource):
    """credits: Account credit balance."""

    family = ops.CREDITS

    @functools.cached_property
    def with_raw_response(self) -> AsyncCreditsResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncCreditsResourceWithRawResponse(self)

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.Credits:
        """Read the account's remaining credits.

        Docs: https://docs.musicapi.ai/get-credits

        Args:
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.Credits",
            await self._call(
                ops.CREDITS_GET,
                None,
                None,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )


class CreditsResourceWithRawResponse:
    """``client.credits.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: CreditsResource) -> None:
        self.get = raw_response_wrapper(resource.get)


class AsyncCreditsResourceWithRawResponse:
    """``client.credits.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncCreditsResource) -> None:
        self.get = async_raw_response_wrapper(resource.get)
