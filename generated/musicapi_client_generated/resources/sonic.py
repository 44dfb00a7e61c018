# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.sonic``: one typed method per documented operation of sonic, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.sonic``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper

from ..operations import sonic as ops

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
    "SonicResource",
    "AsyncSonicResource",
    "SonicResourceWithRawResponse",
    "AsyncSonicResourceWithRawResponse",
]


class SonicResource(SyncResource):
    """sonic: Suno-style song generation, extension, covers, personas and uploads."""

    family = ops.SONIC

    @functools.cached_property
    def with_raw_response(self) -> SonicResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return SonicResourceWithRawResponse(self)

    def create(
        self,
        *,
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        make_instrumental: bool | None = None,
        auto_lyrics: bool | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """New song from lyrics (custom_mode true) or from a description (custom_mode false).

        Docs: https://docs.musicapi.ai/create-music
        About 20 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            make_instrumental: Generate without vocals.
            auto_lyrics: With custom_mode true, prompt is a brief and the server writes the lyrics.
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_CREATE,
            {
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "make_instrumental": make_instrumental,
                "auto_lyrics": auto_lyrics,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
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
        custom_mode: bool,
        continue_clip_id: str,
        continue_at: float,
        mv: models.SonicModel,
        task_type: Literal["extend_music", "extend_upload_music"] = "extend_music",
        prompt: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Continue a clip from a point in time. The result holds only the new part; concat joins it to the original.

        Docs: https://docs.musicapi.ai/extend-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: extend_upload_music for a clip_id from upload, extend_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_EXTEND,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "continue_at": continue_at,
                "mv": mv,
                "task_type": task_type,
                "prompt": prompt,
                "title": title,
                "tags": tags,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def concat(
        self,
        *,
        continue_clip_id: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Join an extended clip with the song it extends into one full song.

        Docs: https://docs.musicapi.ai/concat-music
        About 2 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: The clip produced by extend. (at least 1 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_CONCAT,
            {
                "continue_clip_id": continue_clip_id,
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
        custom_mode: bool,
        continue_clip_id: str,
        mv: models.SonicModel,
        task_type: Literal["cover_music", "cover_upload_music"] = "cover_music",
        prompt: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/cover-music
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: cover_upload_music for a clip_id from upload, cover_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            audio_weight: How closely the cover follows the original audio (0 free, 1 close). (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_COVER,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "prompt": prompt,
                "title": title,
                "tags": tags,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def create_with_persona(
        self,
        *,
        custom_mode: bool,
        prompt: str,
        persona_id: str,
        mv: models.SonicModel,
        title: str | None = None,
        tags: str | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        continue_clip_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """New song sung by a persona created with create_persona.

        Docs: https://docs.musicapi.ai/create-persona-music
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            persona_id: The persona to sing. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            continue_clip_id: A clip to continue in the persona's voice (2026). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_CREATE_WITH_PERSONA,
            {
                "custom_mode": custom_mode,
                "prompt": prompt,
                "persona_id": persona_id,
                "mv": mv,
                "title": title,
                "tags": tags,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
                "continue_clip_id": continue_clip_id,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def remaster(
        self,
        *,
        continue_clip_id: str,
        mv: models.SonicModel,
        variation_category: Literal["subtle", "normal", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Remaster a clip (a cleaner mix of the same song).

        Docs: https://docs.musicapi.ai/create-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: The clip to work on (generated in the last 24 hours). (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            variation_category: How far the remaster may move from the original (documented for sonic-v5).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_REMASTER,
            {
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "variation_category": variation_category,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def add_vocals(
        self,
        *,
        continue_clip_id: str,
        prompt: str,
        mv: models.SonicModel,
        audio_weight: float | None = None,
        overpainting_start_s: float | None = None,
        overpainting_end_s: float | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Sing new lyrics over an uploaded instrumental.

        Docs: https://docs.musicapi.ai/create-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: An uploaded clip (add vocals and add instrumental work on uploads only). (at least 1 characters)
            prompt: The lyrics to sing. (at least 1 characters, at most 5000 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            overpainting_start_s: Second at which the new part starts. (>= 0)
            overpainting_end_s: Second at which the new part ends (after the start). (>= 0)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_ADD_VOCALS,
            {
                "continue_clip_id": continue_clip_id,
                "prompt": prompt,
                "mv": mv,
                "audio_weight": audio_weight,
                "overpainting_start_s": overpainting_start_s,
                "overpainting_end_s": overpainting_end_s,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def add_instrumental(
        self,
        *,
        continue_clip_id: str,
        mv: models.SonicModel,
        tags: str | None = None,
        audio_weight: float | None = None,
        overpainting_start_s: float | None = None,
        overpainting_end_s: float | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Put a new backing track under an uploaded vocal.

        Docs: https://docs.musicapi.ai/create-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: An uploaded clip (add vocals and add instrumental work on uploads only). (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            tags: Comma-separated styles. (at most 200 characters)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            overpainting_start_s: Second at which the new part starts. (>= 0)
            overpainting_end_s: Second at which the new part ends (after the start). (>= 0)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_ADD_INSTRUMENTAL,
            {
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "tags": tags,
                "audio_weight": audio_weight,
                "overpainting_start_s": overpainting_start_s,
                "overpainting_end_s": overpainting_end_s,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def create_persona(
        self,
        *,
        name: str,
        description: str | None = None,
        continue_clip_id: str | None = None,
        clip_id: str | None = None,
        describe: str | None = None,
        styles: str | None = None,
        vox_audio_id: str | None = None,
        vocal_start_s: float | None = None,
        vocal_end_s: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.CreatePersonaResponse:
        """Create a persona (a reusable virtual singer) from a clip.

        Docs: https://docs.musicapi.ai/create-persona

        Args:
            name: Name of the persona. (at least 1 characters, at most 80 characters)
            description: Voice and style of the persona. (at least 1 characters, at most 200 characters)
            continue_clip_id: The clip whose singer becomes the persona (a clip from the last 24 hours). (at least 1 characters)
            clip_id: The clip whose singer becomes the persona (the 2026 name of continue_clip_id). (at least 1 characters)
            describe: Free description of the voice (2026).
            styles: Styles the persona sings in (2026). (at most 2000 characters)
            vox_audio_id: A vocal extracted with vox, to build the persona from (2026).
            vocal_start_s: Start of the vocal window, in seconds (2026). (>= 0)
            vocal_end_s: End of the vocal window, in seconds (2026). (>= 0)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.CreatePersonaResponse",
            self._call(
                ops.SONIC_CREATE_PERSONA,
                {
                    "name": name,
                    "description": description,
                    "continue_clip_id": continue_clip_id,
                    "clip_id": clip_id,
                    "describe": describe,
                    "styles": styles,
                    "vox_audio_id": vox_audio_id,
                    "vocal_start_s": vocal_start_s,
                    "vocal_end_s": vocal_end_s,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
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
        """Upload audio by URL and get a clip_id for the *_upload_* task types.

        Docs: https://docs.musicapi.ai/upload-music
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

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
                ops.SONIC_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a sonic task.

        Docs: https://docs.musicapi.ai/get-sonic-music

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._get_task(
            ops.SONIC_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
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
            ops.SONIC_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )

    def stems_basic(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Split a clip into two stems (vocals and instrumental).

        Docs: https://docs.musicapi.ai/stems-basic
        About 30 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_STEMS_BASIC,
            {
                "clip_id": clip_id,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def stems_full(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Split a clip into every instrument's stem.

        Docs: https://docs.musicapi.ai/stems-full
        About 75 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_STEMS_FULL,
            {
                "clip_id": clip_id,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def wav(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.WavResponse:
        """Get a WAV file of a clip (synchronous).

        Docs: https://docs.musicapi.ai/wav
        About 2 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.WavResponse",
            self._call(
                ops.SONIC_WAV,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def download_links(
        self,
        *,
        clip_id: str,
        formats: list[Literal["mp3", "m4a", "wav"] | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.DownloadLinksResponse | models.TaskNotReady:
        """Get download links of a clip in several formats (third-party evidence only).

        Docs: https://musicapi.ai/docs/guides/output-endpoints
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip to fetch. (at least 1 characters)
            formats: The formats wanted (one call, several formats).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.DownloadLinksResponse | models.TaskNotReady",
            self._call(
                ops.SONIC_DOWNLOAD_LINKS,
                {
                    "clip_id": clip_id,
                    "formats": formats,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def midi(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.MidiResponse | models.TaskNotReady:
        """Get a MIDI transcription of a clip (synchronous; may answer 202 while it is built).

        Docs: https://docs.musicapi.ai/get-midi
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.MidiResponse | models.TaskNotReady",
            self._call(
                ops.SONIC_MIDI,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def vox(
        self,
        *,
        clip_id: str,
        vocal_start_s: float | None = None,
        vocal_end_s: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.VoxResponse:
        """Extract a clip's vocal (synchronous), for a persona.

        Docs: https://docs.musicapi.ai/get-vox
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip to take the vocal from. (at least 1 characters)
            vocal_start_s: Start of the window, in seconds (a window is at most 30 s). (>= 0)
            vocal_end_s: End of the window, in seconds. (>= 0)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.VoxResponse",
            self._call(
                ops.SONIC_VOX,
                {
                    "clip_id": clip_id,
                    "vocal_start_s": vocal_start_s,
                    "vocal_end_s": vocal_end_s,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def bpm(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.BpmResponse:
        """Measure a clip's tempo (synchronous).

        Docs: https://docs.musicapi.ai/get-bpm
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.BpmResponse",
            self._call(
                ops.SONIC_BPM,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def aligned_lyrics(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.AlignedLyricsResponse | models.TaskNotReady:
        """Get a clip's lyrics with word timings (synchronous; may need a moment).

        Docs: https://docs.musicapi.ai/get-suno-lyrics-timeline
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.AlignedLyricsResponse | models.TaskNotReady",
            self._call(
                ops.SONIC_ALIGNED_LYRICS,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def upsample_tags(
        self,
        *,
        tags: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.UpsampleTagsResponse:
        """Expand short style tags into a full style description (synchronous).

        Docs: https://docs.musicapi.ai/upsample-tags
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            tags: Short style tags to expand. (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.UpsampleTagsResponse",
            self._call(
                ops.SONIC_UPSAMPLE_TAGS,
                {
                    "tags": tags,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    def sample(
        self,
        *,
        chop_sample_start_s: float,
        chop_sample_end_s: float,
        custom_mode: bool,
        mv: models.SonicModel,
        url: str | None = None,
        sample_clip_id: str | None = None,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        auto_lyrics: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Build a new song around a chopped sample of a clip or an audio URL.

        Docs: https://docs.musicapi.ai/sample-this-song
        About 14 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            chop_sample_start_s: Start of the sample, in seconds. (>= 0)
            chop_sample_end_s: End of the sample, in seconds. (>= 0)
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            url: Public audio URL to upload and sample (instead of sample_clip_id).
            sample_clip_id: An existing clip to sample (instead of url).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            auto_lyrics: With custom_mode true, prompt is a brief and the server writes the lyrics.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_SAMPLE,
            {
                "chop_sample_start_s": chop_sample_start_s,
                "chop_sample_end_s": chop_sample_end_s,
                "custom_mode": custom_mode,
                "mv": mv,
                "url": url,
                "sample_clip_id": sample_clip_id,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "auto_lyrics": auto_lyrics,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def mashup(
        self,
        *,
        mashup_clip_ids: list[str],
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        auto_lyrics: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Mix two clips into one new song.

        Docs: https://docs.musicapi.ai/mashup
        About 14 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            mashup_clip_ids: The two clips to mix. (at most 2 items)
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            auto_lyrics: With custom_mode true, prompt is a brief and the server writes the lyrics.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_MASHUP,
            {
                "mashup_clip_ids": mashup_clip_ids,
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "auto_lyrics": auto_lyrics,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def replace_section(
        self,
        *,
        clip_id: str,
        mv: models.SonicModel,
        infill_start_s: float,
        infill_end_s: float,
        prompt: str | None = None,
        infill_lyrics: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        auto_concat: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Rewrite a time window of a clip with new lyrics.

        Docs: https://docs.musicapi.ai/replace-section
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip to edit (generated in the last 24 hours). (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            infill_start_s: Start of the window to rewrite, in seconds. (>= 0)
            infill_end_s: End of the window, in seconds (after the start). (>= 0)
            prompt: The song's lyrics around the window (context). (at most 5000 characters)
            infill_lyrics: The new lyrics for the window.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            auto_concat: Also join the new fragment into the whole song.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_REPLACE_SECTION,
            {
                "clip_id": clip_id,
                "mv": mv,
                "infill_start_s": infill_start_s,
                "infill_end_s": infill_end_s,
                "prompt": prompt,
                "infill_lyrics": infill_lyrics,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "vocal_gender": vocal_gender,
                "auto_concat": auto_concat,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def upload_cover(
        self,
        *,
        url: str,
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        duration: int | None = None,
        auto_concat: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Upload audio by URL and cover it in one call.

        Docs: https://docs.musicapi.ai/upload-and-cover-music
        About 17 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            url: Public direct URL of the audio (mp3, wav; up to 8 minutes).
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            auto_concat: Join the result to the uploaded clip (sent by the vendor SDK; not on the page).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_UPLOAD_COVER,
            {
                "url": url,
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "duration": duration,
                "auto_concat": auto_concat,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def upload_extend(
        self,
        *,
        url: str,
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        continue_at: float | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        duration: int | None = None,
        auto_concat: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Upload audio by URL and extend it in one call.

        Docs: https://docs.musicapi.ai/upload-and-extend-music
        About 17 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            url: Public direct URL of the audio (mp3, wav; up to 8 minutes).
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            continue_at: Second of the upload to continue from (the docs suggest 0.1 for uploads). (>= 0)
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            auto_concat: Also join the extension to the upload into one song.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_UPLOAD_EXTEND,
            {
                "url": url,
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "continue_at": continue_at,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "duration": duration,
                "auto_concat": auto_concat,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    def create_voice(
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
        """Make a persona from a recording of a voice (asynchronous; the task gives a persona_id).

        Docs: https://docs.musicapi.ai/create-voice
        About 4 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            audio_url: Public MP3 or WAV of one voice, longer than 10 seconds.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.SONIC_CREATE_VOICE,
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


class AsyncSonicResource(AsyncResource):
    """sonic: Suno-style song generation, extension, covers, personas and uploads."""

    family = ops.SONIC

    @functools.cached_property
    def with_raw_response(self) -> AsyncSonicResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncSonicResourceWithRawResponse(self)

    async def create(
        self,
        *,
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        make_instrumental: bool | None = None,
        auto_lyrics: bool | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """New song from lyrics (custom_mode true) or from a description (custom_mode false).

        Docs: https://docs.musicapi.ai/create-music
        About 20 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            make_instrumental: Generate without vocals.
            auto_lyrics: With custom_mode true, prompt is a brief and the server writes the lyrics.
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_CREATE,
            {
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "make_instrumental": make_instrumental,
                "auto_lyrics": auto_lyrics,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
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
        custom_mode: bool,
        continue_clip_id: str,
        continue_at: float,
        mv: models.SonicModel,
        task_type: Literal["extend_music", "extend_upload_music"] = "extend_music",
        prompt: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Continue a clip from a point in time. The result holds only the new part; concat joins it to the original.

        Docs: https://docs.musicapi.ai/extend-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: extend_upload_music for a clip_id from upload, extend_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_EXTEND,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "continue_at": continue_at,
                "mv": mv,
                "task_type": task_type,
                "prompt": prompt,
                "title": title,
                "tags": tags,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def concat(
        self,
        *,
        continue_clip_id: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Join an extended clip with the song it extends into one full song.

        Docs: https://docs.musicapi.ai/concat-music
        About 2 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: The clip produced by extend. (at least 1 characters)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_CONCAT,
            {
                "continue_clip_id": continue_clip_id,
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
        custom_mode: bool,
        continue_clip_id: str,
        mv: models.SonicModel,
        task_type: Literal["cover_music", "cover_upload_music"] = "cover_music",
        prompt: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/cover-music
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: cover_upload_music for a clip_id from upload, cover_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            audio_weight: How closely the cover follows the original audio (0 free, 1 close). (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_COVER,
            {
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "task_type": task_type,
                "prompt": prompt,
                "title": title,
                "tags": tags,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def create_with_persona(
        self,
        *,
        custom_mode: bool,
        prompt: str,
        persona_id: str,
        mv: models.SonicModel,
        title: str | None = None,
        tags: str | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        duration: int | None = None,
        use_suno_cdn: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        continue_clip_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """New song sung by a persona created with create_persona.

        Docs: https://docs.musicapi.ai/create-persona-music
        About 15 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            persona_id: The persona to sing. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            use_suno_cdn: true for upstream CDN URLs, false or absent for MusicAPI's CDN.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            continue_clip_id: A clip to continue in the persona's voice (2026). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_CREATE_WITH_PERSONA,
            {
                "custom_mode": custom_mode,
                "prompt": prompt,
                "persona_id": persona_id,
                "mv": mv,
                "title": title,
                "tags": tags,
                "vocal_gender": vocal_gender,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "duration": duration,
                "use_suno_cdn": use_suno_cdn,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
                "continue_clip_id": continue_clip_id,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def remaster(
        self,
        *,
        continue_clip_id: str,
        mv: models.SonicModel,
        variation_category: Literal["subtle", "normal", "high"] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Remaster a clip (a cleaner mix of the same song).

        Docs: https://docs.musicapi.ai/create-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: The clip to work on (generated in the last 24 hours). (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            variation_category: How far the remaster may move from the original (documented for sonic-v5).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_REMASTER,
            {
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "variation_category": variation_category,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def add_vocals(
        self,
        *,
        continue_clip_id: str,
        prompt: str,
        mv: models.SonicModel,
        audio_weight: float | None = None,
        overpainting_start_s: float | None = None,
        overpainting_end_s: float | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Sing new lyrics over an uploaded instrumental.

        Docs: https://docs.musicapi.ai/create-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: An uploaded clip (add vocals and add instrumental work on uploads only). (at least 1 characters)
            prompt: The lyrics to sing. (at least 1 characters, at most 5000 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            overpainting_start_s: Second at which the new part starts. (>= 0)
            overpainting_end_s: Second at which the new part ends (after the start). (>= 0)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_ADD_VOCALS,
            {
                "continue_clip_id": continue_clip_id,
                "prompt": prompt,
                "mv": mv,
                "audio_weight": audio_weight,
                "overpainting_start_s": overpainting_start_s,
                "overpainting_end_s": overpainting_end_s,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def add_instrumental(
        self,
        *,
        continue_clip_id: str,
        mv: models.SonicModel,
        tags: str | None = None,
        audio_weight: float | None = None,
        overpainting_start_s: float | None = None,
        overpainting_end_s: float | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Put a new backing track under an uploaded vocal.

        Docs: https://docs.musicapi.ai/create-music
        About 15 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            continue_clip_id: An uploaded clip (add vocals and add instrumental work on uploads only). (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            tags: Comma-separated styles. (at most 200 characters)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            overpainting_start_s: Second at which the new part starts. (>= 0)
            overpainting_end_s: Second at which the new part ends (after the start). (>= 0)
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_ADD_INSTRUMENTAL,
            {
                "continue_clip_id": continue_clip_id,
                "mv": mv,
                "tags": tags,
                "audio_weight": audio_weight,
                "overpainting_start_s": overpainting_start_s,
                "overpainting_end_s": overpainting_end_s,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def create_persona(
        self,
        *,
        name: str,
        description: str | None = None,
        continue_clip_id: str | None = None,
        clip_id: str | None = None,
        describe: str | None = None,
        styles: str | None = None,
        vox_audio_id: str | None = None,
        vocal_start_s: float | None = None,
        vocal_end_s: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.CreatePersonaResponse:
        """Create a persona (a reusable virtual singer) from a clip.

        Docs: https://docs.musicapi.ai/create-persona

        Args:
            name: Name of the persona. (at least 1 characters, at most 80 characters)
            description: Voice and style of the persona. (at least 1 characters, at most 200 characters)
            continue_clip_id: The clip whose singer becomes the persona (a clip from the last 24 hours). (at least 1 characters)
            clip_id: The clip whose singer becomes the persona (the 2026 name of continue_clip_id). (at least 1 characters)
            describe: Free description of the voice (2026).
            styles: Styles the persona sings in (2026). (at most 2000 characters)
            vox_audio_id: A vocal extracted with vox, to build the persona from (2026).
            vocal_start_s: Start of the vocal window, in seconds (2026). (>= 0)
            vocal_end_s: End of the vocal window, in seconds (2026). (>= 0)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.CreatePersonaResponse",
            await self._call(
                ops.SONIC_CREATE_PERSONA,
                {
                    "name": name,
                    "description": description,
                    "continue_clip_id": continue_clip_id,
                    "clip_id": clip_id,
                    "describe": describe,
                    "styles": styles,
                    "vox_audio_id": vox_audio_id,
                    "vocal_start_s": vocal_start_s,
                    "vocal_end_s": vocal_end_s,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
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
        """Upload audio by URL and get a clip_id for the *_upload_* task types.

        Docs: https://docs.musicapi.ai/upload-music
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

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
                ops.SONIC_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Task:
        """Poll a sonic task.

        Docs: https://docs.musicapi.ai/get-sonic-music

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._get_task(
            ops.SONIC_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
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
            ops.SONIC_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )

    async def stems_basic(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Split a clip into two stems (vocals and instrumental).

        Docs: https://docs.musicapi.ai/stems-basic
        About 30 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_STEMS_BASIC,
            {
                "clip_id": clip_id,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def stems_full(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Split a clip into every instrument's stem.

        Docs: https://docs.musicapi.ai/stems-full
        About 75 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_STEMS_FULL,
            {
                "clip_id": clip_id,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def wav(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.WavResponse:
        """Get a WAV file of a clip (synchronous).

        Docs: https://docs.musicapi.ai/wav
        About 2 credits (as of 2026-10; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.WavResponse",
            await self._call(
                ops.SONIC_WAV,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def download_links(
        self,
        *,
        clip_id: str,
        formats: list[Literal["mp3", "m4a", "wav"] | str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.DownloadLinksResponse | models.TaskNotReady:
        """Get download links of a clip in several formats (third-party evidence only).

        Docs: https://musicapi.ai/docs/guides/output-endpoints
        About 2 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip to fetch. (at least 1 characters)
            formats: The formats wanted (one call, several formats).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.DownloadLinksResponse | models.TaskNotReady",
            await self._call(
                ops.SONIC_DOWNLOAD_LINKS,
                {
                    "clip_id": clip_id,
                    "formats": formats,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def midi(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.MidiResponse | models.TaskNotReady:
        """Get a MIDI transcription of a clip (synchronous; may answer 202 while it is built).

        Docs: https://docs.musicapi.ai/get-midi
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.MidiResponse | models.TaskNotReady",
            await self._call(
                ops.SONIC_MIDI,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def vox(
        self,
        *,
        clip_id: str,
        vocal_start_s: float | None = None,
        vocal_end_s: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.VoxResponse:
        """Extract a clip's vocal (synchronous), for a persona.

        Docs: https://docs.musicapi.ai/get-vox
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip to take the vocal from. (at least 1 characters)
            vocal_start_s: Start of the window, in seconds (a window is at most 30 s). (>= 0)
            vocal_end_s: End of the window, in seconds. (>= 0)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.VoxResponse",
            await self._call(
                ops.SONIC_VOX,
                {
                    "clip_id": clip_id,
                    "vocal_start_s": vocal_start_s,
                    "vocal_end_s": vocal_end_s,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def bpm(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.BpmResponse:
        """Measure a clip's tempo (synchronous).

        Docs: https://docs.musicapi.ai/get-bpm
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.BpmResponse",
            await self._call(
                ops.SONIC_BPM,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def aligned_lyrics(
        self,
        *,
        clip_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.AlignedLyricsResponse | models.TaskNotReady:
        """Get a clip's lyrics with word timings (synchronous; may need a moment).

        Docs: https://docs.musicapi.ai/get-suno-lyrics-timeline
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip (generated, or uploaded, in the last 24 hours). (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.AlignedLyricsResponse | models.TaskNotReady",
            await self._call(
                ops.SONIC_ALIGNED_LYRICS,
                {
                    "clip_id": clip_id,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def upsample_tags(
        self,
        *,
        tags: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> models.UpsampleTagsResponse:
        """Expand short style tags into a full style description (synchronous).

        Docs: https://docs.musicapi.ai/upsample-tags
        About 1 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            tags: Short style tags to expand. (at least 1 characters)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return cast(
            "models.UpsampleTagsResponse",
            await self._call(
                ops.SONIC_UPSAMPLE_TAGS,
                {
                    "tags": tags,
                },
                extra_body,
                headers=extra_headers,
                query=extra_query,
                timeout=timeout,
            ),
        )

    async def sample(
        self,
        *,
        chop_sample_start_s: float,
        chop_sample_end_s: float,
        custom_mode: bool,
        mv: models.SonicModel,
        url: str | None = None,
        sample_clip_id: str | None = None,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        auto_lyrics: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Build a new song around a chopped sample of a clip or an audio URL.

        Docs: https://docs.musicapi.ai/sample-this-song
        About 14 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            chop_sample_start_s: Start of the sample, in seconds. (>= 0)
            chop_sample_end_s: End of the sample, in seconds. (>= 0)
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            url: Public audio URL to upload and sample (instead of sample_clip_id).
            sample_clip_id: An existing clip to sample (instead of url).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            auto_lyrics: With custom_mode true, prompt is a brief and the server writes the lyrics.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_SAMPLE,
            {
                "chop_sample_start_s": chop_sample_start_s,
                "chop_sample_end_s": chop_sample_end_s,
                "custom_mode": custom_mode,
                "mv": mv,
                "url": url,
                "sample_clip_id": sample_clip_id,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "auto_lyrics": auto_lyrics,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def mashup(
        self,
        *,
        mashup_clip_ids: list[str],
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        auto_lyrics: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Mix two clips into one new song.

        Docs: https://docs.musicapi.ai/mashup
        About 14 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            mashup_clip_ids: The two clips to mix. (at most 2 items)
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            auto_lyrics: With custom_mode true, prompt is a brief and the server writes the lyrics.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_MASHUP,
            {
                "mashup_clip_ids": mashup_clip_ids,
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "auto_lyrics": auto_lyrics,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def replace_section(
        self,
        *,
        clip_id: str,
        mv: models.SonicModel,
        infill_start_s: float,
        infill_end_s: float,
        prompt: str | None = None,
        infill_lyrics: str | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        auto_concat: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Rewrite a time window of a clip with new lyrics.

        Docs: https://docs.musicapi.ai/replace-section
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            clip_id: The clip to edit (generated in the last 24 hours). (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            infill_start_s: Start of the window to rewrite, in seconds. (>= 0)
            infill_end_s: End of the window, in seconds (after the start). (>= 0)
            prompt: The song's lyrics around the window (context). (at most 5000 characters)
            infill_lyrics: The new lyrics for the window.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            auto_concat: Also join the new fragment into the whole song.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_REPLACE_SECTION,
            {
                "clip_id": clip_id,
                "mv": mv,
                "infill_start_s": infill_start_s,
                "infill_end_s": infill_end_s,
                "prompt": prompt,
                "infill_lyrics": infill_lyrics,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "vocal_gender": vocal_gender,
                "auto_concat": auto_concat,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def upload_cover(
        self,
        *,
        url: str,
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        duration: int | None = None,
        auto_concat: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Upload audio by URL and cover it in one call.

        Docs: https://docs.musicapi.ai/upload-and-cover-music
        About 17 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            url: Public direct URL of the audio (mp3, wav; up to 8 minutes).
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            auto_concat: Join the result to the uploaded clip (sent by the vendor SDK; not on the page).
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_UPLOAD_COVER,
            {
                "url": url,
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "duration": duration,
                "auto_concat": auto_concat,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def upload_extend(
        self,
        *,
        url: str,
        custom_mode: bool,
        mv: models.SonicModel,
        prompt: str | None = None,
        gpt_description_prompt: str | None = None,
        make_instrumental: bool | None = None,
        title: str | None = None,
        tags: str | None = None,
        negative_tags: str | None = None,
        continue_at: float | None = None,
        style_weight: float | None = None,
        weirdness_constraint: float | None = None,
        audio_weight: float | None = None,
        vocal_gender: Literal["f", "m"] | None = None,
        duration: int | None = None,
        auto_concat: bool | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Upload audio by URL and extend it in one call.

        Docs: https://docs.musicapi.ai/upload-and-extend-music
        About 17 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            url: Public direct URL of the audio (mp3, wav; up to 8 minutes).
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            make_instrumental: Generate without vocals.
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            continue_at: Second of the upload to continue from (the docs suggest 0.1 for uploads). (>= 0)
            style_weight: How strongly the tags steer the style. (>= 0, <= 1)
            weirdness_constraint: How far the result may stray from the expected. (>= 0, <= 1)
            audio_weight: How closely the result follows the source audio. (>= 0, <= 1)
            vocal_gender: Singer's gender (sonic-v4-5 and newer).
            duration: Target length in seconds (a target, not a cut). (>= 10, <= 360)
            auto_concat: Also join the extension to the upload into one song.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_UPLOAD_EXTEND,
            {
                "url": url,
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
                "gpt_description_prompt": gpt_description_prompt,
                "make_instrumental": make_instrumental,
                "title": title,
                "tags": tags,
                "negative_tags": negative_tags,
                "continue_at": continue_at,
                "style_weight": style_weight,
                "weirdness_constraint": weirdness_constraint,
                "audio_weight": audio_weight,
                "vocal_gender": vocal_gender,
                "duration": duration,
                "auto_concat": auto_concat,
                "webhook_url": webhook_url,
                "webhook_secret": webhook_secret,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    async def create_voice(
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
        """Make a persona from a recording of a voice (asynchronous; the task gives a persona_id).

        Docs: https://docs.musicapi.ai/create-voice
        About 4 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).

        Args:
            audio_url: Public MP3 or WAV of one voice, longer than 10 seconds.
            webhook_url: Where MusicAPI posts the task's events (see the webhooks guide).
            webhook_secret: Secret the webhook deliveries are signed with (HMAC-SHA256).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.SONIC_CREATE_VOICE,
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


class SonicResourceWithRawResponse:
    """``client.sonic.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: SonicResource) -> None:
        self.create = raw_response_wrapper(resource.create)
        self.extend = raw_response_wrapper(resource.extend)
        self.concat = raw_response_wrapper(resource.concat)
        self.cover = raw_response_wrapper(resource.cover)
        self.create_with_persona = raw_response_wrapper(resource.create_with_persona)
        self.remaster = raw_response_wrapper(resource.remaster)
        self.add_vocals = raw_response_wrapper(resource.add_vocals)
        self.add_instrumental = raw_response_wrapper(resource.add_instrumental)
        self.create_persona = raw_response_wrapper(resource.create_persona)
        self.upload = raw_response_wrapper(resource.upload)
        self.get = raw_response_wrapper(resource.get)
        self.wait = raw_response_wrapper(resource.wait)
        self.stems_basic = raw_response_wrapper(resource.stems_basic)
        self.stems_full = raw_response_wrapper(resource.stems_full)
        self.wav = raw_response_wrapper(resource.wav)
        self.download_links = raw_response_wrapper(resource.download_links)
        self.midi = raw_response_wrapper(resource.midi)
        self.vox = raw_response_wrapper(resource.vox)
        self.bpm = raw_response_wrapper(resource.bpm)
        self.aligned_lyrics = raw_response_wrapper(resource.aligned_lyrics)
        self.upsample_tags = raw_response_wrapper(resource.upsample_tags)
        self.sample = raw_response_wrapper(resource.sample)
        self.mashup = raw_response_wrapper(resource.mashup)
        self.replace_section = raw_response_wrapper(resource.replace_section)
        self.upload_cover = raw_response_wrapper(resource.upload_cover)
        self.upload_extend = raw_response_wrapper(resource.upload_extend)
        self.create_voice = raw_response_wrapper(resource.create_voice)


class AsyncSonicResourceWithRawResponse:
    """``client.sonic.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncSonicResource) -> None:
        self.create = async_raw_response_wrapper(resource.create)
        self.extend = async_raw_response_wrapper(resource.extend)
        self.concat = async_raw_response_wrapper(resource.concat)
        self.cover = async_raw_response_wrapper(resource.cover)
        self.create_with_persona = async_raw_response_wrapper(resource.create_with_persona)
        self.remaster = async_raw_response_wrapper(resource.remaster)
        self.add_vocals = async_raw_response_wrapper(resource.add_vocals)
        self.add_instrumental = async_raw_response_wrapper(resource.add_instrumental)
        self.create_persona = async_raw_response_wrapper(resource.create_persona)
        self.upload = async_raw_response_wrapper(resource.upload)
        self.get = async_raw_response_wrapper(resource.get)
        self.wait = async_raw_response_wrapper(resource.wait)
        self.stems_basic = async_raw_response_wrapper(resource.stems_basic)
        self.stems_full = async_raw_response_wrapper(resource.stems_full)
        self.wav = async_raw_response_wrapper(resource.wav)
        self.download_links = async_raw_response_wrapper(resource.download_links)
        self.midi = async_raw_response_wrapper(resource.midi)
        self.vox = async_raw_response_wrapper(resource.vox)
        self.bpm = async_raw_response_wrapper(resource.bpm)
        self.aligned_lyrics = async_raw_response_wrapper(resource.aligned_lyrics)
        self.upsample_tags = async_raw_response_wrapper(resource.upsample_tags)
        self.sample = async_raw_response_wrapper(resource.sample)
        self.mashup = async_raw_response_wrapper(resource.mashup)
        self.replace_section = async_raw_response_wrapper(resource.replace_section)
        self.upload_cover = async_raw_response_wrapper(resource.upload_cover)
        self.upload_extend = async_raw_response_wrapper(resource.upload_extend)
        self.create_voice = async_raw_response_wrapper(resource.create_voice)
