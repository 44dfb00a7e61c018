# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.studio``: one typed method per documented operation of studio, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.studio``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper
from typing_extensions import deprecated

from ..operations import studio as ops

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx2
    from musicapi_client._task import (
        AsyncProgressCallback,
        AsyncTaskCreated,
        ProgressCallback,
        Task,
        TaskCreated,
    )

    from .. import models

__all__ = [
    "StudioResource",
    "AsyncStudioResource",
    "StudioResourceWithRawResponse",
    "AsyncStudioResourceWithRawResponse",
]


class StudioResource(SyncResource):
    """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""

    family = ops.STUDIO

    @functools.cached_property
    def with_raw_response(self) -> StudioResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return StudioResourceWithRawResponse(self)

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    def description_mode(
        self,
        *,
        prompt: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        config: models.StudioRegularConfig | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Song with lyrics written by the service from the prompt.

        Docs: https://docs.musicapi.ai/description-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            negative_prompt: Keywords to avoid.
            config: Generation of a complete song.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.STUDIO_DESCRIPTION_MODE,
            {
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "config": config if config is not None else {"mode": "regular"},
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    def extend_mode(
        self,
        *,
        prompt: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        config: models.StudioExtendConfig | dict[str, Any],
        lyrics_type: Literal["generate", "user", "instrumental"] = "generate",
        lyrics: str | None = None,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        song_section_start: float | None = None,
        song_section_end: float | None = None,
        lyrics_placement_start: float | None = None,
        lyrics_placement_end: float | None = None,
        negative_prompt: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Extend an existing studio song before or after it.

        Docs: https://docs.musicapi.ai/extend-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            config: Extension of an existing song, before its start (precede) or after its end (continuation).
            lyrics_type: See the docs page.
            lyrics: Lyrics (lyrics_type user).
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            song_section_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            song_section_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            negative_prompt: Keywords to avoid.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.STUDIO_EXTEND_MODE,
            {
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "config": config,
                "lyrics_type": lyrics_type,
                "lyrics": lyrics,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "song_section_start": song_section_start,
                "song_section_end": song_section_end,
                "lyrics_placement_start": lyrics_placement_start,
                "lyrics_placement_end": lyrics_placement_end,
                "negative_prompt": negative_prompt,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    def custom_mode(
        self,
        *,
        prompt: str,
        lyrics: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        song_section_start: float | None = None,
        song_section_end: float | None = None,
        lyrics_placement_start: float | None = None,
        lyrics_placement_end: float | None = None,
        negative_prompt: str | None = None,
        config: models.StudioRegularConfig | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Song from your own lyrics; prompt gives the style.

        Docs: https://docs.musicapi.ai/custom-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            lyrics: Lyrics (lyrics_type user).
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            song_section_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            song_section_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            negative_prompt: Keywords to avoid.
            config: Generation of a complete song.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.STUDIO_CUSTOM_MODE,
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "song_section_start": song_section_start,
                "song_section_end": song_section_end,
                "lyrics_placement_start": lyrics_placement_start,
                "lyrics_placement_end": lyrics_placement_end,
                "negative_prompt": negative_prompt,
                "config": config if config is not None else {"mode": "regular"},
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    def instrumental_mode(
        self,
        *,
        prompt: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        config: models.StudioRegularConfig | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Instrumental from style keywords.

        Docs: https://docs.musicapi.ai/instrumental-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            negative_prompt: Keywords to avoid.
            config: Generation of a complete song.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.STUDIO_INSTRUMENTAL_MODE,
            {
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "config": config if config is not None else {"mode": "regular"},
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a studio task.

        Docs: https://docs.musicapi.ai/get-studio-music
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._get_task(
            ops.STUDIO_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    def wait(
        self,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Literal["complete", "streaming"] = "complete",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        ``until="streaming"`` returns as soon as every clip can be played (its audio_url
        streams while generation finishes). Raises TaskFailedError or WaitTimeoutError;
        both carry the task id, so a wait can always be resumed with ``wait(task_id)``.
        ``timeout`` is the whole wait's; each poll's request timeout is cut to what is
        left of it. ``extra_headers`` and ``extra_query`` go with every poll.
        """
        return self._wait(
            ops.STUDIO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class AsyncStudioResource(AsyncResource):
    """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""

    family = ops.STUDIO

    @functools.cached_property
    def with_raw_response(self) -> AsyncStudioResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncStudioResourceWithRawResponse(self)

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    async def description_mode(
        self,
        *,
        prompt: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        config: models.StudioRegularConfig | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Song with lyrics written by the service from the prompt.

        Docs: https://docs.musicapi.ai/description-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            negative_prompt: Keywords to avoid.
            config: Generation of a complete song.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.STUDIO_DESCRIPTION_MODE,
            {
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "config": config if config is not None else {"mode": "regular"},
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    async def extend_mode(
        self,
        *,
        prompt: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        config: models.StudioExtendConfig | dict[str, Any],
        lyrics_type: Literal["generate", "user", "instrumental"] = "generate",
        lyrics: str | None = None,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        song_section_start: float | None = None,
        song_section_end: float | None = None,
        lyrics_placement_start: float | None = None,
        lyrics_placement_end: float | None = None,
        negative_prompt: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Extend an existing studio song before or after it.

        Docs: https://docs.musicapi.ai/extend-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            config: Extension of an existing song, before its start (precede) or after its end (continuation).
            lyrics_type: See the docs page.
            lyrics: Lyrics (lyrics_type user).
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            song_section_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            song_section_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            negative_prompt: Keywords to avoid.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.STUDIO_EXTEND_MODE,
            {
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "config": config,
                "lyrics_type": lyrics_type,
                "lyrics": lyrics,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "song_section_start": song_section_start,
                "song_section_end": song_section_end,
                "lyrics_placement_start": lyrics_placement_start,
                "lyrics_placement_end": lyrics_placement_end,
                "negative_prompt": negative_prompt,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    async def custom_mode(
        self,
        *,
        prompt: str,
        lyrics: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        song_section_start: float | None = None,
        song_section_end: float | None = None,
        lyrics_placement_start: float | None = None,
        lyrics_placement_end: float | None = None,
        negative_prompt: str | None = None,
        config: models.StudioRegularConfig | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Song from your own lyrics; prompt gives the style.

        Docs: https://docs.musicapi.ai/custom-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            lyrics: Lyrics (lyrics_type user).
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            song_section_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            song_section_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_start: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            lyrics_placement_end: Position in the song, 0 (start) to 1 (end). (>= 0, <= 1)
            negative_prompt: Keywords to avoid.
            config: Generation of a complete song.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.STUDIO_CUSTOM_MODE,
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "song_section_start": song_section_start,
                "song_section_end": song_section_end,
                "lyrics_placement_start": lyrics_placement_start,
                "lyrics_placement_end": lyrics_placement_end,
                "negative_prompt": negative_prompt,
                "config": config if config is not None else {"mode": "regular"},
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    async def instrumental_mode(
        self,
        *,
        prompt: str,
        prompt_strength: float,
        clarity_strength: float,
        lyrics_strength: float,
        generation_quality: float,
        model_type: models.StudioModelType,
        bypass_prompt_optimization: bool | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        config: models.StudioRegularConfig | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Instrumental from style keywords.

        Docs: https://docs.musicapi.ai/instrumental-mode
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            prompt: Song description, or style keywords when lyrics are supplied. (at least 1 characters)
            prompt_strength: How strongly the prompt steers the result.
            clarity_strength: See the docs page.
            lyrics_strength: See the docs page.
            generation_quality: See the docs page.
            model_type: studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). Open.
            bypass_prompt_optimization: Send the prompt as written, without the service rewriting it.
            seed: Random seed; -1 picks one.
            negative_prompt: Keywords to avoid.
            config: Generation of a complete song.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.STUDIO_INSTRUMENTAL_MODE,
            {
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "bypass_prompt_optimization": bypass_prompt_optimization,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "config": config if config is not None else {"mode": "regular"},
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    async def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a studio task.

        Docs: https://docs.musicapi.ai/get-studio-music
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._get_task(
            ops.STUDIO_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
        )

    @deprecated("The MusicAPI docs mark the studio section Unavailable.", category=None)
    async def wait(
        self,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
        until: Literal["complete", "streaming"] = "complete",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        ``until="streaming"`` returns as soon as every clip can be played (its audio_url
        streams while generation finishes). Raises TaskFailedError or WaitTimeoutError;
        both carry the task id, so a wait can always be resumed with ``wait(task_id)``.
        ``timeout`` is the whole wait's; each poll's request timeout is cut to what is
        left of it. ``extra_headers`` and ``extra_query`` go with every poll.
        """
        return await self._wait(
            ops.STUDIO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class StudioResourceWithRawResponse:
    """``client.studio.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: StudioResource) -> None:
        self.description_mode = raw_response_wrapper(resource.description_mode)
        self.extend_mode = raw_response_wrapper(resource.extend_mode)
        self.custom_mode = raw_response_wrapper(resource.custom_mode)
        self.instrumental_mode = raw_response_wrapper(resource.instrumental_mode)
        self.get = raw_response_wrapper(resource.get)
        self.wait = raw_response_wrapper(resource.wait)


class AsyncStudioResourceWithRawResponse:
    """``client.studio.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncStudioResource) -> None:
        self.description_mode = async_raw_response_wrapper(resource.description_mode)
        self.extend_mode = async_raw_response_wrapper(resource.extend_mode)
        self.custom_mode = async_raw_response_wrapper(resource.custom_mode)
        self.instrumental_mode = async_raw_response_wrapper(resource.instrumental_mode)
        self.get = async_raw_response_wrapper(resource.get)
        self.wait = async_raw_response_wrapper(resource.wait)
