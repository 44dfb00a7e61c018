# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

SonicCoverMusicTaskType = Literal["cover_music", "cover_upload_music"]

SONIC_COVER_MUSIC_TASK_TYPE_VALUES: set[SonicCoverMusicTaskType] = {
    "cover_music",
    "cover_upload_music",
}


def check_sonic_cover_music_task_type(value: str) -> SonicCoverMusicTaskType:
    if value in SONIC_COVER_MUSIC_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONIC_COVER_MUSIC_TASK_TYPE_VALUES!r}"
    )
