# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .create_persona_request import CreatePersonaRequest
from .create_persona_response import CreatePersonaResponse
from .create_task_response import CreateTaskResponse
from .credits_ import Credits
from .error import Error
from .lyrics_candidate import LyricsCandidate
from .lyrics_request import LyricsRequest
from .lyrics_response import LyricsResponse
from .nuro_bgm import NuroBgm
from .nuro_bgm_genre_item import NuroBgmGenreItem
from .nuro_bgm_instrument_item import NuroBgmInstrumentItem
from .nuro_bgm_mood_item import NuroBgmMoodItem
from .nuro_bgm_theme_item import NuroBgmThemeItem
from .nuro_bgm_version import NuroBgmVersion
from .nuro_segment import NuroSegment
from .nuro_task import NuroTask
from .nuro_vocal import NuroVocal
from .nuro_vocal_gender import NuroVocalGender
from .nuro_vocal_genre import NuroVocalGenre
from .nuro_vocal_mood import NuroVocalMood
from .nuro_vocal_timbre import NuroVocalTimbre
from .riffusion_clip import RiffusionClip
from .riffusion_clip_timestamp_type_0 import RiffusionClipTimestampType0
from .riffusion_cover_music import RiffusionCoverMusic
from .riffusion_cover_music_task_type import RiffusionCoverMusicTaskType
from .riffusion_create_music import RiffusionCreateMusic
from .riffusion_extend_music import RiffusionExtendMusic
from .riffusion_extend_music_task_type import RiffusionExtendMusicTaskType
from .riffusion_model import RiffusionModel
from .riffusion_replace_section import RiffusionReplaceSection
from .riffusion_replace_section_task_type import RiffusionReplaceSectionTaskType
from .riffusion_swap_sound import RiffusionSwapSound
from .riffusion_swap_sound_task_type import RiffusionSwapSoundTaskType
from .riffusion_swap_vocals import RiffusionSwapVocals
from .riffusion_swap_vocals_task_type import RiffusionSwapVocalsTaskType
from .riffusion_task import RiffusionTask
from .sonic_clip import SonicClip
from .sonic_concat_music import SonicConcatMusic
from .sonic_cover_music import SonicCoverMusic
from .sonic_cover_music_task_type import SonicCoverMusicTaskType
from .sonic_create_music import SonicCreateMusic
from .sonic_extend_music import SonicExtendMusic
from .sonic_extend_music_task_type import SonicExtendMusicTaskType
from .sonic_model import SonicModel
from .sonic_persona_music import SonicPersonaMusic
from .sonic_task import SonicTask
from .studio_create_response import StudioCreateResponse
from .studio_custom_mode import StudioCustomMode
from .studio_description_mode import StudioDescriptionMode
from .studio_extend_config import StudioExtendConfig
from .studio_extend_config_mode import StudioExtendConfigMode
from .studio_extend_mode import StudioExtendMode
from .studio_extend_mode_lyrics_type import StudioExtendModeLyricsType
from .studio_instrumental_mode import StudioInstrumentalMode
from .studio_model_type import StudioModelType
from .studio_regular_config import StudioRegularConfig
from .studio_song import StudioSong
from .studio_song_source import StudioSongSource
from .studio_task import StudioTask
from .studio_task_data import StudioTaskData
from .studio_task_output import StudioTaskOutput
from .task_failure import TaskFailure
from .task_not_ready import TaskNotReady
from .upload_request import UploadRequest
from .upload_response import UploadResponse

__all__ = (
    "CreatePersonaRequest",
    "CreatePersonaResponse",
    "CreateTaskResponse",
    "Credits",
    "Error",
    "LyricsCandidate",
    "LyricsRequest",
    "LyricsResponse",
    "NuroBgm",
    "NuroBgmGenreItem",
    "NuroBgmInstrumentItem",
    "NuroBgmMoodItem",
    "NuroBgmThemeItem",
    "NuroBgmVersion",
    "NuroSegment",
    "NuroTask",
    "NuroVocal",
    "NuroVocalGender",
    "NuroVocalGenre",
    "NuroVocalMood",
    "NuroVocalTimbre",
    "RiffusionClip",
    "RiffusionClipTimestampType0",
    "RiffusionCoverMusic",
    "RiffusionCoverMusicTaskType",
    "RiffusionCreateMusic",
    "RiffusionExtendMusic",
    "RiffusionExtendMusicTaskType",
    "RiffusionModel",
    "RiffusionReplaceSection",
    "RiffusionReplaceSectionTaskType",
    "RiffusionSwapSound",
    "RiffusionSwapSoundTaskType",
    "RiffusionSwapVocals",
    "RiffusionSwapVocalsTaskType",
    "RiffusionTask",
    "SonicClip",
    "SonicConcatMusic",
    "SonicCoverMusic",
    "SonicCoverMusicTaskType",
    "SonicCreateMusic",
    "SonicExtendMusic",
    "SonicExtendMusicTaskType",
    "SonicModel",
    "SonicPersonaMusic",
    "SonicTask",
    "StudioCreateResponse",
    "StudioCustomMode",
    "StudioDescriptionMode",
    "StudioExtendConfig",
    "StudioExtendConfigMode",
    "StudioExtendMode",
    "StudioExtendModeLyricsType",
    "StudioInstrumentalMode",
    "StudioModelType",
    "StudioRegularConfig",
    "StudioSong",
    "StudioSongSource",
    "StudioTask",
    "StudioTaskData",
    "StudioTaskOutput",
    "TaskFailure",
    "TaskNotReady",
    "UploadRequest",
    "UploadResponse",
)
