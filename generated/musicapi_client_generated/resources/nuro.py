# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``client.nuro``: one typed method per documented operation of nuro, sync
and async, and their ``with_raw_response`` twins.

Keyword arguments, their types and limits come from spec/musicapi.yaml. Every method
hands its arguments and its :class:`~musicapi_client._operation.Operation` (from
``operations``) to the hand-written base class, which validates them with the generated
pydantic model before anything is sent. The module is loaded when ``client.nuro``
is first used: a call loads its own family's methods, not every family's.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal

from musicapi_client._resource import AsyncResource, SyncResource
from musicapi_client._response import async_raw_response_wrapper, raw_response_wrapper
from typing_extensions import deprecated

from ..operations import nuro as ops

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
    "NuroResource",
    "AsyncNuroResource",
    "NuroResourceWithRawResponse",
    "AsyncNuroResourceWithRawResponse",
]


class NuroResource(SyncResource):
    """nuro: Nuro vocal songs and instrumental background music."""

    family = ops.NURO

    @functools.cached_property
    def with_raw_response(self) -> NuroResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.APIResponse`; its ``parse()`` is the result)."""
        return NuroResourceWithRawResponse(self)

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

    @functools.cached_property
    def with_raw_response(self) -> AsyncNuroResourceWithRawResponse:
        """The same methods, each returning the HTTP answer
        (:class:`~musicapi_client.AsyncAPIResponse`; its ``parse()`` is the result)."""
        return AsyncNuroResourceWithRawResponse(self)

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


class NuroResourceWithRawResponse:
    """``client.nuro.with_raw_response``: each method returns the HTTP answer, typed
    (``APIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: NuroResource) -> None:
        self.create_vocal = raw_response_wrapper(resource.create_vocal)
        self.create_instrumental = raw_response_wrapper(resource.create_instrumental)
        self.get = raw_response_wrapper(resource.get)
        self.wait = raw_response_wrapper(resource.wait)


class AsyncNuroResourceWithRawResponse:
    """``client.nuro.with_raw_response``: each method returns the HTTP answer, typed
    (``AsyncAPIResponse[...]`` of what the method returns)."""

    def __init__(self, resource: AsyncNuroResource) -> None:
        self.create_vocal = async_raw_response_wrapper(resource.create_vocal)
        self.create_instrumental = async_raw_response_wrapper(resource.create_instrumental)
        self.get = async_raw_response_wrapper(resource.get)
        self.wait = async_raw_response_wrapper(resource.wait)
