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

from . import operations as ops

if TYPE_CHECKING:
    from musicapi_client._task import (
        AsyncProgressCallback,
        AsyncTaskCreated,
        ProgressCallback,
        Task,
        TaskCreated,
    )

    from . import models

__all__ = [
    "Sonic",
    "AsyncSonic",
    "Riffusion",
    "AsyncRiffusion",
    "Studio",
    "AsyncStudio",
    "Lyrics",
    "AsyncLyrics",
    "Nuro",
    "AsyncNuro",
    "Credits",
    "AsyncCredits",
]


class Sonic(SyncResource):
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """New song from lyrics (custom_mode true) or from a description (custom_mode false).

        Docs: https://docs.musicapi.ai/create-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            make_instrumental: Generate without vocals.
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Continue a clip from a point in time. The result holds only the new part; concat joins it to the original.

        Docs: https://docs.musicapi.ai/extend-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: extend_upload_music for a clip_id from upload, extend_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
        )

    def concat(
        self, *, continue_clip_id: str, extra_body: dict[str, Any] | None = None
    ) -> TaskCreated:
        """Join an extended clip with the song it extends into one full song.

        Docs: https://docs.musicapi.ai/concat-music
        Costs 2 credits.

        Args:
            continue_clip_id: The clip produced by extend. (at least 1 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return self._create(
            ops.SONIC_CONCAT,
            {
                "continue_clip_id": continue_clip_id,
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/cover-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: cover_upload_music for a clip_id from upload, cover_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            audio_weight: How closely the cover follows the original audio (0 free, 1 close). (>= 0, <= 1)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """New song sung by a persona created with create_persona.

        Docs: https://docs.musicapi.ai/create-persona-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            persona_id: The persona to sing. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
        )

    def create_persona(
        self,
        *,
        name: str,
        description: str,
        continue_clip_id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> models.CreatePersonaResponse:
        """Create a persona (a reusable virtual singer) from a clip.

        Docs: https://docs.musicapi.ai/create-persona

        Args:
            name: Name of the persona. (at least 1 characters, at most 80 characters)
            description: Voice and style of the persona. (at least 1 characters, at most 200 characters)
            continue_clip_id: The clip whose singer becomes the persona (a clip from the last 24 hours). (at least 1 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.CreatePersonaResponse",
            self._call(
                ops.SONIC_CREATE_PERSONA,
                {
                    "name": name,
                    "description": description,
                    "continue_clip_id": continue_clip_id,
                },
                extra_body,
            ),
        )

    def upload(
        self, *, url: str, extra_body: dict[str, Any] | None = None
    ) -> models.UploadResponse:
        """Upload audio by URL and get a clip_id for the *_upload_* task types.

        Docs: https://docs.musicapi.ai/upload-music
        Costs 2 credits.

        Args:
            url: Public URL of the audio (mp3 or wav). It must be music you own or copyright-free. (at least 1 characters, at most 2048 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.UploadResponse",
            self._call(
                ops.SONIC_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
            ),
        )

    def get(self, task_id: str) -> Task:
        """Poll a sonic task.

        Docs: https://docs.musicapi.ai/get-sonic-music
        """
        return self._get_task(ops.SONIC_GET, task_id)

    def wait(
        self,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return self._wait(
            ops.SONIC_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class AsyncSonic(AsyncResource):
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """New song from lyrics (custom_mode true) or from a description (custom_mode false).

        Docs: https://docs.musicapi.ai/create-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Sonic model version (open; versions the API adds later are accepted).
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            gpt_description_prompt: What the song should be about (description mode). (at most 400 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            negative_tags: Styles or elements to keep out.
            make_instrumental: Generate without vocals.
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Continue a clip from a point in time. The result holds only the new part; concat joins it to the original.

        Docs: https://docs.musicapi.ai/extend-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: extend_upload_music for a clip_id from upload, extend_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
        )

    async def concat(
        self, *, continue_clip_id: str, extra_body: dict[str, Any] | None = None
    ) -> AsyncTaskCreated:
        """Join an extended clip with the song it extends into one full song.

        Docs: https://docs.musicapi.ai/concat-music
        Costs 2 credits.

        Args:
            continue_clip_id: The clip produced by extend. (at least 1 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return await self._create(
            ops.SONIC_CONCAT,
            {
                "continue_clip_id": continue_clip_id,
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/cover-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            task_type: cover_upload_music for a clip_id from upload, cover_music otherwise.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            audio_weight: How closely the cover follows the original audio (0 free, 1 close). (>= 0, <= 1)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """New song sung by a persona created with create_persona.

        Docs: https://docs.musicapi.ai/create-persona-music
        Costs 15 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            prompt: Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and sonic-v4. (at most 5000 characters)
            persona_id: The persona to sing. (at least 1 characters)
            mv: Sonic model version (open; versions the API adds later are accepted).
            title: Song title. (at most 80 characters)
            tags: Comma-separated styles. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
        )

    async def create_persona(
        self,
        *,
        name: str,
        description: str,
        continue_clip_id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> models.CreatePersonaResponse:
        """Create a persona (a reusable virtual singer) from a clip.

        Docs: https://docs.musicapi.ai/create-persona

        Args:
            name: Name of the persona. (at least 1 characters, at most 80 characters)
            description: Voice and style of the persona. (at least 1 characters, at most 200 characters)
            continue_clip_id: The clip whose singer becomes the persona (a clip from the last 24 hours). (at least 1 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.CreatePersonaResponse",
            await self._call(
                ops.SONIC_CREATE_PERSONA,
                {
                    "name": name,
                    "description": description,
                    "continue_clip_id": continue_clip_id,
                },
                extra_body,
            ),
        )

    async def upload(
        self, *, url: str, extra_body: dict[str, Any] | None = None
    ) -> models.UploadResponse:
        """Upload audio by URL and get a clip_id for the *_upload_* task types.

        Docs: https://docs.musicapi.ai/upload-music
        Costs 2 credits.

        Args:
            url: Public URL of the audio (mp3 or wav). It must be music you own or copyright-free. (at least 1 characters, at most 2048 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.UploadResponse",
            await self._call(
                ops.SONIC_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
            ),
        )

    async def get(self, task_id: str) -> Task:
        """Poll a sonic task.

        Docs: https://docs.musicapi.ai/get-sonic-music
        """
        return await self._get_task(ops.SONIC_GET, task_id)

    async def wait(
        self,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return await self._wait(
            ops.SONIC_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class Riffusion(SyncResource):
    """riffusion: Riffusion FUZZ models; one create path switched by task_type."""

    family = ops.RIFFUSION

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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """New song from lyrics (custom_mode true) or from a prompt (custom_mode false).

        Docs: https://docs.musicapi.ai/riffusion-create-with-lyrics, https://docs.musicapi.ai/riffusion-craete-with-prompt
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            make_instrumental: Generate without vocals.
            prompt: What the song should be (description mode). (at most 200 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/riffusion-cover-music
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Continue a clip from a point in time.

        Docs: https://docs.musicapi.ai/riffusion-extend-music
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Regenerate the part of a clip between two points in time.

        Docs: https://docs.musicapi.ai/riffusion-replace-music-section
        Costs 12 credits.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Keep the vocals and change the instrumental, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-sound
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Keep the instrumental and change the vocals, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-vocals
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

    def upload(
        self, *, url: str, extra_body: dict[str, Any] | None = None
    ) -> models.UploadResponse:
        """Upload audio by URL and get a clip_id for the riffusion *_upload_* task types.

        Docs: https://docs.musicapi.ai/api-314451567
        Costs 2 credits.

        Args:
            url: Public URL of the audio (mp3 or wav). It must be music you own or copyright-free. (at least 1 characters, at most 2048 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.UploadResponse",
            self._call(
                ops.RIFFUSION_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
            ),
        )

    def get(self, task_id: str) -> Task:
        """Poll a riffusion task.

        Docs: https://docs.musicapi.ai/riffusion-get
        """
        return self._get_task(ops.RIFFUSION_GET, task_id)

    def wait(
        self,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return self._wait(
            ops.RIFFUSION_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class AsyncRiffusion(AsyncResource):
    """riffusion: Riffusion FUZZ models; one create path switched by task_type."""

    family = ops.RIFFUSION

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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """New song from lyrics (custom_mode true) or from a prompt (custom_mode false).

        Docs: https://docs.musicapi.ai/riffusion-create-with-lyrics, https://docs.musicapi.ai/riffusion-craete-with-prompt
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            make_instrumental: Generate without vocals.
            prompt: What the song should be (description mode). (at most 200 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
            },
            extra_body,
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Re-record a clip in another style.

        Docs: https://docs.musicapi.ai/riffusion-cover-music
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Continue a clip from a point in time.

        Docs: https://docs.musicapi.ai/riffusion-extend-music
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_at: Second of the clip from which to continue. (>= 0)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Regenerate the part of a clip between two points in time.

        Docs: https://docs.musicapi.ai/riffusion-replace-music-section
        Costs 12 credits.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Keep the vocals and change the instrumental, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-sound
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            title: Song title (custom mode).
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Keep the instrumental and change the vocals, described in sound.

        Docs: https://docs.musicapi.ai/riffusion-swap-music-vocals
        Costs 12 credits.

        Args:
            custom_mode: true to supply lyrics, title and tags; false to describe the song instead.
            lyrics: Lyrics (custom mode). (at most 3000 characters)
            sound: Style and sound, e.g. genre and voice. (at most 200 characters)
            continue_clip_id: The clip to work on. (at least 1 characters)
            mv: Riffusion model version (the values contain spaces; open, like every model list).
            task_type: See the docs page.
            title: Song title (custom mode).
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

    async def upload(
        self, *, url: str, extra_body: dict[str, Any] | None = None
    ) -> models.UploadResponse:
        """Upload audio by URL and get a clip_id for the riffusion *_upload_* task types.

        Docs: https://docs.musicapi.ai/api-314451567
        Costs 2 credits.

        Args:
            url: Public URL of the audio (mp3 or wav). It must be music you own or copyright-free. (at least 1 characters, at most 2048 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.UploadResponse",
            await self._call(
                ops.RIFFUSION_UPLOAD,
                {
                    "url": url,
                },
                extra_body,
            ),
        )

    async def get(self, task_id: str) -> Task:
        """Poll a riffusion task.

        Docs: https://docs.musicapi.ai/riffusion-get
        """
        return await self._get_task(ops.RIFFUSION_GET, task_id)

    async def wait(
        self,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return await self._wait(
            ops.RIFFUSION_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class Studio(SyncResource):
    """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""

    family = ops.STUDIO

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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Song with lyrics written by the service from the prompt.

        Docs: https://docs.musicapi.ai/description-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Extend an existing studio song before or after it.

        Docs: https://docs.musicapi.ai/extend-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Song from your own lyrics; prompt gives the style.

        Docs: https://docs.musicapi.ai/custom-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Instrumental from style keywords.

        Docs: https://docs.musicapi.ai/instrumental-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

    def get(self, task_id: str) -> Task:
        """Poll a studio task.

        Docs: https://docs.musicapi.ai/get-studio-music
        Deprecated: the docs mark this section Unavailable.
        """
        return self._get_task(ops.STUDIO_GET, task_id)

    def wait(
        self,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return self._wait(
            ops.STUDIO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class AsyncStudio(AsyncResource):
    """studio: Studio models. Marked Unavailable in the docs; kept for completeness."""

    family = ops.STUDIO

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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Song with lyrics written by the service from the prompt.

        Docs: https://docs.musicapi.ai/description-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Extend an existing studio song before or after it.

        Docs: https://docs.musicapi.ai/extend-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Song from your own lyrics; prompt gives the style.

        Docs: https://docs.musicapi.ai/custom-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Instrumental from style keywords.

        Docs: https://docs.musicapi.ai/instrumental-mode
        Costs 15 credits.
        Deprecated: the docs mark this section Unavailable.

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
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

    async def get(self, task_id: str) -> Task:
        """Poll a studio task.

        Docs: https://docs.musicapi.ai/get-studio-music
        Deprecated: the docs mark this section Unavailable.
        """
        return await self._get_task(ops.STUDIO_GET, task_id)

    async def wait(
        self,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return await self._wait(
            ops.STUDIO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class Lyrics(SyncResource):
    """lyrics: Lyrics generation (two title and lyrics candidates per call)."""

    family = ops.LYRICS

    def create(
        self, *, description: str, extra_body: dict[str, Any] | None = None
    ) -> models.LyricsResponse:
        """Write lyrics from a short description (synchronous).

        Docs: https://docs.musicapi.ai/lyrics-generation

        Args:
            description: What the lyrics should be about. (at least 1 characters, at most 120 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.LyricsResponse",
            self._call(
                ops.LYRICS_CREATE,
                {
                    "description": description,
                },
                extra_body,
            ),
        )


class AsyncLyrics(AsyncResource):
    """lyrics: Lyrics generation (two title and lyrics candidates per call)."""

    family = ops.LYRICS

    async def create(
        self, *, description: str, extra_body: dict[str, Any] | None = None
    ) -> models.LyricsResponse:
        """Write lyrics from a short description (synchronous).

        Docs: https://docs.musicapi.ai/lyrics-generation

        Args:
            description: What the lyrics should be about. (at least 1 characters, at most 120 characters)
            extra_body: Fields the spec does not know yet; sent as given.
        """
        return cast(
            "models.LyricsResponse",
            await self._call(
                ops.LYRICS_CREATE,
                {
                    "description": description,
                },
                extra_body,
            ),
        )


class Nuro(SyncResource):
    """nuro: Nuro vocal songs and instrumental background music."""

    family = ops.NURO

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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Song with vocals from lyrics; unset style fields are predicted from the lyrics.

        Docs: https://docs.musicapi.ai/create-nuro-music
        Costs 10 credits.

        Args:
            lyrics: Lyrics with section tags such as [verse] and [chorus]. (at least 1 characters, at most 2000 characters)
            gender: See the docs page.
            genre: See the docs page.
            mood: See the docs page.
            timbre: See the docs page.
            duration: Length in seconds. (>= 30, <= 240)
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> TaskCreated:
        """Instrumental background music from a description and tags.

        Docs: https://docs.musicapi.ai/create-nuro-bgm
        Costs 10 credits.

        Args:
            description: What the music is for and how it should feel. (at least 1 characters)
            genre:  (at most 5 items)
            mood:  (at most 5 items)
            instrument:  (at most 5 items)
            theme:  (at most 5 items)
            duration: Length in seconds. (>= 1, <= 120)
            version: Model version; v2.0 accepts segments (open).
            segments: Song structure (v2.0).
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

    def get(self, task_id: str) -> Task:
        """Poll a nuro task.

        Docs: https://docs.musicapi.ai/get-nuro-music
        """
        return self._get_task(ops.NURO_GET, task_id)

    def wait(
        self,
        task: str | TaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: ProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return self._wait(
            ops.NURO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class AsyncNuro(AsyncResource):
    """nuro: Nuro vocal songs and instrumental background music."""

    family = ops.NURO

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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Song with vocals from lyrics; unset style fields are predicted from the lyrics.

        Docs: https://docs.musicapi.ai/create-nuro-music
        Costs 10 credits.

        Args:
            lyrics: Lyrics with section tags such as [verse] and [chorus]. (at least 1 characters, at most 2000 characters)
            gender: See the docs page.
            genre: See the docs page.
            mood: See the docs page.
            timbre: See the docs page.
            duration: Length in seconds. (>= 30, <= 240)
            extra_body: Fields the spec does not know yet; sent as given.
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
        extra_body: dict[str, Any] | None = None,
    ) -> AsyncTaskCreated:
        """Instrumental background music from a description and tags.

        Docs: https://docs.musicapi.ai/create-nuro-bgm
        Costs 10 credits.

        Args:
            description: What the music is for and how it should feel. (at least 1 characters)
            genre:  (at most 5 items)
            mood:  (at most 5 items)
            instrument:  (at most 5 items)
            theme:  (at most 5 items)
            duration: Length in seconds. (>= 1, <= 120)
            version: Model version; v2.0 accepts segments (open).
            segments: Song structure (v2.0).
            extra_body: Fields the spec does not know yet; sent as given.
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
        )

    async def get(self, task_id: str) -> Task:
        """Poll a nuro task.

        Docs: https://docs.musicapi.ai/get-nuro-music
        """
        return await self._get_task(ops.NURO_GET, task_id)

    async def wait(
        self,
        task: str | AsyncTaskCreated,
        *,
        timeout: float = 600.0,
        on_progress: AsyncProgressCallback | None = None,
        expected_clips: int | None = None,
    ) -> Task:
        """Poll until the task is complete, failed, or ``timeout`` seconds pass.

        Raises TaskFailedError or WaitTimeoutError; both carry the task id, so a wait
        can always be resumed with ``wait(task_id)``.
        """
        return await self._wait(
            ops.NURO_GET,
            task,
            timeout=timeout,
            on_progress=on_progress,
            expected_clips=expected_clips,
        )


class Credits(SyncResource):
    """credits: Account credit balance."""

    family = ops.CREDITS

    def get(self) -> models.Credits:
        """Read the account's remaining credits.

        Docs: https://docs.musicapi.ai/get-credits
        """
        return cast("models.Credits", self._call(ops.CREDITS_GET, None, None))


class AsyncCredits(AsyncResource):
    """credits: Account credit balance."""

    family = ops.CREDITS

    async def get(self) -> models.Credits:
        """Read the account's remaining credits.

        Docs: https://docs.musicapi.ai/get-credits
        """
        return cast("models.Credits", await self._call(ops.CREDITS_GET, None, None))
