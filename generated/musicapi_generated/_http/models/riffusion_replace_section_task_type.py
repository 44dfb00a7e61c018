# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

RiffusionReplaceSectionTaskType = Literal["replace_music", "replace_upload_music"]

RIFFUSION_REPLACE_SECTION_TASK_TYPE_VALUES: set[RiffusionReplaceSectionTaskType] = {
    "replace_music",
    "replace_upload_music",
}


def check_riffusion_replace_section_task_type(
    value: str,
) -> RiffusionReplaceSectionTaskType:
    if value in RIFFUSION_REPLACE_SECTION_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFFUSION_REPLACE_SECTION_TASK_TYPE_VALUES!r}"
    )
