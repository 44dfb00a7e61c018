"""The clients users construct: :class:`MusicAPI` (sync) and :class:`AsyncMusicAPI`.

Each has one attribute per docs section (``sonic``, ``riffusion``, ``studio``,
``lyrics``, ``nuro``, ``credits``), created on first use so that ``import musicapi`` stays
cheap, plus ``download()``. Sending and retrying live here; everything else is shared
with the other client through :mod:`musicapi._core`.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import functools
import time
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

from musicapi import _bounded, _core, _download
from musicapi._clock import SYSTEM_CLOCK, Clock
from musicapi._errors import MusicAPIError

if TYPE_CHECKING:
    import os
    from collections.abc import Callable
    from pathlib import Path
    from types import TracebackType

    from musicapi._task import Clip
    from musicapi._wait import PollSchedule
    from musicapi_generated.resources import (
        AsyncCredits,
        AsyncLyrics,
        AsyncNuro,
        AsyncRiffusion,
        AsyncSonic,
        AsyncStudio,
        Credits,
        Lyrics,
        Nuro,
        Riffusion,
        Sonic,
        Studio,
    )


RESOURCES = ("sonic", "riffusion", "studio", "lyrics", "nuro", "credits")
T = TypeVar("T")


class _Base:
    """Settings, repr and the resource attributes common to both clients."""

    _settings: _core.Settings

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        poll_schedule: PollSchedule | None,
        shared_client: bool,
        max_response_bytes: int,
        clock: Clock | None,
    ) -> None:
        self._settings = _core.resolve_settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            poll_schedule,
            shared_client=shared_client,
            max_response_bytes=max_response_bytes,
        )
        if clock is not None and not isinstance(clock, Clock):
            raise MusicAPIError("clock must have monotonic(), sleep() and asleep()")
        self._clock: Clock = clock or SYSTEM_CLOCK
        self._owns_http = not shared_client

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        """How many times a retryable request is repeated."""
        return self._settings.retry.max_retries

    @property
    def poll_schedule(self) -> PollSchedule:
        """The schedule ``wait()`` polls on."""
        return self._settings.schedule

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        poll_schedule: PollSchedule | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool.

        ``client.with_options(timeout=5, max_retries=0).credits.get()``; closing the copy
        leaves the pool open.
        """
        clone = copy.copy(self)
        for name in RESOURCES:  # resources cached on the original are bound to it
            clone.__dict__.pop(name, None)
        changes: dict[str, object] = {}
        if timeout is not None:
            changes["timeout"] = changes["request_timeout"] = _core.resolve_timeout(timeout)
        if max_retries is not None:
            _core.check_max_retries(max_retries)
            changes["retry"] = dataclasses.replace(self._settings.retry, max_retries=max_retries)
        if poll_schedule is not None:
            changes["schedule"] = poll_schedule
        clone._settings = dataclasses.replace(self._settings, **changes)  # type: ignore[arg-type]
        clone._owns_http = False
        return clone

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, api_key='***', max_retries={self.max_retries})"


class MusicAPI(_Base):
    """Synchronous MusicAPI client.

    ``api_key`` defaults to ``$MUSICAPI_API_KEY`` and ``base_url`` to ``$MUSICAPI_BASE_URL``
    or https://api.musicapi.ai. ``timeout`` (seconds or ``httpx.Timeout``) defaults to 60 s
    reads and 10 s connects. ``http_client`` lets you bring your own ``httpx.Client``
    (proxies, transports); it is not closed by :meth:`close`. ``max_response_bytes`` caps
    what one answer may hold in memory (8 MiB). ``clock`` is for tests
    (:class:`musicapi.testing.FakeClock`).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        poll_schedule: PollSchedule | None = None,
        max_response_bytes: int = _bounded.DEFAULT_MAX_RESPONSE_BYTES,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            poll_schedule=poll_schedule,
            shared_client=http_client is not None,
            max_response_bytes=max_response_bytes,
            clock=clock,
        )
        self._http = http_client or httpx.Client(
            timeout=self._settings.timeout, follow_redirects=True, headers=_core.DEFAULT_HEADERS
        )

    @functools.cached_property
    def sonic(self) -> Sonic:
        """sonic: create, extend, concat, cover, personas, upload, get, wait."""
        from musicapi_generated.resources import Sonic

        return Sonic(self)

    @functools.cached_property
    def riffusion(self) -> Riffusion:
        """riffusion: create, cover, extend, replace_section, swap_sound, swap_vocals, upload."""
        from musicapi_generated.resources import Riffusion

        return Riffusion(self)

    @functools.cached_property
    def studio(self) -> Studio:
        """studio (Unavailable per the docs; calls emit DeprecationWarning)."""
        from musicapi_generated.resources import Studio

        return Studio(self)

    @functools.cached_property
    def lyrics(self) -> Lyrics:
        """lyrics generation."""
        from musicapi_generated.resources import Lyrics

        return Lyrics(self)

    @functools.cached_property
    def nuro(self) -> Nuro:
        """nuro: create_vocal, create_instrumental, get, wait."""
        from musicapi_generated.resources import Nuro

        return Nuro(self)

    @functools.cached_property
    def credits(self) -> Credits:
        """Account credits."""
        from musicapi_generated.resources import Credits

        return Credits(self)

    def _send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        retries: bool = True,
        credentials: bool = True,
    ) -> httpx.Response:
        """Send one request, retrying as the policy allows; return a 2xx answer.

        The body is read (bounded) unless ``stream``; a POST never follows a redirect.
        Raises typed errors; :meth:`_execute` completes them.
        """
        settings = self._settings
        idempotent = request.method == "GET"
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._http.send(
                    request,
                    stream=True,
                    follow_redirects=idempotent,
                    auth=httpx.USE_CLIENT_DEFAULT if credentials else None,
                )
                if response.is_success and stream:
                    return response
                limit = settings.max_response_bytes
                _bounded.read_sync(response, limit, truncate=not response.is_success)
            except _core.SEND_ERRORS as exc:
                _core.log_outcome(request, type(exc).__name__, started, attempt)
                delay = _core.retry_after_failure(settings, exc, request, attempt, retries)
            else:
                _core.log_outcome(request, response.status_code, started, attempt)
                if response.is_success:
                    return response
                delay = _core.retry_after_status(settings, response, attempt, retries)
            self._clock.sleep(delay)
            attempt += 1

    def _execute(
        self,
        request: httpx.Request,
        parse: Callable[[httpx.Response], T],
        *,
        task_id: str | None = None,
        retries: bool = True,
    ) -> T:
        """Send ``request`` and ``parse`` its answer; every error leaves here completed."""
        try:
            return parse(self._send(request, retries=retries))
        except MusicAPIError as error:
            _core.complete_error(self._settings, error, request, task_id)
            raise

    def download(
        self,
        clip: Clip,
        dest: str | os.PathLike[str] = ".",
        *,
        chunk_size: int = _download.CHUNK_SIZE,
    ) -> Path:
        """Stream ``clip.audio_url`` into ``dest`` (a directory or a file path); return the path.

        Written to a temporary file and renamed when complete; no credential is sent.
        """
        request = _download.audio_request(self._http, clip)
        where = _download.destination(dest)
        try:
            response = self._send(request, stream=True, credentials=False)
            try:
                with _download.writer(response, where, clip) as (final, out):
                    for chunk in response.iter_bytes(chunk_size):
                        out.write(chunk)
            finally:
                response.close()
        except _core.SEND_ERRORS as exc:
            error: MusicAPIError = _core.connection_error(exc, request)
            raise _core.complete_error(self._settings, error, request, None) from exc
        except MusicAPIError as error:
            _core.complete_error(self._settings, error, request, None)
            raise
        return final

    def close(self) -> None:
        """Close the HTTP connection pool (unless it was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncMusicAPI(_Base):
    """Asynchronous MusicAPI client; the same surface as :class:`MusicAPI`, awaitable.

    ``max_concurrency`` caps the requests in flight at once (set it to your pool size when
    you run hundreds of tasks: requests then wait here, cheaply, instead of in httpcore's
    pool queue, which slows down as it grows).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        poll_schedule: PollSchedule | None = None,
        max_concurrency: int | None = None,
        max_response_bytes: int = _bounded.DEFAULT_MAX_RESPONSE_BYTES,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            poll_schedule=poll_schedule,
            shared_client=http_client is not None,
            max_response_bytes=max_response_bytes,
            clock=clock,
        )
        if max_concurrency is not None and (
            isinstance(max_concurrency, bool)
            or not isinstance(max_concurrency, int)
            or max_concurrency < 1
        ):
            raise MusicAPIError("max_concurrency must be an int >= 1 (or None for no cap)")
        self._http = http_client or httpx.AsyncClient(
            timeout=self._settings.timeout, follow_redirects=True, headers=_core.DEFAULT_HEADERS
        )
        self._limiter = asyncio.Semaphore(max_concurrency) if max_concurrency else None

    @functools.cached_property
    def sonic(self) -> AsyncSonic:
        """sonic: create, extend, concat, cover, personas, upload, get, wait."""
        from musicapi_generated.resources import AsyncSonic

        return AsyncSonic(self)

    @functools.cached_property
    def riffusion(self) -> AsyncRiffusion:
        """riffusion: create, cover, extend, replace_section, swap_sound, swap_vocals, upload."""
        from musicapi_generated.resources import AsyncRiffusion

        return AsyncRiffusion(self)

    @functools.cached_property
    def studio(self) -> AsyncStudio:
        """studio (Unavailable per the docs; calls emit DeprecationWarning)."""
        from musicapi_generated.resources import AsyncStudio

        return AsyncStudio(self)

    @functools.cached_property
    def lyrics(self) -> AsyncLyrics:
        """lyrics generation."""
        from musicapi_generated.resources import AsyncLyrics

        return AsyncLyrics(self)

    @functools.cached_property
    def nuro(self) -> AsyncNuro:
        """nuro: create_vocal, create_instrumental, get, wait."""
        from musicapi_generated.resources import AsyncNuro

        return AsyncNuro(self)

    @functools.cached_property
    def credits(self) -> AsyncCredits:
        """Account credits."""
        from musicapi_generated.resources import AsyncCredits

        return AsyncCredits(self)

    async def _send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        retries: bool = True,
        credentials: bool = True,
    ) -> httpx.Response:
        """Async twin of :meth:`MusicAPI._send`."""
        settings = self._settings
        idempotent = request.method == "GET"
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                if self._limiter is None:
                    response = await self._http.send(
                        request,
                        stream=True,
                        follow_redirects=idempotent,
                        auth=httpx.USE_CLIENT_DEFAULT if credentials else None,
                    )
                else:
                    async with self._limiter:
                        response = await self._http.send(
                            request,
                            stream=True,
                            follow_redirects=idempotent,
                            auth=httpx.USE_CLIENT_DEFAULT if credentials else None,
                        )
                if response.is_success and stream:
                    return response
                limit = settings.max_response_bytes
                await _bounded.read_async(response, limit, truncate=not response.is_success)
            except _core.SEND_ERRORS as exc:
                _core.log_outcome(request, type(exc).__name__, started, attempt)
                delay = _core.retry_after_failure(settings, exc, request, attempt, retries)
            else:
                _core.log_outcome(request, response.status_code, started, attempt)
                if response.is_success:
                    return response
                delay = _core.retry_after_status(settings, response, attempt, retries)
            await self._clock.asleep(delay)
            attempt += 1

    async def _execute(
        self,
        request: httpx.Request,
        parse: Callable[[httpx.Response], T],
        *,
        task_id: str | None = None,
        retries: bool = True,
    ) -> T:
        """Async twin of :meth:`MusicAPI._execute`."""
        try:
            return parse(await self._send(request, retries=retries))
        except MusicAPIError as error:
            _core.complete_error(self._settings, error, request, task_id)
            raise

    async def download(
        self,
        clip: Clip,
        dest: str | os.PathLike[str] = ".",
        *,
        chunk_size: int = _download.CHUNK_SIZE,
    ) -> Path:
        """Stream ``clip.audio_url`` into ``dest``; see :meth:`MusicAPI.download`."""
        request = _download.audio_request(self._http, clip)
        where = _download.destination(dest)
        try:
            response = await self._send(request, stream=True, credentials=False)
            try:
                with _download.writer(response, where, clip) as (final, out):
                    async for chunk in response.aiter_bytes(chunk_size):
                        out.write(chunk)
            finally:
                await response.aclose()
        except _core.SEND_ERRORS as exc:
            error: MusicAPIError = _core.connection_error(exc, request)
            raise _core.complete_error(self._settings, error, request, None) from exc
        except MusicAPIError as error:
            _core.complete_error(self._settings, error, request, None)
            raise
        return final

    async def close(self) -> None:
        """Close the HTTP connection pool (unless it was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
