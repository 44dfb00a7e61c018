# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

RiffusionSwapVocalsTaskType = Literal["swap_music_vocals", "swap_upload_music_vocals"]

RIFFUSION_SWAP_VOCALS_TASK_TYPE_VALUES: set[RiffusionSwapVocalsTaskType] = {
    "swap_music_vocals",
    "swap_upload_music_vocals",
}


def check_riffusion_swap_vocals_task_type(value: str) -> RiffusionSwapVocalsTaskType:
    if value in RIFFUSION_SWAP_VOCALS_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFFUSION_SWAP_VOCALS_TASK_TYPE_VALUES!r}"
    )
