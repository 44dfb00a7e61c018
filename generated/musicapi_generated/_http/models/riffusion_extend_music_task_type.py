# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

RiffusionExtendMusicTaskType = Literal["extend_music", "extend_upload_music"]

RIFFUSION_EXTEND_MUSIC_TASK_TYPE_VALUES: set[RiffusionExtendMusicTaskType] = {
    "extend_music",
    "extend_upload_music",
}


def check_riffusion_extend_music_task_type(value: str) -> RiffusionExtendMusicTaskType:
    if value in RIFFUSION_EXTEND_MUSIC_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFFUSION_EXTEND_MUSIC_TASK_TYPE_VALUES!r}"
    )
