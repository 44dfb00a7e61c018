# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""One typed method per documented MusicAPI operation, sync and async.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from musicapi_client._resource import AsyncResource, SyncResource
from typing_extensions import deprecated

from . import operations as ops

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

    from . import models

__all__ = [
    "SonicResource",
    "AsyncSonicResource",
    "RiffusionResource",
    "AsyncRiffusionResource",
    "StudioResource",
    "AsyncStudioResource",
    "LyricsResource",
    "AsyncLyricsResource",
    "NuroResource",
    "AsyncNuroResource",
    "ProducerResource",
    "AsyncProducerResource",
    "CreditsResource",
    "AsyncCreditsResource",
]


class SonicResource(SyncResource):
    """sonic: Suno-style song generation, extension, covers, personas and uploads."""

    family = ops.SONIC

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


class RiffusionResource(SyncResource):
    """riffusion: Riffusion FUZZ models; one create path switched by task_type."""

    family = ops.RIFFUSION

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


class StudioResource(SyncResource):
    """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""

    family = ops.STUDIO

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


class LyricsResource(SyncResource):
    """lyrics: Lyrics generation (two title and lyrics candidates per call)."""

    family = ops.LYRICS

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


class NuroResource(SyncResource):
    """nuro: Nuro vocal songs and instrumental background music."""

    family = ops.NURO

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
        category=None,
    )
    def create_vocal(
        self,
        *,
        lyrics: str,
        gender: Literal["Female", "Male"] | None = None,
        genre: Literal[
            "Folk",
            "Pop",
            "Rock",
            "Chinese Style",
            "Hip Hop/Rap",
            "R&B/Soul",
            "Punk",
            "Electronic",
            "Jazz",
            "Reggae",
            "DJ",
            "Pop Punk",
            "Disco",
            "Future Bass",
            "Pop Rap",
            "Trap Rap",
            "R&B Rap",
            "Chinoiserie Electronic",
            "GuFeng Music",
            "Pop Rock",
            "Jazz Pop",
            "Bossa Nova",
            "Contemporary R&B",
        ]
        | None = None,
        mood: Literal[
            "Happy",
            "Dynamic/Energetic",
            "Sentimental/Melancholic/Lonely",
            "Inspirational/Hopeful",
            "Nostalgic/Memory",
            "Excited",
            "Sorrow/Sad",
            "Chill",
            "Romantic",
            "Miss",
            "Groovy/Funky",
            "Dreamy/Ethereal",
            "Calm/Relaxing",
        ]
        | None = None,
        timbre: Literal[
            "Warm",
            "Bright",
            "Husky",
            "Electrified voice",
            "Sweet_AUDIO_TIMBRE",
            "Cute_AUDIO_TIMBRE",
            "Loud and sonorous",
            "Powerful",
            "Sexy/Lazy",
        ]
        | None = None,
        duration: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Song with vocals from lyrics; unset style fields are predicted from the lyrics.

        Docs: https://docs.musicapi.ai/create-nuro-music
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            lyrics: Lyrics with section tags such as [verse] and [chorus]. (at least 1 characters, at most 2000 characters)
            gender: See the docs page.
            genre: See the docs page.
            mood: See the docs page.
            timbre: See the docs page.
            duration: Length in seconds. (>= 30, <= 240)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.NURO_CREATE_VOCAL,
            {
                "lyrics": lyrics,
                "gender": gender,
                "genre": genre,
                "mood": mood,
                "timbre": timbre,
                "duration": duration,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
        category=None,
    )
    def create_instrumental(
        self,
        *,
        description: str,
        genre: list[
            Literal[
                "corporate",
                "dance/edm",
                "orchestral",
                "chill out",
                "rock",
                "hip hop",
                "folk",
                "funk",
                "ambient",
                "holiday",
                "jazz",
                "kids",
                "world",
                "travel",
                "commercial",
                "advertising",
                "driving",
                "cinematic",
                "upbeat",
                "epic",
                "inspiring",
                "business",
                "video game",
                "dark",
                "pop",
                "trailer",
                "modern",
                "electronic",
                "documentary",
                "soundtrack",
                "fashion",
                "acoustic",
                "movie",
                "tv",
                "high tech",
                "industrial",
                "dance",
                "video",
                "vlog",
                "marketing",
                "game",
                "radio",
                "promotional",
                "sports",
                "party",
                "summer",
                "beauty",
            ]
        ]
        | None = None,
        mood: list[
            Literal[
                "positive",
                "uplifting",
                "energetic",
                "happy",
                "bright",
                "optimistic",
                "hopeful",
                "cool",
                "dreamy",
                "fun",
                "light",
                "powerful",
                "calm",
                "confident",
                "joyful",
                "dramatic",
                "peaceful",
                "playful",
                "soft",
                "groovy",
                "reflective",
                "easy",
                "relaxed",
                "lively",
                "smooth",
                "romantic",
                "intense",
                "elegant",
                "mellow",
                "emotional",
                "sentimental",
                "cheerful happy",
                "contemplative",
                "soothing",
                "proud",
                "passionate",
                "sweet",
                "mystical",
                "tranquil",
                "cheerful",
                "casual",
                "beautiful",
                "ethereal",
                "melancholy",
                "sad",
                "aggressive",
                "haunting",
                "adventure",
                "serene",
                "sincere",
                "funky",
                "funny",
            ]
        ]
        | None = None,
        instrument: list[
            Literal[
                "piano",
                "drums",
                "guitar",
                "percussion",
                "synth",
                "electric guitar",
                "acoustic guitar",
                "bass guitar",
                "brass",
                "violin",
                "cello",
                "flute",
                "organ",
                "trumpet",
                "ukulele",
                "saxophone",
                "double bass",
                "harp",
                "glockenspiel",
                "synthesizer",
                "keyboard",
                "marimba",
                "bass",
                "banjo",
                "strings",
            ]
        ]
        | None = None,
        theme: list[
            Literal[
                "inspirational",
                "motivational",
                "achievement",
                "discovery",
                "every day",
                "love",
                "technology",
                "lifestyle",
                "journey",
                "meditation",
                "drama",
                "children",
                "hope",
                "fantasy",
                "holiday",
                "health",
                "family",
                "real estate",
                "media",
                "kids",
                "science",
                "education",
                "progress",
                "world",
                "vacation",
                "training",
                "christmas",
                "sales",
            ]
        ]
        | None = None,
        duration: int | None = None,
        version: Literal["v1.0", "v2.0"] | str | None = None,
        segments: list[models.NuroSegment | dict[str, Any]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> TaskCreated:
        """Instrumental background music from a description and tags.

        Docs: https://docs.musicapi.ai/create-nuro-bgm
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            description: What the music is for and how it should feel. (at least 1 characters)
            genre:  (at most 5 items)
            mood:  (at most 5 items)
            instrument:  (at most 5 items)
            theme:  (at most 5 items)
            duration: Length in seconds. (>= 1, <= 120)
            version: Model version; v2.0 accepts segments (open).
            segments: Song structure (v2.0).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._create(
            ops.NURO_CREATE_INSTRUMENTAL,
            {
                "description": description,
                "genre": genre,
                "mood": mood,
                "instrument": instrument,
                "theme": theme,
                "duration": duration,
                "version": version,
                "segments": segments,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
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
        """Poll a nuro task.

        Docs: https://docs.musicapi.ai/get-nuro-music
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return self._get_task(
            ops.NURO_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
        )

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
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
            ops.NURO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class AsyncNuroResource(AsyncResource):
    """nuro: Nuro vocal songs and instrumental background music."""

    family = ops.NURO

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
        category=None,
    )
    async def create_vocal(
        self,
        *,
        lyrics: str,
        gender: Literal["Female", "Male"] | None = None,
        genre: Literal[
            "Folk",
            "Pop",
            "Rock",
            "Chinese Style",
            "Hip Hop/Rap",
            "R&B/Soul",
            "Punk",
            "Electronic",
            "Jazz",
            "Reggae",
            "DJ",
            "Pop Punk",
            "Disco",
            "Future Bass",
            "Pop Rap",
            "Trap Rap",
            "R&B Rap",
            "Chinoiserie Electronic",
            "GuFeng Music",
            "Pop Rock",
            "Jazz Pop",
            "Bossa Nova",
            "Contemporary R&B",
        ]
        | None = None,
        mood: Literal[
            "Happy",
            "Dynamic/Energetic",
            "Sentimental/Melancholic/Lonely",
            "Inspirational/Hopeful",
            "Nostalgic/Memory",
            "Excited",
            "Sorrow/Sad",
            "Chill",
            "Romantic",
            "Miss",
            "Groovy/Funky",
            "Dreamy/Ethereal",
            "Calm/Relaxing",
        ]
        | None = None,
        timbre: Literal[
            "Warm",
            "Bright",
            "Husky",
            "Electrified voice",
            "Sweet_AUDIO_TIMBRE",
            "Cute_AUDIO_TIMBRE",
            "Loud and sonorous",
            "Powerful",
            "Sexy/Lazy",
        ]
        | None = None,
        duration: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Song with vocals from lyrics; unset style fields are predicted from the lyrics.

        Docs: https://docs.musicapi.ai/create-nuro-music
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            lyrics: Lyrics with section tags such as [verse] and [chorus]. (at least 1 characters, at most 2000 characters)
            gender: See the docs page.
            genre: See the docs page.
            mood: See the docs page.
            timbre: See the docs page.
            duration: Length in seconds. (>= 30, <= 240)
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.NURO_CREATE_VOCAL,
            {
                "lyrics": lyrics,
                "gender": gender,
                "genre": genre,
                "mood": mood,
                "timbre": timbre,
                "duration": duration,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
        category=None,
    )
    async def create_instrumental(
        self,
        *,
        description: str,
        genre: list[
            Literal[
                "corporate",
                "dance/edm",
                "orchestral",
                "chill out",
                "rock",
                "hip hop",
                "folk",
                "funk",
                "ambient",
                "holiday",
                "jazz",
                "kids",
                "world",
                "travel",
                "commercial",
                "advertising",
                "driving",
                "cinematic",
                "upbeat",
                "epic",
                "inspiring",
                "business",
                "video game",
                "dark",
                "pop",
                "trailer",
                "modern",
                "electronic",
                "documentary",
                "soundtrack",
                "fashion",
                "acoustic",
                "movie",
                "tv",
                "high tech",
                "industrial",
                "dance",
                "video",
                "vlog",
                "marketing",
                "game",
                "radio",
                "promotional",
                "sports",
                "party",
                "summer",
                "beauty",
            ]
        ]
        | None = None,
        mood: list[
            Literal[
                "positive",
                "uplifting",
                "energetic",
                "happy",
                "bright",
                "optimistic",
                "hopeful",
                "cool",
                "dreamy",
                "fun",
                "light",
                "powerful",
                "calm",
                "confident",
                "joyful",
                "dramatic",
                "peaceful",
                "playful",
                "soft",
                "groovy",
                "reflective",
                "easy",
                "relaxed",
                "lively",
                "smooth",
                "romantic",
                "intense",
                "elegant",
                "mellow",
                "emotional",
                "sentimental",
                "cheerful happy",
                "contemplative",
                "soothing",
                "proud",
                "passionate",
                "sweet",
                "mystical",
                "tranquil",
                "cheerful",
                "casual",
                "beautiful",
                "ethereal",
                "melancholy",
                "sad",
                "aggressive",
                "haunting",
                "adventure",
                "serene",
                "sincere",
                "funky",
                "funny",
            ]
        ]
        | None = None,
        instrument: list[
            Literal[
                "piano",
                "drums",
                "guitar",
                "percussion",
                "synth",
                "electric guitar",
                "acoustic guitar",
                "bass guitar",
                "brass",
                "violin",
                "cello",
                "flute",
                "organ",
                "trumpet",
                "ukulele",
                "saxophone",
                "double bass",
                "harp",
                "glockenspiel",
                "synthesizer",
                "keyboard",
                "marimba",
                "bass",
                "banjo",
                "strings",
            ]
        ]
        | None = None,
        theme: list[
            Literal[
                "inspirational",
                "motivational",
                "achievement",
                "discovery",
                "every day",
                "love",
                "technology",
                "lifestyle",
                "journey",
                "meditation",
                "drama",
                "children",
                "hope",
                "fantasy",
                "holiday",
                "health",
                "family",
                "real estate",
                "media",
                "kids",
                "science",
                "education",
                "progress",
                "world",
                "vacation",
                "training",
                "christmas",
                "sales",
            ]
        ]
        | None = None,
        duration: int | None = None,
        version: Literal["v1.0", "v2.0"] | str | None = None,
        segments: list[models.NuroSegment | dict[str, Any]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> AsyncTaskCreated:
        """Instrumental background music from a description and tags.

        Docs: https://docs.musicapi.ai/create-nuro-bgm
        About 10 credits (an estimate; prices move: MusicAPI(credit_prices=...) overrides the table).
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            description: What the music is for and how it should feel. (at least 1 characters)
            genre:  (at most 5 items)
            mood:  (at most 5 items)
            instrument:  (at most 5 items)
            theme:  (at most 5 items)
            duration: Length in seconds. (>= 1, <= 120)
            version: Model version; v2.0 accepts segments (open).
            segments: Song structure (v2.0).
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            extra_body: Fields the spec does not know yet; sent as given.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._create(
            ops.NURO_CREATE_INSTRUMENTAL,
            {
                "description": description,
                "genre": genre,
                "mood": mood,
                "instrument": instrument,
                "theme": theme,
                "duration": duration,
                "version": version,
                "segments": segments,
            },
            extra_body,
            headers=extra_headers,
            query=extra_query,
            timeout=timeout,
        )

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
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
        """Poll a nuro task.

        Docs: https://docs.musicapi.ai/get-nuro-music
        Deprecated by MusicAPI: calling it emits a DeprecationWarning.

        Args:
            task_id: The task to read.
            extra_headers: Headers added to this request (never Authorization).
            extra_query: Query parameters added to this request.
            timeout: This request's timeout (seconds or httpx2.Timeout).
        """
        return await self._get_task(
            ops.NURO_GET, task_id, headers=extra_headers, query=extra_query, timeout=timeout
        )

    @deprecated(
        "MusicAPI retired nuro in 2026 (its endpoints answer 410 Gone); sonic makes songs (client.sonic.create, make_instrumental for background music) and producer will.",
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
            ops.NURO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
            until=until,
            headers=extra_headers,
            query=extra_query,
        )


class ProducerResource(SyncResource):
    """producer: Producer (Google Lyria 3 Pro since April 2026), where riffusion users went."""

    family = ops.PRODUCER

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


class CreditsResource(SyncResource):
    """credits: Account credit balance."""

    family = ops.CREDITS

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
