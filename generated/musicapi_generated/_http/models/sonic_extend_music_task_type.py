# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

SonicExtendMusicTaskType = Literal["extend_music", "extend_upload_music"]

SONIC_EXTEND_MUSIC_TASK_TYPE_VALUES: set[SonicExtendMusicTaskType] = {
    "extend_music",
    "extend_upload_music",
}


def check_sonic_extend_music_task_type(value: str) -> SonicExtendMusicTaskType:
    if value in SONIC_EXTEND_MUSIC_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONIC_EXTEND_MUSIC_TASK_TYPE_VALUES!r}"
    )
