# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

StudioExtendConfigMode = Literal["continuation", "precede"]

STUDIO_EXTEND_CONFIG_MODE_VALUES: set[StudioExtendConfigMode] = {
    "continuation",
    "precede",
}


def check_studio_extend_config_mode(value: str) -> StudioExtendConfigMode:
    if value in STUDIO_EXTEND_CONFIG_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STUDIO_EXTEND_CONFIG_MODE_VALUES!r}"
    )
