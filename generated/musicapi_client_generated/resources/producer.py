# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.producer``: one typed method per documented operation of producer, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.producer``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper

from ..operations import producer as ops

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


__all__ = [
    "ProducerResource",
    "AsyncProducerResource",
    "ProducerResourceWithRawResponse",
    "AsyncProducerResourceWithRawResponse",
]


class ProducerResource(SyncResource):
    """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""

    family = ops.PRODUCER

    @functools.cached_property
    def with_raw_response(self) -> ProducerResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return ProducerResourceWithRawResponse(self)

    def create(
        self,
        *,
        sound: str | None = None,
        lyrics: str | None = None,
        mv: str | None = None,
        title: str | None = None,
        seed: str | int | None = None,
        bpm: int | str | None = None,
        make_instrumental: bool | None = None,
        length: int | None = None,
        instruction: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """New music from a style description (sound) or lyrics.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            sound: Free-form style of the music.
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            title: Title. (at most 80 characters)
            seed: A seed for repeatable results (a number, or numeric text).
            bpm: Tempo in beats per minute, a number or numeric text (sent by the vendor SDK; not on a docs page).
            make_instrumental: Without vocals (ignored by Lyria 3 Pro).
            length: Length in seconds. (>= 1, <= 240)
            instruction: Free-form direction for the model.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_CREATE,
            {
                "sound": sound,
                "lyrics": lyrics,
                "mv": mv,
                "title": title,
                "seed": seed,
                "bpm": bpm,
                "make_instrumental": make_instrumental,
                "length": length,
                "instruction": instruction,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def cover(
        self,
        *,
        clip_id: str,
        sound: str | None = None,
        lyrics: str | None = None,
        strength: float | None = None,
        mv: str | None = None,
        title: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Re-record a producer clip in another style.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            sound: Free-form style of the music.
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            strength: How closely the cover follows the original (also accepted as cover_strength). (>= 0, <= 1)
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            title: Title. (at most 80 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_COVER,
            {
                "clip_id": clip_id,
                "sound": sound,
                "lyrics": lyrics,
                "strength": strength,
                "mv": mv,
                "title": title,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def extend(
        self,
        *,
        clip_id: str,
        task_type: Literal["extend_music", "extend_upload_music"] = "extend_music",
        extend_s: float | None = None,
        sound: str | None = None,
        lyrics: str | None = None,
        mv: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Continue a producer clip.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            task_type: extend_upload_music for a clip_id from producer.upload, extend_music otherwise.
            extend_s: Seconds to add. (>= 0)
            sound: Free-form style of the music.
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_EXTEND,
            {
                "clip_id": clip_id,
                "task_type": task_type,
                "extend_s": extend_s,
                "sound": sound,
                "lyrics": lyrics,
                "mv": mv,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def replace(
        self,
        *,
        clip_id: str,
        starts_at: float,
        task_type: Literal["replace_music", "replace_upload_music"] = "replace_music",
        ends_at: float | None = None,
        lyrics: str | None = None,
        sound: str | None = None,
        mv: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Rewrite a time window of a producer clip.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            starts_at: Start of the window, in seconds. (>= 0)
            task_type: replace_upload_music for a clip_id from producer.upload, replace_music otherwise.
            ends_at: End of the window, in seconds (to the end when absent). (>= 0)
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            sound: Free-form style of the music.
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_REPLACE,
            {
                "clip_id": clip_id,
                "starts_at": starts_at,
                "task_type": task_type,
                "ends_at": ends_at,
                "lyrics": lyrics,
                "sound": sound,
                "mv": mv,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def upload(
        self,
        *,
        audio_url: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Upload audio by URL for use as a producer clip_id (asynchronous).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            audio_url: Public URL of the audio to use as a reference clip.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_UPLOAD,
            {
                "audio_url": audio_url,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def download(
        self,
        *,
        clip_id: str,
        format: Literal["mp3", "wav"] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Re-encode a producer clip as mp3 or wav (asynchronous; the task gives its URL).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            format: The format to encode.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_DOWNLOAD,
            {
                "clip_id": clip_id,
                "format": format,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def create_lyrics(
        self,
        *,
        prompt: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Write lyrics from a prompt (asynchronous; body partly inferred).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            prompt: What the lyrics should be about. (at least 1 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_CREATE_LYRICS,
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def video_clip(
        self,
        *,
        clip_id: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Make a music video of a producer clip (asynchronous; body partly inferred).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 5 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.PRODUCER_VIDEO_CLIP,
            {
                "clip_id": clip_id,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a producer task (free for every producer task kind).

        Docs: https://docs.musicapi.ai/producer-api-examples

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._get_task(
            ops.PRODUCER_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
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
            ops.PRODUCER_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class AsyncProducerResource(AsyncResource):
    """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""

    family = ops.PRODUCER

    @functools.cached_property
    def with_raw_response(self) -> AsyncProducerResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncProducerResourceWithRawResponse(self)

    async def create(
        self,
        *,
        sound: str | None = None,
        lyrics: str | None = None,
        mv: str | None = None,
        title: str | None = None,
        seed: str | int | None = None,
        bpm: int | str | None = None,
        make_instrumental: bool | None = None,
        length: int | None = None,
        instruction: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """New music from a style description (sound) or lyrics.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            sound: Free-form style of the music.
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            title: Title. (at most 80 characters)
            seed: A seed for repeatable results (a number, or numeric text).
            bpm: Tempo in beats per minute, a number or numeric text (sent by the vendor SDK; not on a docs page).
            make_instrumental: Without vocals (ignored by Lyria 3 Pro).
            length: Length in seconds. (>= 1, <= 240)
            instruction: Free-form direction for the model.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_CREATE,
            {
                "sound": sound,
                "lyrics": lyrics,
                "mv": mv,
                "title": title,
                "seed": seed,
                "bpm": bpm,
                "make_instrumental": make_instrumental,
                "length": length,
                "instruction": instruction,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def cover(
        self,
        *,
        clip_id: str,
        sound: str | None = None,
        lyrics: str | None = None,
        strength: float | None = None,
        mv: str | None = None,
        title: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Re-record a producer clip in another style.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            sound: Free-form style of the music.
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            strength: How closely the cover follows the original (also accepted as cover_strength). (>= 0, <= 1)
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            title: Title. (at most 80 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_COVER,
            {
                "clip_id": clip_id,
                "sound": sound,
                "lyrics": lyrics,
                "strength": strength,
                "mv": mv,
                "title": title,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def extend(
        self,
        *,
        clip_id: str,
        task_type: Literal["extend_music", "extend_upload_music"] = "extend_music",
        extend_s: float | None = None,
        sound: str | None = None,
        lyrics: str | None = None,
        mv: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Continue a producer clip.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            task_type: extend_upload_music for a clip_id from producer.upload, extend_music otherwise.
            extend_s: Seconds to add. (>= 0)
            sound: Free-form style of the music.
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_EXTEND,
            {
                "clip_id": clip_id,
                "task_type": task_type,
                "extend_s": extend_s,
                "sound": sound,
                "lyrics": lyrics,
                "mv": mv,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def replace(
        self,
        *,
        clip_id: str,
        starts_at: float,
        task_type: Literal["replace_music", "replace_upload_music"] = "replace_music",
        ends_at: float | None = None,
        lyrics: str | None = None,
        sound: str | None = None,
        mv: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Rewrite a time window of a producer clip.

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            starts_at: Start of the window, in seconds. (>= 0)
            task_type: replace_upload_music for a clip_id from producer.upload, replace_music otherwise.
            ends_at: End of the window, in seconds (to the end when absent). (>= 0)
            lyrics: Lyrics, with [Verse] and [Chorus] markers.
            sound: Free-form style of the music.
            mv: Model (open; FUZZ names are accepted as aliases of Lyria 3 Pro).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_REPLACE,
            {
                "clip_id": clip_id,
                "starts_at": starts_at,
                "task_type": task_type,
                "ends_at": ends_at,
                "lyrics": lyrics,
                "sound": sound,
                "mv": mv,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def upload(
        self,
        *,
        audio_url: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Upload audio by URL for use as a producer clip_id (asynchronous).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            audio_url: Public URL of the audio to use as a reference clip.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_UPLOAD,
            {
                "audio_url": audio_url,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def download(
        self,
        *,
        clip_id: str,
        format: Literal["mp3", "wav"] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Re-encode a producer clip as mp3 or wav (asynchronous; the task gives its URL).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            format: The format to encode.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_DOWNLOAD,
            {
                "clip_id": clip_id,
                "format": format,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def create_lyrics(
        self,
        *,
        prompt: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Write lyrics from a prompt (asynchronous; body partly inferred).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            prompt: What the lyrics should be about. (at least 1 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_CREATE_LYRICS,
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def video_clip(
        self,
        *,
        clip_id: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Make a music video of a producer clip (asynchronous; body partly inferred).

        Docs: https://docs.musicapi.ai/producer-api-examples
        About 5 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The producer clip to work on. (at least 1 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.PRODUCER_VIDEO_CLIP,
            {
                "clip_id": clip_id,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a producer task (free for every producer task kind).

        Docs: https://docs.musicapi.ai/producer-api-examples

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._get_task(
            ops.PRODUCER_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
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
            ops.PRODUCER_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class ProducerResourceWithRawResponse:
    """``client.producer.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: ProducerResource) -> None:
        self.create = raw_response_wrapper(resource.create)
        self.cover = raw_response_wrapper(resource.cover)
        self.extend = raw_response_wrapper(resource.extend)
        self.replace = raw_response_wrapper(resource.replace)
        self.upload = raw_response_wrapper(resource.upload)
        self.download = raw_response_wrapper(resource.download)
        self.create_lyrics = raw_response_wrapper(resource.create_lyrics)
        self.video_clip = raw_response_wrapper(resource.video_clip)
        self.get = raw_response_wrapper(resource.get)
        self.wait = raw_response_wrapper(resource.wait)


class AsyncProducerResourceWithRawResponse:
    """``client.producer.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncProducerResource) -> None:
        self.create = async_raw_response_wrapper(resource.create)
        self.cover = async_raw_response_wrapper(resource.cover)
        self.extend = async_raw_response_wrapper(resource.extend)
        self.replace = async_raw_response_wrapper(resource.replace)
        self.upload = async_raw_response_wrapper(resource.upload)
        self.download = async_raw_response_wrapper(resource.download)
        self.create_lyrics = async_raw_response_wrapper(resource.create_lyrics)
        self.video_clip = async_raw_response_wrapper(resource.video_clip)
        self.get = async_raw_response_wrapper(resource.get)
        self.wait = async_raw_response_wrapper(resource.wait)
