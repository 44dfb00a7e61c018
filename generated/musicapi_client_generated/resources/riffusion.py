# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.riffusion``: one typed method per documented operation of riffusion, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.riffusion``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper
from typing_extensions import deprecated

from ..operations import riffusion as ops

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
    "RiffusionResource",
    "AsyncRiffusionResource",
    "RiffusionResourceWithRawResponse",
    "AsyncRiffusionResourceWithRawResponse",
]


class RiffusionResource(SyncResource):
    """riffusion: Riffusion FUZZ models; one create path switched by task_type."""

    family = ops.RIFFUSION

    @functools.cached_property
    def with_raw_response(self) -> RiffusionResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return RiffusionResourceWithRawResponse(self)

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def create(
        self,
        *,
        custom_mode: bool,
        mv: models.RiffusionModel,
        lyrics: str | None = None,
        title: str | None = None,
        make_instrumental: bool | None = None,
        prompt: str | None = None,
        sound: str | None = None,
        vocal_variation: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """New song from lyrics (custom_mode true) or from a prompt (custom_mode false).

        Docs: https://docs.musicapi.ai/riffusion-create-with-lyrics, https://docs.musicapi.ai/riffusion-craete-with-prompt
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            make_instrumental: Generate without vocals.
            prompt: What the song should be (description mode). (at most 200 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            vocal_variation: How far the vocals may vary, 0 to 1 (sent by the vendor SDK; not on a docs page). (>= 0, <= 1)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.RIFFUSION_CREATE,
            {
                "custom_mode": custom_mode,
                "mv": mv,
                "lyrics": lyrics,
                "title": title,
                "make_instrumental": make_instrumental,
                "prompt": prompt,
                "sound": sound,
                "vocal_variation": vocal_variation,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def cover(
        self,
        *,
        custom_mode: bool,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["cover_music", "cover_upload_music"] = "cover_music",
        lyrics: str | None = None,
        title: str | None = None,
        sound: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/riffusion-cover-music
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.RIFFUSION_COVER,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "lyrics": lyrics,
                "title": title,
                "sound": sound,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def extend(
        self,
        *,
        custom_mode: bool,
        lyrics: str,
        sound: str,
        continue_at: float,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["extend_music", "extend_upload_music"] = "extend_music",
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Continue a clip from a point in time.

        Docs: https://docs.musicapi.ai/riffusion-extend-music
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.RIFFUSION_EXTEND,
            {
                "custom_mode": custom_mode,
                "lyrics": lyrics,
                "sound": sound,
                "continue_at": continue_at,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "title": title,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def replace_section(
        self,
        *,
        custom_mode: bool,
        continue_clip_id: str,
        replace_start_time: float,
        replace_end_time: float,
        mv: models.RiffusionModel,
        task_type: Literal["replace_music", "replace_upload_music"] = "replace_music",
        lyrics: str | None = None,
        title: str | None = None,
        sound: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Regenerate the part of a clip between two points in time.

        Docs: https://docs.musicapi.ai/riffusion-replace-music-section
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            replace_start_time: Start of the section to replace, in seconds. (>= 0)
            replace_end_time: End of the section to replace, in seconds. (>= 0)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.RIFFUSION_REPLACE_SECTION,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "replace_start_time": replace_start_time,
                "replace_end_time": replace_end_time,
                "mv": mv,
                "task_type": task_type,
                "lyrics": lyrics,
                "title": title,
                "sound": sound,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def swap_sound(
        self,
        *,
        custom_mode: bool,
        sound: str,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["swap_music_sound", "swap_upload_music_sound"] = "swap_music_sound",
        lyrics: str | None = None,
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Keep the vocals and change the instrumental, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-sound
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.RIFFUSION_SWAP_SOUND,
            {
                "custom_mode": custom_mode,
                "sound": sound,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "lyrics": lyrics,
                "title": title,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def swap_vocals(
        self,
        *,
        custom_mode: bool,
        lyrics: str,
        sound: str,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["swap_music_vocals", "swap_upload_music_vocals"] = "swap_music_vocals",
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Keep the instrumental and change the vocals, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-vocals
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.RIFFUSION_SWAP_VOCALS,
            {
                "custom_mode": custom_mode,
                "lyrics": lyrics,
                "sound": sound,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "title": title,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def upload(
        self,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.UploadResponse:
        """Upload audio by URL and get a clip_id for the riffusion *_upload_* task types.

        Docs: https://docs.musicapi.ai/api-314451567
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            url: Public URL of the audio (mp3 or wav). It must be music you own or copyright-free. (at least 1 characters, at most 2048 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.UploadResponse",
            self._call(
                ops.RIFFUSION_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a riffusion task.

        Docs: https://docs.musicapi.ai/riffusion-get
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._get_task(
            ops.RIFFUSION_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
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
            ops.RIFFUSION_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class AsyncRiffusionResource(AsyncResource):
    """riffusion: Riffusion FUZZ models; one create path switched by task_type."""

    family = ops.RIFFUSION

    @functools.cached_property
    def with_raw_response(self) -> AsyncRiffusionResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncRiffusionResourceWithRawResponse(self)

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def create(
        self,
        *,
        custom_mode: bool,
        mv: models.RiffusionModel,
        lyrics: str | None = None,
        title: str | None = None,
        make_instrumental: bool | None = None,
        prompt: str | None = None,
        sound: str | None = None,
        vocal_variation: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """New song from lyrics (custom_mode true) or from a prompt (custom_mode false).

        Docs: https://docs.musicapi.ai/riffusion-create-with-lyrics, https://docs.musicapi.ai/riffusion-craete-with-prompt
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            make_instrumental: Generate without vocals.
            prompt: What the song should be (description mode). (at most 200 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            vocal_variation: How far the vocals may vary, 0 to 1 (sent by the vendor SDK; not on a docs page). (>= 0, <= 1)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.RIFFUSION_CREATE,
            {
                "custom_mode": custom_mode,
                "mv": mv,
                "lyrics": lyrics,
                "title": title,
                "make_instrumental": make_instrumental,
                "prompt": prompt,
                "sound": sound,
                "vocal_variation": vocal_variation,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def cover(
        self,
        *,
        custom_mode: bool,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["cover_music", "cover_upload_music"] = "cover_music",
        lyrics: str | None = None,
        title: str | None = None,
        sound: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/riffusion-cover-music
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.RIFFUSION_COVER,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "lyrics": lyrics,
                "title": title,
                "sound": sound,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def extend(
        self,
        *,
        custom_mode: bool,
        lyrics: str,
        sound: str,
        continue_at: float,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["extend_music", "extend_upload_music"] = "extend_music",
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Continue a clip from a point in time.

        Docs: https://docs.musicapi.ai/riffusion-extend-music
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.RIFFUSION_EXTEND,
            {
                "custom_mode": custom_mode,
                "lyrics": lyrics,
                "sound": sound,
                "continue_at": continue_at,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "title": title,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def replace_section(
        self,
        *,
        custom_mode: bool,
        continue_clip_id: str,
        replace_start_time: float,
        replace_end_time: float,
        mv: models.RiffusionModel,
        task_type: Literal["replace_music", "replace_upload_music"] = "replace_music",
        lyrics: str | None = None,
        title: str | None = None,
        sound: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Regenerate the part of a clip between two points in time.

        Docs: https://docs.musicapi.ai/riffusion-replace-music-section
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            replace_start_time: Start of the section to replace, in seconds. (>= 0)
            replace_end_time: End of the section to replace, in seconds. (>= 0)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.RIFFUSION_REPLACE_SECTION,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "replace_start_time": replace_start_time,
                "replace_end_time": replace_end_time,
                "mv": mv,
                "task_type": task_type,
                "lyrics": lyrics,
                "title": title,
                "sound": sound,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def swap_sound(
        self,
        *,
        custom_mode: bool,
        sound: str,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["swap_music_sound", "swap_upload_music_sound"] = "swap_music_sound",
        lyrics: str | None = None,
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Keep the vocals and change the instrumental, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-sound
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.RIFFUSION_SWAP_SOUND,
            {
                "custom_mode": custom_mode,
                "sound": sound,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "lyrics": lyrics,
                "title": title,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def swap_vocals(
        self,
        *,
        custom_mode: bool,
        lyrics: str,
        sound: str,
        continue_clip_id: str,
        mv: models.RiffusionModel,
        task_type: Literal["swap_music_vocals", "swap_upload_music_vocals"] = "swap_music_vocals",
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Keep the instrumental and change the vocals, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-vocals
        About 12 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.RIFFUSION_SWAP_VOCALS,
            {
                "custom_mode": custom_mode,
                "lyrics": lyrics,
                "sound": sound,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "title": title,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def upload(
        self,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.UploadResponse:
        """Upload audio by URL and get a clip_id for the riffusion *_upload_* task types.

        Docs: https://docs.musicapi.ai/api-314451567
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            url: Public URL of the audio (mp3 or wav). It must be music you own or copyright-free. (at least 1 characters, at most 2048 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.UploadResponse",
            await self._call(
                ops.RIFFUSION_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
    async def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a riffusion task.

        Docs: https://docs.musicapi.ai/riffusion-get
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._get_task(
            ops.RIFFUSION_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
        )

    @deprecated(
        "MusicAPI marks riffusion Deprecated (2025 navigation onwards); the producer family (Google Lyria) replaces it.",
        category=None,
    )
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
            ops.RIFFUSION_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class RiffusionResourceWithRawResponse:
    """``client.riffusion.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: RiffusionResource) -> None:
        self.create = raw_response_wrapper(resource.create)
        self.cover = raw_response_wrapper(resource.cover)
        self.extend = raw_response_wrapper(resource.extend)
        self.replace_section = raw_response_wrapper(resource.replace_section)
        self.swap_sound = raw_response_wrapper(resource.swap_sound)
        self.swap_vocals = raw_response_wrapper(resource.swap_vocals)
        self.upload = raw_response_wrapper(resource.upload)
        self.get = raw_response_wrapper(resource.get)
        self.wait = raw_response_wrapper(resource.wait)


class AsyncRiffusionResourceWithRawResponse:
    """``client.riffusion.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncRiffusionResource) -> None:
        self.create = async_raw_response_wrapper(resource.create)
        self.cover = async_raw_response_wrapper(resource.cover)
        self.extend = async_raw_response_wrapper(resource.extend)
        self.replace_section = async_raw_response_wrapper(resource.replace_section)
        self.swap_sound = async_raw_response_wrapper(resource.swap_sound)
        self.swap_vocals = async_raw_response_wrapper(resource.swap_vocals)
        self.upload = async_raw_response_wrapper(resource.upload)
        self.get = async_raw_response_wrapper(resource.get)
        self.wait = async_raw_response_wrapper(resource.wait)
