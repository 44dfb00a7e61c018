# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

SonicModel = Literal["sonic-v3-5", "sonic-v4", "sonic-v4-5", "sonic-v4-5-plus", "sonic-v5"]

SONIC_MODEL_VALUES: set[SonicModel] = {
    "sonic-v3-5",
    "sonic-v4",
    "sonic-v4-5",
    "sonic-v4-5-plus",
    "sonic-v5",
}


def check_sonic_model(value: str) -> SonicModel:
    if value in SONIC_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SONIC_MODEL_VALUES!r}")
