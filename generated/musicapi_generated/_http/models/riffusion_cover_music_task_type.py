# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

RiffusionCoverMusicTaskType = Literal["cover_music", "cover_upload_music"]

RIFFUSION_COVER_MUSIC_TASK_TYPE_VALUES: set[RiffusionCoverMusicTaskType] = {
    "cover_music",
    "cover_upload_music",
}


def check_riffusion_cover_music_task_type(value: str) -> RiffusionCoverMusicTaskType:
    if value in RIFFUSION_COVER_MUSIC_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFFUSION_COVER_MUSIC_TASK_TYPE_VALUES!r}"
    )
