# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

StudioModelType = Literal["studio130-v1.5", "studio32-v1.5"]

STUDIO_MODEL_TYPE_VALUES: set[StudioModelType] = {
    "studio130-v1.5",
    "studio32-v1.5",
}


def check_studio_model_type(value: str) -> StudioModelType:
    if value in STUDIO_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STUDIO_MODEL_TYPE_VALUES!r}")
