# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

RiffusionModel = Literal["FUZZ-1.0", "FUZZ-1.0 Pro", "FUZZ-1.1", "FUZZ-1.1 Pro"]

RIFFUSION_MODEL_VALUES: set[RiffusionModel] = {
    "FUZZ-1.0",
    "FUZZ-1.0 Pro",
    "FUZZ-1.1",
    "FUZZ-1.1 Pro",
}


def check_riffusion_model(value: str) -> RiffusionModel:
    if value in RIFFUSION_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RIFFUSION_MODEL_VALUES!r}")
