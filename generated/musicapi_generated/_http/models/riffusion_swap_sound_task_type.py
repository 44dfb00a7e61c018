# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

RiffusionSwapSoundTaskType = Literal["swap_music_sound", "swap_upload_music_sound"]

RIFFUSION_SWAP_SOUND_TASK_TYPE_VALUES: set[RiffusionSwapSoundTaskType] = {
    "swap_music_sound",
    "swap_upload_music_sound",
}


def check_riffusion_swap_sound_task_type(value: str) -> RiffusionSwapSoundTaskType:
    if value in RIFFUSION_SWAP_SOUND_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFFUSION_SWAP_SOUND_TASK_TYPE_VALUES!r}"
    )
